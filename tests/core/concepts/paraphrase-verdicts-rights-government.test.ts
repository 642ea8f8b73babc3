// Whole-check verdicts for the rights, government, content and quality checks on short passages written in other
// styles (pupil voice, Q&A, a heading over its list, two sentences that make one statement, formal clauses), each
// read alone inside a notice that says nothing else. Compliant passages must pass; the checklist.md traps must stay
// gaps; wording the text cannot settle is left to a person (needs-review).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const AUDIT_DATE = '2026-12-02';

const status = statusReader({
  school: 'Ashgrove Community College',
  ages: '11 to 16',
  title: 'Privacy notice for pupils and parents',
  closing: 'Thank you for reading.',
  url: 'https://ashgrove.sch.example/privacy',
  asOf: AUDIT_DATE,
});

const CASES: Record<string, { pass: string[]; gap: string[]; review?: string[] }> = {
  'legitimate-interests-stated': {
    pass: [
      // a heading over the things it is relied on for
      'Our legitimate interests\n- letting local clubs know about holiday courses on our fields\n- keeping buildings and equipment safe from theft',
      // the interest named as such in the next sentence
      'The Trust may rely on legitimate interests. The interest in question is keeping in touch with former students.',
      'Where we rely on legitimate interests, the interests pursued are keeping families informed about community events.',
      // an example of the use, right after the basis
      'Legitimate interests is one of the bases we use. For instance, we keep a log of visitors so that we know who is in the building.',
      // a table row read with its header line
      "Activity | Basis | Why we rely on it\nLetting the sports hall to clubs | Legitimate interests | Income that pays for pupils' equipment",
      // what it is in someone's interests for the school to do
      'For private candidates we rely on legitimate interests: it is in the legitimate interests of the college, and of candidates with nowhere else to sit, for Ashgrove to act as an open exam centre.',
    ],
    gap: [
      // a list of the bases is not a description of an interest (checklist.md 2.5(a), 2.7)
      'The lawful bases we may use are:\n- consent\n- public task\n- legitimate interests',
      'We may process data where there is a legitimate interest to do this.',
      'We may also rely on legitimate interests.',
      'It is in our legitimate interests for the college to process this data.',
      'Basis | Used?\nLegitimate interests | Sometimes',
      // a catch-all purpose names no interest
      'Why we use it | Lawful basis\nTo teach and support pupils | Public task\nAnything else the school needs to do | Legitimate interests',
      'What for | Basis\nOther purposes | Legitimate interests',
    ],
    // the school's own running is its public task, not an interest of its own (checklist.md 2.7)
    review: ['We may also rely on our legitimate interests in operating the academy efficiently.'],
  },
  'last-updated-date': {
    pass: [
      'We last looked over and updated this notice in August 2026.',
      'The governors adopted this policy with effect from 1 October 2026.',
      'Version history\nDate approved | 14/07/2026',
      // the head writing in the first person, with the notice as "it"
      'I went through this notice and brought it up to date on 2 September 2026.',
      // 23 months and some days
      'Last updated: 10 December 2024',
      // a version line with the day it took effect
      'Version 3.1 · Effective 1 September 2026 · For pupils and parents',
    ],
    gap: [
      // 24 months and some days is more than 24 months (checklist.md 2.24)
      'Last updated: 20 November 2024',
      // a law's start date is not the notice's date (checklist.md 2.24)
      'The UK GDPR applies with effect from 1 January 2021.',
      'The UK GDPR, effective 1 January 2021, is the law we follow.',
    ],
    // a month only, exactly at the 24-month limit: the day decides, and the text does not give it
    review: ['Last reviewed: December 2024'],
  },
  'youth-support-services': {
    pass: [
      "When a student turns thirteen, the county council's careers team for young people receives some details from us. A parent can ask that we pass on no more than the student's name, address and DOB, and the student can ask this once they turn 16.",
      'Year 9 and older: the council is sent basic information so it can offer careers and training support to young people. You may ask us to limit this to name, address and birthday; at 16 the choice is the student’s.',
    ],
    gap: [
      // the parent's choice with nothing of the pupil's own from 16 (checklist.md 2.23: the right passes to the pupil at 16)
      "When a student turns thirteen, the county council's careers team for young people receives some details from us. A parent can ask that we pass on no more than the student's name, address and DOB.",
      // the closing line of the DfE section, and consent-based careers sharing, are not the 13+ sharing (checklist.md 2.23)
      'For more information about services for young people, please visit our local authority website.',
      'With your consent we may give a careers adviser your contact details.',
      "From the age of thirteen, the council's youth workers get some information about pupils.",
    ],
  },
  'biometrics-consent': {
    pass: [
      "Pupils can borrow library books by scanning their thumb. Before anyone is enrolled we need a parent's agreement in writing, and a library card is offered to anyone who would rather not.",
      'Is facial recognition used at lunch?\nOnly for pupils whose parents have signed the form we send home; anyone can choose a card instead.',
      "We won't use a pupil's fingerprint unless a parent has agreed in writing.",
    ],
    gap: [
      'The canteen uses a fingerprint system for payments.',
      // "in writing" about something else is not consent to biometrics
      'The canteen uses a fingerprint system for payments. Requests for copies of records must be made in writing.',
    ],
  },
  'security-measures': {
    pass: [
      'Staff log in with two-factor authentication and only see the pupils they teach.',
      'Access to behaviour records is limited to senior staff, and every view is recorded in an audit trail.',
    ],
    gap: [
      // another body's security, or a one-off transfer, is not how the school protects data (checklist.md 2.29)
      'Pupil files are securely sent to the next school.',
      'The Department for Education has robust processes in place to keep data safe.',
      // keeping the pupil safe is safeguarding, not keeping the data secure
      'Some details are needed by law or to keep you safe, such as emergency contacts, and you must give us this information.',
    ],
  },
  'parents-carers-data': {
    pass: [
      'Details of your parents, such as mobile numbers and email addresses, are kept so we can reach them in an emergency.',
      'Carers give us their phone numbers and email addresses on the admission form. We keep these to let them know about closures and to reach them if their child is ill.',
      'There is another notice written for parents and carers about their own information; see the policies page of our website.',
    ],
    gap: [
      "Parents can ask to see their child's records.",
      'The pupil details we hold include:\n- name and address\n- emergency contact numbers for parents\n- attendance',
    ],
  },
  'withdraw-consent': {
    pass: [
      'Families who opted in to having photos in the newsletter may opt back out whenever they like.',
      'If you gave us permission for something, you can opt back out at any time by emailing the office.',
    ],
    gap: [
      // the right to object is not withdrawal of consent (checklist.md 2.16)
      'You may object to the use of your data for marketing.',
    ],
  },
  'complaint-to-ico': {
    pass: [
      // the Article 77 wording, with the regulator named in the next sentence
      "Data protection law gives you the right to complain to a regulator. Here, the regulator is the Information Commissioner's Office (ico.org.uk).",
      'If you feel we have misused your information, you may report it to the ICO.',
    ],
    gap: [
      // guidance, the school's own breach reports and registration are not a complaint route (checklist.md 2.17)
      "We follow the Information Commissioner's guidance on retaining CCTV footage.",
      'We will report any serious data breach to the ICO within 72 hours.',
      'Our ICO registration number is Z1234567.',
    ],
  },
  'complaint-to-school': {
    pass: [
      "Spotted something wrong in how we've handled your data? Raise a formal concern with the headteacher and we will investigate.",
      'To raise a formal concern about how your data has been used, speak to our DPO.',
    ],
    gap: [
      // a queries contact, and a route for one topic only, are partial (checklist.md 2.18)
      "Got a question about your child's information? Please get in touch with reception.",
      'If you are worried about a decision our computer system made about your child, you can raise your concern with the class teacher.',
    ],
  },
  'automated-decision-making': {
    pass: [
      'Our timetabling software automatically allocates pupils to option blocks; a member of staff checks every allocation before it is confirmed.',
      'The homework app ranks pupils by effort. This is a form of profiling, and teachers review the rankings.',
      // the missing person is what makes a decision automated
      'None of the systems we use decides anything about a pupil without a person being involved.',
      // the person named as staff
      "We don't use software to make decisions about pupils without a member of staff being involved.",
    ],
    gap: [
      // the legacy right says nothing either way; a computer system is not a decision (checklist.md 2.19)
      'You have the right not to be subject to decisions made by automated means.',
      'You have the right not to have decisions made about you without human involvement.',
      'Attendance is recorded on a computer system.',
      'Backups of our systems take place automatically every night.',
      'We use software to record attendance and to send texts to parents.',
    ],
  },
  'census-sharing-statutory': {
    pass: [
      "Pupil records feed the Department for Education's statutory collections each term.",
      'Like every school, we take part in the statutory collections of the DfE, which receive details of each pupil on roll.',
    ],
    gap: [
      'We share information with the local authority.',
      'We sometimes share information about pupils with the Department for Education.',
    ],
  },
  'how-government-uses-data': {
    pass: [
      "To read how the Department for Education uses pupil data, search GOV.UK for the page 'How DfE collects and shares research data'.",
      "For the Department's own explanation, visit GOV.UK and look for 'Data collection and censuses for schools'.",
    ],
    gap: [
      // a pointer with no address or page name is partial (checklist.md 2.22); a bare title in a menu points nowhere
      'Details of how the government uses this information are on the government website.',
      'Data collection And Censuses For Schools',
    ],
  },
};

describe('verdicts on passages read alone', () => {
  for (const [id, { pass, gap, review = [] }] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(pass)('passes: %s', (passage) => expect(status(id, passage)).toBe('pass'));
      if (gap.length) it.each(gap)('stays a gap: %s', (passage) => expect(isGap(status(id, passage))).toBe(true));
      if (review.length) it.each(review)('left to a person: %s', (passage) => expect(status(id, passage)).toBe('needs-review'));
    });
  }
});

describe('a month-only notice date near the staleness limit', () => {
  it('passes when the whole month is within 24 months', () => {
    expect(status('last-updated-date', 'Last updated: January 2025')).toBe('pass');
  });
  it('is out of date when the whole month is over 24 months', () => {
    expect(status('last-updated-date', 'Last updated: October 2024')).toBe('partial');
  });
});
