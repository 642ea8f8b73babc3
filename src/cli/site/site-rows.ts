// Turns one site's reports, capture and errors into findings CSV rows and a one-line summary.
import type { CsvRow } from '../../core/csv';
import { reportToRows } from '../../core/csv';
import type { AuditReport, ObservedCookieResult } from '../../core/report';
import { isGap } from '../../core/report';
import { TOOL } from '../../core/tool';
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryRow, type SchoolSummaryRow } from '../../core/school-summary';
import type { AuditEntry, ConsentCapture, SiteCapture } from '../record/site-record';

export interface SiteAuditResult {
  siteUrl: string;
  school: string | null;
  la: string | null;
  urn: string | null;
  status: 'done' | 'error';
  error: string | null;
  auditedAt: string;
  checklistVersion: string;
  capture: SiteCapture | null;
  audits: { entry: AuditEntry; report: AuditReport }[];
}

/** Categories that need consent under PECR reg 6 and Sch A1 (analytics only within para 5, which a reject must honour anyway). */
const NEEDS_CONSENT = new Set(['analytics', 'advertising', 'embed']);

/**
 * How a cookie still present after the visitor rejected is read. Non-essential cookies after a
 * reject are the most serious cookie finding; 'functional' and unknown ones need a person to look.
 */
export function afterRejectStatus(c: ObservedCookieResult): 'fail' | 'needs-review' | 'pass' {
  if (c.category === 'strictly-necessary') return 'pass';
  return NEEDS_CONSENT.has(c.category) ? 'fail' : 'needs-review';
}

function baseRow(r: SiteAuditResult, documentUrl: string): Pick<CsvRow, 'site_url' | 'school' | 'document_url' | 'audited_at' | 'checklist_version' | 'urn' | 'la'> {
  return { site_url: r.siteUrl, school: r.school ?? '', document_url: documentUrl, audited_at: r.auditedAt, checklist_version: r.checklistVersion, urn: r.urn ?? '', la: r.la ?? '' };
}

function row(r: SiteAuditResult, documentUrl: string, f: Omit<CsvRow, 'site_url' | 'school' | 'document_url' | 'audited_at' | 'checklist_version' | 'urn' | 'la'>): CsvRow {
  return { ...baseRow(r, documentUrl), ...f };
}

function consentRows(r: SiteAuditResult, c: ConsentCapture, report: AuditReport | undefined): CsvRow[] {
  const verb = c.requested === 'reject' ? 'reject' : 'accept';
  const docUrl = report?.source.url ?? r.capture?.finalUrl ?? r.siteUrl;
  const out: CsvRow[] = [];
  const observed = report?.cookies?.observed ?? [];
  const lingering = c.requested === 'reject' ? observed.filter((o) => afterRejectStatus(o) === 'fail') : [];
  const status = c.operated === 'done' ? (lingering.length ? 'fail' : 'pass') : 'needs-review';
  out.push(
    row(r, docUrl, {
      area: 'consent',
      check_id: `consent-${verb}`,
      title: c.requested === 'reject' ? 'Rejecting cookies works (non-essential cookies are not set after "reject")' : 'Accepting cookies through the consent manager',
      severity: 'required',
      status,
      evidence: `${c.note}; ${(c.observedCookies.cookies as unknown[]).length} cookies in the jar after the choice${lingering.length ? `; non-essential after reject: ${lingering.map((o) => `${o.name} (${o.domain}, ${o.category})`).join(', ')}` : ''}`,
      location: c.consentManager ?? 'no consent manager detected',
      legal_ref: 'PECR reg 6; UK GDPR Art. 7(3)',
      guidance: c.requested === 'reject' ? 'Cookies that need consent must not be set, or must be removed, when a visitor rejects them.' : '',
    }),
  );
  for (const o of observed) {
    const st = c.requested === 'reject' ? afterRejectStatus(o) : o.declared === 'yes' ? 'pass' : 'fail';
    out.push(
      row(r, docUrl, {
        area: 'cookie',
        check_id: `cookie-after-${verb}:${o.name}`,
        title: c.requested === 'reject' ? `Cookie ${o.name} (${o.domain}) present after rejecting` : `Cookie ${o.name} (${o.domain}) after accepting`,
        severity: c.requested === 'reject' && st !== 'pass' ? 'required' : o.category,
        status: st,
        evidence: `category: ${o.category}; declared: ${o.declared}; party: ${o.party}; vendor: ${o.vendor ?? 'unknown'}; expires in days: ${o.expiresInDays ?? 'session'}`,
        location: o.matchedEntry ?? '',
        legal_ref: 'PECR reg 6',
        guidance: '',
      }),
    );
  }
  return out;
}

