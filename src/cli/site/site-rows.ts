// Turns one site's reports, capture and errors into findings CSV rows and a one-line summary.
import type { CsvRow } from '../../core/csv';
import { reportToRows, withStatusWord } from '../../core/csv';
import type { AuditReport } from '../../core/report';
import { TOOL } from '../../core/tool';
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryRow, summaryCounts, type SchoolSummaryRow } from '../../core/school-summary';
import { afterRejectStatus } from '../../core/cookies/consent-rules';
import { describeExpiry } from '../../core/cookies/describe';
import { summariseAudit } from '../../core/summary';
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

function baseRow(
  r: SiteAuditResult,
  documentUrl: string,
): Pick<CsvRow, 'site_url' | 'school' | 'document_url' | 'audited_at' | 'checklist_version' | 'urn' | 'la'> {
  return {
    site_url: r.siteUrl,
    school: r.school ?? '',
    document_url: documentUrl,
    audited_at: r.auditedAt,
    checklist_version: r.checklistVersion,
    urn: r.urn ?? '',
    la: r.la ?? '',
  };
}

function row(
  r: SiteAuditResult,
  documentUrl: string,
  f: Omit<CsvRow, 'site_url' | 'school' | 'document_url' | 'audited_at' | 'checklist_version' | 'urn' | 'la'>,
): CsvRow {
  return withStatusWord({ ...baseRow(r, documentUrl), ...f });
}

/**
 * The cookies of one further consent state, one row per cookie. Whether a reject was honoured is the checklist's
 * ck-reject-honoured (in the document's rows); an accept gets a row saying how it went.
 */
