// Whole-check verdicts on one passage read alone, inside a skeleton notice that names the school and says nothing
// else a check could use: the passage must carry the point by itself, in wording none of the rules was written from.
// Compliant passages must not come out as a gap; the near-misses (checklist.md traps) must stay gaps; wording the
// checklist leaves open goes to a person (needs-review) rather than being called missing.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const status = statusReader({
  school: 'Fernhill Community School',
  ages: '4 to 11',
  title: 'How we use information about pupils',
  closing: 'Last words of this notice.',
  url: 'https://fernhill.sch.example/privacy',
  asOf: '2026-11-23',
});

const CASES: Record<string, { pass: string[]; gap: string[]; review?: string[] }> = {
  recipients: {
    pass: [
      'Details about a pupil may be passed on to their future school, to the county council and to the school nurse.',
      'Who can look at the information?\nThe council, children’s social care where a child may be at risk, and the exam boards for test entries.',
      'Besides our own staff, the people who receive pupil information are the police in an emergency, speech and language therapists, and the local authority.',
      'Outside companies help us run the school. They include Arbor, which holds our registers, and ParentPay, which takes dinner money.',
    ],
    gap: [
      // data coming in names a source, not a recipient (checklist.md 2.9 vs 2.11)
      'We receive information about pupils from their previous school and from the local authority.',
      'Other schools and the council share information with us when a child joins.',
      // telling someone is the reader's choice here, not the school's sharing
      'If you are worried, you can tell a teacher, the school nurse or the police.',
      // one body named in passing: partial at most
      'We are required by law to send some information to the Department for Education.',
    ],
  },
  'international-transfers': {
    pass: [
      'A few of our apps store pupil work on servers in the United States. We only choose providers bound by a contract that keeps the data protected to the standard UK law demands.',
      'Our cloud provider may hold copies in other countries, but only where the law there keeps personal data as safe as the UK does.',
    ],
    gap: [
      // abroad, with nothing on protection: partial (checklist.md 2.12)
      'Some of the apps we use may store data in other parts of the world.',
      // a move between schools is a domestic transfer (checklist.md 2.12 traps)
      'We send pupil records to the next school through a secure transfer.',
    ],
  },
  'data-sources': {
    pass: [
      "Some details reach us from your child's last school and from the local authority.",
      'Records about your child come to us from their nursery and from the council.',
    ],
    gap: [
      // the National Pupil Database's sources are the Department's (checklist.md 2.9 traps)
      'The NPD is built from data the Department collects from schools and local authorities.',
      'The National Pupil Database holds information gathered from nurseries, schools and colleges.',
    ],
  },
  // Tables typed with pipes: each data row is read with its header, as an HTML table row is.
  purposes: {
    pass: [
      'Data | Used for\nReading scores | planning lessons and reporting to parents\nAllergies | keeping children safe at lunch',
      // what the data makes possible, one kind of data per sentence
      'Test results help us plan lessons that fit each child. Health details allow us to offer extra support on school trips.',
    ],
    gap: [
      // the Department's purposes are not the school's (checklist.md 2.4)
      'Pupil data helps the Department for Education to produce statistics and research.',
    ],
  },
  'lawful-basis-art6': {
    pass: [
      'Activity | Basis we rely on\nSchool census | legal obligation\nClass photographs | consent',
      // the reason asked for, then named
      'We may only use personal data where we have a lawful reason. Our reason is that the law gives schools official functions to carry out.',
      'Data protection law asks us to have a legal basis. In our case the reasons are our statutory duties to educate and safeguard pupils.',
      // the bases listed under a lead-in that asks for a proper reason in the words of the law's permission
      'The law only lets us use your details when we have a proper reason. Ours are:\n- Legal obligation: the funding rules make us keep registers.\n- Contract: the place agreement you sign with us.',
    ],
    gap: [
      // consent only as something to withdraw; a duty to pass data on (checklist.md 2.5): partial
      'Where you have said yes to something, you may change your mind later.',
      'Any permission you have given can be taken back whenever you like.',
      'We must have a lawful reason for everything we do with your information.',
    ],
  },
  'statutory-or-voluntary': {
    pass: ['Question | Must you answer?\nDate of birth | Yes, the law requires it\nReligion | No, it is up to you'],
    gap: [
      // withdrawing consent says nothing on whether data must be given
      'You can withdraw your consent to photographs whenever you choose.',
    ],
  },
  'data-categories': {
    pass: [
      'Each file shows who the pupil is and who to ring in an emergency. Over time we add their attendance, test scores and any EHC plan.',
      'Kinds of information | For example\nAbout the child | name, date of birth, address\nHealth | allergies and medication\nSchool life | attendance and assessment results',
    ],
    gap: [
      // an empty lead-in with nothing surviving elsewhere (checklist.md 2.8, D.9)
      'The kinds of information we hold include:\n\nHow we use it',
    ],
  },
  retention: {
    pass: [
      'Kind of record | Kept for\nAttendance register | 3 years after the last entry\nSafeguarding file | until the pupil is 25',
      // the criteria that decide the period (Art 13(2)(a))
      'The time we hold a record for is based on the kind of record and on what the law requires; when it is no longer needed it is securely destroyed.',
      'How long each record stays with us is decided by the law and by whether it is still needed to keep a child safe.',
    ],
    gap: [
      // a period for one part of the data only (checklist.md 2.13): partial
      'CCTV footage is wiped after 30 days.',
      'Transition information passed to post-16 colleges is deleted after one year.',
      // no period and no criteria
      'We keep data for as long as necessary.',
      // one activity's period: only part of the data (checklist.md 2.13)
      'Record | Kept for\nCCTV recordings | 31 days',
      // the Department's conditions on NPD users are not the school's retention (checklist.md 2.13 traps)
      'Anyone given NPD data must follow strict rules on the confidentiality, handling, retention and use of the data.',
    ],
  },
  'automated-decision-making': {
    pass: ['Activity | Decided by a computer alone?\nSetting reading groups | No\nLunch payments | No'],
    gap: [
      // the legacy right says nothing on whether decisions are automated (checklist.md 2.19)
      'Your rights include:\n- to object to decisions taken by automated means\n- to have errors corrected',
    ],
  },
  'data-subject-rights': {
    pass: [
      'Right | Meaning\nAccess | see what we hold\nCorrection | fix mistakes\nDeletion | remove what we no longer need\nObjection | ask us to stop',
      'Pupils may look at the records we keep, get errors fixed, have old records deleted, and tell us they do not want us to share their details for a particular purpose.',
      'Families are entitled to obtain their records, to have them amended or erased, and to limit how we use them.',
      'What can I ask you to do?\nShow me my data, put right anything wrong, wipe what you no longer need, and pause using it while we sort out a dispute.',
    ],
    gap: [
      // two of the five missing: partial (checklist.md 2.14)
      'You can ask for a copy of your information and ask us to correct it.',
    ],
    review: [
      // exactly one of access, rectification and erasure missing: the sharpened counting says neither pass nor partial
      'You can ask to see your records, have mistakes put right, restrict how we use them and object to our using them.',
    ],
  },
  'subject-access-route': {
    pass: [
      "Can I view my son's school record?\nYes: email records@fernhill.sch.example and we will arrange it within a month.",
      'Requests for access to personal information go to the school office at office@fernhill.sch.example.',
      'You can request to view the data we keep about you by filling in the form at https://fernhill.sch.example/forms/data-request.',
      'What you want | Where to ask\nA copy of my own records | dpo@fernhill.sch.example\nThe school record | 01632 960700',
    ],
    gap: [
      // the right with no person or channel to send the request to (checklist.md 2.15)
      'You have the right to request access to information about you.',
      'Subject access requests are dealt with by the specific policy on the website.',
    ],
  },
  'controller-contact': {
    pass: ['Send your questions about this notice to office@fernhill.sch.example.'],
    gap: [
      // a name or role with no channel (checklist.md 2.2): partial
      'Questions should be sent to Mrs Helen Marsh, Office Manager,',
      'Send any queries about this notice to the Headteacher.',
    ],
  },
  'dpo-contact': {
    pass: ['Our Data Protection Officer is reached at dpo@fernhill.sch.example.'],
    gap: [
      // the Department's or Welsh Government's DPO is not the school's (checklist.md 2.3)
      "For questions about the census, the Welsh Government's own data protection officer can be contacted at dataprotectionofficer@gov.wales.",
    ],
  },
};