/** All CSV rows for one site, in a stable order: site errors, discovery, each document, consent states. */
export function siteRows(r: SiteAuditResult): CsvRow[] {
  if (r.status === 'error') {
    return [row(r, '', { area: 'site', check_id: 'site-error', title: 'The site could not be audited', severity: 'required', status: 'needs-review', evidence: r.error ?? 'unknown error', location: '', legal_ref: '', guidance: 'Check the address, or audit the site by hand.' })];
  }
  const rows: CsvRow[] = [];
  const cap = r.capture;
  if (cap) {
    if (!cap.documents.some((d) => d.error === null)) {
      const looked = [`${cap.page.links.length} links on the home page`, cap.hubsVisited.length ? `hub pages ${cap.hubsVisited.join(', ')}` : 'no hub pages', cap.fallbackTried.length ? `well-known paths ${cap.fallbackTried.join(', ')}` : ''].filter(Boolean).join('; ');
      rows.push(row(r, cap.finalUrl, { area: 'discovery', check_id: 'notice-found', title: 'A privacy notice can be found from the home page', severity: 'required', status: 'fail', evidence: `No readable privacy notice found. Looked at: ${looked}.`, location: cap.finalUrl, legal_ref: 'UK GDPR Art. 12(1), 13', guidance: 'Link the privacy notice from every page (usually the footer).' }));
    }
    for (const d of cap.documents.filter((x) => x.error !== null)) {
      rows.push(row(r, d.url, { area: 'discovery', check_id: 'document-unreadable', title: `A linked ${d.kind.replace(/-/g, ' ')} could not be read`, severity: 'required', status: 'needs-review', evidence: d.error ?? '', location: d.via, legal_ref: 'UK GDPR Art. 12(1)', guidance: 'Open the document by hand.' }));
    }
  }
  for (const { entry, report } of r.audits) {
    if (entry.role === 'document') rows.push(...reportToRows(report, { siteUrl: r.siteUrl, school: r.school, urn: r.urn, la: r.la }));
    else if (entry.role === 'home-page-cookies') rows.push(...reportToRows(report, { siteUrl: r.siteUrl, school: r.school, urn: r.urn, la: r.la }).filter((x) => x.area === 'cookies' || x.area === 'cookie'));
  }
  for (const req of cap?.consentRequested ?? []) {
    if (req === 'none' || cap?.captures.some((c) => c.requested === req)) continue;
    const why = cap?.warnings.find((w) => w.includes(`"${req}"`)) ?? 'not captured';
    rows.push(row(r, cap?.finalUrl ?? r.siteUrl, { area: 'consent', check_id: `consent-${req}`, title: `Cookies after "${req}"`, severity: 'required', status: 'needs-review', evidence: why, location: cap?.captures[0]?.consentManager ?? 'no consent manager detected', legal_ref: 'PECR reg 6', guidance: 'Check this consent state by hand.' }));
  }
  for (const c of cap?.captures.slice(1) ?? []) {
    const audit = r.audits.find((a) => a.entry.role === 'consent-state' && a.report.cookies?.capture?.consent === c.consent) ?? r.audits.find((a) => a.entry.role === 'consent-state' && a.entry.consent === c.consent);
    rows.push(...consentRows(r, c, audit?.report));
  }
  return rows;
}

/** The summary's columns are shared with the extension's audit-log export (src/core/school-summary.ts). */
export const SUMMARY_COLUMNS = SCHOOL_SUMMARY_COLUMNS;
export type SummaryRow = SchoolSummaryRow;

