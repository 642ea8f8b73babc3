// Whole-check verdicts on choice, transfer, retention and lawful-basis wording that touches the topic but falls short of
// the checklist: how much of the data is compulsory without saying which, a period for one kind of record only, a
// transfer to the European Union, and a legal duty to hand data on given as the only hint of a basis. Each passage is
// read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Hollowmere Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for pupils and parents',
  closing: 'This is the end of the notice.',
  url: 'https://hollowmere.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('compulsory or optional: the promise to indicate which is which', () => {
  it('passes what is needed for the contract beside what is voluntary, with the school to indicate which is which', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Some details are needed so that we can carry out the parent contract, and without them we may not be able to offer a place. Others, such as consent to use photographs, are entirely up to you. We will indicate which is which when we ask.',
      ),
    ).toBe('pass');
  });
});

describe('compulsory or optional: how much is compulsory is not which', () => {
  it('passes amounts with the items named, the forms marking them, or the promise a sentence later', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Most of what we ask for is required, but some is optional; the admission pack shows you which is which.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        'The greater part of the details families hand over is compulsory, though a few are voluntary.\nWe will let you know which when we collect them.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        "Much of the information you supply is mandatory, such as your child's name and address; religion and ethnicity are voluntary.",
      ),
    ).toBe('pass');
  });
  it('reads amounts alone as partial', () => {
    expect(status('statutory-or-voluntary', 'Most of the information families provide is compulsory, although some is voluntary.')).toBe(
      'partial',
    );
    expect(
      status('statutory-or-voluntary', 'While the bulk of pupil details you hand over are mandatory, a few are provided voluntarily.'),
    ).toBe('partial');
  });
});

describe('retention: the move up to secondary school is transition data', () => {
  it('reads a period for the Year 6 handover alone as partial', () => {
    expect(
      status(
        'retention',
        'Notes that primary schools pass to us about pupils joining Year 7 are deleted six months after the start of term.',
      ),
    ).toBe('partial');
  });
  it('still passes the pupil record kept until 25 beside it', () => {
    expect(
      status(
        'retention',
        'We keep each pupil record until the pupil turns 25. Notes that primary schools pass to us about pupils joining Year 7 are deleted six months after the start of term.',
      ),
    ).toBe('pass');
  });
  it('reads a period set between the disposal and its starting point', () => {
    expect(status('retention', 'Paper files on every pupil are shredded 25 years after the date of birth.')).toBe('pass');
    expect(status('retention', 'Paper files on every pupil are shredded when no longer needed.')).toBe('partial');
  });
});

describe('transfers: data kept in the EU is data outside the UK', () => {
  it('passes EU hosting with the adequacy finding in plain words', () => {
    expect(
      status(
        'international-transfers',
        "Our homework platform's servers sit in Ireland and elsewhere in the European Union, which UK law recognises as protecting data adequately.",
      ),
    ).toBe('pass');
  });
  it('reads EU hosting with nothing on protection as partial', () => {
    expect(status('international-transfers', 'The reading app we use holds its records in data centres in Europe.')).toBe('partial');
    expect(status('international-transfers', 'Our cloud backups are stored within the European Union.')).toBe('partial');
  });
  it('does not take safeguarding children for a transfer’s safeguards', () => {
    expect(
      status(
        'international-transfers',
        'Our homework app keeps its data on servers in the United States.\nWe share records with:\n- the police and other services with safeguarding duties;\n- the school nurse.',
      ),
    ).toBe('partial');
  });
  it('does not take the law that applies in the EU for a place data is kept', () => {
    expect(
      status(
        'international-transfers',
        'The General Data Protection Regulation applied in the European Union before the UK made its own version.',
      ),
    ).toBe('fail');
  });
});

describe('transfers: "this country" in a UK notice is the UK', () => {
  it('passes data said to stay in this country, though a later clause names another country', () => {
    expect(
      status(
        'international-transfers',
        "Does anything go overseas?\nNo. All the information we hold stays in this country. We do not use any website or app that passes pupils' details to another country.",
      ),
    ).toBe('pass');
  });
});

