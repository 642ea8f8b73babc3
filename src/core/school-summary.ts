// One summary row per school: the columns shared by the CLI's findings.summary.csv and the extension's audit-log summary export.
import { toCsvTable } from './csv';
import { noteLine, type AuditSummaryModel } from './summary';

/**
 * Both front ends write these columns in this order; a front end leaves empty what it cannot know (the extension has
 * no URN or LA; the CLI has no popup permission state). School identity first, then what was found, the gaps by
 * severity, the cookie findings, and how and when the audit ran.
 */
export const SCHOOL_SUMMARY_COLUMNS = [
  'urn',
  'la',
  'school',
  'site_url',
  'status',
  'error',
  'nation',
  'phase',
  'documents_found',
  'documents',
  'privacy_notice_url',
  'cookie_notice_url',
  'gaps_required',
  'gaps_required_if',
  'gaps_recommended',
  'gaps_quality',
  'cookie_problems',
  'cookies_read',
  'cookies_observed',
  'cookies_third_party',
  'cookies_non_essential_before_consent',
  'cookies_undeclared',
  'non_essential_after_reject',
  'consent',
  'consent_manager',
  'consent_states',
  'third_party_cookies',
  'browser',
  'audited_at',
  'checklist_version',
  'tool_version',
  'required_missing',
  'partly_met',
  'quality_problems',
  'to_check_by_hand',
  'summary',
  'notes',
] as const;
export type SchoolSummaryColumn = (typeof SCHOOL_SUMMARY_COLUMNS)[number];
export type SchoolSummaryRow = Record<SchoolSummaryColumn, string>;

/**
 * The columns both front ends take from the one summary model, so the popup, the audit log and this row agree:
 * gaps by severity, the people's counts (required missing, partly met, quality problems, to check by hand), the
 * summary's lines and its notes, each naming its document.
 */
export function summaryCounts(
  m: AuditSummaryModel,
): Pick<
  SchoolSummaryRow,
  | 'gaps_required'
  | 'gaps_required_if'
  | 'gaps_recommended'
  | 'gaps_quality'
  | 'required_missing'
  | 'partly_met'
  | 'quality_problems'
  | 'to_check_by_hand'
  | 'summary'
  | 'notes'
> {
  return {
    gaps_required: String(m.gaps.required),
    gaps_required_if: String(m.gaps['required-if']),
    gaps_recommended: String(m.gaps.recommended),
    gaps_quality: String(m.gaps.quality),
    required_missing: String(m.requiredMissing),
    partly_met: String(m.partlyMet),
    quality_problems: String(m.qualityProblems),
    to_check_by_hand: String(m.notJudged),
    summary: m.lines.join(' '),
    notes: m.notes.map(noteLine).join(' | '),
  };
}

/** A row with every column present: what a front end did not fill is ''. */
export function schoolSummaryRow(values: Partial<SchoolSummaryRow>): SchoolSummaryRow {
  return Object.fromEntries(SCHOOL_SUMMARY_COLUMNS.map((c) => [c, values[c] ?? ''])) as SchoolSummaryRow;
}

/** The summary CSV: BOM, header, CRLF, every cell through the formula guard (like the findings CSV). */
export function schoolSummaryCsv(rows: readonly Partial<SchoolSummaryRow>[]): string {
  return toCsvTable(SCHOOL_SUMMARY_COLUMNS, rows);
}
