// Which hosts the CLI may fetch documents from. A link on a school's page must not make the tool request the
// machine's own network (localhost, private ranges, link-local, unique-local IPv6, ...): such hosts are fetched only
// when the audited site is itself on one (a local test site) or --allow-private is given.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { InputError } from './input-error';

/** The refusal, as a per-document outcome: "not fetched: <host> is a private address". */
export class PrivateAddressError extends InputError {}

export type ResolveHost = (host: string) => Promise<string[]>;

export interface AddressPolicy {
  /** True when non-public hosts may be fetched. */
  allowPrivate: boolean;
  /** Name resolution (tests replace it); the system resolver by default. */
  resolve?: ResolveHost;
}

export const PUBLIC_ONLY: AddressPolicy = { allowPrivate: false };

const systemResolve: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** True for an address on the public internet: ipaddr.js's "unicast" range, after unwrapping IPv4-mapped IPv6. */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  return ipaddr.process(ip).range() === 'unicast';
}

/** The first non-public address a host is or resolves to (every address is checked); null when all are public. */
export async function nonPublicAddressOf(host: string, resolve: ResolveHost = systemResolve): Promise<string | null> {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  // localhost and every name under it are loopback (RFC 6761), as browsers resolve them, whatever DNS says.
  if (bare === 'localhost' || bare.endsWith('.localhost')) return '127.0.0.1';
  const addresses = ipaddr.isValid(bare) ? [bare] : await resolve(bare);
  return addresses.find((a) => !isPublicAddress(a)) ?? null;
}

/** The policy for auditing `siteUrl`: private hosts allowed when asked for, or when the site itself is on one. */
export async function policyForSite(siteUrl: string | null, allowPrivate: boolean, resolve?: ResolveHost): Promise<AddressPolicy> {
  if (allowPrivate) return { allowPrivate: true };
  const base = resolve ? { resolve } : {};
  if (!siteUrl) return { allowPrivate: false, ...base };
  try {
    return { allowPrivate: (await nonPublicAddressOf(new URL(siteUrl).hostname, resolve)) !== null, ...base };
  } catch {
    // The site's own name does not resolve: its fetch will say so; its links get no exemption.
    return { allowPrivate: false, ...base };
  }
}

/** Throws PrivateAddressError unless the policy allows fetching `url`'s host; resolver errors (ENOTFOUND) propagate. */
export async function checkAddress(url: string, policy: AddressPolicy): Promise<void> {
  if (policy.allowPrivate) return;
  const host = new URL(url).hostname;
  const found = await nonPublicAddressOf(host, policy.resolve);
  if (found !== null) throw new PrivateAddressError(`not fetched: ${host.replace(/^\[|\]$/g, '')} is a private address`);
}
