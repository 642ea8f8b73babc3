// Which hosts an audit needs access to (the school and the third parties it embeds), as permission patterns and cookie domains.

// Public suffixes schools actually sit under, with a fallback of "last two labels". The full Public Suffix List
// would add ~40 KB to the popup for no better answer on school sites; a wrong guess only widens a cookie query.
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'net.uk', 'nhs.uk', 'police.uk', 'ltd.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'co.za', 'com.br', 'co.jp', 'co.in', 'com.cn',
]);
// *.sch.uk is a wildcard public suffix: stmarys.lancs.sch.uk is registrable, lancs.sch.uk is not.
const WILDCARD_SUFFIXES = ['sch.uk'];

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** The registrable domain (eTLD+1) of a host name, approximately; IPs and single labels are returned as they are. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (isIpAddress(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  for (const w of WILDCARD_SUFFIXES) {
    if (host.endsWith(`.${w}`)) {
      const need = w.split('.').length + 2;
      return labels.slice(-Math.min(need, labels.length)).join('.');
    }
  }
  if (TWO_LEVEL_SUFFIXES.has(lastTwo)) return labels.slice(-3).join('.');
  return lastTwo;
}

/** True when two hosts belong to the same site (same registrable domain). */
export function isSameSite(a: string, b: string): boolean {
  return registrableDomain(a) === registrableDomain(b);
}

/** A match pattern covering a site and all its subdomains, both schemes. */
export function sitePattern(domain: string): string {
  return isIpAddress(domain) || !domain.includes('.') ? `*://${domain}/*` : `*://*.${domain}/*`;
}

export interface AccessPlan {
  /** The school's registrable domain. */
  schoolDomain: string;
  /** Third-party registrable domains embedded in the page, most relevant first, capped. */
  thirdPartyDomains: string[];
  /** Match patterns to request (school first). */
  origins: string[];
}

// A prompt listing fifty sites is one nobody reads; frames and scripts are where third-party cookies come from.
export const MAX_THIRD_PARTY_DOMAINS = 20;

/** Plan the host access an audit of this page needs. */
export function planAccess(pageUrl: string, resourceHosts: readonly string[]): AccessPlan {
  const schoolHost = new URL(pageUrl).hostname;
  const schoolDomain = registrableDomain(schoolHost);
  const third = new Set<string>();
  for (const host of resourceHosts) {
    const d = registrableDomain(host);
    if (d && d !== schoolDomain) third.add(d);
    if (third.size >= MAX_THIRD_PARTY_DOMAINS) break;
  }
  const thirdPartyDomains = [...third];
  return { schoolDomain, thirdPartyDomains, origins: [sitePattern(schoolDomain), ...thirdPartyDomains.map(sitePattern)] };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The one sentence shown before the browser's permission prompt (ux.md). */
export function describeAccess(plan: AccessPlan): string {
  const n = plan.thirdPartyDomains.length;
  const count = n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
  const others = n === 0 ? '' : ` and the ${count} other site${n === 1 ? '' : 's'} it embeds (${plan.thirdPartyDomains.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''})`;
  return `To read this school's cookies and fetch its privacy notice, allow access to ${plan.schoolDomain}${others}.`;
}
