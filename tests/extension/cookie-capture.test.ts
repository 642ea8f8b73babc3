// Cookie capture: querying the school and third-party domains, dropping values, de-duplicating, recording consent.
import { describe, expect, it } from 'vitest';
import type { BrowserCookie, CookiesApi } from '../../src/extension/adapters/cookies';
import { captureCookies, describeBrowser, toRawCookies } from '../../src/extension/cookie-capture';
import { RawCookieSchema } from '../../src/core/artifacts';

const cookie = (over: Partial<BrowserCookie>): BrowserCookie => ({
  name: 'x',
  value: 'secret',
  domain: 'school.example.sch.uk',
  path: '/',
  hostOnly: true,
  httpOnly: false,
  secure: false,
  session: true,
  ...over,
});

function fakeApi(byDomain: Record<string, BrowserCookie[]>): CookiesApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    forDomain: async (d) => {
      asked.push(d);
      return byDomain[d] ?? [];
    },
  };
}

describe('toRawCookies', () => {
  it('keeps HttpOnly and expiry, drops values, and de-duplicates', () => {
    const raw = toRawCookies([
      cookie({ name: 'PHPSESSID', httpOnly: true }),
      cookie({ name: 'PHPSESSID', httpOnly: true }),
      cookie({ name: '_ga', session: false, expirationDate: 1_900_000_000, domain: '.school.example.sch.uk', hostOnly: false }),
    ]);
    expect(raw).toHaveLength(2);
    expect(raw[0]).toMatchObject({ name: 'PHPSESSID', httpOnly: true, value: '' });
    expect(raw[1]).toMatchObject({ name: '_ga', expirationDate: 1_900_000_000, hostOnly: false });
    for (const r of raw) expect(RawCookieSchema.safeParse(r).success).toBe(true);
    expect(JSON.stringify(raw)).not.toContain('secret');
  });
});

describe('captureCookies', () => {
  it('queries the school and each third party, and reads the consent state before values are dropped', async () => {
    const api = fakeApi({
      'example.sch.uk': [],
      'stanselms.lancs.sch.uk': [
        cookie({ name: 'cookieyes-consent', value: 'consent:yes,action:yes,analytics:yes', domain: 'stanselms.lancs.sch.uk' }),
      ],
      'youtube.com': [cookie({ name: 'VISITOR_INFO1_LIVE', domain: '.youtube.com', secure: true, sameSite: 'no_restriction' })],
    });
    const got = await captureCookies(api, 'https://www.stanselms.lancs.sch.uk/', ['youtube.com'], new Date('2026-11-23T10:00:00Z'));
    expect(api.asked).toEqual(['stanselms.lancs.sch.uk', 'youtube.com']);
    expect(got.observed.consent).toBe('accepted');
    expect(got.consent.manager).toBe('CookieYes');
    expect(got.observed.thirdPartyCookies).toBe('allowed');
    expect(got.observed.cookies).toHaveLength(2);
    expect(got.observed.capturedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('does not claim third-party cookies are blocked when none were seen', async () => {
    const got = await captureCookies(fakeApi({}), 'https://school.example/', ['youtube.com']);
    expect(got.observed.thirdPartyCookies).toBe('unknown');
    expect(got.observed.consent).toBe('unknown');
  });
});

describe('describeBrowser', () => {
  it('names the browser and major version', () => {
    expect(describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox 140');
    expect(
      describeBrowser('Mozilla/5.0 Chrome/156.0.0.0 Safari/537.36', [
        { brand: 'Not=A?Brand', version: '24' },
        { brand: 'Chromium', version: '156' },
      ]),
    ).toBe('Chromium 156');
  });
});