/** The documents found, from the main audit's outcomes (the same the popup shows); older folders: one per document audit. */
function documentColumns(docs: SiteAuditResult['audits']): Pick<SummaryRow, 'documents_found' | 'documents' | 'privacy_notice_url' | 'cookie_notice_url'> {
  const main = docs.find((d) => d.report.documents)?.report;
  if (!main?.documents) {
    return {
      documents_found: String(docs.length),
      documents: docs.map((d) => d.entry.kind).join('; '),
      privacy_notice_url: docs.find((d) => d.entry.kind !== 'cookie-notice')?.entry.documentUrl ?? '',
      cookie_notice_url: docs.find((d) => d.entry.kind === 'cookie-notice')?.entry.documentUrl ?? '',
    };
  }
  const found = new Map<string, string>();
  for (const o of main.documents) for (const d of o.found ? o.documents : []) if (!found.has(d.url ?? d.label)) found.set(d.url ?? d.label, d.kind);
  for (const d of docs) if (d.entry.documentUrl && !found.has(d.entry.documentUrl)) found.set(d.entry.documentUrl, d.entry.kind);
  return {
    documents_found: String(found.size),
    documents: [...found.values()].join('; '),
    privacy_notice_url: main.source.kind === 'cookie-notice' ? '' : main.source.url ?? '',
    cookie_notice_url: main.documents.find((o) => o.role === 'cookie-notice')?.documents[0]?.url ?? '',
  };
}

/** One row per school: what was found, gaps by severity, cookie problems, errors. */
export function summaryRow(r: SiteAuditResult): SummaryRow {
  const docs = r.audits.filter((a) => a.entry.role === 'document');
  const gaps = { required: 0, 'required-if': 0, recommended: 0, quality: 0 };
  for (const { report } of docs) {
    for (const i of report.items) if (isGap(i.status) && i.area !== 'cookies') gaps[i.severity]++;
  }
  const cookieAudit = r.audits.find((a) => (a.entry.role === 'document' || a.entry.role === 'home-page-cookies') && a.report.cookies);
  const cookieGaps = cookieAudit ? cookieAudit.report.items.filter((i) => i.area === 'cookies' && isGap(i.status)) : [];
  for (const i of cookieGaps) gaps[i.severity]++;
  const observed = cookieAudit?.report.cookies?.observed ?? [];
  const rejected = r.audits.find((a) => a.entry.role === 'consent-state' && a.entry.consent === 'rejected');
  const first = r.capture?.captures[0];
  const n = (x: number) => String(x);
  const notice = docs.find((d) => d.entry.kind !== 'cookie-notice')?.report ?? docs[0]?.report;
  const cookieProblems = observed.filter((o) => o.declared !== 'yes' || (o.beforeConsent === true && o.category !== 'strictly-necessary')).length;
  return schoolSummaryRow({
    site_url: r.siteUrl,
    school: r.school ?? '',
    la: r.la ?? '',
    urn: r.urn ?? '',
    status: r.status,
    error: r.error ?? '',
    nation: notice?.nation ?? '',
    phase: notice?.phase ?? '',
    ...documentColumns(docs),
    gaps_required: n(gaps.required),
    gaps_required_if: n(gaps['required-if']),
    gaps_recommended: n(gaps.recommended),
    gaps_quality: n(gaps.quality),
    cookie_problems: r.status === 'error' ? '' : n(cookieProblems),
    cookies_read: r.status === 'error' ? '' : first ? 'read' : 'not read',
    cookies_observed: r.status === 'error' ? '' : n(first ? (first.observedCookies.cookies as unknown[]).length : 0),
    cookies_third_party: r.status === 'error' ? '' : n(observed.filter((o) => o.party === 'third').length),
    cookies_non_essential_before_consent: r.status === 'error' ? '' : n(observed.filter((o) => o.beforeConsent === true && o.category !== 'strictly-necessary').length),
    cookies_undeclared: r.status === 'error' ? '' : n(observed.filter((o) => o.declared === 'no').length),
    non_essential_after_reject: rejected ? n((rejected.report.cookies?.observed ?? []).filter((o) => afterRejectStatus(o) === 'fail').length) : '',
    consent: first?.consent ?? '',
    consent_manager: first?.consentManager ?? '',
    consent_states: (r.capture?.captures ?? []).map((c) => `${c.requested}: ${c.note}`).join(' | '),
    third_party_cookies: first?.environment.thirdPartyCookies ?? '',
    browser: first?.environment.browser ?? '',
    audited_at: r.auditedAt,
    checklist_version: r.checklistVersion,
    tool_version: TOOL.version,
  });
}
