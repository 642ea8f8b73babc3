// Writes findings.html beside a batch's findings.csv from the per-site folders the batch already saved.
import { readFile, access } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { CsvRow } from '../../core/csv';
import { renderFindingsHtml, summariseRows, type SchoolFindings } from '../../core/html-report';
import { readManifest, ROWS_FILE } from '../site/site-folder';
import { writeFileAtomic } from '../site/write-atomic';
import { REPORT_HTML_FILE } from '../site/site-report-html';

/** findings.csv -> findings.html */
export function findingsHtmlPath(findingsCsv: string): string {
  return join(dirname(findingsCsv), `${basename(findingsCsv, extname(findingsCsv))}.html`);
}

const exists = (p: string) => access(p).then(() => true, () => false);

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
    const page = join(dir, REPORT_HTML_FILE);
    schools.push({
      siteUrl: manifest.siteUrl,
      school: manifest.school ?? rows.find((r) => r.school)?.school ?? null,
      la: manifest.la,
      status: manifest.status,
      error: manifest.error,
      reportPath: (await exists(page)) ? relative(dirname(out), page).split('\\').join('/') : null,
      ...summariseRows(rows),
    });
  }
  await writeFileAtomic(out, renderFindingsHtml(schools, { generatedAt: now.toISOString() }));
  return out;
}
