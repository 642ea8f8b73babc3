// One consent rule for every output, plain consent words, and ck-reject-honoured from each consent state's capture.
import { describe, expect, it } from 'vitest';
import { afterRejectStatus, isCookieProblem, needsConsent, setWithoutConsent } from '../../../src/core/cookies/consent-rules';
import { describeConsent, describeExpiry } from '../../../src/core/cookies/describe';
import { runAudit } from '../../../src/core/run-audit';
import type { ConsentStateCapture, ObservedCookies } from '../../../src/core/artifacts';
import { summariseAudit } from '../../../src/core/summary';
import { consentStatesOf } from '../../../src/cli/record/plan-audits';
import type { SiteCapture } from '../../../src/cli/record/site-record';

const SITE = 'https://www.hillcrest.example.sch.uk/';
const notice = {
  format: 'text' as const,
  text: 'Cookies\nWe use cookies. PHPSESSID keeps you logged in; it lasts for the session. _ga is set by Google Analytics to count visits; it lasts 2 years.',
  url: `${SITE}cookies`,
};
const session = { name: 'PHPSESSID', value: '', domain: 'www.hillcrest.example.sch.uk', path: '/', session: true };
const ga = { name: '_ga', value: '', domain: '.hillcrest.example.sch.uk', path: '/', expirationDate: 1858500000 };
const jar = (
  consent: ObservedCookies['consent'],
  cookies: unknown[],
  consentBanner?: ObservedCookies['consentBanner'],
): ObservedCookies => ({
  pageUrl: SITE,
  capturedAt: '2026-11-23T10:00:00Z',
  consent,
  cookies,
  ...(consentBanner ? { consentBanner } : {}),
});

function rejectItem(observedCookies: ObservedCookies | undefined, consentStates?: ConsentStateCapture[]) {
  const r = runAudit(
    { notice, cookieNotice: notice, ...(observedCookies ? { observedCookies } : {}), ...(consentStates ? { consentStates } : {}) },
    { asOf: '2026-11-23', kind: 'cookie-notice' },
  );
  return { report: r, item: r.items.find((i) => i.id === 'ck-reject-honoured')! };
}

describe('the one consent rule', () => {
  it('analytics, advertising and embeds need consent; strictly necessary cookies never do', () => {
    expect(['analytics', 'advertising', 'embed'].every(needsConsent)).toBe(true);
    expect(['strictly-necessary', 'functional', 'unknown'].some(needsConsent)).toBe(false);
    expect(afterRejectStatus({ category: 'analytics' })).toBe('fail');
    expect(afterRejectStatus({ category: 'functional' })).toBe('needs-review');
    expect(afterRejectStatus({ category: 'strictly-necessary' })).toBe('pass');
  });

  it('a problem is an undeclared cookie or one set without the consent it needs', () => {
    expect(isCookieProblem({ declared: 'no', beforeConsent: false, category: 'strictly-necessary' })).toBe(true);
    expect(isCookieProblem({ declared: 'yes', beforeConsent: true, category: 'analytics' })).toBe(true);
    expect(isCookieProblem({ declared: 'yes', beforeConsent: true, category: 'strictly-necessary' })).toBe(false);
    expect(setWithoutConsent({ beforeConsent: null, category: 'analytics' })).toBe(false);
  });
});

