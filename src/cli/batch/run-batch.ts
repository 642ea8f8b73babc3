// Runs a batch: each website audited once in one shared browser, a folder per school as they finish, then the combined CSVs.
import { availableParallelism } from 'node:os';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { guardCell, toCsv, type CsvRow } from '../../core/csv';
import { loadChecklist } from '../../core/checklist';
import { countFailOnGaps } from '../../core/fail-on';
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryRow, type SchoolSummaryRow } from '../../core/school-summary';
import { launchAuditBrowser, type AuditBrowser } from '../browser/launch-browser';
import { auditSite } from '../site/audit-site';
import type { GatherTimeouts } from '../site/gather-site';
import { HostGate } from '../site/host-gate';
import { readManifest, reauditSiteFolder, ROWS_FILE, SUMMARY_FILE, saveSiteFolder } from '../site/site-folder';
import type { ConsentRequest } from '../record/site-record';
import { summaryRow, type SiteAuditResult } from '../site/site-rows';
import { writeFileAtomic } from '../site/write-atomic';
import { Progress } from './progress';
import type { SchoolTarget } from './read-school-list';
import { copySharedSiteFolder, NO_WEBSITE, saveNoWebsiteFolder, schoolFolderName, siteFolderName } from './school-folder';

export { schoolFolderName, siteFolderName };
import { findingsHtmlPath, writeFindingsHtml } from '../report/findings-html';

/** --resume skips only a site finished last time: one that failed is tried again. */
export function alreadyAudited(manifest: { siteUrl: string; status: string } | null, url: string): boolean {
  return manifest !== null && manifest.siteUrl === url.trim() && manifest.status === 'done';
}

export interface BatchPaths {
  findings: string;
  summary: string;
  sitesDir: string;
  /** The run's list of schools (position, folder, identity), which `merge` reads to put shards back in list order. */
  schools: string;
}

/** findings.csv -> findings.summary.csv, findings.schools.json and findings-sites/ beside it. */
export function batchPaths(findings: string): BatchPaths {
  const ext = extname(findings) || '.csv';
  const stem = basename(findings, extname(findings));
  const dir = dirname(findings);
  return {
    findings,
    summary: join(dir, `${stem}.summary${ext}`),
    sitesDir: join(dir, `${stem}-sites`),
    schools: join(dir, `${stem}.schools.json`),
  };
}

/** One school of a run and where its folder is. */
export interface SchoolEntry {
  index: number;
  folder: string;
  url: string;
  school: string | null;
  urn: string | null;
  la: string | null;
}

export interface SchoolsFile {
  format: 'school-privacy-audit/schools@1';
  /** "2/4" when the run was one shard of the list. */
  shard: string | null;
  schools: SchoolEntry[];
}

/** What the combined CSVs hold, for the exit code: sites tried and failed, schools with gaps by --fail-on level. */
export interface BatchTally {
  schools: number;
  /** Schools with a website listed whose folder was found. */
  sitesTried: number;
  sitesFailed: number;
  schoolsWithGaps: { required: number; any: number };
}

export interface BatchOptions {
  out: string;
  concurrency?: number;
  resume?: boolean;
  consent: readonly ConsentRequest[];
  executablePath: string;
  timeoutMs: number;
  timeouts?: Partial<GatherTimeouts>;
  /** Fetch linked documents on private addresses (localhost, private ranges) even when the site itself is public. */
  allowPrivate?: boolean;
  progress?: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): boolean };
  now?: () => Date;
  /** "2/4" when this run is one shard of the list, recorded for merge. */
  shard?: string | null;
}

