// Verdicts on short passages where a notice's layout or a neighbouring topic misleads a check: a council named in an
// aside that describes the school which is the controller (2.1), a unit with no school noun stated as controller
// through its committee (2.1), a purposes list under a question ("What will the school use this for?") (2.4), cookie
// choices and the 13+ sharing choice read as a choice about giving data (2.10), "on this website" in a heading read as
// a pointer to a lost link (2.27), a council named in full and then called "the Council" (2.28), a council's own
// services pasted into the notice (2.28), drafting notes and periods left as "XX years" (2.28, 2.13), "internal"
// read as "international" and servers only partly in the UK (2.12), biometrics denied by kind (2.31), a date given in
// the author's own voice (2.24), and a period for applicants who never joined (2.13).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brackenfield Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for families',
  closing: 'Thank you for reading.',
  url: 'https://brackenfield.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

describe('controller identity: the controller named around an aside', () => {
  it('passes when the governors of a named school, described as maintained by a council, are the controller', () => {
    expect(
      status(
        'controller-identity',
        'The governors of Brackenfield Primary School, a foundation school funded by Wenlow County Council, are the data controller for the records described here.',
      ),
    ).toBe('pass');
  });
  it('does not pass when the council maintaining the school is the one called the controller', () => {
    expect(
      status(
        'controller-identity',
        "Brackenfield Primary School is maintained by Wenlow County Council, which is the data controller for its pupils' records.",
      ),
    ).not.toBe('pass');
  });
  it('passes when a unit with no school noun is the controller, acting through its committee', () => {
    expect(
      status(
        'controller-identity',
        'Under data protection law the Riverside Learning Centre, acting through its management committee, is the controller of the records we keep.',
      ),
    ).toBe('pass');
  });
  it('does not pass when that unit is only mentioned', () => {
    expect(status('controller-identity', 'The Riverside Learning Centre reports to its management committee each term.')).not.toBe('pass');
  });
});

describe('purposes: a list under a question', () => {
  it('passes when a question about what the data is for is answered with a list', () => {
    expect(
      status(
        'purposes',
        'What will the school use this information for?\n- Teaching each pupil at the right level\n- Recording how pupils are getting on\n- Looking after pupils’ health and welfare',
      ),
    ).toBe('pass');
  });
  it('does not pass when the question is answered by one vague sentence', () => {
    expect(status('purposes', 'What will the school use this information for?\nMainly for running the school.')).not.toBe('pass');
  });
});

describe('statutory or voluntary: choices that are not about giving data', () => {
  it('passes when the admission form says which details are needed by law and which may be left blank', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Some details on the admission form are needed by law, like your child’s date of birth; others, such as religion, you may leave blank.',
      ),
    ).toBe('pass');
  });
  it('fails when the only choices are a cookie banner’s and a cookie is called strictly necessary', () => {
    expect(status('statutory-or-voluntary', 'This cookie stores the choices you make in our banner, so it is strictly necessary.')).toBe(
      'fail',
    );
  });
  it('does not pass on the choice to limit what goes to the youth service', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Parents can tell us to pass only their child’s name, address and date of birth to the youth service; from 16 the young person makes that choice.',
      ),
    ).not.toBe('pass');
  });
  it('is partial when what the school requests is only said to be a statutory requirement', () => {
    expect(status('statutory-or-voluntary', 'Part of what we request from you is a statutory requirement.')).toBe('partial');
  });
});

describe('links: "on this website" is the site itself, not a pointer', () => {
  it('passes a heading about cookies on this website', () => {
    expect(status('links-public-and-working', 'Cookies on this website\nWe set one small file to remember your settings.')).toBe('pass');
  });
  it('fails a pointer to a website whose address was lost', () => {
    expect(status('links-public-and-working', 'The full guidance can be read on this website:\nThank you.')).toBe('fail');
  });
});

