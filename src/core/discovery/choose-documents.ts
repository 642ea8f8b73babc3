// The one document chooser for both front ends: which links to fetch, what each fetched document is, which is audited as which notice.
import type { Artifacts, DocumentInput, PageCapture } from '../artifacts';
import type { DocumentKind } from '../report';
import { readNotice } from '../notice/read-notice';
import type { NoticeDocument } from '../notice/types';
import { classifyDocument } from './classify-document';
import { fallbackPaths, rankCandidates, type Candidate } from './rank-candidates';
import { describeKind, roleOfKind, type Discovery, type TriedDocument } from './document-outcomes';

/** Kinds worth fetching; 'other-policy' (SEND, behaviour...) is not a privacy notice. */
export const NOTICE_KINDS: readonly DocumentKind[] = [
  'pupil-notice',
  'workforce-notice',
  'governors-notice',
  'website-privacy-policy',
  'cookie-notice',
];
export const MAX_DOCUMENTS = 8;
const MAX_PER_KIND = 2;
export const MAX_HUBS = 3;

export interface PickedDocument extends Candidate {
  /** 'home', 'this page', 'hub <url>', 'fallback path' or 'your choice'. */
  via: string;
}

export function rankPage(page: PageCapture, via: string): PickedDocument[] {
  return rankCandidates(page).map((c) => ({ ...c, via }));
}

/** Same-site hub pages ("GDPR", "Policies") worth following one level, best first. */
export function pickHubs(candidates: readonly PickedDocument[]): PickedDocument[] {
  return candidates.filter((c) => c.isHub && c.sameSite).slice(0, MAX_HUBS);
}

