// The extension's view of the one core summary: the popup's lines, "Copy summary" for an email, the audit log's
// counts and its "Export summary" CSV all come from summariseAudit, so they give the same numbers.
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryCsv, schoolSummaryRow, summaryCounts, type SchoolSummaryRow } from '../core/school-summary';
import type { AuditReport } from '../core/report';
import { isGap } from '../core/report';
import { outcomeLines } from '../core/discovery/document-outcomes';
import { noteLine, summariseAudit, type AuditSummaryModel } from '../core/summary';
import type { AuditLogEntry } from './audit-log';

type EntryLike = Pick<AuditLogEntry, 'capture'> & { report: AuditReport };

/** The summary of one popup audit: its one report, with cookies read or not as the capture says. */
export function entrySummary(e: EntryLike): AuditSummaryModel {
  return summariseAudit({
    documents: [e.report],
    cookieAccess:
      e.capture.cookies === 'read' ? 'read' : e.capture.cookies === 'permission-refused' ? 'permission-refused' : 'not-captured',
  });
}

/** The audit log row's counts: the same summary as the popup's bold line and the summary CSV. */
export function logRowCounts(e: EntryLike): { missing: number; partly: number; quality: number; toCheck: number; cookies: number | null } {
  const s = entrySummary(e);
  return { missing: s.requiredMissing, partly: s.partlyMet, quality: s.qualityProblems, toCheck: s.notJudged, cookies: s.cookieProblems };
}

/** A short plain-text summary for an email to the school. */
export function summaryText(
  entry: Pick<AuditLogEntry, 'siteUrl' | 'notice' | 'cookieNotice' | 'capture'> & { report: AuditReport },
): string {
  const r = entry.report;
  const s = entrySummary(entry);
  const gaps = s.items.filter((i) => isGap(i.status) && i.area !== 'quality');
  const lines = [
    `Privacy notice audit: ${r.school ?? entry.siteUrl}`,
    `Audited ${r.auditedAt.slice(0, 10)} against checklist ${r.checklist.version} (${r.checklist.date}).`,
    ...(r.documents
      ? outcomeLines(r)
      : [
          `Privacy notice: ${entry.notice.url ?? entry.notice.label}`,
          ...(entry.cookieNotice ? [`Cookie notice: ${entry.cookieNotice.url ?? entry.cookieNotice.label}`] : []),
        ]),
    '',
    ...s.lines,
    ...s.notes.map((n) => `Note: ${noteLine(n)}`),
    '',
    ...(gaps.length ? ['To fix:'] : []),
    ...gaps.map((i) => `- ${i.title} (${i.status === 'fail' ? 'missing' : 'partly met'}; ${i.ref})${i.message ? `: ${i.message}` : ''}`),
  ];
  return lines.join('\n');
}

/** The same columns, in the same order, as the CLI's findings.summary.csv. */
export const SUMMARY_COLUMNS = SCHOOL_SUMMARY_COLUMNS;

export function summaryRow(e: AuditLogEntry): SchoolSummaryRow {
  const s = entrySummary(e);
  const read = s.cookieAccess === 'read';
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
    ...summaryCounts(s),
    cookie_problems: read ? String(s.cookieProblems ?? 0) : 'not read',
    cookies_read: e.capture.cookies,
    cookies_observed: read ? String(s.cookiesObserved ?? 0) : '',
    cookies_third_party: read ? String((e.report.cookies?.observed ?? []).filter((c) => c.party === 'third').length) : '',
    cookies_non_essential_before_consent: read ? String(s.cookiesWithoutConsent ?? 0) : '',
    cookies_undeclared: read ? String(s.cookiesUndeclared ?? 0) : '',
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