describe('consent and lifetimes in plain words', () => {
  it('says Session for a session cookie and counts in the right plural', () => {
    expect(describeExpiry(0)).toBe('Session');
    expect(describeExpiry(null)).toBe('Unknown');
    expect(describeExpiry(0.4)).toBe('Under a day');
    expect(describeExpiry(1.2)).toBe('1 day');
    expect(describeExpiry(30)).toBe('30 days');
    expect(describeExpiry(395)).toBe('13 months');
    expect(describeExpiry(730)).toBe('2 years');
  });

  it('with no consent banner, cookies count as set on arrival, and the summary says so instead of "0 set before consent"', () => {
    expect(describeConsent(true, 'none-found')).toMatch(/no consent banner found/);
    const { report } = rejectItem(jar('unknown', [session, ga], 'none-found'));
    expect(report.cookies!.observed.every((c) => c.beforeConsent === true)).toBe(true);
    const s = summariseAudit({ documents: [report] });
    expect(s.noConsentBanner).toBe(true);
    expect(s.cookiesLine).toMatch(/^Cookies: no consent banner found: cookies set on arrival \(1 that need consent\)/);
    expect(s.cookiesWithoutConsent).toBe(1);
    expect(report.items.find((i) => i.id === 'ck-reject-honoured')!.message).toMatch(/^No consent banner was found/);
  });

  it('an unknown consent state with a banner stays unknown, not "set before consent"', () => {
    const { report } = rejectItem(jar('unknown', [ga], 'found'));
    expect(report.cookies!.observed[0]!.beforeConsent).toBeNull();
  });
});

describe('ck-reject-honoured', () => {
  it('fails when a cookie that needs consent is still set after Reject (from the reject state the front end tried)', () => {
    const { item } = rejectItem(jar('none-given', [session, ga]), [
      { requested: 'reject', outcome: 'done', note: 'rejected with the cookieyes rule', observedCookies: jar('rejected', [session, ga]) },
    ]);
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/_ga \(analytics\)/);
    expect(item.evidence[0]!.text).toMatch(/^_ga /);
  });

  it('passes when only strictly necessary cookies remain after Reject', () => {
    expect(
      rejectItem(jar('none-given', [session, ga]), [
        { requested: 'reject', outcome: 'done', note: 'rejected', observedCookies: jar('rejected', [session]) },
      ]).item.status,
    ).toBe('pass');
    // The main capture taken after a reject (the extension reads the consent manager's record) is judged too.
    expect(rejectItem(jar('rejected', [session, ga], 'found')).item.status).toBe('fail');
  });

  it('says why when there is no capture after a reject, and is not applicable without any capture', () => {
    expect(
      rejectItem(jar('none-given', [session]), [
        { requested: 'reject', outcome: 'no-consent-manager', note: 'no consent manager detected: nothing to reject' },
      ]).item,
    ).toMatchObject({
      status: 'needs-review',
      message: 'No consent banner was found, so there was nothing to reject (no consent manager detected: nothing to reject).',
    });
    expect(
      rejectItem(jar('none-given', [session]), [{ requested: 'reject', outcome: 'failed', note: 'the cookieyes rule could not reject' }])
        .item,
    ).toMatchObject({
      status: 'needs-review',
      message: 'Cookies could not be captured after rejecting: the cookieyes rule could not reject.',
    });
    expect(rejectItem(jar('none-given', [session], 'found')).item.status).toBe('needs-review');
    expect(rejectItem(undefined).item.status).toBe('not-applicable');
  });

  it('the CLI passes each consent state it tried, and one asked for but never captured, to the audit', () => {
    const env = { browser: 'Chromium', thirdPartyCookies: 'allowed' as const, consent: 'none-given' as const, capturedAt: '' };
    const capture = {
      captures: [
        {
          requested: 'none',
          consent: 'none-given',
          consentManager: 'CookieYes',
          operated: 'not-attempted',
          note: 'first',
          observedCookies: jar('none-given', []),
          environment: env,
        },
        {
          requested: 'reject',
          consent: 'rejected',
          consentManager: 'CookieYes',
          operated: 'done',
          note: 'rejected with the cookieyes rule',
          observedCookies: jar('rejected', [ga]),
          environment: env,
        },
      ],
      consentRequested: ['none', 'reject', 'accept'],
      warnings: ['consent "accept" not captured: the site ran out of time'],
    } as unknown as SiteCapture;
    const states = consentStatesOf(capture);
    expect(states.map((s) => [s.requested, s.outcome])).toEqual([
      ['reject', 'done'],
      ['accept', 'failed'],
    ]);
    expect(states[0]!.observedCookies?.cookies).toHaveLength(1);
    expect(states[1]!.note).toMatch(/ran out of time/);
  });
});