export interface BatchOutcome {
  /** Schools in the run. */
  total: number;
  /** Distinct websites among them. */
  sites: number;
  /** Schools with no website listed. */
  noWebsite: number;
  tally: BatchTally;
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

function errorResult(target: SchoolTarget, reason: string, now: Date): SiteAuditResult {
  return {
    siteUrl: target.url,
    school: target.school ?? null,
    la: target.la ?? null,
    urn: target.urn ?? null,
    status: 'error',
    error: reason,
    auditedAt: now.toISOString(),
    checklistVersion: loadChecklist().version,
    capture: null,
    audits: [],
  };
}

/** A temporary sibling of `path`, renamed over it once complete. */
const tmpPath = (p: string) => join(dirname(p), `.${basename(p)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/**
 * Write the combined CSVs from the per-school folders, in the order given, streaming to temporary files renamed at
 * the end. A folder without rows (not audited yet, or another shard's) is left out. Rows are written as saved, so each
 * school keeps its own audit date; the URN and LA come from the folder (older folders: from the list).
 */
export async function rebuildBatchCsv(
  folders: readonly { dir: string; target?: Pick<SchoolTarget, 'urn' | 'la'> }[],
  paths: Pick<BatchPaths, 'findings' | 'summary'>,
): Promise<BatchTally> {
  const header = toCsv([]);
  const findingsTmp = tmpPath(paths.findings);
  const summaryTmp = tmpPath(paths.summary);
  await mkdir(dirname(paths.findings), { recursive: true });
  await mkdir(dirname(paths.summary), { recursive: true });
  const findings = createWriteStream(findingsTmp);
  const summary = createWriteStream(summaryTmp);
  const tally: BatchTally = { schools: 0, sitesTried: 0, sitesFailed: 0, schoolsWithGaps: { required: 0, any: 0 } };
  // Respect back-pressure; a write error surfaces when the stream is ended, before any rename.
  const write = (s: NodeJS.WritableStream, data: string) =>
    new Promise<void>((resolve) => (s.write(data) ? resolve() : s.once('drain', () => resolve())));
  try {
    await write(findings, header);
    await write(summary, `\uFEFF${stringify([[...SCHOOL_SUMMARY_COLUMNS]], { record_delimiter: '\r\n' })}`);
    for (const { dir, target } of folders) {
      let rows: CsvRow[];
      let sum: SchoolSummaryRow;
      try {
        rows = JSON.parse(await readFile(join(dir, ROWS_FILE), 'utf8')) as CsvRow[];
        sum = schoolSummaryRow(JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8')) as Partial<SchoolSummaryRow>);
      } catch {
        continue; // not audited (stopped early, or another shard's school)
      }
      const identity = { urn: sum.urn || target?.urn || '', la: sum.la || target?.la || '' };
      rows = rows.map((r) => ({ ...r, urn: r.urn || identity.urn, la: r.la || identity.la }));
      tally.schools++;
      if (sum.site_url) {
        tally.sitesTried++;
        if (sum.status === 'error') tally.sitesFailed++;
      }
      if (countFailOnGaps(rows, 'required') > 0) tally.schoolsWithGaps.required++;
      if (countFailOnGaps(rows, 'any') > 0) tally.schoolsWithGaps.any++;
      // toCsv writes BOM + header each time; keep only the records after the first call.
      if (rows.length) await write(findings, toCsv(rows).slice(header.length));
      await write(
        summary,
        stringify([SCHOOL_SUMMARY_COLUMNS.map((c) => guardCell(c === 'urn' || c === 'la' ? identity[c] : sum[c]))], {
          record_delimiter: '\r\n',
          quoted_match: /[",\r\n]/,
        }),
      );
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
  return tally;
}

/** Record the run's schools (list position, folder, identity) beside the findings, for `merge`. */
export async function writeSchoolsFile(targets: readonly SchoolTarget[], paths: BatchPaths, shard: string | null): Promise<void> {
  const file: SchoolsFile = {
    format: 'school-privacy-audit/schools@1',
    shard,
    schools: targets.map((t) => ({
      index: t.index,
      folder: relative(dirname(paths.schools), join(paths.sitesDir, schoolFolderName(t))),
      url: t.url,
      school: t.school,
      urn: t.urn,
      la: t.la,
    })),
  };
  await writeFileAtomic(paths.schools, `${JSON.stringify(file, null, 1)}\n`);
}

/**
 * Schools grouped by website address (case and trailing slash aside): each address is audited once. http and https
 * stay apart, as a site may answer differently on each (a broken certificate); www does too.
 */
function groupBySite(targets: readonly SchoolTarget[]): SchoolTarget[][] {
  const groups = new Map<string, SchoolTarget[]>();
  for (const t of targets) {
    if (!t.url.trim()) continue;
    const key = t.url.trim().toLowerCase().replace(/\/+$/, '');
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/**
 * Audit every school. Each website is visited once and saved in the first of its schools' folders (site.json written
 * last); the other schools on it get a copy with their own name, URN and LA; a school with no website gets a row
 * saying so. A crash loses at most the sites in flight and --resume carries on; the combined CSVs are rebuilt from
 * the folders at the end, through a temporary file, so they are never half-written.
 */
export async function runBatch(targets: readonly SchoolTarget[], o: BatchOptions): Promise<BatchOutcome> {
  const paths = batchPaths(o.out);
  const now = o.now ?? (() => new Date());
  await mkdir(paths.sitesDir, { recursive: true });
  await writeSchoolsFile(targets, paths, o.shard ?? null);
  const dirOf = (t: SchoolTarget) => join(paths.sitesDir, schoolFolderName(t));
  for (const t of targets.filter((x) => !x.url.trim())) await saveNoWebsiteFolder(dirOf(t), t, now());
  const groups = groupBySite(targets);
  const progress = new Progress(groups.length, o.progress ?? process.stderr);
  const gate = new HostGate();
  const browser = new SharedBrowser(o.executablePath);
  const queue = [...groups];
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
      const group = stopping ? undefined : queue.shift();
      if (!group) return;
      const t = group[0]!;
      const dir = dirOf(t);
      const label = group.length > 1 ? `${t.url} (${group.length} schools)` : t.url;
      if (o.resume) {
        const manifests = await Promise.all(group.map((s) => readManifest(dirOf(s))));
        if (manifests.every((x) => alreadyAudited(x, t.url))) {
          skipped++;
          progress.tick({ url: label, status: 'skipped', detail: 'already audited' });
          continue;
        }
      }
      const started = Date.now();
      let result: SiteAuditResult;
      try {
        const b = await browser.get();
        result = await auditSite(b, t, {
          consent: o.consent,
          gate,
          timeoutMs: o.timeoutMs,
          retries: 1,
          allowPrivate: Boolean(o.allowPrivate),
          outDir: dir,
          ...(o.timeouts ? { timeouts: o.timeouts } : {}),
          now,
          onRetry: (r) => progress.note(`retrying ${t.url}: ${r}`),
        });
      } catch (err) {
        // Not a site failure but ours (browser would not start, disk full...): still one row, never an abort.
        result = errorResult(t, (err as Error).message.split('\n')[0] ?? 'unknown error', now());
        const stamp = now().toISOString();
        await saveSiteFolder(dir, {
          result,
          artifacts: [],
          manifest: {
            status: 'error',
            siteUrl: t.url.trim(),
            school: t.school ?? null,
            la: t.la ?? null,
            urn: t.urn ?? null,
            phase: t.phase,
            startedAt: stamp,
            finishedAt: stamp,
            durationMs: Date.now() - started,
            attempts: 1,
            error: result.error,
            browser: null,
            thirdPartyCookies: 'unknown',
            asOf: stamp.slice(0, 10),
          },
        }).catch(() => {});
      }
      for (const other of group.slice(1)) {
        await copySharedSiteFolder(dir, dirOf(other), other).catch((err: Error) =>
          progress.note(`could not save ${other.school ?? other.urn ?? other.url}: ${err.message}`),
        );
      }
      visited++;
      if (result.status === 'error') errors++;
      const docs = result.audits.filter((a) => a.entry.role === 'document').length;
      progress.tick({
        url: label,
        status: result.status,
        detail:
          result.status === 'error'
            ? (result.error ?? '')
            : `${docs} document${docs === 1 ? '' : 's'}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      });
    }
  };

  try {
    const n = Math.max(1, Math.min(o.concurrency ?? availableParallelism(), groups.length || 1));
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser.close();
    progress.finish();
  }
  const tally = await rebuildBatchCsv(
    targets.map((t) => ({ dir: dirOf(t), target: t })),
    paths,
  );
  await writeFindingsHtml(
    targets.map((t) => dirOf(t)),
    findingsHtmlPath(paths.findings),
  );
  return {
    total: targets.length,
    sites: groups.length,
    visited,
    skipped,
    errors,
    noWebsite: targets.length - groups.reduce((n, g) => n + g.length, 0),
    tally,
    paths,
    stopped: stopping,
  };
}

