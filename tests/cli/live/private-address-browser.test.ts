// What headless Chromium loads from hosts other than the audited site goes through the checked proxy: a name that answers
// public to the check and private to the connection (DNS rebinding) is refused, and nothing reaches the private server.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResolveHost } from '../../../src/cli/address-policy';
import { findBrowser } from '../../../src/cli/browser/find-browser';
import { launchAuditBrowser, type AuditBrowser } from '../../../src/cli/browser/launch-browser';
import { startCheckedProxy } from '../../../src/cli/browser/checked-proxy';
import { http } from '../../../src/cli/checked-connection';
import { gatherSite } from '../../../src/cli/site/gather-site';
import { HostGate } from '../../../src/cli/site/host-gate';
import { renderHtmlDocument } from '../../../src/cli/site/render-document';

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
}

const PUBLIC = '93.184.216.34';
/** The audited school: public to the policy, and reached by Chromium directly (mapped to this machine below). */
const SCHOOL = 'school.example.test';

const CHROMIUM_LOOPBACK_NAMES = [
  'rebind.example.test',
  'policies.example.test',
  'img.example.test',
  'api.example.test',
  'socket.example.test',
];

const NOTICE = `<!doctype html><html><head><title>Privacy notice</title></head><body><main>
<h1>Privacy notice for pupils</h1><p>The school is the data controller for the information it holds about pupils.</p>
</main></body></html>`;

let server: Server;
let port = 0;
/** Every request the local server received, as host header and path. */
const received: string[] = [];
let browser: AuditBrowser | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    received.push(`${host}${req.url ?? ''}`);
    if (req.url === '/ws') {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (host === SCHOOL && req.url === '/') {
      res.end(`<!doctype html><html><head><title>Example School</title></head><body>
<nav><a href="http://rebind.example.test:${port}/privacy-notice">Privacy notice</a>
<a href="http://policies.example.test:${port}/gdpr">GDPR</a></nav>
<p>Welcome to the school.</p></body></html>`);
      return;
    }
    if (host === SCHOOL && req.url === '/subresources') {
      // Images, a fetch and a websocket to a private name and to a loopback literal: the browser's own requests.
      res.end(`<!doctype html><html><body><p>Subresources</p>
<img src="http://img.example.test:${port}/pixel.gif"><img src="http://127.0.0.1:${port}/literal.gif">
<script>
fetch('http://api.example.test:${port}/api').catch(() => {});
try { new WebSocket('ws://socket.example.test:${port}/ws'); } catch (e) {}
</script></body></html>`);
      return;
    }
    res.end(NOTICE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
  if (hasBrowser) {
    // Chromium's own resolver answers loopback for the school and for the names the pages use (as a rebinding name
    // would the second time): any request Chromium sent direct would reach this server. docs.example.test is left
    // unknown to it, so a page there can only come through the proxy.
    const mapped = [SCHOOL, ...CHROMIUM_LOOPBACK_NAMES].map((h) => `MAP ${h} 127.0.0.1`).join(', ');
    browser = await launchAuditBrowser(findBrowser(), { probe: false, args: [`--host-resolver-rules=${mapped}`] });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server.closeAllConnections();
  server.close();
});

describe.skipIf(!hasBrowser)('the browser and the private-address policy', () => {
  it('a document or hub on another host that answers public, then loopback, is not loaded, and nothing reaches the server', async () => {
    // The served copy comes through the CLI's checked fetch (stood in for here: it answers as the public server would).
    const fake = vi
      .spyOn(http, 'fetch')
      .mockImplementation(async () => new Response(NOTICE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }));
    // DNS rebinding: the checks get a public answer (the document's served fetch and render, the hub's load); the
    // browser's connection then gets loopback.
    const asked: string[] = [];
    const publicAnswers: Record<string, number> = { 'rebind.example.test': 2, 'policies.example.test': 1 };
    const resolve: ResolveHost = async (host) => {
      if (host === SCHOOL) return [PUBLIC];
      asked.push(host);
      if ((publicAnswers[host] ?? 0) > 0) {
        publicAnswers[host]!--;
        return [PUBLIC];
      }
      return ['127.0.0.1'];
    };
    received.length = 0;
    try {
      const gathered = await gatherSite(browser!, `http://${SCHOOL}:${port}/`, {
        consent: ['none'],
        gate: new HostGate(),
        deadline: Date.now() + 60_000,
        resolve,
        timeouts: { settleMs: 500, cmpWaitMs: 200 },
      });
      const notice = gathered.capture.documents.find((d) => d.url.includes('rebind.example.test'));
      expect(notice?.error).toBeNull();
      expect(gathered.capture.hubsVisited).toEqual([]);
      expect(gathered.capture.warnings).toContain(
        `hub page http://policies.example.test:${port}/gdpr could not be read: not fetched: policies.example.test is a private address`,
      );
      const doc = [...gathered.documents.values()][0];
      expect(doc).toMatchObject({
        format: 'html',
        readFrom: 'served',
        readNote: 'read as served: the page could not be rendered (not fetched: rebind.example.test is a private address)',
      });
    } finally {
      fake.mockRestore();
    }
    // The checks and the proxy's connections asked; the loopback answers were refused, so only the school was reached.
    expect(asked.filter((h) => h === 'rebind.example.test').length).toBeGreaterThanOrEqual(3);
    expect(asked.filter((h) => h === 'policies.example.test').length).toBeGreaterThanOrEqual(2);
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.startsWith(`${SCHOOL}/`))).toBe(true);
  }, 120_000);

  it('subresources, fetches and websockets to private names or loopback are refused; the site itself loads direct', async () => {
    const proxy = await startCheckedProxy({ allowPrivate: false, resolve: async () => ['127.0.0.1'] });
    const context = await browser!.newSiteContext({ proxy: proxy.settingsFor(SCHOOL) });
    received.length = 0;
    try {
      const page = await context.newPage();
      await page.goto(`http://${SCHOOL}:${port}/subresources`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      // The page itself (and the browser's favicon request) came direct; nothing else reached the server.
      expect(received.filter((r) => !r.endsWith('/favicon.ico'))).toEqual([`${SCHOOL}/subresources`]);
      // Each went to the proxy (only its resolver was asked about them) and was refused there.
      for (const host of ['img.example.test', 'api.example.test', 'socket.example.test'])
        expect(proxy.failureFor([`http://${host}:${port}/`])?.message).toBe(`not fetched: ${host} is a private address`);
      expect(proxy.failureFor([`http://127.0.0.1:${port}/literal.gif`])?.message).toBe('not fetched: 127.0.0.1 is a private address');
    } finally {
      await context.close();
      await proxy.close();
    }
  }, 60_000);

  it('the proxy forwards what the policy allows: a page on a name only the policy can resolve is rendered through it', async () => {
    // Chromium cannot resolve this name itself: the page can only arrive through the proxy's own (checked) lookup.
    const proxy = await startCheckedProxy({ allowPrivate: true, resolve: async () => ['127.0.0.1'] });
    const context = await browser!.newSiteContext({ proxy: proxy.settingsFor(SCHOOL) });
    received.length = 0;
    try {
      const rendered = await renderHtmlDocument(context, `http://docs.example.test:${port}/notice`, 20_000, proxy);
      expect(rendered.html).toContain('The school is the data controller');
      expect(received.filter((r) => !r.endsWith('/favicon.ico'))).toEqual(['docs.example.test/notice']);
    } finally {
      await context.close();
      await proxy.close();
    }
  }, 60_000);
});
