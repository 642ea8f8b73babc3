// The HTML reports: one page per audit and one overview page per batch.
export { renderReportHtml, statusLabel, type ReportPageOptions, type ReportSection } from './render-report';
export { renderFindingsHtml, summariseRows, mostFailed, type SchoolFindings, type FindingsPageOptions } from './render-findings';
export { escapeHtml, safeHttpUrl, linkOrText } from './escape';
