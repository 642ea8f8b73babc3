// Runs a batch: a pool of sites in one shared browser, per-site folders as they finish, then the combined findings and summary CSVs.
import { availableParallelism } from 'node:os';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { toCsv, type CsvRow } from '../../core/csv';
import { loadChecklist } from '../../core/checklist';
import { launchAuditBrowser, type AuditBrowser } from '../browser/launch-browser';
import { auditSite, type SiteTarget } from '../site/audit-site';
import type { GatherTimeouts } from '../site/gather-site';
import { HostGate } from '../site/host-gate';
import { readManifest, reauditSiteFolder, ROWS_FILE, SUMMARY_FILE, saveSiteFolder } from '../site/site-folder';
import type { ConsentRequest } from '../site/site-record';
import { SUMMARY_COLUMNS, summaryRow, type SiteAuditResult, type SummaryRow } from '../site/site-rows';
import { guardCell } from '../../core/csv';
import { Progress } from './progress';
import { findingsHtmlPath, writeFindingsHtml } from '../report/findings-html';

export interface BatchPaths {
  findings: string;
  summary: string;
  sitesDir: string;
}

/** findings.csv -> findings.summary.csv and findings-sites/ beside it. */
export function batchPaths(findings: string): BatchPaths {
  const ext = extname(findings) || '.csv';
  const stem = basename(findings, extname(findings));
  return { findings, summary: join(dirname(findings), `${stem}.summary${ext}`), sitesDir: join(dirname(findings), `${stem}-sites`) };
}

/** Folder per site: readable host name plus a hash of the exact address (two schools on one host stay apart). */
export function siteFolderName(url: string): string {
  const hash = createHash('sha256').update(url.trim()).digest('hex').slice(0, 10);
  let host = 'site';
  try {
    host = new URL(/^[a-z]+:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).hostname;
  } catch {
    /* keep "site" */
  }
  return `${host.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 60) || 'site'}-${hash}`;
}

export interface BatchOptions {
  out: string;
  concurrency?: number;
  resume?: boolean;
  consent: readonly ConsentRequest[];
  executablePath: string;
  timeoutMs: number;
  timeouts?: Partial<GatherTimeouts>;
  progress?: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): boolean };
  now?: () => Date;
}

export interface BatchOutcome {
  total: number;
  visited: number;
  skipped: number;
  errors: number;
  paths: BatchPaths;
  stopped: boolean;
}

/** One browser for the run; started again if it crashes, so one bad site cannot end the batch. */
class SharedBrowser {
  private current: Promise<AuditBrowser> | null = null;
  constructor(private readonly executablePath: string) {}
  async get(): Promise<AuditBrowser> {
    if (this.current) {
      const b = await this.current.catch(() => null);
      if (b?.isConnected()) return b;
      if (b) await b.close().catch(() => {});
    }
    this.current = launchAuditBrowser(this.executablePath);
    return this.current;
  }
  async close(): Promise<void> {
    const b = await this.current?.catch(() => null);
    await b?.close();
  }
}

function errorResult(target: SiteTarget, reason: string, now: Date): SiteAuditResult {
  return { siteUrl: target.url, school: target.school ?? null, la: target.la ?? null, urn: target.urn ?? null, status: 'error', error: reason, auditedAt: now.toISOString(), checklistVersion: loadChecklist().version, capture: null, audits: [] };
}

