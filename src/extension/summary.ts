// Plain-text and one-row summaries of an audit: "Copy summary" for an email, and the log's "Export summary" CSV.
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryCsv, schoolSummaryRow, type SchoolSummaryRow } from '../core/school-summary';
import type { AuditReport } from '../core/report';
import { isGap } from '../core/report';
import { outcomeLines } from '../core/discovery/document-outcomes';
import type { AuditLogEntry } from './audit-log';

export function cookieProblems(report: AuditReport): number {
  return (report.cookies?.observed ?? []).filter((c) => c.declared !== 'yes' || (c.beforeConsent === true && c.category !== 'strictly-necessary')).length;
}

/** A short plain-text summary for an email to the school. */
export function summaryText(entry: Pick<AuditLogEntry, 'siteUrl' | 'notice' | 'cookieNotice' | 'capture'> & { report: AuditReport }): string {
  const r = entry.report;
  const gaps = r.items.filter((i) => isGap(i.status) && i.area !== 'cookies');
  const lines = [
    `Privacy notice audit: ${r.school ?? entry.siteUrl}`,
    `Audited ${r.auditedAt.slice(0, 10)} against checklist ${r.checklist.version} (${r.checklist.date}).`,
    ...(r.documents
      ? outcomeLines(r)
      : [`Privacy notice: ${entry.notice.url ?? entry.notice.label}`, ...(entry.cookieNotice ? [`Cookie notice: ${entry.cookieNotice.url ?? entry.cookieNotice.label}`] : [])]),
    '',
    ...r.summary.headline,
    ...(entry.capture.cookies === 'permission-refused' ? ['Cookies not read: permission was not given.'] : []),
    '',
    ...(gaps.length ? ['To fix:'] : []),
    ...gaps.map((i) => `- ${i.title} (${i.status === 'fail' ? 'missing' : 'partly met'}; ${i.ref})${i.message ? `: ${i.message}` : ''}`),
  ];
  return lines.join('\n');
}

/** The same columns, in the same order, as the CLI's findings.summary.csv. */
export const SUMMARY_COLUMNS = SCHOOL_SUMMARY_COLUMNS;

export function summaryRow(e: AuditLogEntry): SchoolSummaryRow {
  const g = e.report.summary.gaps as Record<string, number>;
  const read = e.capture.cookies === 'read';
  const documents = [e.notice, ...(e.cookieNotice ? [e.cookieNotice] : [])];
  return schoolSummaryRow({
    school: e.report.school ?? e.pageTitle,
    site_url: e.siteUrl,
    status: 'done',
    nation: e.report.nation,
    phase: e.report.phase,
    documents_found: String(documents.length),
    documents: documents.map((d) => d.kind).join('; '),
    privacy_notice_url: e.notice.url ?? '',
    cookie_notice_url: e.cookieNotice?.url ?? '',
    gaps_required: String(g.required ?? 0),
    gaps_required_if: String(g['required-if'] ?? 0),
    gaps_recommended: String(g.recommended ?? 0),
    gaps_quality: String(g.quality ?? 0),
    cookie_problems: read ? String(cookieProblems(e.report)) : 'not read',
    cookies_read: e.capture.cookies,
    cookies_observed: read ? String(e.report.cookies?.observed.length ?? 0) : '',
    cookies_third_party: read ? String((e.report.cookies?.observed ?? []).filter((c) => c.party === 'third').length) : '',
    cookies_non_essential_before_consent: read ? String((e.report.cookies?.observed ?? []).filter((c) => c.beforeConsent === true && c.category !== 'strictly-necessary').length) : '',
    cookies_undeclared: read ? String((e.report.cookies?.observed ?? []).filter((c) => c.declared === 'no').length) : '',
    consent: e.capture.consent,
    consent_manager: e.capture.consentManager ?? '',
    third_party_cookies: e.capture.thirdPartyCookies,
    browser: e.capture.browser,
    audited_at: e.report.auditedAt,
    checklist_version: e.report.checklist.version,
    tool_version: e.report.tool?.version ?? '',
  });
}

/** One row per audit, RFC 4180 with CRLF and BOM like the findings CSV, every cell through the core's formula guard. */
export function summaryCsv(entries: readonly AuditLogEntry[]): string {
  return schoolSummaryCsv(entries.map(summaryRow));
}