/** Which links to fetch, best first: one per URL (best score), notices only, capped per kind. */
export function pickDocuments(candidates: readonly PickedDocument[]): PickedDocument[] {
  const byUrl = new Map<string, PickedDocument>();
  for (const c of candidates) {
    const key = c.url.replace(/#.*$/, '');
    const prev = byUrl.get(key);
    if (!prev || c.score > prev.score) byUrl.set(key, { ...c, url: key });
  }
  const sorted = [...byUrl.values()].sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
  let picked = sorted.filter(
    (c) => NOTICE_KINDS.includes(c.kind) && c.format !== 'doc' && !(c.isHub && c.format === 'html' && c.kind === 'unknown'),
  );
  // A link the ranker could not classify is still worth reading when nothing better exists.
  if (picked.length === 0) picked = sorted.filter((c) => c.kind === 'unknown' && !c.isHub && c.score > 0).slice(0, 2);
  const perKind = new Map<DocumentKind, number>();
  const out: PickedDocument[] = [];
  for (const c of picked) {
    const n = perKind.get(c.kind) ?? 0;
    if (n >= MAX_PER_KIND) continue;
    perKind.set(c.kind, n + 1);
    out.push(c);
    if (out.length >= MAX_DOCUMENTS) break;
  }
  return out;
}

/** Well-known notice locations on the site's origin, tried only when a page links to nothing recognisable. */
export function fallbackUrls(siteUrl: string): PickedDocument[] {
  return fallbackPaths(siteUrl).map((url) => ({
    url,
    text: '',
    kind: 'unknown',
    format: 'html',
    score: 0,
    reasons: ['well-known path'],
    isHub: false,
    sameSite: true,
    via: 'fallback path',
  }));
}

const PRIVACY_WORDS =
  /\b(privacy (notice|policy|statement)|fair processing|data protection (notice|policy)|how we use (your|pupil|student|workforce|personal) (data|information))\b/i;
const COOKIE_WORD = /\bcookies?\b/i;
const NOTICE_WORD = /\b(notice|policy|statement|settings|information|we use)\b/i;

/** "Cookie policy", "Cookies we use", or "Cookies" alone (looked for after the first "cookie", in linear time). */
function namesCookieNotice(heading: string): boolean {
  const m = COOKIE_WORD.exec(heading);
  if (!m) return false;
  return /^cookies?$/i.test(heading) || NOTICE_WORD.test(heading.slice(m.index + m[0].length));
}

/**
 * Whether the page the user is on presents itself as a notice (its title, main heading or address say so). Only then
 * is it read as a candidate; what kind of notice it is, its text decides like any other document's.
 */
export function looksLikeNoticePage(page: { title: string; url: string; heading?: string }): boolean {
  const heading = (page.heading ?? '').trim();
  let path = '';
  try {
    path = decodeURIComponent(new URL(page.url).pathname).replace(/[-_/]+/g, ' ');
  } catch {
    // an unusable address says nothing
  }
  if ([heading, page.title, path].some((s) => PRIVACY_WORDS.test(s))) return true;
  if (heading && namesCookieNotice(heading)) return true;
  return /\bcookies?\b/i.test(path) && /\bcookies?\b/i.test(page.title);
}

/** A fetched (or failed) candidate, with its content when it was read. */
export interface FetchedDocument {
  tried: TriedDocument;
  input: DocumentInput | null;
}

/**
 * Read what a fetched document is. Its own text decides (core classifyDocument), with the link's reading as the hint
 * for a close call; a document with no readable text keeps the link's reading, so the audit can say it was unreadable.
 */
export function readFetched(
  c: Pick<PickedDocument, 'url' | 'text' | 'kind' | 'via'>,
  got: { input: DocumentInput } | { error: string },
  label?: string,
  /** readNotice, or a caller's stand-in that hands back (or keeps) its one reading of the same input. */
  read: (input: DocumentInput) => NoticeDocument = readNotice,
): FetchedDocument {
  const base = { url: c.url, label: (label ?? c.text ?? '').slice(0, 300) || pathOf(c.url), via: c.via.slice(0, 8_300), linkKind: c.kind };
  if ('error' in got) return { tried: { ...base, kind: null, error: got.error.slice(0, 300), unreadable: false }, input: null };
  const input = got.input;
  const url = input.url ?? c.url;
  let kind: DocumentKind = c.kind;
  let unreadable = Boolean(input.unreadable);
  try {
    const doc = read(input);
    unreadable ||= doc.unreadable.length > 0;
    if (!unreadable) kind = classifyDocument(doc, c.kind);
  } catch {
    unreadable = true;
  }
  return { tried: { ...base, url, kind, error: null, unreadable }, input: { ...input, url } };
}

function pathOf(u: string): string {
  try {
    return new URL(u).pathname;
  } catch {
    return u;
  }
}

export interface DocumentChoice {
  /** Audited as the privacy notice: the pupil notice, else the best other privacy notice; null when there is none. */
  notice: FetchedDocument | null;
  /** Audited for the cookie checks beside the notice; null when none was found (the notice may carry a cookie section). */
  cookieNotice: FetchedDocument | null;
  /** Other privacy notices found (workforce, governors, website), best first, not counting `notice`. */
  others: FetchedDocument[];
}

/** The kind a fetched document fills; an unreadable one keeps the link's reading. */
function kindOf(f: FetchedDocument): DocumentKind | null {
  if (f.input === null) return null;
  return f.tried.kind;
}

/**
 * Choose among fetched documents, in the order they were fetched (best link first). A cookie policy is never the
 * privacy notice: a document fills the role its own text gives it. `preferUrl` is the person's own choice.
 */
export function chooseDocuments(fetched: readonly FetchedDocument[], preferUrl?: string): DocumentChoice {
  const read = fetched.filter((f) => f.input !== null);
  const chosen = preferUrl ? read.find((f) => f.tried.url === preferUrl || f.tried.url.replace(/#.*$/, '') === preferUrl) : undefined;
  const pupil = read.find((f) => kindOf(f) === 'pupil-notice');
  const others = read.filter((f) => roleOfKind(kindOf(f)) === 'other-notices');
  const cookie = read.find((f) => kindOf(f) === 'cookie-notice');
  const notice = chosen && kindOf(chosen) !== 'cookie-notice' ? chosen : (pupil ?? others[0] ?? (chosen && !cookie ? chosen : null));
  return {
    notice,
    cookieNotice: cookie && cookie !== notice ? cookie : null,
    others: others.filter((f) => f !== notice),
  };
}

/** The discovery record that travels with the audit, so the report can say what was looked at. */
export function discoveryOf(
  fetched: readonly FetchedDocument[],
  hubsVisited: readonly string[] = [],
  notFetched: readonly PickedDocument[] = [],
): Discovery {
  return {
    tried: fetched.slice(0, 50).map((f) => f.tried),
    hubsVisited: hubsVisited.slice(0, 20),
    notFetched: notFetched.slice(0, 50).map((c) => ({ url: c.url, label: (c.text || pathOf(c.url)).slice(0, 300), linkKind: c.kind })),
  };
}

/** Why a document was taken for what it is, in words a person can check. */
export function whyChosen(t: TriedDocument): string {
  const from =
    t.via === 'this page'
      ? 'the page you were on'
      : t.via === 'your choice'
        ? 'chosen by you'
        : t.via === 'fallback path'
          ? 'found at a well-known address'
          : t.via.startsWith('hub ')
            ? `linked as '${t.label}' from ${pathOf(t.via.slice(4))}`
            : `linked as '${t.label}'`;
  if (t.unreadable) return `${from}; it has no readable text`;
  return `${from}; its text reads as ${describeKind(t.kind ?? t.linkKind)}`;
}

export interface ChoiceArtifacts {
  artifacts: Artifacts;
  /** The kind the chosen document's text gives it (runAudit's applicability rules). */
  kind: DocumentKind;
}

/**
 * The artifacts of the main audit: the chosen privacy notice with the cookie notice and observed cookies beside it.
 * With no privacy notice the cookie notice is audited alone, as the cookie notice it is. Null when nothing was read.
 */
export function choiceArtifacts(
  choice: DocumentChoice,
  rest: Omit<Artifacts, 'notice' | 'cookieNotice' | 'discovery'>,
  discovery: Discovery,
): ChoiceArtifacts | null {
  const main = choice.notice ?? choice.cookieNotice;
  if (!main?.input) return null;
  const cookie = choice.notice && choice.cookieNotice?.input ? choice.cookieNotice.input : undefined;
  return {
    artifacts: { notice: main.input, ...(cookie ? { cookieNotice: cookie } : {}), ...rest, discovery },
    kind: choice.notice ? (main.tried.kind ?? main.tried.linkKind) : 'cookie-notice',
  };
}