function consentRows(r: SiteAuditResult, c: ConsentCapture, report: AuditReport | undefined): CsvRow[] {
  const verb = c.requested === 'reject' ? 'reject' : 'accept';
  const docUrl = report?.source.url ?? r.capture?.finalUrl ?? r.siteUrl;
  const out: CsvRow[] = [];
  const observed = report?.cookies?.observed ?? [];
  if (c.requested !== 'reject') {
    out.push(
      row(r, docUrl, {
        row_type: 'consent-state',
        area: 'cookies',
        check_id: `consent-${verb}`,
        title: 'Accepting cookies through the consent manager',
        severity: '',
        status: c.operated === 'done' ? 'pass' : 'needs-review',
        evidence: `${c.note}; ${(c.observedCookies.cookies as unknown[]).length} cookies in the jar after the choice`,
        location: c.consentManager ?? 'no consent manager detected',
        legal_ref: 'PECR reg 6',
        guidance: '',
      }),
    );
  }
  for (const o of observed) {
    const st = c.requested === 'reject' ? afterRejectStatus(o) : o.declared === 'yes' ? 'pass' : 'fail';
    out.push(
      row(r, docUrl, {
        row_type: 'cookie',
        area: 'cookies',
        check_id: `cookie-after-${verb}:${o.name}`,
        title:
          c.requested === 'reject'
            ? `Cookie ${o.name} (${o.domain}) present after rejecting`
            : `Cookie ${o.name} (${o.domain}) after accepting`,
        severity: '',
        cookie_category: o.category,
        status: st,
        evidence: `category: ${o.category}; declared: ${o.declared}; party: ${o.party}; vendor: ${o.vendor ?? 'unknown'}; expires: ${describeExpiry(o.expiresInDays)}`,
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
    return [
      row(r, '', {
        row_type: 'site',
        area: 'site',
        check_id: 'site-error',
        title: 'The site could not be audited',
        severity: 'required',
        status: 'needs-review',
        evidence: r.error ?? 'unknown error',
        location: '',
        legal_ref: '',
        guidance: 'Check the address, or audit the site by hand.',
      }),
    ];
  }
  const rows: CsvRow[] = [];
  const cap = r.capture;
  if (cap) {
    if (!cap.documents.some((d) => d.error === null)) {
      const looked = [
        `${cap.page.links.length} links on the home page`,
        cap.hubsVisited.length ? `hub pages ${cap.hubsVisited.join(', ')}` : 'no hub pages',
        cap.fallbackTried.length ? `well-known paths ${cap.fallbackTried.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      rows.push(
        row(r, cap.finalUrl, {
          row_type: 'discovery',
          area: 'notice',
          check_id: 'notice-found',
          title: 'A privacy notice can be found from the home page',
          severity: 'required',
          status: 'fail',
          evidence: `No readable privacy notice found. Looked at: ${looked}.`,
          location: cap.finalUrl,
          legal_ref: 'UK GDPR Art. 12(1), 13',
          guidance: 'Link the privacy notice from every page (usually the footer).',
        }),
      );
    }
    for (const d of cap.documents.filter((x) => x.error !== null)) {
      rows.push(
        row(r, d.url, {
          row_type: 'discovery',
          area: 'notice',
          check_id: 'document-unreadable',
          title: `A linked ${d.kind.replace(/-/g, ' ')} could not be read`,
          severity: 'required',
          status: 'needs-review',
          evidence: d.error ?? '',
          location: d.via,
          legal_ref: 'UK GDPR Art. 12(1)',
          guidance: 'Open the document by hand.',
        }),
      );
    }
  }
  for (const { entry, report } of r.audits) {
    if (entry.role === 'document') rows.push(...reportToRows(report, { siteUrl: r.siteUrl, school: r.school, urn: r.urn, la: r.la }));
    else if (entry.role === 'home-page-cookies')
      rows.push(
        ...reportToRows(report, { siteUrl: r.siteUrl, school: r.school, urn: r.urn, la: r.la }).filter((x) => x.area === 'cookies'),
      );
  }
  for (const req of cap?.consentRequested ?? []) {
    // A reject that was not captured is ck-reject-honoured's needs-review, with the same reason.
    if (req !== 'accept' || cap?.captures.some((c) => c.requested === req)) continue;
    const why = cap?.warnings.find((w) => w.includes(`"${req}"`)) ?? 'not captured';
    rows.push(
      row(r, cap?.finalUrl ?? r.siteUrl, {
        row_type: 'consent-state',
        area: 'cookies',
        check_id: `consent-${req}`,
        title: `Cookies after "${req}"`,
        severity: '',
        status: 'needs-review',
        evidence: why,
        location: cap?.captures[0]?.consentManager ?? 'no consent manager detected',
        legal_ref: 'PECR reg 6',
        guidance: 'Check this consent state by hand.',
      }),
    );
  }
  for (const c of cap?.captures.slice(1) ?? []) {
    const audit =
      r.audits.find((a) => a.entry.role === 'consent-state' && a.report.cookies?.capture?.consent === c.consent) ??
      r.audits.find((a) => a.entry.role === 'consent-state' && a.entry.consent === c.consent);
    rows.push(...consentRows(r, c, audit?.report));
  }
  return rows;
}

/** The summary's columns are shared with the extension's audit-log export (src/core/school-summary.ts). */
export const SUMMARY_COLUMNS = SCHOOL_SUMMARY_COLUMNS;
export type SummaryRow = SchoolSummaryRow;

/** The documents found, from the main audit's outcomes (the same the popup shows); older folders: one per document audit. */
function documentColumns(
  docs: SiteAuditResult['audits'],
): Pick<SummaryRow, 'documents_found' | 'documents' | 'privacy_notice_url' | 'cookie_notice_url'> {
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
  for (const o of main.documents)
    for (const d of o.found ? o.documents : []) if (!found.has(d.url ?? d.label)) found.set(d.url ?? d.label, d.kind);
  for (const d of docs) if (d.entry.documentUrl && !found.has(d.entry.documentUrl)) found.set(d.entry.documentUrl, d.entry.kind);
  return {
    documents_found: String(found.size),
    documents: [...found.values()].join('; '),
    privacy_notice_url: main.source.kind === 'cookie-notice' ? '' : (main.source.url ?? ''),
    cookie_notice_url: main.documents.find((o) => o.role === 'cookie-notice')?.documents[0]?.url ?? '',
  };
}

/** The reports one site's summary counts: its documents, and the one whose cookie checks and capture count. */
export function siteSummaryInput(r: SiteAuditResult): { documents: AuditReport[]; cookies: AuditReport | null } {
  const docs = r.audits.filter((a) => a.entry.role === 'document');
  const cookieAudit = r.audits.find((a) => (a.entry.role === 'document' || a.entry.role === 'home-page-cookies') && a.report.cookies);
  return { documents: docs.map((d) => d.report), cookies: cookieAudit?.report ?? null };
}

/** One row per school: what was found, the summary's counts, cookie problems, errors. */
export function summaryRow(r: SiteAuditResult): SummaryRow {
  const docs = r.audits.filter((a) => a.entry.role === 'document');
  const input = siteSummaryInput(r);
  const model = summariseAudit({ ...input, cookieAccess: r.capture?.captures[0] ? 'read' : 'not-captured' });
  const observed = input.cookies?.cookies?.observed ?? [];
  const rejected = r.audits.find((a) => a.entry.role === 'consent-state' && a.entry.consent === 'rejected');
  const first = r.capture?.captures[0];
  const n = (x: number) => String(x);
  const notice = docs.find((d) => d.entry.kind !== 'cookie-notice')?.report ?? docs[0]?.report;
  const failed = r.status === 'error';
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
    ...(failed ? {} : summaryCounts(model)),
    cookie_problems: failed ? '' : n(model.cookieProblems ?? 0),
    cookies_read: failed ? '' : first ? 'read' : 'not read',
    cookies_observed: failed ? '' : n(first ? (first.observedCookies.cookies as unknown[]).length : 0),
    cookies_third_party: failed ? '' : n(observed.filter((o) => o.party === 'third').length),
    cookies_non_essential_before_consent: failed ? '' : n(model.cookiesWithoutConsent ?? 0),
    cookies_undeclared: failed ? '' : n(model.cookiesUndeclared ?? 0),
    non_essential_after_reject: rejected
      ? n((rejected.report.cookies?.observed ?? []).filter((o) => afterRejectStatus(o) === 'fail').length)
      : '',
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
