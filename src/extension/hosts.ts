// Which hosts an audit needs access to (the school and the third parties it embeds), as permission patterns and cookie domains.
import { registrableDomain } from '../core/domains';
import type { AccessPlan } from './access-plan';

export type { AccessPlan } from './access-plan';

/** The site a host name belongs to, for permission patterns and cookie queries (see src/core/domains.ts). */
export function siteDomainOf(hostname: string): string {
  return registrableDomain(hostname) ?? hostname.toLowerCase();
}

/**
 * A match pattern covering a site and all its subdomains, both schemes. An IP address or a single label
 * (localhost) has no subdomains to cover; IPv6 addresses are bracketed as in URLs.
 */
export function sitePattern(domain: string): string {
  if (domain.includes(':')) return `*://[${domain}]/*`;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(domain) || !domain.includes('.') ? `*://${domain}/*` : `*://*.${domain}/*`;
}

// A prompt listing fifty sites is one nobody reads; frames and scripts are where third-party cookies come from.
export const MAX_THIRD_PARTY_DOMAINS = 20;

/** Plan the host access an audit of this page needs. */
export function planAccess(pageUrl: string, resourceHosts: readonly string[]): AccessPlan {
  const schoolHost = new URL(pageUrl).hostname;
  const schoolDomain = siteDomainOf(schoolHost);
  const third = new Set<string>();
  for (const host of resourceHosts) {
    const d = siteDomainOf(host);
    if (d && d !== schoolDomain) third.add(d);
    if (third.size >= MAX_THIRD_PARTY_DOMAINS) break;
  }
  const thirdPartyDomains = [...third];
  return { schoolDomain, thirdPartyDomains, origins: [sitePattern(schoolDomain), ...thirdPartyDomains.map(sitePattern)] };
}
