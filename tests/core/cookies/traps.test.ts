// The traps of checklist.md §3: implied consent, browser-only choices, mislabelled essentials, nocookie embeds, rejected consent.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import type { ConsentState } from '../../../src/core/artifacts';

const NOW = Date.parse('2026-11-23T10:00:00Z') / 1000;

function audit(text: string, cookies?: unknown[], consent: ConsentState = 'none-given') {
  const doc = { format: 'text' as const, text, url: 'https://www.elm.example.sch.uk/cookies' };
  const report = runAudit(
    {
      notice: doc,
      cookieNotice: doc,
      ...(cookies
        ? { observedCookies: { pageUrl: 'https://www.elm.example.sch.uk/', capturedAt: '2026-11-23T10:00:00Z', consent, cookies } }
        : {}),
    },
    { asOf: '2026-11-23', kind: 'cookie-notice' },
  );
  return (id: string) => report.items.find((i) => i.id === id)!;
}

const TABLE =
  'Cookie\tPurpose\tExpiry\tCategory\n_ga\tUsed to distinguish visitors\t2 years\tStrictly necessary\nPHPSESSID\tKeeps your session\tSession\tStrictly necessary\n';

describe('cookie traps', () => {
  it('implied consent ("by continuing to use this site") is not consent', () => {
    const item = audit(`Cookie policy\n\nBy continuing to use this site you agree to our use of cookies.\n\n${TABLE}`)('ck-prior-consent');
    expect(item.status).toBe('fail');
    expect(item.evidence[0]!.text).toMatch(/By continuing to use this site/);
  });

  it('analytics labelled strictly necessary fails the accuracy check, quoting the row', () => {
    const item = audit(`Cookie policy\n\nWe only use essential cookies.\n\n${TABLE}`)('ck-strictly-necessary-accuracy');
    expect(item.status).toBe('fail');
    expect(item.evidence.map((e) => e.text)).toContain('_ga');
  });

  it('an "essential cookies only" claim contradicted by the capture fails', () => {
    const item = audit(
      'Cookie policy\n\nWe only use strictly necessary cookies, such as PHPSESSID which keeps your session (session cookie).',
      [{ name: '_gid', domain: '.elm.example.sch.uk', expirationDate: NOW + 86_400 }],
    )('ck-strictly-necessary-accuracy');
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/_gid/);
  });

  it('youtube-nocookie alone is not a complete answer for embeds', () => {
    const item = audit(
      'Cookie policy\n\nOur videos are embedded from YouTube using youtube-nocookie.com (privacy-enhanced mode).\n\nYou can manage your cookie preferences at any time.',
    )('ck-embedded-content');
    expect(item.status).toBe('partial');
    expect(item.message).toMatch(/youtube-nocookie still stores data/);
  });

  it('non-essential cookies still present after the visitor rejected them fail prior consent', () => {
    const item = audit(
      'Cookie policy\n\nWe only set analytics cookies if you accept them in our cookie banner, which has Accept all and Reject all buttons.',
      [{ name: '_ga', domain: '.elm.example.sch.uk', expirationDate: NOW + 700 * 86_400 }],
      'rejected',
    )('ck-prior-consent');
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/after the visitor rejected cookies/);
  });

  it('a site that sets cookies with no cookie notice fails ck-notice-present, naming the cookies', () => {
    const report = runAudit(
      {
        notice: { format: 'text', text: 'Welcome\n\nWelcome to Elm Primary School.' },
        observedCookies: {
          pageUrl: 'https://www.elm.example.sch.uk/',
          capturedAt: '2026-11-23T10:00:00Z',
          consent: 'none-given',
          cookies: [{ name: '_ga', domain: '.elm.example.sch.uk', expirationDate: NOW + 1 }],
        },
      },
      { asOf: '2026-11-23' },
    );
    const item = report.items.find((i) => i.id === 'ck-notice-present')!;
    expect(item.status).toBe('fail');
    expect(item.evidence[0]!.text).toMatch(/^_ga /);
  });

  it('a notice with only strictly necessary cookies needs no consent mechanism', () => {
    const get = audit(
      'Cookie policy\n\nCookie\tPurpose\tExpiry\nPHPSESSID\tKeeps your session\tSession\nCookieControl\tRemembers your cookie choices\t90 days\n',
    );
    expect(get('ck-prior-consent').status).toBe('not-applicable');
    expect(get('ck-withdraw-change').status).toBe('not-applicable');
    expect(get('ck-analytics-exception').status).toBe('not-applicable');
  });

  it('quotes dates: a stale cookie notice is partial, an undated one fails', () => {
    expect(audit('Cookie policy\n\nLast updated: 4 June 2021\n\nWe use cookies to keep you logged in.')('ck-last-updated').status).toBe(
      'partial',
    );
    expect(audit('Cookie policy\n\nWe use cookies to keep you logged in.')('ck-last-updated').status).toBe('fail');
  });
});
