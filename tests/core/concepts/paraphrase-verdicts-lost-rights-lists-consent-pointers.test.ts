// Whole-check verdicts where the wording found a shortfall and the rest of the notice names the same things in other
// words: a rights lead-in whose list was lost, with the rights said in another section, and a cross-reference about
// withdrawing consent beside consent and opting out mentioned elsewhere. The shortfall stands; the same points said in
// full in unusual words still pass. Each passage is read inside a notice that says nothing else.
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Larkfield Primary School',
  ages: '4 to 11',
  title: 'How Larkfield Primary uses pupil information',
  closing: 'Last part of the notice.',
  url: 'https://larkfield.sch.example/privacy',
  asOf: '2026-12-03',
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'data-subject-rights': {
    pass: [
      // the rights in a question and answer of their own, beside a rights lead-in with nothing under it
      'Your child and the law\nYou also have the right to:\nHow to get in touch\nPlease write to the office.\nWhat can families ask of us?\nParents can see what we hold on their child, have anything wrong fixed, have records wiped once we no longer need them, and tell us to pause using them while a complaint is looked into.',
      'How to get in touch\nPlease write to the office.\nWhat can families ask of us?\nParents can see what we hold on their child, have anything wrong fixed, have records wiped once we no longer need them, and tell us to pause using them while a complaint is looked into.',
    ],
    partial: [
      // the rights lead-in's list lost, the rights said in another section: partial at most (checklist.md 2.14, D.9)
      'What we keep\nYou also have the right to:\nHow to get in touch\nPlease write to the office.\nWhat can you ask the school to do?\nShow you the data; correct it; remove it where we no longer need it; and limit how we use it while a disagreement is looked into.',
    ],
  },
  'withdraw-consent': {
    pass: [
      // permission asked in one section, taking it back said in a question of another
      'Photographs\nWe ask for your permission before we put photos of your child on the website.\nClubs\nAgreed to the photo and then had second thoughts? That is fine: you can say no later on and the office will take it off the website.',
    ],
    fail: [
      // the topic sent to another section, which the notice does not have, beside consent asked for photographs
      'Photographs\nWe ask for your permission before we put photos of your child on the website.\nYour choices\nHow to withdraw your consent is explained in section 9.',
      // the topic sent to a policy, with consent and leaving a mailing list each mentioned elsewhere
      'Photographs\nWe ask for consent before using photos of pupils.\nYour choices\nFor more information on withdrawing consent, see our data protection policy.\nClubs\nFamilies who no longer wish to receive the newsletter should tell the office.',
    ],
    'needs-review': [
      // consent and leaving a mailing list mentioned apart, and nothing else found: a person reads the two
      'Photographs\nWe ask for consent before using photos of pupils.\nClubs\nFamilies who no longer wish to receive the newsletter should tell the office.',
    ],
  },
};

describePassages('shortfalls the wording found, beside the same concepts elsewhere in the notice', CASES, status);
