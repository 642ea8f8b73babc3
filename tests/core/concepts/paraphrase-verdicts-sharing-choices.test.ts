// Whole-check verdicts for the sharing, choice, complaint, biometric and purpose checks on passages written in other
// words again: a duty and its collection named a sentence apart, a school speaking of itself by name, typed arrows as
// bullets, records said to "go" somewhere, a complaint route with no "us", consent said not to be sought. Each passage
// is read alone inside a notice that says nothing else. Compliant passages pass, near misses stay gaps, and a choice
// stated without saying which data is left to a person.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const status = statusReader({
  school: 'Brackenfield Academy',
  ages: '11 to 18',
  title: 'Privacy notice for students and families',
  closing: 'End of this notice.',
  url: 'https://brackenfield.sch.example/privacy',
  asOf: '2026-12-02',
});

interface Cases {
  pass: string[];
  gap: string[];
  partial?: string[];
  review?: string[];
  fail?: string[];
  notApplicable?: string[];
}

const CASES: Record<string, Cases> = {
  'census-sharing-statutory': {
    pass: [
      // the duty, and the collection's name, later in the same paragraph
      'Each term we send details of every student to the Department for Education. We do this because the law requires it. The return is known as the school census.',
      // any verb of handing over, with the law cited
      'Under section 537A of the Education Act 1996 the academy must give the Secretary of State information about each student on roll.',
    ],
    gap: [
      // the government named, with neither a collection nor a law (checklist.md 2.20 partial)
      'We sometimes give the Department for Education information when it asks for it.',
      // a school that takes part in the census is not excused by a denial about something else
      'We do not sell pupil-level data to anyone. We share information with the Department for Education.',
      // data coming from the government is not sharing with it
      'The Department for Education gives us access to records through its secure transfer system.',
    ],
    // a school that makes no pupil-level census return has none to describe
    notApplicable: [
      'As a fee-paying school we are not required to complete the pupil-level census, so no student records go to the Department for Education.',
    ],
  },
  'statutory-or-voluntary': {
    pass: [
      // the promise to say where there is a choice (the DfE formula in other words)
      'Our admission form shows which questions are voluntary.',
      'Staff will explain where you have a choice.',
      'We will say so whenever something is up to you.',
    ],
    gap: [
      'Joining the after-school clubs is optional.',
      'Consent for photographs is voluntary.',
      // a duty and a choice about other things, in a purposes list, say nothing about giving data
      'Why we use your information\n- to help you choose your GCSE options\n- because the law says we have to report attendance to the government',
    ],
    partial: [
      // "required by law to collect" alone (checklist.md 2.10 trap)
      'We are legally obliged to gather a lot of information about students.',
      // the mirror: which data may be left out, and nothing on what must be given
      "Giving us your child's previous address is optional.",
    ],
    // a choice stated, but not which data, nor that the rest must be given
    review: ['Several of the questions on our forms are voluntary.'],
  },
  'complaint-to-school': {
    pass: [
      'A data protection complaint can be lodged through the form at reception.',
      "Brackenfield Learning Partnership's compliance team investigates every data protection complaint.",
    ],
    gap: [
      // a queries contact, the regulator's route, and the right to correct records are not the school's complaint route
      'Questions about this notice can be emailed to the office.',
      'Complaints about our data handling can also go to the ICO using its online form.',
      'You can:\n- see your records\n- tell us if something is wrong so we can put it right',
    ],
    // a "talk about anything" contact point is partial (checklist.md 2.18)
    partial: ['Should you wish to speak about anything in this notice, ring the office.'],
  },
  'biometrics-consent': {
    pass: [
      'Fingerprint registration for the library is only set up once a parent has opted in.',
      'Students are enrolled on the fingerprint system only when the form sent home has been signed by a parent or carer.',
      'Families of students joining Year 7 are asked whether their child can use the biometric till; without a reply we issue a swipe card.',
    ],
    gap: [
      'The canteen tills read students’ fingerprints.',
      // being asked about something else beside a biometric mention is not consent to it
      'Parents are often asked whether students may bring phones. The canteen uses a fingerprint reader.',
    ],
    // the Act's written consent expressly not sought
    fail: ['We process fingerprints for catering under our public task and do not seek consent from parents.'],
  },
  purposes: {
    pass: [
      // typed arrows as bullets under a heading that says what the records do
      'How student records help\n→ teachers plan the next steps in learning\n→ the office arrange meals and transport\n→ staff look after students who are unwell',
      // the school speaking of itself by name
      'The college uses student data to track their progress.',
      // what each kind of record lets staff do
      'Test scores let teachers set the right work. Allergy details allow the kitchen to prepare safe meals.',
    ],
    gap: [
      // the family telling the school, not what a record is for; one such statement alone is not a list of purposes
      'Medical information: please let us know of any changes. Attendance: let the office know by 9am.',
      'Attendance records help us spot absences.',
    ],
  },
  recipients: {
    pass: [
      'Who the academy sends details to\n- the local authority\n- the next school\n- the school nurse',
      'Other organisations also need some of this information: the local council, our exam boards and the NHS.',
      'When students leave, their file goes to the sixth form college they move to. Details of exam candidates go to the exam boards.',
    ],
    gap: [
      'Students go to the local sixth form college when they leave us.',
      // one record said to go somewhere is as often the file's retention as a statement of who receives data
      'The main student file goes to the next school when a student leaves.',
      // a source, not a recipient
      'We receive information from other organisations, including the council and the NHS.',
    ],
    // an empty lead-in list, with one recipient named in the sentence after it (checklist.md 2.11 partial)
    partial: ['We share student data with the following bodies:\n\nInformation about exam entries is passed to the awarding bodies.'],
  },
};

describe('verdicts on passages in other words, read alone', () => {
  for (const [id, { pass, gap, partial = [], review = [], fail = [], notApplicable = [] }] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(pass)('passes: %s', (passage) => expect(status(id, passage)).toBe('pass'));
      it.each(gap)('stays a gap: %s', (passage) => expect(isGap(status(id, passage))).toBe(true));
      if (partial.length) it.each(partial)('is partial: %s', (passage) => expect(status(id, passage)).toBe('partial'));
      if (review.length) it.each(review)('is left to a person: %s', (passage) => expect(status(id, passage)).toBe('needs-review'));
      if (fail.length) it.each(fail)('fails: %s', (passage) => expect(status(id, passage)).toBe('fail'));
      if (notApplicable.length)
        it.each(notApplicable)('does not apply: %s', (passage) => expect(status(id, passage)).toBe('not-applicable'));
    });
  }
});
