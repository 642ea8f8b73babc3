// Every labelled cookie fixture (NAME.expected.json beside the notice and its capture) is reproduced check by check.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { FIXTURES, auditCookieFixture, flagIds, readFixture, statuses } from './helpers';

interface Label {
  about: string;
  notice: string;
  observed: string | null;
  cookieNotice?: boolean;
  asOf: string;
  flags: string[];
  items: Record<string, string>;
}

const labels = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => [f, JSON.parse(readFixture(f)) as Label] as const);

describe('labelled cookie fixtures', () => {
  it('has labels for at least six scenarios', () => {
    expect(labels.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(labels)('%s', (_file, label) => {
    const report = auditCookieFixture(label.notice, label.observed, label.asOf, label.cookieNotice !== false);
    const got = statuses(report);

    it.each(Object.entries(label.items))('%s is %s', (id, want) => {
      const item = report.items.find((i) => i.id === id);
      expect(got[id], item?.message).toBe(want);
    });

    it('raises exactly the labelled cookie flags', () => {
      const cookieFlags = flagIds(report).filter((id) =>
        [
          'undeclared-cookie',
          'declared-not-observed',
          'vendor-only-declaration',
          'near-miss-cookie-name',
          'non-essential-before-consent',
        ].includes(id),
      );
      expect(cookieFlags.sort()).toEqual([...label.flags].sort());
    });

    it('quotes evidence for every gap it reports', () => {
      for (const item of report.items.filter((i) => i.area === 'cookies' && (i.status === 'fail' || i.status === 'partial'))) {
        // Verdicts of absence ("has no date", "cites no law") have nothing to quote; every other gap must quote.
        if (
          /^No |^The cookie notice (has no|cites no|neither)|^Cookies are not categorised|^The notice (describes|gives) no/.test(
            item.message,
          )
        )
          continue;
        expect(item.evidence.length, `${item.id}: ${item.message}`).toBeGreaterThan(0);
      }
    });
  });
});
