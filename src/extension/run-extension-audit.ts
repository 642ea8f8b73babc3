// The extension's audit: choose documents, fetch them, read cookies, run the core audit, and describe what was captured.
import type { DocumentInput, Environment } from '../core/artifacts';
import { runAudit } from '../core/run-audit';
import type { AuditReport, DocumentKind } from '../core/report';
import type { Candidate } from '../core/discovery/rank-candidates';
import type { CookiesApi } from './adapters/cookies';
import type { GatheredPage } from './gather/capture-page';
import type { AccessPlan } from './hosts';
import type { CaptureInfo, DocumentRef } from './audit-log';
import { captureCookies } from './cookie-capture';
import { chooseCandidates, findCandidates, kindFromHeading, pageRole, toPageCapture } from './choose-documents';
import type { FetchedDocument } from './fetch-document';
import type { Settings } from './settings';
import { auditDate } from './settings';
import { documentTextHash } from './document-hash';

export interface AuditDeps {
  cookies: CookiesApi;
  fetchDocument: (url: string) => Promise<FetchedDocument>;
  /**
   * The DOM of a linked HTML page after its scripts ran (a background tab in the browser), for site builders that
   * send an empty shell. Absent or failing: the fetched HTML is read, and the report says so.
   */
  renderDocument?: (url: string) => Promise<{ html: string; finalUrl: string; settled: boolean }>;
  /** Links of a fetched hub page (DOMParser in the browser). */
  parseLinks: (html: string, baseUrl: string) => GatheredPage['links'];
  browserName: string;
  now: () => Date;
}

export interface AuditRequest {
  page: GatheredPage;
  plan: AccessPlan;
  /** Whether host access was granted (cookies cannot be read without it). */
  granted: boolean;
  settings: Settings;
  /** The user's choice from the switcher: another candidate, or the page itself. */
  choice?: { noticeUrl?: string; pageAsNotice?: boolean };
}

export interface CandidateRef {
  url: string;
  label: string;
  kind: DocumentKind;
  format: string;
}

export interface ExtensionAudit {
  report: AuditReport;
  notice: DocumentRef;
  cookieNotice: DocumentRef | null;
  candidates: CandidateRef[];
  capture: CaptureInfo;
  pageUrl: string;
  pageTitle: string;
}

/** Nothing to audit: the popup offers "Audit this page as the notice". */
export class NothingFoundError extends Error {
  override readonly name = 'NothingFoundError';
}

/** A document was found but could not be read; the message says what happened. */
export class DocumentUnreadableError extends Error {
  override readonly name = 'DocumentUnreadableError';
  constructor(message: string, readonly url: string) {
    super(message);
  }
}

function label(c: Candidate): string {
  return c.text || new URL(c.url).pathname;
}

function toRef(c: Candidate): CandidateRef {
  return { url: c.url, label: label(c), kind: c.kind, format: c.format };
}

function describeFetch(kind: string, c: { format: string }, doc?: FetchedDocument): string {
  const what = c.format === 'pdf' ? `PDF${doc?.pageCount ? `, ${doc.pageCount} page${doc.pageCount === 1 ? '' : 's'}` : ''}` : c.format === 'docx' ? 'Word document' : 'web page';
  return `${doc ? 'Fetched' : 'Fetching'} ${kind} (${what})`;
}

/** An HTML document is read from its rendered DOM, keeping the served HTML; other formats are read as fetched. */
async function readRendered(doc: FetchedDocument, deps: AuditDeps): Promise<FetchedDocument> {
  if (doc.input.format !== 'html') return doc;
  if (!deps.renderDocument) return { ...doc, input: { ...doc.input, readFrom: 'served', readNote: 'read as served: this browser cannot render linked pages' } };
  try {
    const r = await deps.renderDocument(doc.finalUrl);
    const note = r.settled ? {} : { readNote: 'the page was still changing when it was read; it was read as it stood' };
    return { ...doc, input: { ...doc.input, html: r.html, readFrom: 'rendered', servedHtml: doc.input.html, ...note } };
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).slice(0, 200);
    return { ...doc, input: { ...doc.input, readFrom: 'served', readNote: `read as served: the page could not be rendered (${why})` } };
  }
}

