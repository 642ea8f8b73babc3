// Reads the cookies the site and its embedded third parties really set, and turns them into ObservedCookies.
import { LIMITS, type ObservedCookies } from '../core/artifacts';
import type { BrowserCookie, CookiesApi } from './adapters/cookies';
import { detectConsent, type ConsentReading } from './consent';
import { siteDomainOf } from './hosts';
export { describeBrowser } from './browser-name';

export interface CookieCapture {
  observed: ObservedCookies;
  consent: ConsentReading;
  /** Domains that were queried. */
  domains: string[];
}

function cookieKey(c: BrowserCookie): string {
  return `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${JSON.stringify(c.partitionKey ?? null)}`;
}

/**
 * Convert browser cookie records to the WebExtension shape the core accepts. Values are dropped: they can hold
 * session tokens and personal identifiers, which have no place in an audit log or a CSV sent to a school.
 */
export function toRawCookies(cookies: readonly BrowserCookie[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const c of cookies) {
    const key = cookieKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name: c.name.slice(0, LIMITS.cookieNameChars),
      value: '',
      domain: c.domain,
      path: c.path,
      hostOnly: c.hostOnly,
      httpOnly: c.httpOnly,
      secure: c.secure,
      session: c.session,
      ...(c.sameSite ? { sameSite: c.sameSite } : {}),
      ...(typeof c.expirationDate === 'number' && !c.session ? { expirationDate: c.expirationDate } : {}),
      ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
    });
    if (out.length >= LIMITS.cookieCount) break;
  }
  return out;
}

/** Read cookies for the school's site and each third-party domain; third-party cookies seen means they are allowed. */
export async function captureCookies(
  api: CookiesApi,
  pageUrl: string,
  thirdPartyDomains: readonly string[],
  now: Date = new Date(),
): Promise<CookieCapture> {
  const schoolDomain = siteDomainOf(new URL(pageUrl).hostname);
  const domains = [schoolDomain, ...thirdPartyDomains.filter((d) => d !== schoolDomain)];
  const results = await Promise.all(domains.map((d) => api.forDomain(d).catch(() => [] as BrowserCookie[])));
  const first = results[0] ?? [];
  const third = results.slice(1).flat();
  const consent = detectConsent(first);
  return {
    consent,
    domains,
    observed: {
      pageUrl,
      capturedAt: now.toISOString(),
      consent: consent.state,
      // The browser's setting cannot be read without the "privacy" permission; a third-party cookie proves it allows them.
      thirdPartyCookies: third.length > 0 ? 'allowed' : 'unknown',
      // No known consent manager's record: no banner was found to consent with, so the cookies were set on arrival.
      consentBanner: consent.manager ? 'found' : 'none-found',
      cookies: toRawCookies([...first, ...third]),
    },
  };
}
