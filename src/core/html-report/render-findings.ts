// A batch as one HTML page: a row per school with traffic-light counts, a chart of the checks most often failed, links to each school's page.
import type { CsvRow } from '../csv';
import { escapeHtml, linkOrText, relativeFileLink } from './escape';
import { htmlPage } from './page';

export interface SchoolFindings {
  siteUrl: string;
  school: string | null;
  la: string | null;
  status: 'done' | 'error';
  error: string | null;
  /** Relative path from the findings page to the school's own report page, when there is one. */
  reportPath: string | null;
  missing: number;
  partly: number;
  needsReview: number;
  cookieProblems: number;
  /** Checks missing or partly met on this site (each once), for the chart. */
  gaps: { id: string; title: string; status: 'fail' | 'partial' }[];
}

/** What a row is; rows saved before the row_type column are told apart by their old area words. */
function rowType(r: Pick<CsvRow, 'row_type' | 'area'>): string {
  return r.row_type ?? (r.area === 'cookie' ? 'cookie' : r.area === 'flag' ? 'flag' : 'check');
}

/**
 * Counts one site's findings rows (the rows already written to findings.csv): the chart's gaps, and the counts for
 * folders saved before the summary carried them (a site's summary row gives the same counts as the popup).
 */
export function summariseRows(
  rows: readonly CsvRow[],
): Pick<SchoolFindings, 'missing' | 'partly' | 'needsReview' | 'cookieProblems' | 'gaps'> {
  const gaps = new Map<string, SchoolFindings['gaps'][number]>();
  let missing = 0;
  let partly = 0;
  let needsReview = 0;
  let cookieProblems = 0;
  for (const r of rows) {
    const type = rowType(r);
    if (type === 'cookie') {
      if (r.status === 'fail') cookieProblems++;
      continue;
    }
    if (type === 'flag' || type === 'consent-state') continue;
    // The summary model's counts: required items missing and partly met outside quality, and all to check by hand.
    const required = r.severity === 'required' || r.severity === 'required-if';
    if (r.status === 'fail' && required && r.area !== 'quality') missing++;
    else if (r.status === 'partial' && r.area !== 'quality') partly++;
    else if (r.status === 'needs-review') needsReview++;
    if (r.status === 'fail' || r.status === 'partial') {
      const had = gaps.get(r.check_id);
      if (!had || (had.status === 'partial' && r.status === 'fail'))
        gaps.set(r.check_id, { id: r.check_id, title: r.title, status: r.status });
    }
  }
  return { missing, partly, needsReview, cookieProblems, gaps: [...gaps.values()] };
}

interface CheckTally {
  id: string;
  title: string;
  fail: number;
  partial: number;
}

