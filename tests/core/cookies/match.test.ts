// Matching observed cookies to declared rows: exact, wildcard, stem, near miss, vendor level; party, consent, lifetimes.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseCookies } from '../../../src/core/cookies';
import { exceedsDeclared } from '../../../src/core/cookies/match';
import { registrableDomain, partyOf } from '../../../src/core/cookies/party';
import type { ConsentState } from '../../../src/core/artifacts';

const CAPTURED = '2026-11-23T10:00:00Z';
const NOW = Date.parse(CAPTURED) / 1000;
const TABLE = [
  'Cookie policy',
  '',
  'Cookie\tPurpose\tDuration\tProvider',
  '_ga, _ga_*\tDistinguishes users\t2 years\tGoogle Analytics',
  '_gid\tDistinguishes users\t24 hours\tGoogle Analytics',
  'ASPSESSIONID\tKeeps your session\tSession\tThis website',
  '__RequestVerifcationToken\tPrevents form forgery\tSession\tThis website',
  'Vimeo\tSet if we embed a Vimeo video\t2 years\tVimeo',
].join('\n');

function analyse(cookies: unknown[], consent: ConsentState = 'none-given', siteUrl = 'https://www.oak.kent.sch.uk/') {
  return analyseCookies({ cookieNotice: readText(TABLE), observed: { pageUrl: siteUrl, capturedAt: CAPTURED, consent, cookies }, siteUrl })
    .section;
}

describe('registrable domains', () => {
  it('uses the Public Suffix List: kent.sch.uk is a suffix, so schools under it are separate sites', () => {
    expect(registrableDomain('https://www.oak.kent.sch.uk/cookies')).toBe('oak.kent.sch.uk');
    expect(registrableDomain('.oak.kent.sch.uk')).toBe('oak.kent.sch.uk');
    expect(partyOf('.ash.kent.sch.uk', 'oak.kent.sch.uk')).toBe('third');
    expect(partyOf('www.oak.kent.sch.uk', 'oak.kent.sch.uk')).toBe('first');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('')).toBeNull();
  });
});

describe('matching', () => {
  const section = analyse([
    { name: '_ga', domain: '.oak.kent.sch.uk', expirationDate: NOW + 730 * 86_400 },
    { name: '_ga_K7PQ2XY9Z1', domain: '.oak.kent.sch.uk', expirationDate: NOW + 730 * 86_400 },
    { name: '_gid', domain: '.oak.kent.sch.uk', expirationDate: NOW + 400 * 86_400 },
    { name: 'ASPSESSIONIDQACQTBCR', domain: 'www.oak.kent.sch.uk', session: true },
    { name: '__RequestVerificationToken', domain: 'www.oak.kent.sch.uk', session: true },
    { name: 'vuid', domain: '.vimeo.com', expirationDate: NOW + 730 * 86_400 },
    { name: '_clck', domain: '.oak.kent.sch.uk', expirationDate: NOW + 365 * 86_400 },
    { name: 'mystery', domain: '.ash.kent.sch.uk', session: true },
  ]);
  const by = new Map(section.observed.map((c) => [c.name, c]));

  it('matches exact names and wildcards', () => {
    expect(by.get('_ga')).toMatchObject({
      declared: 'yes',
      matchedEntry: '_ga',
      party: 'first',
      category: 'analytics',
      declaredDays: 730.5,
    });
    expect(by.get('_ga_K7PQ2XY9Z1')).toMatchObject({ declared: 'yes', matchedEntry: '_ga_*' });
  });

  it('treats a declared stem as covering the variable names built on it', () => {
    expect(by.get('ASPSESSIONIDQACQTBCR')).toMatchObject({ declared: 'yes', matchedEntry: 'ASPSESSIONID' });
  });

  it('does not let a real cookie name stand for a family: "_ga" does not cover _ga_<id>', () => {
    const only = analyseCookies({
      cookieNotice: readText('Cookies\n\nCookie\tPurpose\tExpiry\n_ga\tDistinguishes users\t2 years\n'),
      observed: {
        pageUrl: 'https://www.oak.kent.sch.uk/',
        capturedAt: CAPTURED,
        consent: 'accepted',
        cookies: [{ name: '_ga_K7PQ2XY9Z1', domain: '.oak.kent.sch.uk' }],
      },
      siteUrl: null,
    }).section;
    expect(only.observed[0]!.declared).not.toBe('yes');
  });

  it('flags a misspelt declaration as a near miss', () => {
    expect(by.get('__RequestVerificationToken')).toMatchObject({ declared: 'near-miss', matchedEntry: '__RequestVerifcationToken' });
  });

  it("covers a vendor's cookies by a vendor-only row, on the vendor's domain", () => {
    expect(by.get('vuid')).toMatchObject({
      declared: 'vendor-only',
      matchedEntry: 'Vimeo',
      party: 'third',
      vendor: 'Vimeo',
      category: 'embed',
    });
  });

  it('reports undeclared and unknown cookies', () => {
    expect(by.get('_clck')).toMatchObject({ declared: 'no', vendor: 'Microsoft Clarity', category: 'analytics' });
    expect(by.get('mystery')).toMatchObject({ declared: 'no', party: 'third', category: 'unknown', vendor: null });
  });

  it('compares lifetimes against 1.5 times the declared duration', () => {
    expect(by.get('_gid')).toMatchObject({ expiresInDays: 400, declaredDays: 1 });
    expect(exceedsDeclared(by.get('_gid')!)).toBe(true);
    expect(exceedsDeclared(by.get('_ga')!)).toBe(false);
    expect(exceedsDeclared({ expiresInDays: 30, declaredDays: 0 })).toBe(true);
  });

  it.each([
    ['none-given', true],
    ['rejected', true],
    ['accepted', false],
    ['unknown', null],
  ] as const)('records consent %s as beforeConsent %s', (consent, want) => {
    expect(analyse([{ name: '_ga', domain: '.oak.kent.sch.uk' }], consent).observed[0]!.beforeConsent).toBe(want);
  });
});
