// Controller identity (checklist.md 2.1) for a pupil referral unit: it has no governing body, so the council that runs it
// is its controller, and a council stated as controller of the records the notice describes names the controller. For a
// school with its own governing body, or for a council's own records, it does not. And "the School is the data
// controller" names the controller only where the school's name is given as the school's, not in passing as someone's
// workplace ("the Data Protection Officer for X School").
import { describe, expect, it } from 'vitest';
import { noticeStatus, statusReader } from './passage-status';

const unit = statusReader({
  school: 'Fernside Learning Centre',
  ages: '11 to 16',
  title: 'Privacy notice for pupils and families',
  closing: 'Thank you for reading.',
  url: 'https://fernside.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

describe('controller identity: the council that runs a pupil referral unit', () => {
  it('passes a council stated as controller of the records this notice covers, in a pupil referral unit', () => {
    expect(
      unit(
        'controller-identity',
        'Fernside Learning Centre is the short stay school for the west of the county. Under data protection law Eastmoor Borough Council is the data controller for the information described in this notice; the centre’s management committee runs it day to day.',
      ),
    ).toBe('pass');
  });

  it('does not pass the same statement in a school with its own governing body', () => {
    expect(
      unit(
        'controller-identity',
        'Fernside Learning Centre is a community secondary school with its own governors. Under data protection law Eastmoor Borough Council is the data controller for the information described in this notice.',
      ),
    ).not.toBe('pass');
  });

  it('passes the council named first and called the controller after, in a unit that speaks of its own records', () => {
    const answer =
      'Who decides how your information is used?\nEastmoor Borough Council. In law the council is the "data controller" for the records our service holds.';
    expect(unit('controller-identity', `Fernside Learning Centre is a pupil referral unit run by the council.\n${answer}`)).toBe('pass');
    // the same answer in a school with its own governors (guards the unit's exception)
    expect(unit('controller-identity', `Fernside Learning Centre is a community school with its own governors.\n${answer}`)).not.toBe(
      'pass',
    );
  });

  it("passes a notice headed with a provision's name that has no school noun, named as what it is below", () => {
    const text = [
      'Fernside Learning Centre',
      '3 Chapel Row, Eastmoor EM2 5LD',
      'Our privacy notice in plain words',
      'Fernside Learning Centre is a pupil referral unit for children aged 5 to 11, run by Eastmoor Borough Council.',
      'We keep your child’s name, address and attendance so that we can teach them and keep them safe.',
    ].join('\n\n');
    expect(noticeStatus('controller-identity', text, 'https://fernside.sch.example/privacy', '2026-12-04')).toBe('pass');
  });

  it("does not pass a council's controller role for its own records", () => {
    expect(
      unit(
        'controller-identity',
        'Fernside Learning Centre is a pupil referral unit. Eastmoor Borough Council is the data controller for the applications it receives for school transport.',
      ),
    ).not.toBe('pass');
  });
});

describe('controller identity: a service the council runs itself', () => {
  const service = statusReader({
    school: 'Brackwater Home and Hospital Teaching Service',
    ages: '5 to 16',
    title: 'Privacy notice for pupils and families',
    closing: 'Thank you for reading.',
    url: 'https://brackwater.example.gov.uk/teaching-service/privacy',
    asOf: '2026-12-04',
    namelessFor: ['controller-identity'],
  });
  const controller = 'The Council is the data controller for the personal information the service keeps about pupils.';

  it('passes the council called controller of the records, where the notice says the council runs the service', () => {
    expect(service('controller-identity', `The teaching service is run by Northvale Borough Council, not by a school. ${controller}`)).toBe(
      'pass',
    );
  });

  it('passes the council providing the service, called controller of what the service processes', () => {
    expect(
      service(
        'controller-identity',
        'The council provides the service under section 19 of the Education Act 1996. Northvale Borough Council is the data controller for personal data processed by the Service.',
      ),
    ).toBe('pass');
  });

  it('passes the council called controller of what "the Service collects and uses", in a registered referral unit', () => {
    expect(
      service(
        'controller-identity',
        'The Service is registered with the Department for Education as a pupil referral unit. Northvale Borough Council is the data controller for the personal information the Service collects and uses.',
      ),
    ).toBe('pass');
  });

  it('passes the council "therefore" the controller of "the information Y Bont holds", in a pupil referral unit', () => {
    expect(
      service(
        'controller-identity',
        'Y Bont is a pupil referral unit maintained by the local authority. Tawel Valley County Borough Council is therefore the data controller for the information Y Bont holds about pupils and their families.',
      ),
    ).toBe('pass');
  });

  it("passes a school said to be the council's own service, whose records the council controls", () => {
    expect(
      service(
        'controller-identity',
        "Brackwater Hospital School is Northvale Borough Council's teaching service for children too ill to attend school. Northvale Borough Council is the data controller for the information Brackwater Hospital School holds about pupils.",
      ),
    ).toBe('pass');
  });

  it('passes a school said to be no separate legal body but a council service', () => {
    expect(
      service(
        'controller-identity',
        'Brackwater Hospital School is not a separate legal body; it is a council service. Northvale Borough Council is the data controller for personal information held by Brackwater Hospital School.',
      ),
    ).toBe('pass');
  });

  it('passes the council called controller of what "the crèche" holds, where the crèche is no separate organisation', () => {
    expect(
      service(
        'controller-identity',
        'Our crèche does not exist as a separate organisation: its staff are council employees. Northvale Borough Council is the data controller for all personal information held by the crèche.',
      ),
    ).toBe('pass');
  });

  it('passes the council called controller of the records, where the service is maintained by it', () => {
    expect(service('controller-identity', `The medical needs service is maintained by Northvale Borough Council. ${controller}`)).toBe(
      'pass',
    );
  });

  it('does not pass the same statement for a school its council is said to run', () => {
    expect(
      service('controller-identity', `Our school is run by Northvale Borough Council and has its own governors. ${controller}`),
    ).not.toBe('pass');
  });
});

describe('controller identity: the trust named in a letterhead', () => {
  const letterhead = (first: string, second: string) =>
    [
      first,
      second,
      'PRIVACY NOTICE FOR PUPILS AND FAMILIES',
      'The Trust is the data controller for the personal data described in this notice.',
      'Each academy keeps attendance and assessment records for its own pupils.',
      'Schedule: Ridgeway Primary Academy, Ridgeway; Elmfield Primary Academy, Elmfield.',
    ].join('\n\n');

  it('passes "the Trust" as controller under a line naming the trust and a line saying it is one', () => {
    expect(
      noticeStatus(
        'controller-identity',
        letterhead('KESTREL VALE EDUCATION PARTNERSHIP', 'A multi-academy trust: a company limited by guarantee, number 09876543.'),
        'https://kestrelvale.org.example/privacy',
        '2026-12-04',
      ),
    ).toBe('pass');
  });

  it("does not read a line that is not said to be a trust as the trust's name", () => {
    expect(
      noticeStatus(
        'controller-identity',
        letterhead('KESTREL VALE EDUCATION PARTNERSHIP', 'Working together for every child in the valley.'),
        'https://kestrelvale.org.example/privacy',
        '2026-12-04',
      ),
    ).not.toBe('pass');
  });
});

describe('controller identity: "the School is the data controller" and the name only in passing', () => {
  it('is partial when the name appears only in a role', () => {
    expect(
      unit(
        'controller-identity',
        'The School is the data controller for the personal information in this notice. Questions can go to the business manager at Castlebrook Free School, who reads every message.',
      ),
    ).toBe('partial');
  });

  it('passes when the notice gives the name as the school itself', () => {
    expect(
      unit(
        'controller-identity',
        'The School is the data controller for the personal information in this notice. Castlebrook Free School opened in 2019 for students aged 11 to 16.',
      ),
    ).toBe('pass');
  });
});

const school = statusReader({
  school: 'Hartside Lane Primary School',
  ages: '4 to 11',
  title: 'How we look after your child’s information',
  closing: 'Thank you for reading.',
  url: 'https://hartside.sch.example/privacy',
  asOf: '2026-12-05',
  namelessFor: ['controller-identity'],
});

describe('controller identity: the role said in plain words', () => {
  it('passes a school responsible for the information and for deciding how it is used', () => {
    expect(
      school(
        'controller-identity',
        'Hartside Lane Primary School is responsible for the records this page describes and for deciding how they are used.',
      ),
    ).toBe('pass');
  });
});

describe('controller identity: a name over a letterhead, the title under its address and phone lines', () => {
  it('passes the name heading the letterhead with "I am the data controller" in the text', () => {
    const text = [
      'BLUEBELL LANE CHILDMINDING',
      'Sam Carter, registered childminder',
      '3 Bluebell Lane, Ambleford AB1 2CD',
      'Phone: 01632 960 111   Email: sam@bluebelllane.example',
      'PRIVACY NOTICE FOR FAMILIES',
      'I am the data controller for everything I record about the children I look after and their families.',
      'I keep names, dates of birth, allergies and emergency contacts so that I can care for your child safely.',
    ].join('\n');
    expect(noticeStatus('controller-identity', text, 'https://bluebelllane.example/privacy', '2026-12-05')).toBe('pass');
  });
});
