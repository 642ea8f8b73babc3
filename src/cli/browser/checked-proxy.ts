// A loopback HTTP proxy for the browser whose every connection resolves its host through the private-address policy
// (checkedLookup), so the check and the connection use one DNS answer, as for the CLI's own downloads. Pages, frames,
// scripts, images, fetches and websockets that Chromium opens on hosts other than the audited site go through it, so a
// name that answers public to a check and private to the browser (DNS rebinding) never reaches the private address.
import type { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { RequestError, Server } from 'proxy-chain';
import { PrivateAddressError, allowedAddressesOf, checkedLookup, type AddressPolicy } from '../address-policy';

/** Playwright's per-context proxy settings. */
export interface BrowserProxySettings {
  server: string;
  bypass: string;
}

export interface CheckedProxy {
  /**
   * Settings for a site's browser contexts: every request goes through the proxy except those to `directHost` (the
   * audited site's own host, which was checked when its policy was made). Loopback is proxied too: Chromium would
   * otherwise send localhost and 127.0.0.1 direct.
   */
  settingsFor(directHost: string): BrowserProxySettings;
  /** Why the proxy could not connect to the first of these URLs' hosts it failed on (a refusal, a name that does not resolve), or null. */
  failureFor(urls: Iterable<string>): Error | null;
  close(): Promise<void>;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Start a proxy on 127.0.0.1 (a free port) that connects only where `policy` allows. */
export async function startCheckedProxy(policy: AddressPolicy): Promise<CheckedProxy> {
  // The last lookup failure per host: kept so a failed page load can say why in the CLI's own words.
  const failures = new Map<string, Error>();
  const lookup = checkedLookup(policy);
  const recordingLookup: LookupFunction = (hostname, options, callback) =>
    lookup(hostname, options, (err, address, family) => {
      if (err) failures.set(hostname.toLowerCase(), err);
      else failures.delete(hostname.toLowerCase());
      callback(err, address, family);
    });
  const server = new Server({
    host: '127.0.0.1',
    port: 0,
    prepareRequestFunction: async ({ hostname }) => {
      // Node connects to an IP literal without a lookup: check it here (no DNS involved, so nothing can change after).
      const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
      if (ipaddr.isValid(bare)) {
        try {
          await allowedAddressesOf(bare, policy);
        } catch (err) {
          if (err instanceof PrivateAddressError) failures.set(bare, err);
          throw new RequestError((err as Error).message, 403);
        }
      }
      // proxy-chain types the option as dns.lookup itself; it only ever calls it as a net lookup function.
      return { dnsLookup: recordingLookup as unknown as typeof dnsLookup };
    },
  });
  await server.listen();
  return {
    settingsFor: (directHost) => ({
      server: `http://127.0.0.1:${server.port}`,
      bypass: ['<-loopback>', directHost].filter(Boolean).join(','),
    }),
    failureFor: (urls) => {
      for (const url of urls) {
        const host = hostOf(url);
        const failure = host === null ? undefined : failures.get(host);
        if (failure) return failure;
      }
      return null;
    },
    close: () => server.close(true),
  };
}
