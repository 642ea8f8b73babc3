// Complaints (checklist.md 2.17, 2.18): the reader's grievance as the condition for going to the Information
// Commissioner is a complaint route, while the fee the school pays it is registration; a concern about data voiced in
// one sentence and the step to someone at the school in the next is the school's route, while complaint records kept
// are not. Controller identity (2.1): the controller's role in the law's own terms names it. DPO contact (2.3): a
// line naming the role alone heads the contact card under it.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Hollins Brook Academy',
  ages: '11 to 18',
  title: 'How we use pupil information',
  closing: 'We review this notice every summer.',
  url: 'https://hollinsbrook.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

describe('complaint to the ICO: the reader grievance as the condition', () => {
  it('passes the regulator offered to someone who feels their data was mishandled', () => {
    expect(
      status(
        'complaint-to-ico',
        'Should you believe that we have handled your son or daughter’s records unfairly, the Information Commissioner’s Office can investigate: 0303 123 1113.',
      ),
    ).toBe('pass');
    expect(status('complaint-to-ico', 'You may also ask the ICO to look into the way we responded to you.')).toBe('pass');
  });

  it('stays partial for the regulator offered for help understanding rights', () => {
    expect(
      status(
        'complaint-to-ico',
        'If you think you would like help understanding your rights, the ICO’s website explains them: ico.org.uk.',
      ),
    ).toBe('partial');
  });

  it('fails the fee the school pays the regulator', () => {
    expect(status('complaint-to-ico', 'Each year the academy pays its fee to the Information Commissioner’s Office.')).toBe('fail');
  });
});

describe('complaint to the school: a data concern, then the step to the school', () => {
  it('passes a concern question answered by a step to a named post at the school', () => {
    expect(
      status(
        'complaint-to-school',
        'Think we have got something wrong with your information? Please let the Headteacher know and we will look again.',
      ),
    ).toBe('pass');
    expect(
      status(
        'complaint-to-school',
        'We want to hear your concerns about how pupil data is used. Please bring them to the school’s attention.',
      ),
    ).toBe('pass');
  });

  it('keeps a concern about one kind of data a one-topic route', () => {
    expect(
      status('complaint-to-school', 'Unhappy about a photograph of your child on our website? Let the office know and it will come down.'),
    ).toBe('partial');
  });

  it('does not pass complaint records kept as a retention entry', () => {
    expect(status('complaint-to-school', 'Records of complaints made to the academy are kept for six years.')).toBe('fail');
  });
});

describe('controller identity: the role in the law’s own terms', () => {
  it('passes a trust that determines the purposes of processing', () => {
    expect(
      status(
        'controller-identity',
        'Brookside Learning Partnership determines the purposes and means of processing pupil information, so it is the controller.',
      ),
    ).toBe('pass');
  });

  it('passes a trust said after the verb to be the body in charge of the data', () => {
    expect(
      status(
        'controller-identity',
        'The organisation in charge of your information is Brookside Learning Partnership (company number 07654321), which runs Hollins Brook Academy.',
      ),
    ).toBe('pass');
  });

  it('passes "the controller" in quotes with the trust after the verb, and "is therefore the controller"', () => {
    expect(status('controller-identity', 'Under the UK GDPR the “controller” of pupil data is Brookside Learning Partnership.')).toBe(
      'pass',
    );
    expect(
      status('controller-identity', 'Brookside Learning Partnership is therefore the controller of every pupil record in its schools.'),
    ).toBe('pass');
  });

  it('passes the notice’s own “we” named as the trust', () => {
    expect(status('controller-identity', 'We are Brookside Learning Partnership, the academy trust that runs Hollins Brook Academy.')).toBe(
      'pass',
    );
  });

  it('fails the Department deciding how its own data is used, and an unnamed "we"', () => {
    expect(status('controller-identity', 'The Department for Education decides how information in its pupil database is used.')).toBe(
      'fail',
    );
    expect(status('controller-identity', 'We decide how your information is used and take that duty seriously.')).toBe('fail');
  });
});

describe('DPO contact: a line naming the role heads its contact card', () => {
  it('passes the role line followed by a name and a channel line', () => {
    expect(status('dpo-contact', 'Data Protection Officer\nMr Kofi Mensah\nPhone: 01632 960 852')).toBe('pass');
  });

  it('does not reach past another post heading to its channel', () => {
    expect(
      status('dpo-contact', 'Data Protection Officer\nWe have appointed a DPO.\nBusiness Manager\nEmail: bm@hollinsbrook.sch.example'),
    ).toBe('partial');
  });

  it('keeps a data protection lead card a lead', () => {
    expect(status('dpo-contact', 'Data Protection Lead\nMrs Ada Fenwick\nEmail: ada.fenwick@hollinsbrook.sch.example')).toBe('partial');
  });
});
