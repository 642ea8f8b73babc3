// Plain-text and one-row summaries of an audit: "Copy summary" for an email, and the log's "Export summary" CSV.
import { toCsvTable } from '../core/csv';
import type { AuditReport } from '../core/report';
import { isGap } from '../core/report';
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
    `Privacy notice: ${entry.notice.url ?? entry.notice.label}`,
    ...(entry.cookieNotice ? [`Cookie notice: ${entry.cookieNotice.url ?? entry.cookieNotice.label}`] : []),
    '',
    ...r.summary.headline,
    ...(entry.capture.cookies === 'permission-refused' ? ['Cookies not read: permission was not given.'] : []),
    '',
    ...(gaps.length ? ['To fix:'] : []),
    ...gaps.map((i) => `- ${i.title} (${i.status === 'fail' ? 'missing' : 'partly met'}; ${i.ref})${i.message ? `: ${i.message}` : ''}`),
  ];
  return lines.join('\n');
}

export const SUMMARY_COLUMNS = ['audited_at', 'school', 'site_url', 'notice_url', 'cookie_notice_url', 'nation', 'phase', 'required_gaps', 'required_if_gaps', 'recommended_gaps', 'quality_problems', 'cookie_problems', 'cookies_read', 'consent', 'checklist_version'] as const;

export function summaryRow(e: AuditLogEntry): Record<(typeof SUMMARY_COLUMNS)[number], string> {
  const g = e.report.summary.gaps as Record<string, number>;
  return {
    audited_at: e.report.auditedAt,
    school: e.report.school ?? e.pageTitle,
    site_url: e.siteUrl,
    notice_url: e.notice.url ?? '',
    cookie_notice_url: e.cookieNotice?.url ?? '',
    nation: e.report.nation,
    phase: e.report.phase,
    required_gaps: String(g.required ?? 0),
    required_if_gaps: String(g['required-if'] ?? 0),
    recommended_gaps: String(g.recommended ?? 0),
    quality_problems: String(g.quality ?? 0),
    cookie_problems: e.capture.cookies === 'read' ? String(cookieProblems(e.report)) : 'not read',
    cookies_read: e.capture.cookies,
    consent: e.capture.consent,
    checklist_version: e.report.checklist.version,
  };
}

/** One row per audit, RFC 4180 with CRLF and BOM like the findings CSV, every cell through the core's formula guard. */
export function summaryCsv(entries: readonly AuditLogEntry[]): string {
  return toCsvTable(SUMMARY_COLUMNS, entries.map(summaryRow));
}
