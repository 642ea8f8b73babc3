// Benchmark: what the checked proxy costs. Start-up, plain requests from Node direct and through it, and a Chromium page
// load whose 30 images sit on another host, direct and through the proxy. All on loopback; figures vary with load.
import { createServer } from 'node:http';
import type { LookupFunction } from 'node:net';
import { Agent, ProxyAgent, fetch as undiciFetch } from 'undici';
import { startCheckedProxy } from '../../src/cli/browser/checked-proxy';
import { findBrowser } from '../../src/cli/browser/find-browser';
import { launchAuditBrowser } from '../../src/cli/browser/launch-browser';

const IMAGES = 30;
const REQUESTS = 200;
const ROUNDS = 8;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Every name is this machine, for the direct side (the proxy's side uses its own policy resolver). */
const toLoopback: LookupFunction = (_host, options, callback) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

export async function run(): Promise<void> {
  let port = 0;
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      const images = Array.from({ length: IMAGES }, (_, i) => `<img src="http://cdn.example.test:${port}/i${i}.gif?${Date.now()}">`);
      res.end(`<!doctype html><html><body><p>School</p>${images.join('')}</body></html>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(Buffer.alloc(2048));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
  const proxy = await startCheckedProxy({ allowPrivate: true, resolve: async () => ['127.0.0.1'] });
  const direct = new Agent({ connect: { lookup: toLoopback } });
  const via = new ProxyAgent({ uri: proxy.settingsFor('school.example.test').server, proxyTunnel: false });
  try {
    const starts: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await (await startCheckedProxy({ allowPrivate: true })).close();
      starts.push(performance.now() - t);
    }
    console.log(`  proxy start and close: median ${median(starts).toFixed(2)} ms`);

    const perRequest: Record<string, number[]> = { direct: [], proxied: [] };
    for (let round = 0; round < 2; round++) {
      for (const [mode, dispatcher] of [
        ['direct', direct],
        ['proxied', via],
      ] as const) {
        const t = performance.now();
        for (let i = 0; i < REQUESTS; i++) await (await undiciFetch(`http://cdn.example.test:${port}/x.gif`, { dispatcher })).arrayBuffer();
        perRequest[mode]!.push((performance.now() - t) / REQUESTS);
      }
    }
    console.log(
      `  Node, ${REQUESTS} sequential GETs: direct ${Math.min(...perRequest.direct!).toFixed(2)} ms each, proxied ${Math.min(...perRequest.proxied!).toFixed(2)} ms each (best of 2)`,
    );

    const browser = await launchAuditBrowser(findBrowser(), {
      probe: false,
      args: ['--host-resolver-rules=MAP school.example.test 127.0.0.1, MAP cdn.example.test 127.0.0.1'],
    });
    try {
      const loads: Record<string, number[]> = { direct: [], proxied: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const mode of ['direct', 'proxied'] as const) {
          const context = await browser.newSiteContext(mode === 'proxied' ? { proxy: proxy.settingsFor('school.example.test') } : {});
          const page = await context.newPage();
          const t = performance.now();
          await page.goto(`http://school.example.test:${port}/`, { waitUntil: 'load' });
          loads[mode]!.push(performance.now() - t);
          await context.close();
        }
      }
      console.log(
        `  Chromium, a page with ${IMAGES} images on another host, to 'load': direct median ${median(loads.direct!).toFixed(0)} ms, proxied median ${median(loads.proxied!).toFixed(0)} ms (${ROUNDS} rounds each)`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    await direct.close();
    await via.close();
    await proxy.close();
    server.close();
  }
}
