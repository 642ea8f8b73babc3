// Whole-check verdicts on routes that name whom to ask but not how to reach them: a request put in writing to the head
// teacher when the only channel given is an outside DPO's, the chair of governors or a council unit with no channel,
// and a parent's request for a pupil's educational record. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';

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
};

describe('verdicts on routes and contacts in other words, read alone', () => {
  for (const [id, byStatus] of Object.entries(CASES)) {
    describe(id, () => {
      for (const [want, passages] of Object.entries(byStatus) as [Status, string[]][]) {
        it.each(passages)(`is ${want}: %s`, (passage) => expect(status(id, passage)).toBe(want));
      }
    });
  }
});
