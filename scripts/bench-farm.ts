// Farm benchmark: audits a generated farm of fixture school sites on loopback at concurrency 1, 2 and 4; prints sites/min and peak memory.
// Usage: npm run bench:farm [-- --sites 50 --concurrency 1,2,4]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../src/cli/browser/find-browser';
import { sampleProcessTreeMemory } from '../src/cli/browser/measure-memory';
import { runBatch } from '../src/cli/batch/run-batch';
import { generatedSchools, startFarm } from '../tests/fixtures/farm/farm-server';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const siteCount = Number(arg('sites', '50'));
const levels = arg('concurrency', '1,2,4').split(',').map(Number);
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

async function main(): Promise<void> {
  const executablePath = findBrowser(arg('browser', '') || undefined);
  const schools = generatedSchools(siteCount);
  const farm = await startFarm(schools);
  const targets = Object.keys(schools).map((host) => ({ url: farm.url(host), school: null, la: null, urn: null }));
  const tmp = mkdtempSync(join(tmpdir(), 'spa-bench-farm-'));
  const results: { concurrency: number; seconds: number; perMinute: number; errors: number; documents: number; peakRss: number; peakPss: number; peakNode: number; peakBrowserPss: number }[] = [];
  console.log(`farm: ${siteCount} fixture school sites on 127.0.0.1:${farm.port} (school-01.localhost ...); browser ${executablePath}`);
  try {
    for (const concurrency of levels) {
      let peakRss = 0;
      let peakPss = 0;
      let peakNode = 0;
      let peakBrowserPss = 0;
      const heap = { heapUsed: 0, external: 0, arrayBuffers: 0 };
      const sampler = setInterval(() => {
        // The main thread's own V8 figures, to tell retained objects from buffers and native memory.
        const u = process.memoryUsage();
        heap.heapUsed = Math.max(heap.heapUsed, u.heapUsed);
        heap.external = Math.max(heap.external, u.external);
        heap.arrayBuffers = Math.max(heap.arrayBuffers, u.arrayBuffers);
        const m = sampleProcessTreeMemory();
        peakRss = Math.max(peakRss, m.rss);
        peakPss = Math.max(peakPss, m.pss);
        peakNode = Math.max(peakNode, m.rootRss);
        peakBrowserPss = Math.max(peakBrowserPss, m.pss - m.rootPss);
      }, 200);
      const started = performance.now();
      const outcome = await runBatch(targets, {
        out: join(tmp, `c${concurrency}`, 'findings.csv'),
        concurrency,
        consent: [],
        executablePath,
        timeoutMs: 60_000,
        // Progress lines would swamp the table; the count is printed below.
        progress: { isTTY: false, write: () => true },
      });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const { readFileSync } = await import('node:fs');
      const summary = readFileSync(outcome.paths.summary, 'utf8').split('\r\n').slice(1).filter(Boolean);
      const documents = summary.reduce((n, line) => n + Number(/,(?:done|error),[^,]*,(\d+),/.exec(line)?.[1] ?? 0), 0);
      results.push({ concurrency, seconds, perMinute: (siteCount / seconds) * 60, errors: outcome.errors, documents, peakRss, peakPss, peakNode, peakBrowserPss });
      console.log(`concurrency ${concurrency}: ${siteCount} sites in ${seconds.toFixed(1)} s = ${((siteCount / seconds) * 60).toFixed(1)} sites/min; ${outcome.errors} errors; ${documents} documents audited; peak RSS ${mb(peakRss)} (PSS ${mb(peakPss)}; Node alone ${mb(peakNode)} RSS, Chromium ${mb(peakBrowserPss)} PSS; main thread heap ${mb(heap.heapUsed)}, external ${mb(heap.external)}, array buffers ${mb(heap.arrayBuffers)})`);
    }
  } finally {
    await farm.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(`\nconcurrency | sites/min | seconds | errors | documents | peak RSS (Node + Chromium) | peak PSS | Node RSS | Chromium PSS   (load average now ${load.toFixed(1)})`);
  for (const r of results) {
    console.log(`${String(r.concurrency).padStart(11)} | ${r.perMinute.toFixed(1).padStart(9)} | ${r.seconds.toFixed(1).padStart(7)} | ${String(r.errors).padStart(6)} | ${String(r.documents).padStart(9)} | ${mb(r.peakRss).padStart(26)} | ${mb(r.peakPss).padStart(8)} | ${mb(r.peakNode).padStart(8)} | ${mb(r.peakBrowserPss).padStart(12)}`);
  }
  console.log('\nTimes include starting the browser; each site gets a fresh context (empty jar) in one shared Chromium whose profile allows third-party cookies.');
  console.log('RSS sums every process in the tree, so pages shared between Chromium processes are counted once per process; PSS splits them fairly.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
