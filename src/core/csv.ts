// Findings as CSV: RFC 4180 with CRLF, UTF-8 BOM, and a guard so page text never becomes a spreadsheet formula.
import { roleTitle } from './discovery/document-outcomes';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AuditReport, Status } from './report';
import { statusWord } from './status-words';
import { isCookieProblem } from './cookies/consent-rules';
import { describeConsent, describeExpiry } from './cookies/describe';

/**
 * The contract's columns, then the school's URN and local authority (filled by batches from the school list), then
 * what kind of row it is, the status in people's words, and an observed cookie's category.
 */
export const CSV_COLUMNS = [
  'site_url',
  'school',
  'document_url',
  'audited_at',
  'area',
  'check_id',
  'title',
  'severity',
  'status',
  'evidence',
  'location',
  'legal_ref',
  'guidance',
  'checklist_version',
  'urn',
  'la',
  'row_type',
  'status_word',
  'cookie_category',
] as const;
/**
 * What a row is: a checklist check, a flag raised on the notice, one observed cookie, the cookies of one consent
 * state, a step of finding the documents, or a site that could not be audited.
 */
export type RowType = 'check' | 'flag' | 'cookie' | 'consent-state' | 'discovery' | 'site';
type OptionalColumns = 'urn' | 'la' | 'status_word' | 'cookie_category';
/** A findings row; urn and la are '' (or absent) when the school list did not give them. */
export type CsvRow = Record<Exclude<(typeof CSV_COLUMNS)[number], OptionalColumns | 'row_type'>, string> & { row_type: RowType } & Partial<
    Record<OptionalColumns, string>
  >;

/** The people's word for a row's status: a check's word in its area; other rows read as problems or fine. */
export function rowStatusWord(row: Pick<CsvRow, 'area' | 'status'>): string {
  return statusWord(row.area === 'notice' || row.area === 'quality' ? row.area : 'cookies', row.status as Status);
}

/** Cells starting with = + - @ tab or CR would run as formulas in Excel/Sheets (CSV injection): prefix with '. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per check (and one per cookie finding) of one report. */
export function reportToRows(
  report: AuditReport,
  site: { siteUrl?: string | null; school?: string | null; urn?: string | null; la?: string | null } = {},
): CsvRow[] {
  const base = {
    urn: site.urn ?? '',
    la: site.la ?? '',
    site_url: site.siteUrl ?? report.source.url ?? '',
    school: site.school ?? report.school ?? '',
    document_url: report.source.url ?? '',
    audited_at: report.auditedAt,
    checklist_version: report.checklist.version,
  };
  const rows: CsvRow[] = report.items.map((i) => ({
    ...base,
    row_type: 'check',
    area: i.area,
    check_id: i.id,
    title: i.title,
    severity: i.severity,
    status: i.status,
    evidence: i.evidence.length ? i.evidence.map((e) => `"${e.text}"`).join(' | ') : i.message,
    location: i.evidence.map((e) => e.where).join(' | '),
    legal_ref: i.ref,
    guidance: i.guidance,
  }));
  for (const f of report.flags) {
    rows.push({
      ...base,
      row_type: 'flag',
      area: 'notice',
      check_id: f.id,
      title: f.title,
      severity: 'flag',
      status: 'fail',
      evidence: f.evidence.map((e) => `"${e.text}"`).join(' | '),
      location: f.evidence.map((e) => e.where).join(' | '),
      legal_ref: '',
      guidance: '',
    });
  }
  // What was audited as each kind of notice, or what was looked at when one was not found.
  for (const d of report.documents ?? []) {
    rows.push({
      ...base,
      row_type: 'discovery',
      area: 'notice',
      check_id: `document:${d.role}`,
      title: `${roleTitle(d.role)} found and audited`,
      severity: d.role === 'other-notices' ? 'recommended' : 'required',
      status: d.found ? 'pass' : d.role === 'other-notices' ? 'not-applicable' : 'fail',
      evidence: d.sentence,
      location: d.documents.map((x) => x.url ?? x.label).join(' | '),
      legal_ref: d.role === 'cookie-notice' ? 'PECR reg 6' : 'UK GDPR Art. 12(1), 13',
      guidance: '',
    });
  }
  for (const c of report.cookies?.observed ?? []) {
    rows.push({
      ...base,
      row_type: 'cookie',
      area: 'cookies',
      check_id: `cookie:${c.name}`,
      title: `Cookie ${c.name} (${c.domain})`,
      // An observation, not a check: the checks it feeds (all declared, consent first) carry the severity.
      severity: '',
      cookie_category: c.category,
      status: isCookieProblem(c) ? 'fail' : 'pass',
      evidence: `declared: ${c.declared}; party: ${c.party}; vendor: ${c.vendor ?? 'unknown'}; set before consent: ${describeConsent(c.beforeConsent, report.cookies?.capture?.consentBanner)}; expires: ${describeExpiry(c.expiresInDays)}`,
      location: c.matchedEntry ?? '',
      legal_ref: 'PECR reg 6',
      guidance: '',
    });
  }
  return rows.map(withStatusWord);
}

/** Fill the people's status word from the row's area and status. */
export function withStatusWord(row: CsvRow): CsvRow {
  return { ...row, status_word: rowStatusWord(row) };
}

/** Any table as CSV: BOM, header, CRLF line ends, every cell through the formula guard. */
export function toCsvTable<C extends string>(columns: readonly C[], rows: readonly Partial<Record<C, string>>[]): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => guardCell(r[c] ?? ''))),
    { header: true, columns: [...columns], record_delimiter: '\r\n', quoted_match: /[",\r\n]/ },
  );
  return `\uFEFF${body}`;
}

/** The findings CSV (the contract's columns). */
export function toCsv(rows: readonly CsvRow[]): string {
  return toCsvTable(CSV_COLUMNS, rows);
}