describe('transfers: the UK and keeping must stand in one item of a section or list', () => {
  it('does not read the UK named in a section opening and keeping in an item below it as data kept in the UK', () => {
    expect(
      status(
        'international-transfers',
        'Are you allowed to do this?\nYes. The rules about information in the UK are called the UK GDPR. These are the reasons we use:\n- a job the law gives to schools, such as teaching you;\n- something the law says we must do, such as keeping an attendance register and sending the census to the government.',
      ),
    ).toBe('fail');
  });
  it('does not read the schools in the UK that pupils move on to as data kept in the UK', () => {
    expect(
      status(
        'international-transfers',
        'We share information with:\n- the council;\n- schools and colleges pupils move on to, in Wales or elsewhere in the UK.',
      ),
    ).toBe('fail');
  });
  it('still passes a section or list item that says where data is kept', () => {
    expect(status('international-transfers', 'Where is it kept?\nEverything we hold is kept on computers in the UK.')).toBe('pass');
    expect(
      status(
        'international-transfers',
        'The systems we use:\n- our management information system, which stores its data in the UK;\n- our payments service, which keeps it in the United Kingdom too.',
      ),
    ).toBe('pass');
  });
});

describe('transfers: protection held to the UK level, in plain words', () => {
  const abroad = 'Where does it go?\nSome apps we use store what they hold on servers in other countries, such as the USA.';
  it('passes a legal agreement or a promise of care matching UK law as the safeguard', () => {
    expect(
      status('international-transfers', `${abroad} Each of those firms signs a legal agreement with us before it gets anything.`),
    ).toBe('pass');
    expect(
      status(
        'international-transfers',
        `${abroad} They must then look after it as carefully as a company in the United Kingdom would have to.`,
      ),
    ).toBe('pass');
  });
});

describe("transfers: hosting said only as the cloud or suppliers' servers is vague, not silence", () => {
  it('reads systems "provided in the cloud" and data on servers run by suppliers as vague hosting', () => {
    expect(status('international-transfers', 'Several of the systems we use are run in the cloud rather than on our own computers.')).toBe(
      'partial',
    );
    expect(status('international-transfers', 'Some pupil records may be stored on servers managed by our service providers.')).toBe(
      'partial',
    );
  });
});

/** A pointer to a schedule with no period or link: partial on its own, so a false period beside it would pass. */
const SCHEDULE_ONLY = 'Keeping records\nWe keep other records in line with our retention schedule, which the office can give you.';

describe('retention: an age, a year group or staying in education is no keeping period', () => {
  it.each([
    'Teachers talk to the children about keeping their information safe in an age-appropriate way.',
    'Service: Maths Meadow | Used by: pupils in all year groups | What it holds: name, class and saved work',
    'The council helps 13 to 19 year olds to stay in education or training, and the information lets it offer careers advice.',
  ])('leaves a schedule without a period partial beside: %s', (line) => {
    expect(status('retention', `${line}\n${SCHEDULE_ONLY}`)).toBe('partial');
  });
});

describe("retention: one club's or one scheme's records are one kind of record", () => {
  it.each([
    'Gift Aid records are kept for at least six years after the end of the accounting period.',
    'Holiday club sign-in sheets and booking records are kept until the end of the next school year.',
    'We keep the entrance test registration record until the end of the academic year after the test.',
  ])('leaves the schedule partial beside: %s', (line) => {
    expect(status('retention', `${SCHEDULE_ONLY}\n${line}`)).toBe('partial');
  });
});

describe('security: a promise to explain further on is not the explanation', () => {
  it('does not count "we set out below how" as the measures', () => {
    expect(status('security-measures', 'Keeping your details safe matters to us, and we set out below how the school does that.')).toBe(
      'fail',
    );
  });
  it('still reads the measures when they are given', () => {
    expect(
      status(
        'security-measures',
        'Keeping your details safe matters to us: records are held on encrypted laptops and paper files are locked away.',
      ),
    ).toBe('pass');
  });
});

describe('security: "child protection" is safeguarding, not keeping data safe', () => {
  it('does not read records named "child protection records" as protected records', () => {
    expect(
      status(
        'security-measures',
        'After Year 6 we hold on to only a few records ourselves, for example first aid logs and child protection records.',
      ),
    ).toBe('fail');
  });
  it('still reads the measures taken for those records', () => {
    expect(
      status('security-measures', 'Child protection records are held in a locked cabinet that only the safeguarding lead can open.'),
    ).toBe('pass');
  });
});

