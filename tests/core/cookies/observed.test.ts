// Observed cookies: both record shapes, bare arrays, clear errors for non-cookie files, and hostile input that must not crash.
import { describe, expect, it } from 'vitest';
import { parseObservedCookies, normaliseCookieRecord, normaliseCapture, expiresInDays } from '../../../src/core/cookies/observed';
import { analyseCookies } from '../../../src/core/cookies';
import { runAudit } from '../../../src/core/run-audit';
import { sanitiseName } from '../../../src/core/cookies/names';

const CAPTURED = '2026-11-23T10:00:00Z';
const NOW = Date.parse(CAPTURED) / 1000;

describe('record shapes', () => {
  it('normalises the WebExtension shape', () => {
    expect(
      normaliseCookieRecord({ name: 'YSC', domain: '.youtube.com', hostOnly: false, session: true, path: '/', httpOnly: true }),
    ).toMatchObject({ name: 'YSC', domain: 'youtube.com', session: true, expiresAt: null, httpOnly: true });
    expect(normaliseCookieRecord({ name: '_ga', domain: '.school.sch.uk', session: false, expirationDate: NOW + 86_400 })).toMatchObject({
      session: false,
      expiresAt: NOW + 86_400,
    });
    // WebExtensions omit expirationDate for a session cookie.
    expect(normaliseCookieRecord({ name: 'PHPSESSID', domain: 'www.school.sch.uk' })?.session).toBe(true);
  });

  it('normalises the Playwright/CDP shape (expires -1 = session)', () => {
    expect(
      normaliseCookieRecord({
        name: 'PHPSESSID',
        domain: 'www.school.sch.uk',
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
      }),
    ).toMatchObject({ session: true, expiresAt: null, sameSite: 'Lax' });
    expect(normaliseCookieRecord({ name: '_ga', domain: '.school.sch.uk', expires: NOW + 730 * 86_400 })?.expiresAt).toBe(
      NOW + 730 * 86_400,
    );
  });

  it('parses the object form, a bare array and a Playwright storageState', () => {
    const record = { name: '_ga', domain: '.school.sch.uk', expires: NOW + 10 };
    const obj = parseObservedCookies(
      { pageUrl: 'https://www.school.sch.uk/', capturedAt: CAPTURED, consent: 'none-given', cookies: [record] },
      null,
    );
    expect(obj).toMatchObject({ pageUrl: 'https://www.school.sch.uk/', consent: 'none-given' });
    const bare = parseObservedCookies([record], 'https://www.school.sch.uk/privacy');
    expect(bare).toMatchObject({ pageUrl: 'https://www.school.sch.uk/privacy', consent: 'unknown', capturedAt: '' });
    const state = parseObservedCookies({ cookies: [record], origins: [] }, 'https://www.school.sch.uk/');
    expect(state.consent).toBe('unknown');
    expect(parseObservedCookies({ consent: 'sideways', cookies: [] }, null).consent).toBe('unknown');
  });

  it('says plainly when a file is not cookie data', () => {
    expect(() => parseObservedCookies({ hello: 'world' }, null)).toThrow(/not cookie data/);
    expect(() => parseObservedCookies('cookies', null)).toThrow(/not cookie data/);
    expect(() => parseObservedCookies(null, null)).toThrow(/not cookie data/);
    expect(() => parseObservedCookies([{ url: 'x' }, 42, 'a'], null)).toThrow(/none of the 3 records has a "name"/);
    expect(() =>
      parseObservedCookies(
        Array.from({ length: 20_001 }, () => ({ name: 'a', domain: 'b.com' })),
        null,
      ),
    ).toThrow(/too many cookie records/);
  });
});

describe('hostile input', () => {
  it('drops records without a name or domain, and merges duplicates', () => {
    const capture = normaliseCapture({
      cookies: [{}, { name: '', domain: 'a.com' }, { name: 'x' }, null, 7, { name: 'x', domain: 'a.com' }, { name: 'x', domain: '.a.com' }],
    });
    expect(capture.cookies).toHaveLength(1);
    expect(capture.skipped).toBe(5);
    expect(capture.duplicates).toBe(1);
  });

  it('strips control and invisible characters from names and caps their length', () => {
    expect(sanitiseName('_ga\u0000\u001b[31m\u202e')).toBe('_ga[31m');
    expect(sanitiseName('x'.repeat(5_000)).length).toBeLessThanOrEqual(260);
    expect(sanitiseName(42)).toBe('');
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -5e9],
    ['year 275760', 8_640_000_000_000],
    ['1e300', 1e300],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '2027-01-01'],
  ])('survives an absurd expiry (%s)', (_label, expiry) => {
    const c = normaliseCookieRecord({ name: 'a', domain: 'school.sch.uk', expirationDate: expiry, session: false });
    expect(c).not.toBeNull();
    const days = expiresInDays(c!, NOW);
    expect(days === null || (Number.isFinite(days) && days >= 0 && days < 100_000)).toBe(true);
  });

  it('audits 10,000 cookies with odd names without crashing, quickly', () => {
    const cookies = Array.from({ length: 10_000 }, (_, i) => ({
      name: i % 7 === 0 ? `bad\u0000name${i}` : i % 5 === 0 ? `_ga_${i}` : `c${i}`,
      domain: i % 3 === 0 ? '.youtube.com' : 'www.school.sch.uk',
      expirationDate: i % 11 === 0 ? Number.NaN : NOW + i * 60,
      ...(i % 13 === 0 ? { session: true } : {}),
    }));
    const observed = parseObservedCookies(
      { pageUrl: 'https://www.school.sch.uk/', capturedAt: CAPTURED, consent: 'none-given', cookies },
      null,
    );
    const start = performance.now();
    const report = runAudit(
      { notice: { format: 'text', text: 'Cookies\n\nCookie\tPurpose\tExpiry\n_ga_*\tAnalytics\t2 years\n' }, observedCookies: observed },
      { asOf: '2026-11-23' },
    );
    const ms = performance.now() - start;
    expect(report.cookies!.observed).toHaveLength(10_000);
    expect(report.cookies!.observed.every((c) => !/[\u0000-\u001f]/.test(c.name))).toBe(true);
    expect(report.items.find((i) => i.id === 'ck-all-observed-declared')!.status).toBe('fail');
    expect(ms).toBeLessThan(5_000);
  });

  it('accepts an empty capture and a capture with no site address', () => {
    expect(
      analyseCookies({
        cookieNotice: null,
        observed: { pageUrl: '', capturedAt: 'not a date', consent: 'unknown', cookies: [] },
        siteUrl: null,
      }).section.observed,
    ).toEqual([]);
    const section = analyseCookies({
      cookieNotice: null,
      observed: {
        pageUrl: '',
        capturedAt: 'garbage',
        consent: 'unknown',
        cookies: [
          { name: 'YSC', domain: '.youtube.com' },
          { name: 'PHPSESSID', domain: 'www.school.sch.uk' },
        ],
      },
      siteUrl: null,
    }).section;
    expect(section.observed.map((c) => c.party)).toEqual(['third', 'first']);
    expect(section.observed.map((c) => c.beforeConsent)).toEqual([null, null]);
  });
});
