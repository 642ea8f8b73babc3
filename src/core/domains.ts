// Which site a host belongs to: registrable domains by the Public Suffix List (tldts), private suffixes included,
// so school.wixsite.com, school.github.io and school.azurewebsites.net are each their own site, as browsers treat them.
import { getDomain, getHostname } from 'tldts';

/** The host of a URL or a cookie domain, lower case, without a leading or trailing dot; null when there is none. */
export function hostOf(urlOrDomain: string | URL | null | undefined): string | null {
  if (!urlOrDomain) return null;
  const raw = typeof urlOrDomain === 'string' ? urlOrDomain : urlOrDomain.href;
  const host = getHostname(raw.trim().slice(0, 2_048).replace(/^\.+/, ''));
  return host ? host.toLowerCase().replace(/^\.+|(?<!\.)\.+$/g, '') || null : null;
}

/**
 * The registrable domain ("eTLD+1") of a URL, host or cookie domain. A host with no registrable part (localhost,
 * an IP address, or a public suffix itself such as herts.sch.uk) stands for itself, as a browser's host-only site.
 */
export function registrableDomain(urlOrDomain: string | URL | null | undefined): string | null {
  const host = hostOf(urlOrDomain);
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** True when both name the same site (www.oak.kent.sch.uk and oak.kent.sch.uk); false when either has no host. */
export function isSameSite(a: string | URL, b: string | URL): boolean {
  const da = registrableDomain(a);
  return da !== null && da === registrableDomain(b);
}

/** "first" when the host or cookie domain belongs to the site's registrable domain, "third" otherwise; null when unknown. */
export function partyOf(hostOrDomain: string, siteRegistrable: string | null): 'first' | 'third' | null {
  if (!siteRegistrable) return null;
  const own = registrableDomain(hostOrDomain);
  if (!own) return null;
  return own === siteRegistrable ? 'first' : 'third';
}
