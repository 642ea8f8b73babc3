// A short terminal summary of one site audit: documents found, headline per document, consent states, cookie problems.
import { formatTextReport } from '../format-text';
import { outcomeLines } from '../../core/discovery/document-outcomes';
import type { SiteAuditResult } from './site-rows';
import { siteSummaryInput } from './site-rows';
import { afterRejectStatus } from '../../core/cookies/consent-rules';
import { noteLine, summariseAudit } from '../../core/summary';

export function formatSiteSummary(r: SiteAuditResult, opts: { full?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`${r.school ?? 'School not named'} - ${r.siteUrl}`);
  if (r.status === 'error') {
    out.push(`  could not be audited: ${r.error}`);
    return `${out.join('\n')}\n`;
  }
  const cap = r.capture!;
  const first = cap.captures[0];
  if (first)
    out.push(
      `  ${first.environment.browser}; third-party cookies ${first.environment.thirdPartyCookies}; consent manager: ${first.consentManager ?? 'none detected'}`,
    );
  const docs = r.audits.filter((a) => a.entry.role === 'document');
  // The main audit says, per kind of notice, what was audited and why, or what was looked at.
  const main = r.audits.find((a) => a.report.documents)?.report;
  if (main) out.push(...outcomeLines(main).map((l) => `  ${l}`));
  out.push(docs.length ? `  ${docs.length} document${docs.length === 1 ? '' : 's'} audited:` : '  no privacy notice found');
  for (const { entry, report } of docs) {
    out.push(`  - ${entry.kind.replace(/-/g, ' ')}: ${entry.documentUrl ?? ''} (${report.source.format})`);
    for (const h of report.summary.headline) out.push(`      ${h}`);
  }
  // The same summary as the summary CSV row: every document's checks and the site's cookies together.
  const model = summariseAudit({ ...siteSummaryInput(r), cookieAccess: first ? 'read' : 'not-captured' });
  out.push('  Summary:', ...model.lines.map((l) => `      ${l}`), ...model.notes.map((n) => `      ${noteLine(n)}`));
  for (const d of cap.documents.filter((x) => x.error)) out.push(`  - unreadable ${d.kind.replace(/-/g, ' ')}: ${d.url}: ${d.error}`);
  for (const c of cap.captures) {
    let line = `  cookies (${c.requested === 'none' ? 'no consent given' : c.requested}): ${(c.observedCookies.cookies as unknown[]).length} set; ${c.note}`;
    if (c.requested === 'reject') {
      const audit = r.audits.find((a) => a.entry.role === 'consent-state' && a.entry.consent === c.consent);
      const bad = (audit?.report.cookies?.observed ?? []).filter((o) => afterRejectStatus(o) === 'fail');
      if (bad.length) line += `; STILL SET AFTER REJECT: ${bad.map((o) => o.name).join(', ')}`;
    }
    out.push(line);
  }
  for (const w of cap.warnings) out.push(`  warning: ${w}`);
  if (opts.full) for (const { report } of docs) out.push('', formatTextReport(report).trimEnd());
  return `${out.join('\n')}\n`;
}
