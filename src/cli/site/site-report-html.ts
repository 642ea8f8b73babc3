// One site's audit as report.html: each document in full, other consent states' cookies, or the reason the site failed.
import { renderReportHtml, type ReportSection } from '../../core/html-report';
import type { SiteAuditResult } from './site-rows';

export const REPORT_HTML_FILE = 'report.html';

export function siteReportHtml(result: SiteAuditResult): string {
  const sections: ReportSection[] = result.audits.map(({ entry, report }) =>
    entry.role === 'document' ? { report } : { report, only: 'cookies' },
  );
  const notes: string[] = [];
  if (result.status === 'error') notes.push(`The site could not be audited: ${result.error ?? 'unknown error'}`);
  const cap = result.capture;
  if (cap && !cap.documents.some((d) => d.error === null))
    notes.push('No readable privacy notice was found from the home page: link it from every page (usually the footer).');
  for (const d of cap?.documents.filter((x) => x.error !== null) ?? [])
    notes.push(`A linked ${d.kind.replace(/-/g, ' ')} could not be read (${d.url}): ${d.error}`);
  return renderReportHtml(sections, { siteUrl: result.siteUrl, school: result.school, notes });
}
