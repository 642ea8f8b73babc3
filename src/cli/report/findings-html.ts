// Writes findings.html beside a batch's findings.csv from the per-site folders the batch already saved.
import { readFile, access } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { CsvRow } from '../../core/csv';
import { renderFindingsHtml, summariseRows, type SchoolFindings } from '../../core/html-report';
import { readManifest, ROWS_FILE, SUMMARY_FILE } from '../site/site-folder';
import type { SchoolSummaryRow } from '../../core/school-summary';
import { writeFileAtomic } from '../site/write-atomic';
import { REPORT_HTML_FILE } from '../site/site-report-html';

/** findings.csv -> findings.html */
export function findingsHtmlPath(findingsCsv: string): string {
  return join(dirname(findingsCsv), `${basename(findingsCsv, extname(findingsCsv))}.html`);
}

/** The summary model's counts as the site's summary row saved them, so this page agrees with the summary CSV. */
function countsFromSummary(
  s: Partial<SchoolSummaryRow>,
): Partial<Pick<SchoolFindings, 'missing' | 'partly' | 'needsReview' | 'cookieProblems'>> {
  const n = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  const out: Partial<Pick<SchoolFindings, 'missing' | 'partly' | 'needsReview' | 'cookieProblems'>> = {};
  const missing = n(s.required_missing);
  const partly = n(s.partly_met);
  const review = n(s.to_check_by_hand);
  const cookies = n(s.cookie_problems);
  if (missing !== undefined) out.missing = missing;
  if (partly !== undefined) out.partly = partly;
  if (review !== undefined) out.needsReview = review;
  if (cookies !== undefined) out.cookieProblems = cookies;
  return out;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** One entry per site folder, in the order given; folders not audited yet (another shard, a stopped run) are left out. */
export async function writeFindingsHtml(siteDirs: readonly string[], out: string, now: Date = new Date()): Promise<string> {
  const schools: SchoolFindings[] = [];
  for (const dir of siteDirs) {
    const manifest = await readManifest(dir);
    if (!manifest) continue;
    let rows: CsvRow[] = [];
    try {
      rows = JSON.parse(await readFile(join(dir, ROWS_FILE), 'utf8')) as CsvRow[];
    } catch {
      /* an error site may have no rows: counted as zero */
    }
    let summary: Partial<SchoolSummaryRow> = {};
    try {
      summary = JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8')) as Partial<SchoolSummaryRow>;
    } catch {
      /* no summary saved: the counts come from the rows */
    }
    const page = join(dir, REPORT_HTML_FILE);
    schools.push({
      siteUrl: manifest.siteUrl,
      school: manifest.school ?? rows.find((r) => r.school)?.school ?? null,
      la: manifest.la,
      status: manifest.status,
      error: manifest.error,
      reportPath: (await exists(page)) ? relative(dirname(out), page).split('\\').join('/') : null,
      ...summariseRows(rows),
      ...countsFromSummary(summary),
    });
  }
  await writeFileAtomic(out, renderFindingsHtml(schools, { generatedAt: now.toISOString() }));
  return out;
}
