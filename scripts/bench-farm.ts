// Farm benchmark: audits a generated farm of fixture school sites on loopback at concurrency 1, 2 and 4; prints sites/min and peak memory.
// Usage: npm run bench:farm [-- --sites 50 --concurrency 1,2,4]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findBrowser } from '../src/cli/browser/find-browser';
import { sampleProcessTreeMemory } from '../src/cli/browser/measure-memory';
import { batchPaths } from '../src/cli/batch/run-batch';
import { generatedSchools, startFarm } from '../tests/fixtures/farm/farm-server';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const siteCount = Number(arg('sites', '50'));
const levels = arg('concurrency', '1,2,4').split(',').map(Number);
const BIN = join(import.meta.dirname, '..', 'bin', 'school-privacy-audit.mjs');
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

async function main(): Promise<void> {
  // The bin runs the built CLI: build it first when dist/ is missing or older than a source.
  const built = spawnSync(process.execPath, [join(import.meta.dirname, 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the CLI could not be built');
  const executablePath = findBrowser(arg('browser', '') || undefined);
  const schools = generatedSchools(siteCount);
  const farm = await startFarm(schools);
  const targets = Object.keys(schools).map((host) => ({ url: farm.url(host), school: null, la: null, urn: null }));
  const tmp = mkdtempSync(join(tmpdir(), 'spa-bench-farm-'));
  const results: {
    concurrency: number;
    seconds: number;
    perMinute: number;
    errors: number;
    documents: number;
    peakRss: number;
    peakPss: number;
    peakNode: number;
    peakBrowserPss: number;
  }[] = [];
  console.log(`farm: ${siteCount} fixture school sites on 127.0.0.1:${farm.port} (school-01.localhost ...); browser ${executablePath}`);
  try {
    for (const concurrency of levels) {
      let peakRss = 0;
      let peakPss = 0;
      let peakNode = 0;
      let peakBrowserPss = 0;
      // The CLI runs as the user runs it, in its own process; the farm (standing in for the schools' web servers)
      // stays in this one, outside the measured tree.
      const dir = join(tmp, `c${concurrency}`);
      mkdirSync(dir, { recursive: true });
      const list = join(dir, 'schools.txt');
      writeFileSync(list, targets.map((t) => t.url).join('\n'));
      const out = join(dir, 'findings.csv');
      const started = performance.now();
      const child = spawn(
        process.execPath,
        [BIN, 'batch', list, '--out', out, '--concurrency', String(concurrency), '--timeout', '60', '--browser', executablePath],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      const sampler = setInterval(() => {
        if (!child.pid) return;
        const m = sampleProcessTreeMemory(child.pid);
        peakRss = Math.max(peakRss, m.rss);
        peakPss = Math.max(peakPss, m.pss);
        peakNode = Math.max(peakNode, m.rootRss);
        peakBrowserPss = Math.max(peakBrowserPss, m.pss - m.rootPss);
      }, 200);
      const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
      clearInterval(sampler);
      if (code !== 0) throw new Error(`the batch exited with ${code}: ${stderr}`);
      const seconds = (performance.now() - started) / 1000;
      const summary = parse(readFileSync(batchPaths(out).summary, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      // The summary's status column: a site that could not be audited is an error row.
      const errors = summary.filter((row) => row.status === 'error').length;
      const documents = summary.reduce((n, row) => n + Number(row.documents_found || 0), 0);
      results.push({
        concurrency,
        seconds,
        perMinute: (siteCount / seconds) * 60,
        errors,
        documents,
        peakRss,
        peakPss,
        peakNode,
        peakBrowserPss,
      });
      console.log(
        `concurrency ${concurrency}: ${siteCount} sites in ${seconds.toFixed(1)} s = ${((siteCount / seconds) * 60).toFixed(1)} sites/min; ${errors} errors; ${documents} documents audited; peak RSS ${mb(peakRss)} (PSS ${mb(peakPss)}; Node alone ${mb(peakNode)} RSS, Chromium ${mb(peakBrowserPss)} PSS)`,
      );
    }
  } finally {
    await farm.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(
    `\nconcurrency | sites/min | seconds | errors | documents | peak RSS (Node + Chromium) | peak PSS | Node RSS | Chromium PSS   (load average now ${load.toFixed(1)})`,
  );
  for (const r of results) {
    console.log(
      `${String(r.concurrency).padStart(11)} | ${r.perMinute.toFixed(1).padStart(9)} | ${r.seconds.toFixed(1).padStart(7)} | ${String(r.errors).padStart(6)} | ${String(r.documents).padStart(9)} | ${mb(r.peakRss).padStart(26)} | ${mb(r.peakPss).padStart(8)} | ${mb(r.peakNode).padStart(8)} | ${mb(r.peakBrowserPss).padStart(12)}`,
    );
  }
  console.log(
    '\nEach level runs the built CLI (bin/school-privacy-audit.mjs batch) as its own process; memory is that process and its children (Chromium), sampled every 200 ms. Times include starting the browser; each site gets a fresh context (empty jar) in one shared Chromium whose profile allows third-party cookies.',
  );
  console.log(
    'RSS sums every process in the tree, so pages shared between Chromium processes are counted once per process; PSS splits them fairly.',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
