// Whole-check verdicts on identity, rights and complaint wording said in other words: a supplier's phone line as the
// only channel, legitimate interests limited to "some cases" or given as their own reason, the phrase used of
// recipients, an interest after a colon, a complaints policy pointed to for other matters, a decision the family can
// ask to have looked at again, and a "questions" contact under a heading that also says "complaints". Each passage is
// read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Larkspur Vale Academy',
  ages: '11 to 18',
  title: 'Privacy notice: how we use pupil information',
  closing: 'This is the end of the notice.',
  url: 'https://larkspurvale.sch.example/privacy',
  asOf: '2026-12-02',
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'legitimate-interests-stated': {
    pass: [
      // the interest after a colon, said as an activity
      'Alumni mailings rely on legitimate interests: staying in touch with former students so they can mentor current ones.',
      'We rely on legitimate interests to send news to past pupils, because keeping alumni close helps us fund bursaries.',
      // the sentence after says what the basis covers
      'We rely on legitimate interests (Article 6(1)(f)) only for work outside our public duties. At present this covers keeping in touch with former students who have joined our alumni group, so that we can invite them to careers evenings.',
      // a childminder speaking for herself: "I have a need" is the interest, as "we have a need" is a school's
      'Legitimate interests: after a family leaves, I hold my invoices for six years, as I may need them to answer tax questions from HMRC.',
    ],
    fail: [
      // how often the basis is used is not what the interest is
      'Most of our processing is a public task, with legitimate interests in a few situations.',
      'Our bases are public task, legal obligation and, in rare cases, legitimate interests in certain circumstances (Article 6(1)(f)).',
      // the basis given as its own reason
      'When legitimate interests are our basis, that is because we have a legitimate interest in using the data.',
      // an activity word that only restates the processing
      'Some records rely on legitimate interests: processing data where needed.',
    ],
    'not-applicable': [
      // the phrase describes who receives data, not a basis the school relies on
      'Reports may go to professionals who have a legitimate interest in a pupil’s progress, such as their tutor at college.',
    ],
  },
  'controller-contact': {
    pass: ['Reach us at the main office: 01632 960 100 or hello@larkspurvale.sch.example. After-school clubs are run by Sportsbase Ltd.'],
    fail: [
      // the only channel is a supplier's: it never reaches the school (checklist.md 2.2)
      'School portraits are taken by Brightlens Ltd, which can be reached on 01632 960 555 about orders.',
    ],
  },
  'complaint-to-school': {
    pass: [
      'Complaints about the way we look after your data go through our complaints procedure, which is on the website.',
      'If you are not happy with how we have used your child’s information, speak to the head teacher first.',
      // a childminder speaking for herself: "me" is the setting, as "us" is a school
      'If you are unhappy\nPlease tell me first and I will try to put it right.',
      // talking to the school as the first step, before the regulator, beside a contact for questions
      'Any question about your information comes straight to us on the phone number or email address above.\nIf you are unhappy\nPlease talk to us first. We would much rather hear, and we will do our best to put it right. If you are still not happy, you can complain to the ICO.',
    ],
    partial: [
      // a contact for finding out more, not a route for concerns
      'If you would like to know more about anything on this page, please speak to Mr Owen Price in the office on 01632 960 222.',
      // one decision that can be looked at again, not a route for data use in general
      'If we decide not to release part of a record, you may ask the chair of governors to reconsider.',
      'Do you think a grade was entered wrongly?\nYou can request a review of the decision from the exams officer.',
      // a heading that says "complaints" over a line that answers only questions: a "queries" contact (checklist.md 2.18)
      'Questions and complaints\nIf you have a question about this notice, please phone the school office on 01632 960 411.',
      'Questions and complaints\nIf anything here is unclear, or you would like to talk about how we use your information, please get in touch with the school office.',
    ],
    fail: [
      // the complaints policy, but for other matters only
      'Worries about bullying, homework or lessons are dealt with through our complaints procedure, which you can ask the office for.',
      // a worry about the child's education, talked through with the family: no route for complaints about data
      "If a teacher or a parent has a concern about a child's learning or development, we will talk with you first.",
      "If you are worried about your child's progress, talk to us and we will help.",
    ],
  },
};

describePassages('identity, rights and complaint verdicts in other words, read alone', CASES, status);