describe('verdicts on a passage read alone', () => {
  for (const [id, { pass, gap, review = [] }] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(pass)('passes: %s', (passage) => expect(status(id, passage)).toBe('pass'));
      if (gap.length) it.each(gap)('stays a gap: %s', (passage) => expect(isGap(status(id, passage))).toBe(true));
      if (review.length) it.each(review)('left to a person: %s', (passage) => expect(status(id, passage)).toBe('needs-review'));
    });
  }
});

describe('automated decisions: the right asked for in the negative', () => {
  it('is partial: the right (checklist.md 2.19), not whether the school decides by computer', () => {
    expect(
      status(
        'automated-decision-making',
        'Your rights:\n- Say no: you may ask us not to take decisions about your child by computer alone.',
      ),
    ).toBe('partial');
  });
});

describe('automated decisions: a notice written all in bullets', () => {
  it('reads a list item that is a whole sentence, under a plain heading, as a statement', () => {
    expect(
      status(
        'automated-decision-making',
        'Decisions by computer\n- Teachers and office staff decide everything about pupils.\n- Nothing about your child is ever decided by a machine on its own.',
      ),
    ).toBe('pass');
  });
  it('does not read an item that finishes its lead-in as a statement of its own', () => {
    expect(
      status(
        'automated-decision-making',
        'If you are unhappy, you may ask us:\n- to look again at anything decided by a machine on its own.',
      ),
    ).not.toBe('pass');
  });
});

