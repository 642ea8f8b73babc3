// Seed 004 (a privacy notice ending in a flattened cookie table): the gold ck-* labels, and its cookie findings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../../src/core/run-audit';
import { parseObservedCookies } from '../../../src/core/cookies/observed';
import { CORPUS, FIXTURES, flagIds } from './helpers';

const text = readFileSync(join(CORPUS, 'seed-004.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(CORPUS, 'seed-004.expected.json'), 'utf8')) as {
  asOf: string;
  items: Record<string, string>;
  flags: string[];
};
const goldCookieItems = Object.entries(expected.items).filter(([id]) => id.startsWith('ck-'));

describe('seed 004 cookie notice', () => {
  const report = runAudit({ notice: { format: 'text', text, url: null } }, { asOf: expected.asOf });
  const byId = new Map(report.items.map((i) => [i.id, i]));

  it('has gold labels for the cookie items', () => {
    expect(goldCookieItems.length).toBe(13);
  });

  it.each(goldCookieItems)('%s matches the gold label %s', (id, want) => {
    const item = byId.get(id);
    expect(item, `${id} missing from the report`).toBeDefined();
    expect(item!.status, item!.message).toBe(want);
  });

  it('quotes the lines that decided the verdicts', () => {
    expect(byId.get('ck-prior-consent')!.evidence[0]).toEqual({
      text: 'Most web browsers automatically accept cookies, but you can usually modify your browser settings to decline cookies if you prefer.',
      where: 'line 110',
    });
    // The 2012 "asks permission to be placed on your hard drive" boilerplate is never consent evidence.
    expect(byId.get('ck-prior-consent')!.evidence.some((e) => /asks permission/.test(e.text))).toBe(false);
    expect(byId.get('ck-current-law')!.evidence.map((e) => e.where)).toContain('line 111');
    expect(byId.get('ck-names-listed')!.evidence).toContainEqual({ text: 'ASPSESSID', where: 'line 119' });
    expect(byId.get('ck-names-listed')!.evidence).toContainEqual({ text: 'YouTube', where: 'line 123' });
    expect(byId.get('ck-personal-data-link')!.evidence[0]!.where).toBe('line 109');
  });

  it('reads the flattened table into five declared entries', () => {
    expect(report.cookies?.declared.map((d) => [d.names, d.provider, d.where])).toEqual([
      [['ASPSESSID'], null, 'line 119'],
      [[], 'YouTube', 'line 123'],
      [[], 'Vimeo', 'line 127'],
      [[], 'Facebook', 'line 131'],
      [[], 'Twitter', 'line 135'],
    ]);
  });

  it('raises the cookie flags the gold labels expect, with the table rows as evidence', () => {
    const cookieFlags = expected.flags.filter((f) => ['vendor-only-declaration', 'near-miss-cookie-name'].includes(f));
    for (const f of cookieFlags) expect(flagIds(report)).toContain(f);
    const near = report.flags.find((f) => f.id === 'near-miss-cookie-name')!;
    // Composed from the row and the known cookie, not quoted: marked as a description.
    expect(near.evidence[0]).toEqual({
      text: 'ASPSESSID (the real cookie is ASPSESSIONID<8 letters>)',
      where: 'line 119',
      kind: 'description',
    });
    const vendorOnly = report.flags.find((f) => f.id === 'vendor-only-declaration')!;
    expect(vendorOnly.evidence.map((e) => e.text)).toEqual(['YouTube', 'Vimeo', 'Facebook', 'Twitter']);
    // Nothing observed, so no observed-cookie flags.
    expect(flagIds(report)).not.toContain('undeclared-cookie');
    expect(flagIds(report)).not.toContain('declared-not-observed');
  });

  it('says observed-cookie checks need a capture when none is given', () => {
    expect(byId.get('ck-all-observed-declared')!.status).toBe('needs-review');
    expect(byId.get('ck-all-observed-declared')!.message).toMatch(/no observed cookies were given/i);
    expect(byId.get('ck-declared-durations-match')!.status).toBe('needs-review');
  });

  describe('with cookies captured before consent', () => {
    const observed = parseObservedCookies(JSON.parse(readFileSync(join(FIXTURES, 'seed-004.observed.json'), 'utf8')), null);
    const withCookies = runAudit({ notice: { format: 'text', text, url: null }, observedCookies: observed }, { asOf: expected.asOf });
    const results = new Map(withCookies.cookies!.observed.map((c) => [c.name, c]));

    it('finds the near miss: ASPSESSID declared, ASPSESSIONIDxxxxxxxx set', () => {
      expect(results.get('ASPSESSIONIDQACQTBCR')).toMatchObject({
        declared: 'near-miss',
        matchedEntry: 'ASPSESSID',
        party: 'first',
        category: 'strictly-necessary',
        expiresInDays: 0,
      });
    });

    it('finds the vendor-only declaration: the YouTube row covers YSC and VISITOR_INFO1_LIVE on youtube.com', () => {
      expect(results.get('YSC')).toMatchObject({
        declared: 'vendor-only',
        matchedEntry: 'YouTube',
        party: 'third',
        vendor: 'YouTube',
        category: 'embed',
      });
      expect(results.get('VISITOR_INFO1_LIVE')).toMatchObject({ declared: 'vendor-only', party: 'third', expiresInDays: 180 });
    });

    it('finds the undeclared "traffic log" analytics cookies, set before consent', () => {
      expect(results.get('_ga')).toMatchObject({
        declared: 'no',
        category: 'analytics',
        vendor: 'Google Analytics',
        beforeConsent: true,
        expiresInDays: 730,
      });
      const byId2 = new Map(withCookies.items.map((i) => [i.id, i]));
      expect(byId2.get('ck-all-observed-declared')!.status).toBe('fail');
      expect(byId2.get('ck-prior-consent')!.status).toBe('fail');
      expect(byId2.get('ck-prior-consent')!.message).toMatch(/_ga, _gid, YSC, VISITOR_INFO1_LIVE/);
      expect(flagIds(withCookies)).toEqual(
        expect.arrayContaining([
          'undeclared-cookie',
          'non-essential-before-consent',
          'near-miss-cookie-name',
          'vendor-only-declaration',
          'declared-not-observed',
        ]),
      );
    });
  });
});
