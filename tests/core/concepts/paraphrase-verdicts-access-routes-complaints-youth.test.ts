// Whole-check verdicts on routes that name whom to ask but not how to reach them, and on near misses by meaning: a
// request put in writing to the head teacher when the only channel given is an outside DPO's, the chair of governors or
// a council unit with no channel, a parent's request for a pupil's educational record, enquiry contacts or the
// regulator's route standing in for a complaint route to the school, a child's safety taken for data use, the youth
// support choice kept from the pupil past 16, parents named only as the ones who consent, and the website's cookie
// choice in a cookie section inside the notice. Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Fernhill Church of England School',
  ages: '11 to 18',
  title: 'Privacy notice for pupils and their families',
  closing: 'End of the privacy notice.',
  url: 'https://fernhill.sch.example/privacy-notice',
  asOf: '2026-12-03',
});

const OUTSIDE_DPO =
  'Our data protection officer is Mr Ade Okoro of Valley Schools Compliance Ltd, who acts for many local schools: ade.okoro@valleycompliance.example, 01632 960 221.';
const SCHOOL_DESK = 'Fernhill Church of England School, Station Road, FN4 2QP. Telephone 01632 960 300, email office@fernhill.sch.example.';

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'subject-access-route': {
    pass: [
      // the head teacher reached through the school's own desk, which the notice gives
      `${SCHOOL_DESK}\nYou can see the information we hold about your child.\nPlease send your request in writing to the Head Teacher.`,
      // the DPO reached through the DPO's own details given elsewhere
      `${OUTSIDE_DPO}\nRequests by parents for access to a pupil's educational record should go to our data protection officer.`,
    ],
    partial: [
      // the only channel in the notice is an outside DPO's, but requests go to the head teacher (checklist.md 2.15)
      `${OUTSIDE_DPO}\nYou can see the information we hold about your child.\nPlease send your request in writing to the Head Teacher.`,
      // the chair of governors has no channel anywhere, though the school's desk has one
      `${SCHOOL_DESK}\nYou may ask for a copy of the information we hold about you. Please address your request to the Chair of Governors, who keeps a log of them.`,
      // a council unit named as the place requests go, with no channel for it
      `${SCHOOL_DESK}\nYou may ask for a copy of the information we hold about you. Such requests should be made to the local authority's Records Access Team.`,
    ],
  },
  'complaint-to-school': {
    pass: [
      'If you are not happy with how we have used your information, please raise it with the Head Teacher, who will look into it under our complaints procedure.',
      "If you have a concern about how your child's information is used, speak to our data protection officer.",
      // the school's route and the regulator's in one sentence
      'If you are worried about how we have handled your data, tell us first, or take it to the Information Commissioner.',
      // near miss of the next: a concern about how data is used, raised with the school
      'Any concern about how we collect or use your information should be raised with the school, which will look into it.',
    ],
    'needs-review': [
      // a concern about whether a record is right is a route for correcting it, one topic only: no route for complaints
      'Any concern about the accuracy of the attendance records we hold should be raised with the school, which will look into it.',
    ],

    fail: [
      // a worry about a child's safety is a safeguarding route, not one for complaints about data (checklist.md 2.18)
      "If you have a concern about your child's safety, speak to our safeguarding lead.",
      // the child's own worries are what the school learns about the child, not a concern raised with it
      'When your son starts with us you tell us a great deal about him: his friends, the games he loves, what worries him at bedtime.',
      // a box where children post their own worries is a welfare route, not a complaint about data
      'Children can also use the worry box in the Year 5 corridor, or tell a teacher.',
    ],
    partial: [
      // a concern route for one kind of data only, said of how it is used (checklist.md 2.18 partial)
      "If you are not happy with how we publish your child's photograph, tell the office.",
      // only a contact point for enquiries, in formal wording (checklist.md 2.18 partial)
      'Enquiries relating to this privacy notice should be directed to the data protection officer at dpo@fernhill.sch.example.',
      'Any questions you have about this page can go to the school office on 01632 960 300.',
      // a contact point, and a complaint that goes only to the regulator though it names the school's handling
      'If you would like to go through any of this with someone, email office@fernhill.sch.example.\nYou are entitled to complain to the Information Commissioner about how the school handles your data: https://ico.org.uk/make-a-complaint/.',
    ],
  },
  'youth-support-services': {
    pass: [
      'From the age of 13 we pass some details to the county youth support service, which has duties to 13-19 year olds under section 507B of the Education Act 1996. A parent can ask us to give only the name, address and date of birth; from 16 the pupil makes this choice.',
    ],
    partial: [
      // the choice kept from the pupil past 16 (Education and Skills Act 2008 s.14: it passes at 16)
      'From the age of 13 we pass some details to the county youth support service, which has duties to 13-19 year olds under section 507B of the Education Act 1996. A parent can ask us to give only the name, address and date of birth. The decision remains with the parent until the pupil is 18.',
    ],
  },
  'parents-carers-data': {
    pass: ["We keep parents' and carers' phone numbers and email addresses so that we can reach them quickly if their child is unwell."],
    fail: [
      // parents only as the ones who gave consent: nothing is said about data held about them (checklist.md 2.32)
      'Where we use your information because you or your parents said yes, for instance to a photo in the newsletter, you can withdraw that consent at any time.',
    ],
  },
  'withdraw-consent': {
    pass: [
      'Photographs\nWe ask before we use photographs of pupils in the newsletter. You can withdraw your consent at any time by telling the school office.',
      // the permission said to be changeable, and how
      'Photo permission can be changed at any time: tell a member of staff or email us and we will take the photos down.',
    ],
    fail: [
      // details that can be changed are no consent taken back
      'Your contact details can be changed at any time by telling the school office.',
      // the website's cookie choice, in a cookie section inside the notice (checklist.md 2.16 traps)
      'Cookies on this website\nAnalytics cookies are set only once you accept them in the banner. You can withdraw your consent at any time through the cookie settings link at the foot of each page.',
    ],
  },
};

describePassages('verdicts on routes and contacts in other words, read alone', CASES, status);