describe("transfers: the government's safeguards for its own sharing are not the school's for data sent abroad", () => {
  const ABROAD = 'Some of the apps we use are run by companies based in the United States, so information may be sent there.';
  it('stays partial when the only safeguards named are the Department sharing its database', () => {
    expect(
      status(
        'international-transfers',
        `${ABROAD}\nThe Department for Education may share some pupil information with researchers, but only under strict conditions and with safeguards in place.`,
      ),
    ).toBe('partial');
  });
  it("still passes on the school's suppliers' safeguards", () => {
    expect(
      status('international-transfers', `${ABROAD}\nOur suppliers sign contracts with safeguards approved by the UK government.`),
    ).toBe('pass');
  });
});

describe("security: special category data's extra protection is the law's, not the school's measures", () => {
  it('does not read special category data "given extra protection" as security', () => {
    expect(
      status(
        'security-measures',
        'Some of the details we hold, such as religion and health, are special category data and receive extra protection.',
      ),
    ).toBe('fail');
  });
  it('still reads data held securely behind passwords and locks', () => {
    expect(status('security-measures', 'We hold all of this information securely, protected by passwords and locked cabinets.')).toBe(
      'pass',
    );
  });
});

describe('compulsory or optional: the marked items, then what is not marked', () => {
  it('passes a sentence saying which are marked as needed by law and the next picking out the rest', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'We ask families for some details each September.\n\nOn the enrolment form a star sits beside every detail the law requires us to collect. Anything not marked is up to you.',
      ),
    ).toBe('pass');
  });
  it('passes an amount with the promise that the school will state whether each item is required', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Most of what we request is mandatory. A small part is requested on a voluntary basis. When collecting it, the Academy will state whether its provision is required, and what follows if it is not given.',
      ),
    ).toBe('pass');
  });
  it('passes the same with the unmarked questions named as such', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Where we get it\n\nMost of it comes from you when your child starts.\n\nSome boxes on our admission form carry a tick symbol. Those have to be filled in, because the law needs them. Boxes without a tick are optional.',
      ),
    ).toBe('pass');
  });
});

describe('transfers: a family settling abroad', () => {
  it('places no data abroad when the file stays here', () => {
    expect(
      status(
        'international-transfers',
        'If a record cannot be sent on, for example because the family has moved abroad, we keep it here until the pupil is 25.',
      ),
    ).toBe('fail');
  });
  it('places no data abroad for the details kept for a trip abroad', () => {
    expect(status('international-transfers', 'We also keep passport numbers and medical forms for overseas visits and residentials.')).toBe(
      'fail',
    );
  });
  it('places data abroad when details are shared on such a trip', () => {
    expect(
      status('international-transfers', 'For trips abroad we share names and medical needs with the hotels, which hold them abroad.'),
    ).toBe('partial');
  });
  it('places the file abroad when it is sent on after them', () => {
    expect(status('international-transfers', 'When a family moves overseas, we send the pupil file on to the new school.')).toBe('partial');
  });
});

describe('security: the Department’s database filled securely is not the school’s security', () => {
  it('does not read "information gathered securely from schools" as the school keeping data safe', () => {
    expect(
      status(
        'security-measures',
        'The National Pupil Database holds information gathered securely from schools and local authorities, and researchers may use it under strict conditions.',
      ),
    ).toBe('fail');
  });
});

describe('security: measures said in plain words', () => {
  it('passes records locked away, devices with passwords and staff who see only what they need', () => {
    expect(status('security-measures', 'Keeping it safe\n- Paper records are locked away.\n- The office is shut at night.')).toBe('pass');
    expect(status('security-measures', 'Keeping it safe\n- Computers and tablets have passwords.\n- The office is shut at night.')).toBe(
      'pass',
    );
    expect(status('security-measures', 'Keeping it safe\n- Our staff only see the records they need.')).toBe('pass');
  });
  it('does not read a keeping period or parents’ own passwords as a measure', () => {
    expect(status('security-measures', 'Keeping it safe\n- We keep it for as long as the law says.')).toBe('fail');
    expect(status('security-measures', 'Parents have passwords for the payments app, which we do not see.')).toBe('fail');
  });
});