describe('legitimate interests: named, then disowned in the next sentence', () => {
  it('does not read the basis as relied on when the next sentence says it is not used', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Other organisations often mention "legitimate interests" in their privacy notices. Being a state school, we never rely on that basis.',
      ),
    ).toBe('not-applicable');
  });
  it('still reads a limit on its use as relying on it', () => {
    expect(
      status('legitimate-interests-stated', 'We rely on legitimate interests for one thing only. We do not use it for anything else.'),
    ).not.toBe('not-applicable');
  });
});

describe('purposes: a heading answered by purpose clauses, one to a line', () => {
  it("reads the lines as the heading's list", () => {
    expect(
      status(
        'purposes',
        'What the records are for\n\nTo plan lessons that suit each child.\n\nTo look after pupils who are unwell.\n\nTo let families know how their child is doing.',
      ),
    ).toBe('pass');
  });
});

describe('retention: a period under a heading about other people', () => {
  it("reads it as one kind of record (the parents' details), not the pupils' records", () => {
    expect(
      status(
        'retention',
        'Details we hold about parents and carers\n\nWe hold your name, phone number and email address. We keep them while your child is on roll and for one year after.',
      ),
    ).toBe('partial');
  });
  it('still reads the same period under a heading about keeping information as the general period', () => {
    expect(
      status(
        'retention',
        'How long information is kept\n\nWe hold your name, phone number and email address. We keep them while your child is on roll and for one year after.',
      ),
    ).toBe('pass');
  });
});

describe("parents' data: a benefit the child is entitled to is no right", () => {
  it("reads the parent's details kept to reach them and to claim funded hours as parents' data with its purpose", () => {
    expect(
      status(
        'parents-carers-data',
        'What do we keep about you?\n\nWe keep your name, phone numbers and email, and who has parental responsibility for your child. We use this so we can get in touch with you, and claim the funded hours your child is entitled to.',
      ),
    ).toBe('pass');
  });
  it("reads details kept so the school can stay in touch with the parent as parents' data with its purpose", () => {
    expect(
      status(
        'parents-carers-data',
        'Dear families,\n\nWe hold your child’s reading records and your mobile number and home address. We use the number and address to stay in touch with you about trips and clubs.',
      ),
    ).toBe('pass');
  });
});

describe('withdrawing consent: "say stop" in plain words', () => {
  it('passes stopping a use the family agreed to, at any time', () => {
    expect(
      status(
        'withdraw-consent',
        'We ask before we put your child in the newsletter. You can say stop at any time and we will leave them out.',
      ),
    ).toBe('pass');
  });
});

describe('transfers: "keeps an eye on" keeps nothing', () => {
  it('does not read the regulator watching over data use in the UK as data kept in the UK', () => {
    expect(
      status('international-transfers', 'The regulator is the ICO, which keeps an eye on how organisations use information in the UK.'),
    ).toBe('fail');
  });
  it('still reads data kept in the UK', () => {
    expect(status('international-transfers', 'All the information we keep is stored in the UK.')).toBe('pass');
  });
});
