// One summary row per school: the columns shared by the CLI's findings.summary.csv and the extension's audit-log summary export.
import { toCsvTable } from './csv';

/**
 * Both front ends write these columns in this order; a front end leaves empty what it cannot know (the extension has
 * no URN or LA; the CLI has no popup permission state). School identity first, then what was found, the gaps by
 * severity, the cookie findings, and how and when the audit ran.
 */
export const SCHOOL_SUMMARY_COLUMNS = [
  'urn', 'la', 'school', 'site_url', 'status', 'error', 'nation', 'phase',
  'documents_found', 'documents', 'privacy_notice_url', 'cookie_notice_url',
  'gaps_required', 'gaps_required_if', 'gaps_recommended', 'gaps_quality',
  'cookie_problems', 'cookies_read', 'cookies_observed', 'cookies_third_party', 'cookies_non_essential_before_consent',
  'cookies_undeclared', 'non_essential_after_reject', 'consent', 'consent_manager', 'consent_states', 'third_party_cookies',
  'browser', 'audited_at', 'checklist_version', 'tool_version',
] as const;
export type SchoolSummaryColumn = (typeof SCHOOL_SUMMARY_COLUMNS)[number];
export type SchoolSummaryRow = Record<SchoolSummaryColumn, string>;

/** A row with every column present: what a front end did not fill is ''. */
export function schoolSummaryRow(values: Partial<SchoolSummaryRow>): SchoolSummaryRow {
  return Object.fromEntries(SCHOOL_SUMMARY_COLUMNS.map((c) => [c, values[c] ?? ''])) as SchoolSummaryRow;
}

/** The summary CSV: BOM, header, CRLF, every cell through the formula guard (like the findings CSV). */
export function schoolSummaryCsv(rows: readonly Partial<SchoolSummaryRow>[]): string {
  return toCsvTable(SCHOOL_SUMMARY_COLUMNS, rows);
}
