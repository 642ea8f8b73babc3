// The extension's audit: choose documents, fetch them, read cookies, run the core audit, and describe what was captured.
import type { DocumentInput, Environment } from '../core/artifacts';
import type { AuditReport, DocumentKind } from '../core/report';
import type { Candidate } from '../core/discovery/rank-candidates';
import {
  chooseDocuments,
  choiceArtifacts,
  discoveryOf,
  looksLikeNoticePage,
  pickDocuments,
  pickHubs,
  rankPage,
  readFetched,
  type FetchedDocument as ChosenDocument,
  type PickedDocument,
} from '../core/discovery/choose-documents';
import type { CookiesApi } from './adapters/cookies';
import type { GatheredPage } from './gather/capture-page';
import type { AccessPlan } from './hosts';
import type { CaptureInfo, DocumentRef } from './audit-log';
import { captureCookies } from './cookie-capture';
import { toPageCapture } from './gather/to-page-capture';
import type { FetchedDocument } from './fetch-document';
import type { Settings } from './settings';
import { auditDate } from './settings';
import { markStep } from './timing';
import { servedTextSuffices } from './served-text';
import { linksFromHtml } from '../core/discovery/page-links';
import { readTextHash } from './document-hash';
import { readNotice } from '../core/notice/read-notice';
import type { NoticeDocument } from '../core/notice/types';

