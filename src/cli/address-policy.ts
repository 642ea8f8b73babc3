// Which hosts the CLI may fetch documents from. A link on a school's page must not make the tool request the
// machine's own network (localhost, private ranges, link-local, unique-local IPv6, ...): such hosts are fetched only
// when the audited site is itself on one (a local test site) or --allow-private is given.
import { lookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
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

function bareHost(host: string): string {
  return host.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Every address a host is or resolves to. localhost and names under it are loopback (RFC 6761), whatever DNS says. */
async function addressesOf(host: string, resolve: ResolveHost): Promise<string[]> {
  const bare = bareHost(host);
  if (bare === 'localhost' || bare.endsWith('.localhost')) return ['127.0.0.1'];
  return ipaddr.isValid(bare) ? [bare] : resolve(bare);
}

/** The first non-public address a host is or resolves to (every address is checked); null when all are public. */
export async function nonPublicAddressOf(host: string, resolve: ResolveHost = systemResolve): Promise<string | null> {
  return (await addressesOf(host, resolve)).find((a) => !isPublicAddress(a)) ?? null;
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

/**
 * The addresses the policy lets the tool connect to for `host`: all of them, or a PrivateAddressError when any is
 * non-public and the policy does not allow that. Resolver errors (ENOTFOUND) propagate.
 */
export async function allowedAddressesOf(host: string, policy: AddressPolicy): Promise<string[]> {
  const addresses = await addressesOf(host, policy.resolve ?? systemResolve);
  if (!policy.allowPrivate && addresses.some((a) => !isPublicAddress(a)))
    throw new PrivateAddressError(`not fetched: ${bareHost(host)} is a private address`);
  return addresses;
}

/** Throws PrivateAddressError unless the policy allows fetching `url`'s host; resolver errors (ENOTFOUND) propagate. */
export async function checkAddress(url: string, policy: AddressPolicy): Promise<void> {
  if (policy.allowPrivate) return;
  await allowedAddressesOf(new URL(url).hostname, policy);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls connections that resolves the name, applies the policy to what it got, and hands the socket
 * only those addresses. The connection therefore goes to the addresses that were checked: a DNS answer that changes
 * between a check and the connection (rebinding) cannot lead the socket to a private address.
 */
export function checkedLookup(policy: AddressPolicy): (hostname: string, options: LookupOptions, callback: LookupCallback) => void {
  return (hostname, options, callback) => {
    allowedAddressesOf(hostname, policy).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const found = addresses
          .map((address) => ({ address, family: ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4 }))
          .filter((a) => wanted === 0 || a.family === wanted);
        if (found.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
          err.code = 'ENOTFOUND';
          callback(err, '');
        } else if (options.all) callback(null, found);
        else callback(null, found[0]!.address, found[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}
