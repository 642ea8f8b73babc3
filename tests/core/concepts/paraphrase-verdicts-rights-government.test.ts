// Whole-check verdicts for the rights, government, content and quality checks on short passages written in other
// styles (pupil voice, Q&A, a heading over its list, two sentences that make one statement, formal clauses), each
// read alone inside a notice that says nothing else. Compliant passages must pass; the checklist.md traps must stay
// gaps; wording the text cannot settle is left to a person (needs-review).
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { isGap, type Status } from '../../../src/core/report';

const AUDIT_DATE = '2026-12-02';

const NOTICE = (passage: string) =>
  ['Ashgrove Community College (ages 11 to 16)', 'Privacy notice for pupils and parents', passage, 'Thank you for reading.'].join('\n');

function status(id: string, passage: string, asOf = AUDIT_DATE): Status {
  const report = runAudit(
    { notice: { format: 'text', text: NOTICE(passage), url: 'https://ashgrove.sch.example/privacy' } },
    { asOf, kind: 'pupil-notice' },
  );
  const item = report.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item.status;
}

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
    ],
    gap: [
      // a list of the bases is not a description of an interest (checklist.md 2.5(a), 2.7)
      'The lawful bases we may use are:\n- consent\n- public task\n- legitimate interests',
      'We may process data where there is a legitimate interest to do this.',
      'We may also rely on legitimate interests.',
    ],
  },
  'last-updated-date': {
    pass: [
      'We last looked over and updated this notice in August 2026.',
      'The governors adopted this policy with effect from 1 October 2026.',
      'Version history\nDate approved | 14/07/2026',
    ],
    gap: [
      // a law's start date is not the notice's date (checklist.md 2.24)
      'The UK GDPR applies with effect from 1 January 2021.',
    ],
    // a month only, exactly at the 24-month limit: the day decides, and the text does not give it
    review: ['Last reviewed: December 2024'],
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
