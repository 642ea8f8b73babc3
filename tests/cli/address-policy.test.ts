// Documents on private addresses are not fetched unless the audited site is on one, or --allow-private is given.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  checkAddress,
  checkedLookup,
  isPublicAddress,
  nonPublicAddressOf,
  policyForSite,
  type ResolveHost,
} from '../../src/cli/address-policy';
import { http } from '../../src/cli/checked-connection';
import { fetchDocument } from '../../src/cli/fetch-document';
import { documentFromBytes } from '../../src/cli/load-document';
import { runNoticeCommand } from '../../src/cli/commands/notice';
import { fetchDocumentInPage } from '../../src/cli/site/fetch-in-page';
import type { Page } from 'playwright-core';

// A resolver standing in for DNS: the school's host is public, the intranet names are not.
const DNS: Record<string, string[]> = {
  'school.example.sch.uk': ['93.184.216.34'],
  'intranet.example.com': ['93.184.216.35', '10.0.0.7'],
  'router.example.com': ['192.168.1.1'],
  'v6.example.com': ['fd12:3456:789a::1'],
};
const resolve: ResolveHost = async (host) => {
  const found = DNS[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

let server: Server;
let local = '';
const requested: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === '/to-private') {
      res.writeHead(302, { location: `${local}/notice` });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<h1>Privacy notice</h1><p>We are the data controller.</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  local = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('address ranges', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.0.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::',
  ])('%s is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
  it.each(['93.184.216.34', '8.8.8.8', '2a00:1450:4009:81f::200e'])('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
  it('checks every address a name resolves to', async () => {
    expect(await nonPublicAddressOf('school.example.sch.uk', resolve)).toBeNull();
    expect(await nonPublicAddressOf('intranet.example.com', resolve)).toBe('10.0.0.7');
    expect(await nonPublicAddressOf('v6.example.com', resolve)).toBe('fd12:3456:789a::1');
    expect(await nonPublicAddressOf('[::1]', resolve)).toBe('::1');
    expect(await nonPublicAddressOf('school-a.localhost', resolve)).toBe('127.0.0.1');
  });
});

describe('the policy', () => {
  it('refuses a private host when the audited site is public, with a one-line reason', async () => {
    const policy = await policyForSite('https://school.example.sch.uk/', false, resolve);
    expect(policy.allowPrivate).toBe(false);
    await expect(checkAddress('https://intranet.example.com/notice.pdf', policy)).rejects.toThrow(
      /^not fetched: intranet\.example\.com is a private address$/,
    );
    await expect(checkAddress('http://169.254.169.254/latest/', policy)).rejects.toThrow(
      'not fetched: 169.254.169.254 is a private address',
    );
    await expect(checkAddress('https://school.example.sch.uk/privacy', policy)).resolves.toBeUndefined();
  });
  it('allows private hosts when the audited site is itself on one, or when asked', async () => {
    expect((await policyForSite('http://127.0.0.1:8080/', false, resolve)).allowPrivate).toBe(true);
    expect((await policyForSite('https://router.example.com/', false, resolve)).allowPrivate).toBe(true);
    expect((await policyForSite('https://school.example.sch.uk/', true, resolve)).allowPrivate).toBe(true);
  });
});

describe('fetching', () => {
  it('does not request a private host for a public site', async () => {
    requested.length = 0;
    await expect(fetchDocument(`${local}/notice`, 5_000)).rejects.toThrow(/^not fetched: 127\.0\.0\.1 is a private address$/);
    expect(requested).toEqual([]);
  });
  it('re-checks after a redirect to a private host, and does not follow it', async () => {
    // The public school's server answers with a redirect to an intranet address.
    const seen: string[] = [];
    const fake = vi.spyOn(http, 'fetch').mockImplementation(async (input) => {
      seen.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'http://intranet.example.com/notice' } });
    });
    try {
      await expect(
        fetchDocument('https://school.example.sch.uk/privacy', 5_000, documentFromBytes, { allowPrivate: false, resolve }),
      ).rejects.toThrow(/^not fetched: intranet\.example\.com is a private address$/);
    } finally {
      fake.mockRestore();
    }
    expect(seen).toEqual(['https://school.example.sch.uk/privacy']);
  });
  it('connects only to the address it checked: a name that answers public, then loopback, is refused', async () => {
    // DNS rebinding: the first answer (the check) is public, the second (the connection) is this machine.
    const answers: string[][] = [['93.184.216.34'], ['127.0.0.1']];
    const asked: string[] = [];
    const rebinding: ResolveHost = async (host) => {
      asked.push(host);
      return answers.shift() ?? ['127.0.0.1'];
    };
    const port = new URL(local).port;
    requested.length = 0;
    await expect(
      fetchDocument(`http://rebind.example.com:${port}/notice`, 5_000, documentFromBytes, { allowPrivate: false, resolve: rebinding }),
    ).rejects.toThrow(/^not fetched: rebind\.example\.com is a private address$/);
    // Both the check and the connection asked the policy's resolver, and nothing reached the local server.
    expect(asked).toEqual(['rebind.example.com', 'rebind.example.com']);
    expect(requested).toEqual([]);
  });
  it('the connection goes to the address the policy resolved, not to a second lookup', async () => {
    // The system resolver does not know this name: the fetch can only succeed through the policy's own answer.
    const port = new URL(local).port;
    const resolveLocal: ResolveHost = async () => ['127.0.0.1'];
    const doc = await fetchDocument(`http://school-a.test:${port}/notice`, 5_000, documentFromBytes, {
      allowPrivate: true,
      resolve: resolveLocal,
    });
    expect(doc.format).toBe('html');
  });
  it('the connect-time lookup answers in both shapes net asks for, and refuses private addresses', async () => {
    const lookup = checkedLookup({ allowPrivate: false, resolve });
    const ask = (host: string, options: { all?: boolean; family?: number }) =>
      new Promise<{ err: Error | null; address: unknown; family?: number }>((done) =>
        lookup(host, options, (err, address, family) => done({ err, address, family })),
      );
    expect(await ask('school.example.sch.uk', { all: true })).toEqual({
      err: null,
      address: [{ address: '93.184.216.34', family: 4 }],
      family: undefined,
    });
    expect(await ask('school.example.sch.uk', {})).toEqual({ err: null, address: '93.184.216.34', family: 4 });
    const refused = await ask('intranet.example.com', { all: true });
    expect(refused.err?.message).toBe('not fetched: intranet.example.com is a private address');
    expect((await ask('school.example.sch.uk', { family: 6 })).err).toMatchObject({ code: 'ENOTFOUND' });
  });
  it('fetches a local site when allowed, dropping credentials from the address', async () => {
    const doc = await fetchDocument(`${local.replace('http://', 'http://admin:secret@')}/notice`, 5_000, documentFromBytes, {
      allowPrivate: true,
    });
    expect(doc.format).toBe('html');
    expect(doc.url).toBe(`${local}/notice`);
  });
  it('notice: a cookie notice on a private host is refused for a public site; the flag allows it', async () => {
    const opts = {
      format: 'json' as const,
      asOf: '2026-11-23',
      nation: 'auto' as const,
      phase: 'auto' as const,
      siteUrl: 'https://93.184.216.34/',
      cookieNotice: `${local}/cookies`,
    };
    const { join } = await import('node:path');
    const file = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'seed-000.txt');
    await expect(runNoticeCommand(file, opts)).rejects.toThrow(/^not fetched: 127\.0\.0\.1 is a private address$/);
    const allowed = await runNoticeCommand(file, { ...opts, allowPrivate: true });
    expect(allowed.report.warnings.join(' ')).not.toMatch(/not fetched/);
  });
  it('site: a document linked from a public site to a private host is refused, not fetched', async () => {
    const page = { url: () => 'https://school.example.sch.uk/' } as unknown as Page;
    const policy = await policyForSite('https://school.example.sch.uk/', false, resolve);
    requested.length = 0;
    await expect(fetchDocumentInPage(page, `${local}/notice`, 5_000, policy)).rejects.toThrow(
      /^not fetched: 127\.0\.0\.1 is a private address$/,
    );
    expect(requested).toEqual([]);
  });
  it('notice: credentials in the URL never reach the report', async () => {
    const out = await runNoticeCommand(`${local.replace('http://', 'http://admin:secret@')}/notice`, {
      format: 'csv',
      asOf: '2026-11-23',
      nation: 'auto',
      phase: 'auto',
    });
    expect(out.output).not.toMatch(/admin|secret/);
    expect(JSON.stringify(out.report)).not.toMatch(/admin|secret/);
  });
});