/** The checks most often missing or partly met across the list, most first. */
export function mostFailed(schools: readonly SchoolFindings[], limit = 12): CheckTally[] {
  const tally = new Map<string, CheckTally>();
  for (const s of schools) {
    for (const g of s.gaps) {
      const t = tally.get(g.id) ?? { id: g.id, title: g.title, fail: 0, partial: 0 };
      t[g.status]++;
      tally.set(g.id, t);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.fail + b.partial - (a.fail + a.partial) || b.fail - a.fail || a.id.localeCompare(b.id))
    .slice(0, limit);
}

function chartSvg(tallies: readonly CheckTally[], schoolCount: number): string {
  if (!tallies.length) return '<p>No check was missed by any school.</p>';
  const labelW = 300;
  const barW = 340;
  const rowH = 24;
  const width = labelW + barW + 60;
  const height = tallies.length * rowH + 8;
  const max = Math.max(1, schoolCount);
  const clip = (s: string) => (s.length > 46 ? `${s.slice(0, 45)}…` : s);
  const rows = tallies.map((t, i) => {
    const y = 4 + i * rowH;
    const wf = (t.fail / max) * barW;
    const wp = (t.partial / max) * barW;
    return [
      `<g><title>${escapeHtml(`${t.title}: missing at ${t.fail}, partly met at ${t.partial} of ${schoolCount} schools`)}</title>`,
      `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(clip(t.title))}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${wf.toFixed(1)}" height="${rowH - 8}" fill="#b42318"></rect>`,
      `<rect x="${(labelW + wf).toFixed(1)}" y="${y + 3}" width="${wp.toFixed(1)}" height="${rowH - 8}" fill="#dc6803"></rect>`,
      `<text x="${(labelW + wf + wp + 6).toFixed(1)}" y="${y + 16}">${t.fail + t.partial}</text></g>`,
    ].join('');
  });
  return [
    `<figure><svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">Checks most often missing or partly met, out of ${schoolCount} schools</title>`,
    rows.join(''),
    '</svg>',
    '<ul class="legend"><li><span style="background:#b42318"></span>missing</li><li><span style="background:#dc6803"></span>partly met</li></ul></figure>',
  ].join('');
}

function light(n: number, kind: 'bad' | 'warn'): string {
  return `<td class="num ${n ? kind : 'good'}">${n}</td>`;
}

function schoolRow(s: SchoolFindings): string {
  const name = s.school ?? s.siteUrl;
  const nameCell = s.reportPath ? relativeFileLink(s.reportPath, name) : escapeHtml(name);
  if (s.status === 'error') {
    return `<tr><td>${nameCell}${s.la ? `<br><span class="meta">${escapeHtml(s.la)}</span>` : ''}</td><td>${linkOrText(s.siteUrl)}</td><td colspan="4" class="warn">Could not be audited: ${escapeHtml(s.error ?? 'unknown error')}</td></tr>`;
  }
  return [
    `<tr><td>${nameCell}${s.la ? `<br><span class="meta">${escapeHtml(s.la)}</span>` : ''}</td>`,
    `<td>${linkOrText(s.siteUrl)}</td>`,
    light(s.missing, 'bad'),
    light(s.partly, 'warn'),
    light(s.needsReview, 'warn'),
    light(s.cookieProblems, 'bad'),
    '</tr>',
  ].join('');
}

export interface FindingsPageOptions {
  title?: string;
  generatedAt?: string;
}

/** The batch overview page: pure, every school name, address and title escaped. */
export function renderFindingsHtml(schools: readonly SchoolFindings[], options: FindingsPageOptions = {}): string {
  const audited = schools.filter((s) => s.status === 'done');
  const withGaps = audited.filter((s) => s.missing > 0).length;
  const withCookieProblems = audited.filter((s) => s.cookieProblems > 0).length;
  const title = options.title ?? 'School privacy audit: findings';
  const body = [
    `<header class="page"><h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${schools.length} school${schools.length === 1 ? '' : 's'} in the list${options.generatedAt ? ` &middot; written ${escapeHtml(options.generatedAt.slice(0, 10))}` : ''}</p></header>`,
    '<ul class="counts">',
    `<li class="pass"><b>${audited.length}</b>audited</li>`,
    `<li class="${schools.length - audited.length ? 'needs-review' : 'pass'}"><b>${schools.length - audited.length}</b>could not be audited</li>`,
    `<li class="${withGaps ? 'fail' : 'pass'}"><b>${withGaps}</b>with something missing</li>`,
    `<li class="${withCookieProblems ? 'fail' : 'pass'}"><b>${withCookieProblems}</b>with cookie problems</li>`,
    '</ul>',
    '<h2>Checks most often missing</h2>',
    chartSvg(mostFailed(audited), audited.length),
    '<h2>Schools</h2>',
    '<table><thead><tr><th scope="col">School</th><th scope="col">Website</th><th scope="col" class="num">Required missing</th><th scope="col" class="num">Partly met</th><th scope="col" class="num">Check by hand</th><th scope="col" class="num">Cookie problems</th></tr></thead>',
    `<tbody>${schools.map(schoolRow).join('')}</tbody></table>`,
    '<footer>Counts are checks over every document found on each site; open a school for the quoted evidence and how to fix each gap. This is guidance, not legal advice.</footer>',
  ].join('');
  return htmlPage(title, body);
}