export interface AuditDeps {
  cookies: CookiesApi;
  fetchDocument: (url: string) => Promise<FetchedDocument>;
  /**
   * The DOM of a linked HTML page after its scripts ran (a background tab in the browser), for site builders that
   * send an empty shell. Absent or failing: the fetched HTML is read, and the report says so.
   */
  renderDocument?: (url: string) => Promise<{ html: string; finalUrl: string; settled: boolean }>;
  /** Links of a fetched hub page; core's cheerio reader unless a test stands in for it. */
  parseLinks?: (html: string, baseUrl: string) => GatheredPage['links'];
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

/** Said of a page whose DOM was still changing at the end of the bounded wait for it. */
const STILL_CHANGING_NOTE = 'the page was still changing when it was read; it was read as it stood';

/** Nothing to audit: the popup offers "Audit this page as the notice". */
export class NothingFoundError extends Error {
  override readonly name = 'NothingFoundError';
}

/** A document was found but could not be read; the message says what happened. */
export class DocumentUnreadableError extends Error {
  override readonly name = 'DocumentUnreadableError';
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

function label(c: Pick<Candidate, 'text' | 'url'>): string {
  return c.text || new URL(c.url).pathname;
}

function toRef(c: Candidate): CandidateRef {
  return { url: c.url, label: label(c), kind: c.kind, format: c.format };
}

function describeFetch(kind: string, c: { format: string }, doc?: FetchedDocument): string {
  const what =
    c.format === 'pdf'
      ? `PDF${doc?.pageCount ? `, ${doc.pageCount} page${doc.pageCount === 1 ? '' : 's'}` : ''}`
      : c.format === 'docx'
        ? 'Word document'
        : 'web page';
  return `${doc ? 'Fetched' : 'Fetching'} ${kind} (${what})`;
}

/**
 * An HTML document is read from its rendered DOM, keeping the served HTML, unless the served HTML already holds its text;
 * other formats are read as fetched.
 */
async function readRendered(doc: FetchedDocument, deps: AuditDeps): Promise<FetchedDocument> {
  if (doc.input.format !== 'html') return doc;
  if (!deps.renderDocument)
    return { ...doc, input: { ...doc.input, readFrom: 'served', readNote: 'read as served: this browser cannot render linked pages' } };
  const served: DocumentInput = { ...doc.input, readFrom: 'served' };
  let read: NoticeDocument | undefined;
  // Read as fetchOne will read it (at its final address), so that reading is kept rather than made again.
  if (servedTextSuffices(doc.input.html, () => (read = readNotice({ ...served, url: doc.finalUrl })))) {
    markStep(`render-skipped ${doc.finalUrl}`);
    return { ...doc, input: served, ...(read ? { read } : {}) };
  }
  try {
    markStep(`render-start ${doc.finalUrl}`);
    const r = await deps.renderDocument(doc.finalUrl);
    markStep(`render-end ${doc.finalUrl}`);
    const note = r.settled ? {} : { readNote: STILL_CHANGING_NOTE };
    return { ...doc, input: { ...doc.input, html: r.html, readFrom: 'rendered', servedHtml: doc.input.html, ...note } };
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).slice(0, 200);
    return { ...doc, input: { ...doc.input, readFrom: 'served', readNote: `read as served: the page could not be rendered (${why})` } };
  }
}

/** Start fetching a candidate (the download only: rendering and reading wait until it is known to be needed). */
function startFetch(c: PickedDocument, deps: AuditDeps): Promise<FetchedDocument> {
  markStep(`fetch-start ${c.url}`);
  const download = deps.fetchDocument(c.url).then((got) => (markStep(`fetch-end ${c.url}`), got));
  // Awaited by fetchOne when the document is needed; a download that is not used must not be an unhandled rejection.
  download.catch(() => undefined);
  return download;
}

/**
 * The candidates whose downloads start together: from the front of the queue, until its links cover a pupil notice
 * and a cookie notice (the two the popup looks for), within the fetch limit. Which documents are read is still decided
 * one by one, in order, as before; a download started here and then not needed is left unread.
 */
function downloadsToStart(queue: readonly PickedDocument[], room: number): PickedDocument[] {
  const out: PickedDocument[] = [];
  for (const c of queue.slice(0, Math.max(0, room))) {
    out.push(c);
    if (out.some((x) => x.kind === 'pupil-notice') && out.some((x) => x.kind === 'cookie-notice')) break;
  }
  return out;
}

/** Each document as read once: deciding whether to render it, telling what it is and auditing it share the reading. */
type Readings = WeakMap<ChosenDocument, NoticeDocument>;

/** readFetched, keeping its reading for the audit; `already` is a reading of this same input made before. */
function readKeeping(
  c: Pick<PickedDocument, 'url' | 'text' | 'kind' | 'via'>,
  input: DocumentInput,
  readings: Readings,
  label?: string,
  already?: NoticeDocument,
): ChosenDocument {
  let read: NoticeDocument | undefined;
  const chosen = readFetched(c, { input }, label, (i) => (read = already ?? readNotice(i)));
  // An input without an address is handed on with the link's: a reading made without it is not that of what is audited.
  if (read && input.url) readings.set(chosen, read);
  return chosen;
}

/** Fetch and read one candidate; a failure is kept (with its reason) so the report can say what was looked at. */
async function fetchOne(
  c: PickedDocument,
  deps: AuditDeps,
  progress: (s: string) => void,
  readings: Readings,
  started?: Promise<FetchedDocument>,
): Promise<ChosenDocument> {
  const what = c.kind === 'cookie-notice' ? 'cookie notice' : 'privacy notice';
  progress(describeFetch(what, c));
  try {
    const fetched = await (started ?? startFetch(c, deps));
    const doc = await readRendered(fetched, deps);
    progress(describeFetch(what, c, doc));
    return readKeeping(c, { ...doc.input, url: doc.finalUrl }, readings, undefined, doc.read);
  } catch (err) {
    return readFetched(c, { error: err instanceof Error ? err.message : String(err) });
  }
}

/** The popup stops fetching once it has a pupil notice and a cookie notice: each fetch may open a background tab. */
const MAX_POPUP_FETCHES = 5;

function hasAll(fetched: readonly ChosenDocument[]): boolean {
  const choice = chooseDocuments(fetched);
  return choice.notice?.tried.kind === 'pupil-notice' && choice.cookieNotice !== null;
}

function refOf(f: ChosenDocument, kind: DocumentKind): DocumentRef {
  return { url: f.input?.url ?? f.tried.url, kind, format: f.input?.format ?? 'html', label: f.tried.label };
}

let core: Promise<typeof import('./audit-core')> | undefined;
/** The checks load on their own (the popup starts them as it opens); discovery and fetching do not wait for them. */
export function loadAuditCore(): Promise<typeof import('./audit-core')> {
  core ??= import('./audit-core');
  return core;
}

/** Run one audit of the tab's page. Progress lines are reported as they happen. */
export async function runExtensionAudit(
  req: AuditRequest,
  deps: AuditDeps,
  progress: (step: string) => void = () => {},
): Promise<ExtensionAudit> {
  const { page } = req;
  const pageCapture = toPageCapture(page);
  const fetched: ChosenDocument[] = [];
  const readings: Readings = new WeakMap();
  const hubsVisited: string[] = [];

  // The tab's page is read from its live DOM (whatever its scripts wrote is there) when it presents itself as a notice
  // or the person asked for it; its own text decides what kind of notice it is.
  const pageAsNotice = req.choice?.pageAsNotice === true;
  if (pageAsNotice || looksLikeNoticePage({ title: page.title, url: page.url, heading: page.mainHeading })) {
    const pageDoc: DocumentInput = {
      format: 'html',
      url: page.url,
      html: page.html,
      readFrom: 'rendered',
      ...(page.stillChanging === true ? { readNote: STILL_CHANGING_NOTE } : {}),
    };
    fetched.push(
      readKeeping(
        { url: page.url, text: '', kind: 'unknown', via: pageAsNotice ? 'your choice' : 'this page' },
        pageDoc,
        readings,
        page.mainHeading || page.title || 'This page',
      ),
    );
  }

  let candidates = rankPage(pageCapture, 'page');
  // No link to a pupil notice, only hubs ("Policies", "GDPR")? Follow the best one level down, as a person would.
  const hub = pickHubs(candidates)[0];
  if (req.granted && hub && !pickDocuments(candidates).some((c) => c.kind === 'pupil-notice') && !hasAll(fetched)) {
    progress(`Opening ${label(hub)}`);
    try {
      const got = await readRendered(await deps.fetchDocument(hub.url), deps);
      if (got.input.format === 'html') {
        const links = (deps.parseLinks ?? linksFromHtml)(got.input.html, got.finalUrl);
        hubsVisited.push(got.finalUrl);
        candidates = [...candidates, ...rankPage({ ...pageCapture, url: got.finalUrl, links }, `hub ${got.finalUrl}`)];
      }
    } catch {
      // the hub is only a shortcut; its failure leaves the page's own links
    }
  }
  const picked = pickDocuments(candidates).filter((c) => !fetched.some((f) => f.tried.url === c.url));
  progress(`Found ${picked.length} notice${picked.length === 1 ? '' : 's'}`);

  // Cookies are read before any linked page is rendered, so the jar is the one the visitor's own pages set. Fetches send
  // and keep no cookies, so they start at once, alongside the cookie reads; only the renders wait for the jar.
  let cookiesRead: Promise<Awaited<ReturnType<typeof captureCookies>> | null> = Promise.resolve(null);
  if (req.granted) {
    progress('Reading cookies');
    markStep('cookies-start');
    cookiesRead = captureCookies(deps.cookies, page.url, req.plan.thirdPartyDomains, deps.now()).then((c) => (markStep('cookies-end'), c));
  }
  const jarRead = cookiesRead.then(
    () => undefined,
    () => undefined,
  );
  const render = deps.renderDocument;
  const fetchDeps: AuditDeps = render ? { ...deps, renderDocument: async (url) => (await jarRead, render(url)) } : deps;

  const chosenUrl = pageAsNotice ? page.url : req.choice?.noticeUrl;
  const queue: PickedDocument[] = [];
  if (chosenUrl && !pageAsNotice) {
    const known = candidates.find((x) => x.url === chosenUrl);
    queue.push({
      ...(known ?? {
        url: chosenUrl,
        text: '',
        kind: 'unknown' as DocumentKind,
        format: 'html' as const,
        score: 0,
        reasons: [],
        isHub: false,
        sameSite: true,
      }),
      via: 'your choice',
    });
  }
  queue.push(...picked.filter((c) => c.url !== chosenUrl));
  // Without host access the fetches are still tried: the browser may allow them (the tab's own site, an open server).
  const notFetched: PickedDocument[] = [];
  // The likely documents download side by side; each is then rendered (if it needs it) and read in queue order.
  const downloads = new Map(downloadsToStart(queue, MAX_POPUP_FETCHES - fetched.length).map((c) => [c, startFetch(c, fetchDeps)]));
  for (const c of queue) {
    if (fetched.length >= MAX_POPUP_FETCHES || (hasAll(fetched) && c.via !== 'your choice')) notFetched.push(c);
    else fetched.push(await fetchOne(c, fetchDeps, progress, readings, downloads.get(c)));
  }

  const choice = chooseDocuments(fetched, chosenUrl);
  if (chosenUrl && !pageAsNotice && !choice.notice) {
    const failed = fetched.find((f) => f.tried.url === chosenUrl);
    throw new DocumentUnreadableError(
      `The privacy notice could not be fetched: ${failed?.tried.error ?? 'it is not a privacy notice'}.`,
      chosenUrl,
    );
  }
  const captured = await cookiesRead;
  const now = deps.now();
  const environment: Environment = {
    browser: deps.browserName,
    thirdPartyCookies: captured?.observed.thirdPartyCookies ?? 'unknown',
    consent: captured?.consent.state ?? 'unknown',
    consentManager: captured?.consent.manager ?? null,
    capturedAt: now.toISOString(),
  };
  const main = choiceArtifacts(
    choice,
    { ...(captured ? { observedCookies: captured.observed } : {}), page: pageCapture, environment },
    discoveryOf(fetched, hubsVisited, notFetched),
  );
  if (!main) {
    const failed = fetched.find((f) => f.tried.error !== null);
    if (failed && !req.granted) {
      // Without host access the browser usually refuses to fetch the school's other pages.
      throw new NothingFoundError(
        `The privacy notice is on another page (${new URL(failed.tried.url).pathname}), and without access to the school's site it could not be fetched.`,
      );
    }
    if (failed) throw new DocumentUnreadableError(`The privacy notice could not be read: ${failed.tried.error}.`, failed.tried.url);
    throw new NothingFoundError('No privacy notice link found on this page.');
  }

  progress('Checking the notice against the checklist');
  markStep('core-start');
  const mainDoc = (choice.notice ?? choice.cookieNotice)!;
  const cookieDoc = choice.notice && choice.cookieNotice?.input ? choice.cookieNotice : null;
  const { auditAndRead } = await loadAuditCore();
  const read = auditAndRead(
    main.artifacts,
    {
      asOf: auditDate(req.settings, now),
      nation: req.settings.nation,
      phase: req.settings.phase,
      kind: main.kind,
      auditedAt: now.toISOString(),
    },
    undefined,
    { notice: readings.get(mainDoc), cookieNotice: cookieDoc ? readings.get(cookieDoc) : undefined },
  );
  const { report } = read;

  markStep('core-end');
  // Fingerprints of the text the audit read, so the next audit of this school can say whether each document changed.
  const [noticeHash, cookieHash] = await Promise.all([
    readTextHash(read.notice),
    cookieDoc && read.cookieNotice ? readTextHash(read.cookieNotice) : null,
  ]);
  return {
    report,
    notice: { ...refOf(mainDoc, main.kind), ...(noticeHash ? { textHash: noticeHash } : {}) },
    cookieNotice: cookieDoc ? { ...refOf(cookieDoc, 'cookie-notice'), ...(cookieHash ? { textHash: cookieHash } : {}) } : null,
    // The switcher offers privacy notices only: a link whose page turned out to be a cookie policy is not one.
    candidates: candidates
      .filter((c) => !c.isHub && c.sameSite && c.kind !== 'cookie-notice' && c.format !== 'doc')
      .filter((c) => !fetched.some((f) => f.tried.url === c.url && f.tried.kind === 'cookie-notice'))
      .filter((c, i, all) => all.findIndex((x) => x.url === c.url) === i)
      .map(toRef),
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