/** Re-audit saved school folders offline (no browser), then rebuild the CSVs. Without a list: every folder found. */
export async function reauditBatch(
  sitesDir: string,
  out: string,
  targets: readonly SchoolTarget[] | null,
  now: Date = new Date(),
): Promise<{ count: number; tally: BatchTally; paths: BatchPaths }> {
  const paths = { ...batchPaths(out), sitesDir };
  let folders: { dir: string; target?: SchoolTarget }[];
  if (targets) folders = targets.map((t) => ({ dir: join(sitesDir, schoolFolderName(t)), target: t }));
  else {
    const names = await readdir(sitesDir).catch(() => [] as string[]);
    folders = names.sort().map((n) => ({ dir: join(sitesDir, n) }));
  }
  let count = 0;
  for (const { dir } of folders) {
    const m = await readManifest(dir);
    if (!m) continue;
    // A "no website listed" folder has nothing to re-audit.
    if (m.siteUrl === '' && m.error === NO_WEBSITE) continue;
    await reauditSiteFolder(dir, { asOf: now.toISOString().slice(0, 10), auditedAt: now.toISOString() });
    count++;
  }
  const tally = await rebuildBatchCsv(folders, paths);
  await writeFindingsHtml(
    folders.map((f) => f.dir),
    findingsHtmlPath(paths.findings),
  );
  return { count, tally, paths };
}

export { summaryRow };
