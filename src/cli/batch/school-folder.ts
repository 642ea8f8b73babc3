// Per-school folders of a batch: the folder name (URN when listed), the "no website listed" row, and a shared site's copy.
import { cp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { toCsv, type CsvRow } from '../../core/csv';
import { loadChecklist } from '../../core/checklist';
import type { SchoolSummaryRow } from '../../core/school-summary';
import { FINDINGS_FILE, MANIFEST_FILE, readManifest, ROWS_FILE, saveSiteFolder, SUMMARY_FILE } from '../site/site-folder';
import type { SiteAuditResult } from '../site/site-rows';
import { writeFileAtomic } from '../site/write-atomic';
import type { SchoolTarget } from './read-school-list';

export const NO_WEBSITE = 'no website listed';

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** Folder per address: readable host name plus a hash of the exact address. */
export function siteFolderName(url: string): string {
  let host = 'site';
  try {
    host = new URL(/^[a-z]+:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).hostname;
  } catch {
    /* keep "site" */
  }
  return `${slug(host) || 'site'}-${hash(url.trim())}`;
}

/**
 * Folder per school, so schools sharing a website, and schools with none, each keep their own: "urn-100001" when the
 * list gives a URN; else the site's folder (its hash also covering the name, when one is given); else the name.
 */
export function schoolFolderName(t: Pick<SchoolTarget, 'url' | 'school' | 'urn'>): string {
  const urn = t.urn?.trim();
  if (urn) return `urn-${slug(urn) || hash(urn)}`;
  if (t.url.trim())
    return t.school
      ? `${siteFolderName(t.url).replace(/-[0-9a-f]{10}$/, '')}-${hash(`${t.url.trim()}\n${t.school}`)}`
      : siteFolderName(t.url);
  return `school-${slug(t.school ?? '') || 'unnamed'}-${hash(t.school ?? '')}`;
}

/** A school the list gives no website for: one row saying so, no visit. */
export async function saveNoWebsiteFolder(dir: string, t: SchoolTarget, now: Date): Promise<SiteAuditResult> {
  const result: SiteAuditResult = {
    siteUrl: '',
    school: t.school,
    la: t.la,
    urn: t.urn,
    status: 'error',
    error: NO_WEBSITE,
    auditedAt: now.toISOString(),
    checklistVersion: loadChecklist().version,
    capture: null,
    audits: [],
  };
  const stamp = now.toISOString();
  await saveSiteFolder(dir, {
    result,
    artifacts: [],
    manifest: {
      status: 'error',
      siteUrl: '',
      school: t.school,
      la: t.la,
      urn: t.urn,
      phase: t.phase,
      startedAt: stamp,
      finishedAt: stamp,
      durationMs: 0,
      attempts: 0,
      error: NO_WEBSITE,
      browser: null,
      thirdPartyCookies: 'unknown',
      asOf: stamp.slice(0, 10),
    },
  });
  return result;
}

/**
 * A second school on a website already audited: the first school's folder copied, with the school's own name, URN
 * and LA in its rows, summary and manifest (the manifest last, so a half-copied folder never counts as done).
 */
export async function copySharedSiteFolder(from: string, to: string, t: SchoolTarget): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true, filter: (src) => !src.endsWith(`/${MANIFEST_FILE}`) });
  const manifest = await readManifest(from);
  if (!manifest) throw new Error(`${from} has no finished audit to share`);
  const school = t.school ?? manifest.school;
  const identity = { school: school ?? '', urn: t.urn ?? '', la: t.la ?? '' };
  const rows = (JSON.parse(await readFile(join(to, ROWS_FILE), 'utf8')) as CsvRow[]).map((r) => ({ ...r, ...identity }));
  const summary = { ...(JSON.parse(await readFile(join(to, SUMMARY_FILE), 'utf8')) as SchoolSummaryRow), ...identity };
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  await writeFileAtomic(join(to, ROWS_FILE), json(rows));
  await writeFileAtomic(join(to, SUMMARY_FILE), json(summary));
  await writeFileAtomic(join(to, FINDINGS_FILE), toCsv(rows));
  await writeFileAtomic(join(to, MANIFEST_FILE), json({ ...manifest, school, urn: t.urn, la: t.la, phase: t.phase ?? manifest.phase }));
}
