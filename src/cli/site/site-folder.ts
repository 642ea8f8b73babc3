// Saves one site's audit to a folder (capture, artifacts, reports, rows, manifest last) and re-audits a saved folder offline.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactsSchema } from '../../core/artifacts';
import { toCsv } from '../../core/csv';
import { loadChecklist } from '../../core/checklist';
import type { AuditReport } from '../../core/report';
import { InputError } from '../load-document';
import { runPlannedAudit, type AuditClock } from '../record/plan-audits';
import { SiteCaptureSchema, SiteManifestSchema, type AuditEntry, type SiteManifest } from '../record/site-record';
import { siteRows, summaryRow, type SiteAuditResult } from './site-rows';
import { writeFileAtomic } from './write-atomic';
import { REPORT_HTML_FILE, siteReportHtml } from './site-report-html';

export const MANIFEST_FILE = 'site.json';
export const CAPTURE_FILE = 'capture.json';
export const ROWS_FILE = 'rows.json';
export const SUMMARY_FILE = 'summary.json';
export const FINDINGS_FILE = 'findings.csv';

export interface SaveInput {
  result: SiteAuditResult;
  /** Artifacts per audit, in the same order as result.audits. */
  artifacts: unknown[];
  manifest: Omit<SiteManifest, 'audits' | 'format' | 'phase'> & { phase?: SiteManifest['phase'] };
}

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

/** Write everything, the manifest last: a folder with a readable site.json is a finished site. */
export async function saveSiteFolder(dir: string, input: SaveInput): Promise<SiteManifest> {
  const { result } = input;
  if (result.capture) await writeFileAtomic(join(dir, CAPTURE_FILE), json(SiteCaptureSchema.parse(result.capture)));
  const audits: AuditEntry[] = [];
  for (const [i, a] of result.audits.entries()) {
    const stem = a.entry.artifacts.replace(/^artifacts\//, '').replace(/\.json$/, '');
    await writeFileAtomic(join(dir, 'artifacts', `${stem}.json`), json(ArtifactsSchema.parse(input.artifacts[i])));
    await writeFileAtomic(join(dir, 'reports', `${stem}.json`), json(a.report));
    audits.push(a.entry);
  }
  // A folder audited before may hold files of documents no longer found: drop those its own last manifest
  // lists, and nothing else (a file this tool did not write is never deleted).
  const keep = new Set(audits.flatMap((a) => [a.artifacts, a.report]));
  const before = await readManifest(dir);
  for (const old of before?.audits.flatMap((a) => [a.artifacts, a.report]) ?? []) {
    if (!keep.has(old) && /^(?:artifacts|reports)\/[^/\\]+\.json$/.test(old)) await rm(join(dir, old), { force: true });
  }
  const rows = siteRows(result);
  await writeFileAtomic(join(dir, ROWS_FILE), json(rows));
  await writeFileAtomic(join(dir, SUMMARY_FILE), json(summaryRow(result)));
  await writeFileAtomic(join(dir, FINDINGS_FILE), toCsv(rows));
  await writeFileAtomic(join(dir, REPORT_HTML_FILE), siteReportHtml(result));
  const manifest = SiteManifestSchema.parse({ format: 'school-privacy-audit/site@1', ...input.manifest, audits });
  await writeFileAtomic(join(dir, MANIFEST_FILE), json(manifest));
  return manifest;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
}

export async function readManifest(dir: string): Promise<SiteManifest | null> {
  try {
    return SiteManifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Re-run runAudit on a saved site folder without visiting the site; rewrites reports, rows and findings. */
export async function reauditSiteFolder(dir: string, clock: AuditClock): Promise<SiteAuditResult> {
  const manifest = await readManifest(dir);
  if (!manifest) throw new InputError(`${dir} has no readable ${MANIFEST_FILE}: not a saved site audit`);
  const capture = manifest.status === 'done' ? SiteCaptureSchema.parse(await readJson(join(dir, CAPTURE_FILE))) : null;
  const audits: { entry: AuditEntry; report: AuditReport }[] = [];
  const artifacts: unknown[] = [];
  for (const entry of manifest.audits) {
    const a = ArtifactsSchema.parse(await readJson(join(dir, entry.artifacts)));
    artifacts.push(a);
    audits.push({ entry, report: runPlannedAudit(entry, a, { ...clock, phase: clock.phase ?? manifest.phase }) });
  }
  const result: SiteAuditResult = {
    siteUrl: manifest.siteUrl,
    school: manifest.school ?? audits.find((a) => a.entry.role === 'document')?.report.school ?? null,
    la: manifest.la,
    urn: manifest.urn,
    status: manifest.status,
    error: manifest.error,
    auditedAt: clock.auditedAt,
    checklistVersion: loadChecklist().version,
    capture,
    audits,
  };
  const { audits: _a, format: _f, ...rest } = manifest;
  await saveSiteFolder(dir, { result, artifacts, manifest: { ...rest, asOf: clock.asOf } });
  return result;
}
