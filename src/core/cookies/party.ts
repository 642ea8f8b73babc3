// First- or third-party: a cookie is first-party when its registrable domain (Public Suffix List, via tldts) is the site's.
import { getDomain, getHostname } from 'tldts';

/** The host of a URL or a cookie domain, lower case, without the leading dot; null when there is none. */
export function hostOf(urlOrDomain: string | null | undefined): string | null {
  if (!urlOrDomain) return null;
  const host = getHostname(urlOrDomain.trim().slice(0, 2_048).replace(/^\.+/, ''));
  return host ? host.toLowerCase().replace(/^\.+|(?<!\.)\.+$/g, '') || null : null;
}

/**
 * The registrable domain ("eTLD+1") of a URL or cookie domain. Private PSL suffixes count, as browsers apply them
 * (school.wixsite.com is its own site); hosts with no public suffix (localhost, IP addresses) stand for themselves.
 */
export function registrableDomain(urlOrDomain: string | null | undefined): string | null {
  const host = hostOf(urlOrDomain);
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** "first" when the cookie's registrable domain is the site's; "third" otherwise. Null when either is unknown. */
export function partyOf(cookieDomain: string, siteRegistrable: string | null): 'first' | 'third' | null {
  if (!siteRegistrable) return null;
  const own = registrableDomain(cookieDomain);
  if (!own) return null;
  return own === siteRegistrable ? 'first' : 'third';
}
