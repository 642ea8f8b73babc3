// Consent-state detection from consent managers' own cookies.
import { describe, expect, it } from 'vitest';
import { detectConsent } from '../../src/extension/consent';

const c = (name: string, value: string) => ({ name, value });

describe('detectConsent', () => {
  it('reads Cookiebot choices', () => {
    expect(
      detectConsent([
        c(
          'CookieConsent',
          encodeURIComponent("{stamp:'x',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:1}"),
        ),
      ]),
    ).toMatchObject({ state: 'accepted', manager: 'Cookiebot' });
    expect(detectConsent([c('CookieConsent', "{stamp:'x',necessary:true,preferences:false,statistics:false,marketing:false}")]).state).toBe(
      'rejected',
    );
    expect(detectConsent([c('CookieConsent', '-1')]).state).toBe('unknown');
  });

  it('reads OneTrust groups and whether the banner was answered', () => {
    const groups = (g: string, n: number) => `isGpcEnabled=0&datestamp=x&version=6.1&interactionCount=${n}&groups=${encodeURIComponent(g)}`;
    expect(detectConsent([c('OptanonConsent', groups('C0001:1,C0002:0', 0))]).state).toBe('none-given');
    expect(detectConsent([c('OptanonConsent', groups('C0001:1,C0002:0,C0004:0', 1)), c('OptanonAlertBoxClosed', '2026-01-01')]).state).toBe(
      'rejected',
    );
    expect(detectConsent([c('OptanonConsent', groups('C0001:1,C0002:1', 1)), c('OptanonAlertBoxClosed', '2026-01-01')]).state).toBe(
      'accepted',
    );
  });

  it('reads CookieYes', () => {
    expect(
      detectConsent([c('cookieyes-consent', 'consentid:a,consent:no,action:,necessary:yes,analytics:no,advertisement:no')]).state,
    ).toBe('none-given');
    expect(
      detectConsent([c('cookieyes-consent', 'consentid:a,consent:no,action:yes,necessary:yes,analytics:no,advertisement:no')]).state,
    ).toBe('rejected');
    expect(
      detectConsent([c('cookieyes-consent', 'consentid:a,consent:yes,action:yes,necessary:yes,analytics:yes,advertisement:no')]).state,
    ).toBe('accepted');
  });

  it('reads orestbida cc_cookie (v3 categories and v2 level)', () => {
    expect(detectConsent([c('cc_cookie', encodeURIComponent(JSON.stringify({ categories: ['necessary'] })))]).state).toBe('rejected');
    expect(detectConsent([c('cc_cookie', JSON.stringify({ level: ['necessary', 'analytics'] }))]).state).toBe('accepted');
    expect(detectConsent([c('cc_cookie', 'garbage')])).toMatchObject({ state: 'unknown', manager: 'CookieConsent (orestbida)' });
  });

  it('reads Civic Cookie Control', () => {
    expect(
      detectConsent([c('CookieControl', JSON.stringify({ optionalCookies: { analytics: 'revoked', marketing: 'revoked' } }))]).state,
    ).toBe('rejected');
    expect(detectConsent([c('CookieControl', JSON.stringify({ optionalCookies: { analytics: 'accepted' } }))]).state).toBe('accepted');
  });

  it('reads CookieLawInfo checkboxes', () => {
    expect(detectConsent([c('cookielawinfo-checkbox-necessary', 'yes')]).state).toBe('none-given');
    expect(detectConsent([c('cookielawinfo-checkbox-analytics', 'no'), c('viewed_cookie_policy', 'yes')]).state).toBe('rejected');
    expect(detectConsent([c('cookielawinfo-checkbox-analytics', 'yes'), c('viewed_cookie_policy', 'yes')]).state).toBe('accepted');
  });

  it('says unknown, not none-given, when no consent manager is recognised', () => {
    expect(detectConsent([c('_ga', 'GA1.1.1.1'), c('PHPSESSID', 'x')])).toEqual({ state: 'unknown', manager: null, cookie: null });
  });
});