async function fetchFirst(list: readonly Candidate[], deps: AuditDeps, kind: string, progress: (s: string) => void): Promise<{ c: Candidate; doc: FetchedDocument } | { error: string; url: string } | null> {
  let lastError: { error: string; url: string } | null = null;
  // Try the next-best candidate when one fails: schools leave dead links to old notices.
  for (const c of list.slice(0, 3)) {
    progress(describeFetch(kind, c));
    try {
      const doc = await readRendered(await deps.fetchDocument(c.url), deps);
      progress(describeFetch(kind, c, doc));
      return { c, doc };
    } catch (err) {
      lastError = { error: err instanceof Error ? err.message : String(err), url: c.url };
    }
  }
  return lastError;
}

/** Run one audit of the tab's page. Progress lines are reported as they happen. */
export async function runExtensionAudit(req: AuditRequest, deps: AuditDeps, progress: (step: string) => void = () => {}): Promise<ExtensionAudit> {
  const { page } = req;
  const role = req.choice?.pageAsNotice ? 'privacy-notice' : pageRole(page);
  let candidates = findCandidates(page);
  let choices = chooseCandidates(candidates);

  // Only hubs ("Policies", "GDPR")? Follow the best one level down, as a person would.
  if (!role && choices.notices.length === 0 && choices.hubs.length > 0 && req.granted) {
    const hub = choices.hubs[0] as Candidate;
    progress(`Opening ${label(hub)}`);
    try {
      const fetched = await readRendered(await deps.fetchDocument(hub.url), deps);
      if (fetched.input.format === 'html') {
        const links = deps.parseLinks(fetched.input.html, fetched.finalUrl);
        candidates = [...candidates, ...findCandidates({ ...page, url: fetched.finalUrl, links })];
        choices = chooseCandidates(candidates);
      }
    } catch {
      // the hub is only a shortcut; its failure leaves the page's own links
    }
  }
  const found = choices.notices.length + choices.cookieNotices.length;
  progress(`Found ${found} notice${found === 1 ? '' : 's'}`);

  // Cookies are read before any linked page is rendered, so the jar is the one the visitor's own pages set.
  let captured: Awaited<ReturnType<typeof captureCookies>> | null = null;
  if (req.granted) {
    progress('Reading cookies');
    captured = await captureCookies(deps.cookies, page.url, req.plan.thirdPartyDomains, deps.now());
  }

  // The tab's page is read from its live DOM: whatever its scripts wrote is there.
  const pageDoc: DocumentInput = { format: 'html', url: page.url, html: page.html, readFrom: 'rendered' };
  // The cookie notice is fetched and rendered while the privacy notice is: each may take a background tab's load.
  // Without host access the fetch is still tried: the browser may allow it (the tab's own site, an open server).
  const cookieFetch = role !== 'cookie-notice' && choices.cookieNotices.length > 0 ? fetchFirst(choices.cookieNotices, deps, 'cookie notice', progress) : null;
  let notice: { input: DocumentInput; ref: DocumentRef; kind: DocumentKind } | null = null;
  const chosenUrl = req.choice?.noticeUrl;
  if (chosenUrl && !req.choice?.pageAsNotice) {
    const c = candidates.find((x) => x.url === chosenUrl) ?? { url: chosenUrl, text: '', kind: 'unknown' as DocumentKind, format: 'html' as const, score: 0, reasons: [], isHub: false, sameSite: true };
    const got = await fetchFirst([c], deps, 'privacy notice', progress);
    if (!got || 'error' in got) throw new DocumentUnreadableError(`The privacy notice could not be fetched: ${got?.error ?? 'unknown error'}.`, chosenUrl);
    notice = { input: got.doc.input, kind: c.kind, ref: { url: got.doc.finalUrl, kind: c.kind, format: got.doc.input.format, label: label(c) } };
  } else if (role === 'privacy-notice') {
    const kind = kindFromHeading(`${page.mainHeading} ${page.title}`);
    notice = { input: pageDoc, kind, ref: { url: page.url, kind, format: 'html', label: page.mainHeading || page.title || 'This page' } };
  } else if (choices.notices.length > 0) {
    const got = await fetchFirst(choices.notices, deps, 'privacy notice', progress);
    if (!got) throw new NothingFoundError('No privacy notice link found on this page.');
    if ('error' in got && !req.granted) {
      // Without host access the browser usually refuses to fetch the school's other pages.
      throw new NothingFoundError(`The privacy notice is on another page (${new URL(got.url).pathname}), and without access to the school's site it could not be fetched.`);
    }
    if ('error' in got) throw new DocumentUnreadableError(`The privacy notice could not be read: ${got.error}.`, got.url);
    notice = { input: got.doc.input, kind: got.c.kind, ref: { url: got.doc.finalUrl, kind: got.c.kind, format: got.doc.input.format, label: label(got.c) } };
  }

  let cookieNotice: { input: DocumentInput; ref: DocumentRef } | null = null;
  if (role === 'cookie-notice' && !req.choice?.pageAsNotice) {
    cookieNotice = { input: pageDoc, ref: { url: page.url, kind: 'cookie-notice', format: 'html', label: page.mainHeading || page.title } };
  } else if (cookieFetch) {
    const got = await cookieFetch;
    if (got && !('error' in got)) cookieNotice = { input: got.doc.input, ref: { url: got.doc.finalUrl, kind: 'cookie-notice', format: got.doc.input.format, label: label(got.c) } };
  }
  if (!notice) {
    if (!cookieNotice) throw new NothingFoundError('No privacy notice link found on this page.');
    // A cookie notice alone is still worth auditing: the cookie checks run and the notice checks say what is missing.
    notice = { input: cookieNotice.input, kind: 'cookie-notice', ref: cookieNotice.ref };
  }

  const now = deps.now();
  const environment: Environment = {
    browser: deps.browserName,
    thirdPartyCookies: captured?.observed.thirdPartyCookies ?? 'unknown',
    consent: captured?.consent.state ?? 'unknown',
    consentManager: captured?.consent.manager ?? null,
    capturedAt: now.toISOString(),
  };
  progress('Checking the notice against the checklist');
  const report = runAudit(
    {
      notice: notice.input,
      ...(cookieNotice && cookieNotice.input !== notice.input ? { cookieNotice: cookieNotice.input } : {}),
      ...(captured ? { observedCookies: captured.observed } : {}),
      page: toPageCapture(page),
      environment,
    },
    undefined,
    { asOf: auditDate(req.settings, now), nation: req.settings.nation, phase: req.settings.phase, kind: notice.kind, auditedAt: now.toISOString() },
  );

  // Fingerprints of what was read, so the next audit of this school can say whether each document changed.
  const [noticeHash, cookieHash] = await Promise.all([documentTextHash(notice.input), cookieNotice ? documentTextHash(cookieNotice.input) : null]);
  return {
    report,
    notice: { ...notice.ref, textHash: noticeHash },
    cookieNotice: cookieNotice ? { ...cookieNotice.ref, ...(cookieHash ? { textHash: cookieHash } : {}) } : null,
    candidates: choices.notices.map(toRef),
    pageUrl: page.url,
    pageTitle: page.title,
    capture: {
      browser: environment.browser,
      consent: environment.consent,
      consentManager: environment.consentManager ?? null,
      thirdPartyCookies: environment.thirdPartyCookies,
      cookies: req.granted ? 'read' : 'permission-refused',
      capturedAt: environment.capturedAt,
    },
  };
}
