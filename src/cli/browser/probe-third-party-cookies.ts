// Checks, on loopback, whether a browser context really accepts cookies from a cross-site iframe.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';

export type ThirdPartyCookies = 'allowed' | 'blocked' | 'unknown';

/**
 * Serves a page on probe-site.localhost that frames probe-embed.localhost, which sets a
 * SameSite=None; Secure cookie (names under .localhost resolve to loopback and count as secure).
 * Recording the answer is better than assuming the profile setting took effect.
 */
export async function probeThirdPartyCookies(newContext: () => Promise<BrowserContext>, timeoutMs = 10_000): Promise<ThirdPartyCookies> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    if (host === 'probe-site.localhost') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><iframe src="http://probe-embed.localhost:${(server.address() as AddressInfo).port}/"></iframe>`);
    } else {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'probe=1; Path=/; SameSite=None; Secure' });
      res.end('<!doctype html>embed');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let context: BrowserContext | null = null;
  try {
    context = await newContext();
    const page = await context.newPage();
    await page.goto(`http://probe-site.localhost:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load', timeout: timeoutMs });
    const cookies = await context.cookies();
    return cookies.some((c) => c.name === 'probe' && c.domain.includes('probe-embed.localhost')) ? 'allowed' : 'blocked';
  } catch {
    return 'unknown';
  } finally {
    await context?.close().catch(() => {});
    server.closeAllConnections();
    server.close();
  }
}
