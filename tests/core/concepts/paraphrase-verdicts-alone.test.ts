// Whole-check verdicts on one passage read alone, inside a skeleton notice that names the school and says nothing
// else a check could use: the passage must carry the point by itself, in wording none of the rules was written from.
// Compliant passages must not come out as a gap; the near-misses (checklist.md traps) must stay gaps; wording the
// checklist leaves open goes to a person (needs-review) rather than being called missing.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { isGap, type Status } from '../../../src/core/report';

const SKELETON = (passage: string) =>
  ['Fernhill Community School (ages 4 to 11)', 'How we use information about pupils', passage, 'Last words of this notice.'].join('\n');

function status(id: string, passage: string): Status {
  const report = runAudit(
    { notice: { format: 'text', text: SKELETON(passage), url: 'https://fernhill.sch.example/privacy' } },
    { asOf: '2026-11-23', kind: 'pupil-notice' },
  );
  const item = report.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item.status;
}

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