/** Write the combined CSVs from the per-site folders, streaming to a temporary file renamed at the end. */
export async function rebuildBatchCsv(targets: readonly SiteTarget[], paths: BatchPaths): Promise<void> {
  const header = toCsv([]);
  const tmp = (p: string) => join(dirname(p), `.${basename(p)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const findingsTmp = tmp(paths.findings);
  const summaryTmp = tmp(paths.summary);
  await mkdir(dirname(paths.findings), { recursive: true });
  const findings = createWriteStream(findingsTmp);
  const summary = createWriteStream(summaryTmp);
  // Respect back-pressure; a write error surfaces when the stream is ended, before any rename.
  const write = (s: NodeJS.WritableStream, data: string) => new Promise<void>((resolve) => (s.write(data) ? resolve() : s.once('drain', () => resolve())));
  try {
    await write(findings, header);
    await write(summary, `\uFEFF${stringify([[...SUMMARY_COLUMNS]], { record_delimiter: '\r\n' })}`);
    for (const t of targets) {
      const dir = join(paths.sitesDir, siteFolderName(t.url));
      let rows: CsvRow[];
      let sum: SummaryRow;
      try {
        rows = JSON.parse(await readFile(join(dir, ROWS_FILE), 'utf8')) as CsvRow[];
        sum = JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8')) as SummaryRow;
      } catch {
        continue; // not audited (stopped early, or another shard's site)
      }
      // toCsv writes BOM + header each time; keep only the records after the first call.
      if (rows.length) await write(findings, toCsv(rows).slice(header.length));
      await write(summary, stringify([SUMMARY_COLUMNS.map((c) => guardCell(sum[c] ?? ''))], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ }));
    }
    const end = (s: ReturnType<typeof createWriteStream>) => new Promise<void>((res, rej) => (s.once('error', rej), s.end(() => res())));
    await Promise.all([end(findings), end(summary)]);
    await rename(findingsTmp, paths.findings);
    await rename(summaryTmp, paths.summary);
  } catch (err) {
    findings.destroy();
    summary.destroy();
    await rm(findingsTmp, { force: true });
    await rm(summaryTmp, { force: true });
    throw err;
  }
}

/**
 * Audit every target. Each finished site is saved in its own folder (site.json written last), so a
 * crash loses at most the sites in flight and --resume carries on; the combined CSVs are rebuilt
 * from the folders at the end, through a temporary file, so they are never half-written.
 */
export async function runBatch(targets: readonly SiteTarget[], o: BatchOptions): Promise<BatchOutcome> {
  const paths = batchPaths(o.out);
  const now = o.now ?? (() => new Date());
  await mkdir(paths.sitesDir, { recursive: true });
  const progress = new Progress(targets.length, o.progress ?? process.stderr);
  const gate = new HostGate();
  const browser = new SharedBrowser(o.executablePath);
  const queue = targets.map((t, i) => ({ t, i }));
  let visited = 0;
  let skipped = 0;
  let errors = 0;
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    progress.note('stopping: finishing the sites in progress, then writing the CSVs (press Ctrl-C again to quit at once)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const worker = async () => {
    for (;;) {
      const next = stopping ? undefined : queue.shift();
      if (!next) return;
      const { t } = next;
      const dir = join(paths.sitesDir, siteFolderName(t.url));
      if (o.resume) {
        const m = await readManifest(dir);
        if (m && m.siteUrl === t.url.trim()) {
          skipped++;
          progress.tick({ url: t.url, status: 'skipped', detail: `already ${m.status === 'done' ? 'audited' : 'tried'}` });
          continue;
        }
      }
      const started = Date.now();
      let result: SiteAuditResult;
      try {
        if (!t.url.trim()) throw new Error('no website address in the list');
        const b = await browser.get();
        result = await auditSite(b, t, { consent: o.consent, gate, timeoutMs: o.timeoutMs, retries: 1, outDir: dir, ...(o.timeouts ? { timeouts: o.timeouts } : {}), now, onRetry: (r) => progress.note(`retrying ${t.url}: ${r}`) });
      } catch (err) {
        // Not a site failure but ours (browser would not start, disk full...): still one row, never an abort.
        result = errorResult(t, (err as Error).message.split('\n')[0] ?? 'unknown error', now());
        const stamp = now().toISOString();
        await saveSiteFolder(dir, { result, artifacts: [], manifest: { status: 'error', siteUrl: t.url.trim(), school: t.school ?? null, la: t.la ?? null, urn: t.urn ?? null, startedAt: stamp, finishedAt: stamp, durationMs: Date.now() - started, attempts: 1, error: result.error, browser: null, thirdPartyCookies: 'unknown', asOf: stamp.slice(0, 10) } }).catch(() => {});
      }
      visited++;
      if (result.status === 'error') errors++;
      const docs = result.audits.filter((a) => a.entry.role === 'document').length;
      progress.tick({ url: t.url || `(${t.school ?? 'unnamed school'})`, status: result.status, detail: result.status === 'error' ? (result.error ?? '') : `${docs} document${docs === 1 ? '' : 's'}, ${((Date.now() - started) / 1000).toFixed(1)} s` });
    }
  };

  try {
    const n = Math.max(1, Math.min(o.concurrency ?? availableParallelism(), targets.length || 1));
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser.close();
    progress.finish();
  }
  await rebuildBatchCsv(targets, paths);
  await writeFindingsHtml(targets.map((t) => join(paths.sitesDir, siteFolderName(t.url))), findingsHtmlPath(paths.findings));
  return { total: targets.length, visited, skipped, errors, paths, stopped: stopping };
}

/** Re-audit saved site folders offline (no browser), then rebuild the CSVs. Without a list: every folder found. */
export async function reauditBatch(sitesDir: string, out: string, targets: readonly SiteTarget[] | null, now: Date = new Date()): Promise<{ count: number; paths: BatchPaths }> {
  const paths = { ...batchPaths(out), sitesDir };
  let list = targets;
  if (!list) {
    const names = await readdir(sitesDir).catch(() => [] as string[]);
    const found: SiteTarget[] = [];
    for (const n of names.sort()) {
      const m = await readManifest(join(sitesDir, n));
      if (m) found.push({ url: m.siteUrl, school: m.school, la: m.la, urn: m.urn });
    }
    list = found;
  }
  let count = 0;
  for (const t of list) {
    const dir = join(sitesDir, siteFolderName(t.url));
    if (!(await readManifest(dir))) continue;
    await reauditSiteFolder(dir, { asOf: now.toISOString().slice(0, 10), auditedAt: now.toISOString() });
    count++;
  }
  await rebuildBatchCsv(list, paths);
  await writeFindingsHtml(list.map((t) => join(sitesDir, siteFolderName(t.url))), findingsHtmlPath(paths.findings));
  return { count, paths };
}

export { summaryRow };
