// Findings as CSV: RFC 4180 with CRLF, UTF-8 BOM, and a guard so page text never becomes a spreadsheet formula.
import { roleTitle } from './discovery/document-outcomes';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AuditReport } from './report';

/** The contract's columns, then the school's URN and local authority (filled by batches from the school list). */
export const CSV_COLUMNS = [
  'site_url', 'school', 'document_url', 'audited_at', 'area', 'check_id', 'title', 'severity', 'status',
  'evidence', 'location', 'legal_ref', 'guidance', 'checklist_version', 'urn', 'la',
] as const;
type SchoolColumns = 'urn' | 'la';
/** A findings row; urn and la are '' (or absent) when the school list did not give them. */
export type CsvRow = Record<Exclude<(typeof CSV_COLUMNS)[number], SchoolColumns>, string> & Partial<Record<SchoolColumns, string>>;

/** Cells starting with = + - @ tab or CR would run as formulas in Excel/Sheets (CSV injection): prefix with '. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per check (and one per cookie finding) of one report. */
export function reportToRows(report: AuditReport, site: { siteUrl?: string | null; school?: string | null; urn?: string | null; la?: string | null } = {}): CsvRow[] {
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
    rows.push({ ...base, area: 'flag', check_id: f.id, title: f.title, severity: 'flag', status: 'fail', evidence: f.evidence.map((e) => `"${e.text}"`).join(' | '), location: f.evidence.map((e) => e.where).join(' | '), legal_ref: '', guidance: '' });
  }
  // What was audited as each kind of notice, or what was looked at when one was not found.
  for (const d of report.documents ?? []) {
    rows.push({
      ...base,
      area: 'discovery',
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
    const problem = c.declared !== 'yes' || (c.beforeConsent === true && c.category !== 'strictly-necessary');
    rows.push({
      ...base,
      area: 'cookie',
      check_id: `cookie:${c.name}`,
      title: `Cookie ${c.name} (${c.domain})`,
      severity: c.category,
      status: problem ? 'fail' : 'pass',
      evidence: `declared: ${c.declared}; party: ${c.party}; vendor: ${c.vendor ?? 'unknown'}; set before consent: ${c.beforeConsent ?? 'unknown'}; expires in days: ${c.expiresInDays ?? 'session'}`,
      location: c.matchedEntry ?? '',
      legal_ref: 'PECR reg 6',
      guidance: '',
    });
  }
  return rows;
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
