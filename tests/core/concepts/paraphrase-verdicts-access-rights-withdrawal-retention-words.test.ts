// Access, rights, withdrawal and retention said in words a phrase list would not expect, each beside a near miss that
// must stay a gap (checklist.md 2.13-2.16).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Cwm Hebog High School',
  ages: '11 to 18',
  title: 'Privacy notice for learners and families',
  closing: 'We look at this notice again every summer.',
  url: 'https://cwmhebog.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('subject-access-route: seeing what is held, in other words', () => {
  it('looking at the educational record, with a written route and an email, passes', () => {
    expect(
      status(
        'subject-access-route',
        "Carers wanting to look at a learner's school record can write to the Head of Centre or email records@cwmhebog.sch.example.",
      ),
    ).toBe('pass');
  });
  it('viewing the information held about you, with a phone number, passes', () => {
    expect(
      status(
        'subject-access-route',
        'If you want to view the data kept about you, call reception on 01970 555 010 and they will arrange it.',
      ),
    ).toBe('pass');
  });
  it('the same right with no channel anywhere stays partial', () => {
    expect(status('subject-access-route', 'If you want to view the data kept about you, ask at reception.')).toBe('partial');
  });
  it('a rights list item read after its lead-in ("You can ask us:" / "- what we hold"), with how to ask below, passes', () => {
    expect(
      status(
        'subject-access-route',
        'You can ask us:\n- what information we hold about your child\n- to put right anything that is wrong\nHow do I ask?\nEmail the school office at office@cwmhebog.sch.example.',
      ),
    ).toBe('pass');
  });
  it('the same list with no way to ask is not a route', () => {
    expect(
      status('subject-access-route', 'You can ask us:\n- what information we hold about your child\n- to put right anything that is wrong'),
    ).not.toBe('pass');
  });
});

describe('data-subject-rights: erasure and restriction in plain words', () => {
  it('copy, fix, wipe and put on hold together pass', () => {
    expect(
      status(
        'data-subject-rights',
        'You may ask us for a copy of your data, have errors fixed, have us destroy information we should not have, and ask us to put on hold our use of it while a dispute is sorted out.',
      ),
    ).toBe('pass');
  });
  it('copy and fix alone stay partial', () => {
    expect(status('data-subject-rights', 'You may ask us for a copy of your data and have errors fixed.')).toBe('partial');
  });
});

describe('withdraw-consent: consent ended in the reader’s words', () => {
  it('telling the school later that you no longer consent passes', () => {
    expect(
      status('withdraw-consent', 'You are free to say at a later date that you no longer consent to us using your child’s photograph.'),
    ).toBe('pass');
  });
  it('saying consent is no longer wanted passes', () => {
    expect(
      status('withdraw-consent', 'If you gave consent for photographs and are no longer happy for us to use them, tell the office.'),
    ).toBe('pass');
  });
  it('consent only asked for, never ended, stays a gap', () => {
    expect(status('withdraw-consent', 'We will always ask your permission before filming a performance.')).toBe('fail');
  });
  it('withdrawal as an event the school records or handles presumes the right without stating it: partial', () => {
    expect(
      status('withdraw-consent', 'We ask before putting your photo on the website. Any withdrawal of consent is recorded on your file.'),
    ).toBe('partial');
    expect(
      status(
        'withdraw-consent',
        'Some things we only do with your agreement, such as photographs on our website. If that agreement is later withdrawn, this does not affect anything we did before.',
      ),
    ).toBe('partial');
  });
  it('the same consequence beside the reader’s right to withdraw passes', () => {
    expect(
      status(
        'withdraw-consent',
        'Some things we only do with your agreement, such as photographs on our website. You can withdraw your agreement at any time; if it is later withdrawn, this does not affect anything we did before.',
      ),
    ).toBe('pass');
  });
  it('a document called an agreement, ended or withdrawn from, is nobody’s consent', () => {
    expect(
      status(
        'withdraw-consent',
        'We ask before using photographs. The council and the school can each withdraw from the data sharing agreement with a term’s notice.',
      ),
    ).toBe('fail');
    expect(status('withdraw-consent', 'The Secretary of State may cancel the trust’s funding agreement in some circumstances.')).toBe(
      'fail',
    );
  });
});

describe('retention: periods and schedules in other words', () => {
  it('the birth date of the learner plus a number of years, after "as long as we need", passes', () => {
    expect(
      status('retention', "We hang on to learner files only as long as we need them: for most, the learner's date of birth plus 25 years."),
    ).toBe('pass');
  });
  it('records staying with the school while the reader is a pupil there passes', () => {
    expect(
      status('retention', 'Your records remain at our school while you are a learner with us, and then go on to your next school.'),
    ).toBe('pass');
  });
  it('a linked records timetable passes', () => {
    expect(
      status(
        'retention',
        'Keeping information\nThe records timetable on our website lists how long every kind of record is held: https://cwmhebog.sch.example/records-timetable.',
      ),
    ).toBe('pass');
  });
  it('a linked list of how long each kind of record is kept passes, by what it sets out rather than its name', () => {
    expect(
      status(
        'retention',
        'Keeping information\nWe keep your work while you are here. A guide showing how long the school keeps each type of record is at https://cwmhebog.sch.example/policies/records-retention.',
      ),
    ).toBe('pass');
    expect(
      status(
        'retention',
        'Keeping information\nWe keep your work while you are here. A list of how long we keep things is kept in the office.',
      ),
    ).toBe('partial');
  });
  it('a records timetable with no link stays partial', () => {
    expect(status('retention', 'Keeping information\nWe hold records in line with our records timetable.')).toBe('partial');
  });
  it('a period for records of one matter, named after the noun, stays partial', () => {
    expect(status('retention', 'Records of bullying incidents are kept until the pupil reaches 25.')).toBe('partial');
  });
  it('a period for records of the pupils themselves passes', () => {
    expect(status('retention', 'Records about every pupil are kept until the pupil reaches 25.')).toBe('pass');
  });
});