describe('template residue: councils, drafting notes and unfilled periods', () => {
  it('passes "the Council" after the council has been named in full', () => {
    expect(
      status(
        'no-template-residue',
        'Admissions data is shared with Ashdown Borough Council. The Council also uses attendance figures to plan school places.',
      ),
    ).toBe('pass');
  });
  it('is partial when "the Council" acts in the notice and no council is ever named', () => {
    expect(status('no-template-residue', 'The Council uses attendance figures to plan school places.')).toBe('partial');
  });
  it('is partial when the council named is only a supplier and "the Council" then uses the data', () => {
    expect(
      status(
        'no-template-residue',
        'Our payroll is run by Ashdown Borough Council. The Council uses attendance figures to plan school places.',
      ),
    ).toBe('partial');
  });
  it("fails when the notice offers a council's own services as its own", () => {
    expect(
      status(
        'no-template-residue',
        'To learn how we handle your details for our other Council services, such as council tax and bin collections, see our corporate notice.',
      ),
    ).toBe('fail');
  });
  it('fails a drafting note left in brackets', () => {
    expect(status('no-template-residue', 'We keep attendance registers securely. [DN: check this wording with the DPO]')).toBe('fail');
  });
  it('passes a bracketed note meant for readers', () => {
    expect(status('no-template-residue', 'We keep attendance registers securely. (Note: this notice replaces our 2019 version.)')).toBe(
      'pass',
    );
  });
  it('passes a plain-text heading that ends on a question word and its verb ("who to contact")', () => {
    expect(
      status(
        'no-template-residue',
        'Your rights, complaints and who to contact\nYou can ask the school office for a copy of what we hold.',
      ),
    ).toBe('pass');
  });
  it('is partial when a sentence stops at "contact" with nothing after it', () => {
    expect(
      status(
        'no-template-residue',
        'For questions about this notice, please contact\nYou can ask the school office for a copy of what we hold.',
      ),
    ).toBe('partial');
  });
  it('fails a period left as "XX years"', () => {
    expect(status('no-template-residue', 'We keep attendance registers for XX years.')).toBe('fail');
  });
});

describe('retention: a period never filled in', () => {
  it('passes a real period', () => {
    expect(status('retention', 'Pupil files are held for six years after the pupil leaves us.')).toBe('pass');
  });
  it('is partial when the period is left as letters', () => {
    expect(status('retention', 'Admission files are held for xx years after the pupil leaves us.')).toBe('partial');
  });
});

describe('retention: a period only for applicants who never joined', () => {
  it('is partial when the only period is for applications that did not lead to a place', () => {
    expect(status('retention', 'If you apply but do not enrol, we keep your application for six months and then delete it.')).toBe(
      'partial',
    );
  });
  it("passes when students' own files have a period too", () => {
    expect(
      status('retention', "Students' files are kept for six years after they leave; unsuccessful applications are deleted after a year."),
    ).toBe('pass');
  });
});

describe('international transfers: internal is not international, and partly in the UK is partly abroad', () => {
  it('fails when the only near word is "internal" in a list of data', () => {
    expect(status('international-transfers', 'We hold:\n- internal assessment marks\n- attendance records\n- medical notes')).toBe('fail');
  });
  it('passes when data is said to stay on UK servers', () => {
    expect(status('international-transfers', 'Every record we keep is stored on servers in the UK.')).toBe('pass');
  });
  it('is partial when the servers are only partly in the UK and no protection is given', () => {
    expect(
      status('international-transfers', "Homework apps keep pupils' work on their suppliers' servers, not all of which are in the UK."),
    ).toBe('partial');
  });
});

describe('biometrics: denied by kind', () => {
  it('is not applicable when fingerprint and face recognition are said not to be used', () => {
    expect(
      status(
        'biometrics-consent',
        'Nothing in school runs on fingerprints or facial recognition: we do not use fingerprint scanners at all.',
      ),
    ).toBe('not-applicable');
  });
  it('does not apply when a template states the rule for any school and the school fills in that it uses none', () => {
    expect(
      status(
        'biometrics-consent',
        'Biometrics\nWhere a school uses fingerprint recognition for lunches, it must get written consent from a parent and offer another way to pay.\nFingerprint systems used at our school: none.',
      ),
    ).toBe('not-applicable');
  });
  it('does not apply when a table row answers its "Biometric systems" field with "None in use"', () => {
    expect(status('biometrics-consent', 'School details\nBiometric systems: | None in use')).toBe('not-applicable');
  });
  it('is partial when a fingerprint system is used with no word on consent', () => {
    expect(status('biometrics-consent', 'Pupils borrow library books by placing a finger on the scanner at the desk.')).toBe('partial');
  });
});

describe('last updated: the date in the author’s own voice', () => {
  it('passes a recent date written as when the head wrote it', () => {
    expect(status('last-updated-date', 'Our head wrote this in October 2026, and we’ll look at it again in October 2027.')).toBe('pass');
  });
  it('is partial when that date and its review date are long past', () => {
    expect(status('last-updated-date', 'Our head wrote this in October 2022, and we’ll look at it again in October 2023.')).toBe('partial');
  });
});
