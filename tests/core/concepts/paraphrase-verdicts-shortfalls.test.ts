// Whole-check verdicts on shortfalls written in other words again: a period given only for money records or post-16
// data, a period for one kind of data beside one for records generally, a file kept "until" a birthday after naming it,
// "reach" that is not an age, a worry about a photograph or a child's safety, the Department's own concern route, a
// questions contact in either order, access set out as a table row, requests routed to a post nobody can reach, and the
// choice promise said with its condition first. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const status = statusReader({
  school: 'Ravensmoor Primary School',
  ages: '4 to 11',
  title: 'How we use information about pupils and families',
  closing: 'Last part of this notice.',
  url: 'https://ravensmoor.sch.example/privacy',
  asOf: '2026-12-02',
});

interface Cases {
  pass: string[];
  gap: string[];
  partial?: string[];
  fail?: string[];
}

const CASES: Record<string, Cases> = {
  retention: {
    pass: [
      // the pupil's record named first, then kept "until" an age
      "Your child's record moves with them to their secondary school. Where it stays with us, we hold it until their 25th birthday.",
      // one kind of data beside records generally, in one sentence
      "Pupil records are kept until the pupil's 25th birthday; recordings from our cameras are overwritten after 30 days.",
      'How long we keep information\nWe keep your contact details while your child attends the school, and financial records for six years.',
    ],
    gap: [
      // a period for one kind of data only (checklist.md 2.13 partial)
      'Dinner-money payment records are kept for six years for audit purposes.',
      'Details gathered to help Year 6 pupils with transition to secondary school are deleted after twelve months.',
      // "reach" that is a way of contacting, not an age
      'We hold your phone number so that we can reach you quickly if your child is ill.',
    ],
    partial: ['Payment records for clubs and trips are kept for seven years.'],
  },
  'complaint-to-school': {
    pass: [
      'If you have any concern about how we have used your personal data, please raise it with the headteacher first.',
      'Complaints about our handling of personal information are dealt with under the school complaints procedure.',
    ],
    gap: [
      // one kind of data only (checklist.md 2.18 partial)
      'If you are not happy with an image of your child in our newsletter, let the office know and we will remove it.',
      // a questions contact, either way round (checklist.md 2.18 trap)
      'Please get in touch with the office about any questions you have on this notice.',
      // another body's route, and a worry about a child's safety
      'Concerns about how the government uses census data should be sent to the Department for Education.',
      'Staff record what happens if they are worried that a child is at risk of harm.',
    ],
    partial: ['Any question about this notice can be emailed to office@ravensmoor.sch.example.'],
    fail: ['If you are worried about the safety of a child, speak to our safeguarding lead straight away.'],
  },
  'subject-access-route': {
    pass: [
      "What you can ask for | Who deals with it | How to contact them\nA copy of a child's personal data | The school office | office@ravensmoor.sch.example",
      // a person reached through the office, whose channels the notice gives
      "Contact us\nRavensmoor Primary School, Mill Lane, RV2 4AB. Email office@ravensmoor.sch.example.\nTo see your child's file, speak to Mrs Dale at the school office.",
    ],
    gap: [
      // the request routed to a post or person with no channel anywhere (checklist.md 2.15 partial)
      'You can ask for a copy of the information we hold about you.\nPlease address any request to our Information Co-ordinator, Mrs P Farrow.',
      "Contact us\nRavensmoor Primary School, Mill Lane, RV2 4AB. Email office@ravensmoor.sch.example.\nTo look at your child's file, write to the school's records manager.",
      'Contact us\nRavensmoor Primary School, Mill Lane, RV2 4AB. Email office@ravensmoor.sch.example.\nYou may request your data. Such requests should be made to Mr K Arden.',
    ],
  },
  'statutory-or-voluntary': {
    pass: [
      // the DfE promise with its condition first
      'Where an answer on the admission form is optional, the form makes this clear.',
      'Whenever giving us something is up to you, we will tell you at the time.',
      // a column asking whether each item must be given, answered both ways
      'What we ask for | Do you have to give it?\nYour home address | Yes\nYour religion | No',
    ],
    gap: [
      'The law requires us to collect much of the information on our forms.',
      // every item required: nothing is said to be optional
      'What we ask for | Do you have to give it?\nYour home address | Yes\nYour date of birth | Yes',
    ],
  },
};

describe('verdicts on shortfalls in other words, read alone', () => {
  for (const [id, { pass, gap, partial = [], fail = [] }] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(pass)('passes: %s', (passage) => expect(status(id, passage)).toBe('pass'));
      it.each(gap)('stays a gap: %s', (passage) => expect(isGap(status(id, passage))).toBe(true));
      if (partial.length) it.each(partial)('is partial: %s', (passage) => expect(status(id, passage)).toBe('partial'));
      if (fail.length) it.each(fail)('fails: %s', (passage) => expect(status(id, passage)).toBe('fail'));
    });
  }
});
