// Decides which documents to audit: the page itself when it is a notice, else the best same-site links discovery ranked.
import type { PageCapture } from '../core/artifacts';
import type { DocumentKind } from '../core/report';
import { rankCandidates, type Candidate } from '../core/discovery/rank-candidates';
import type { GatheredPage } from './gather/capture-page';

export type PageRole = 'privacy-notice' | 'cookie-notice' | null;

const PRIVACY_WORDS = /\b(privacy (notice|policy|statement)|fair processing|data protection (notice|policy)|how we use (your|pupil|student|workforce|personal) (data|information))\b/i;
const COOKIE_WORDS = /\bcookies?\b.*\b(notice|policy|statement|settings|information|we use)\b|^cookies?$/i;

/** What the page the user is on is, judged from its title, main heading and address only (no content judging). */
export function pageRole(page: Pick<GatheredPage, 'title' | 'mainHeading' | 'url'>): PageRole {
  const heading = page.mainHeading.trim();
  const path = (() => {
    try {
      return decodeURIComponent(new URL(page.url).pathname).replace(/[-_/]+/g, ' ');
    } catch {
      return '';
    }
  })();
  const signals = [heading, page.title, path];
  if (signals.some((s) => PRIVACY_WORDS.test(s))) return 'privacy-notice';
  if (heading && COOKIE_WORDS.test(heading)) return 'cookie-notice';
  if (/\bcookies?\b/i.test(path) && /\bcookies?\b/i.test(page.title)) return 'cookie-notice';
  return null;
}

/** The kind of notice a heading names, for runAudit's applicability rules. */
export function kindFromHeading(text: string): DocumentKind {
  if (/\b(pupils?|students?|parents?|carers?|learners?|children)\b/i.test(text)) return 'pupil-notice';
  if (/\b(workforce|staff|employees?)\b/i.test(text)) return 'workforce-notice';
  if (/\bgovernors?\b/i.test(text)) return 'governors-notice';
  if (/\b(website|privacy policy)\b/i.test(text)) return 'website-privacy-policy';
  return 'unknown';
}

export function toPageCapture(page: GatheredPage, withHtml = false): PageCapture {
  return {
    url: page.url,
    title: page.title,
    ...(withHtml ? { html: page.html } : {}),
    links: page.links,
    resourceHosts: page.resourceHosts,
    capturedAt: page.capturedAt,
  };
}

const NOTICE_KINDS: ReadonlySet<DocumentKind> = new Set(['pupil-notice', 'website-privacy-policy', 'workforce-notice', 'governors-notice', 'other-policy', 'unknown']);
// A pupil notice is what parents and governors ask about; other notices are offered in the switcher.
const KIND_ORDER: DocumentKind[] = ['pupil-notice', 'website-privacy-policy', 'unknown', 'other-policy', 'workforce-notice', 'governors-notice'];

export interface Choices {
  notices: Candidate[];
  cookieNotices: Candidate[];
  hubs: Candidate[];
}

/** Split ranked candidates into privacy notices (best first), cookie notices and hubs; same-site only. */
export function chooseCandidates(candidates: readonly Candidate[]): Choices {
  const usable = candidates.filter((c) => c.sameSite && c.format !== 'doc');
  const notices = usable
    .filter((c) => !c.isHub && NOTICE_KINDS.has(c.kind))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.score - a.score);
  const cookieNotices = usable.filter((c) => !c.isHub && c.kind === 'cookie-notice').sort((a, b) => b.score - a.score);
  const hubs = usable.filter((c) => c.isHub).sort((a, b) => b.score - a.score);
  return { notices: dedupe(notices), cookieNotices: dedupe(cookieNotices), hubs: dedupe(hubs) };
}

function dedupe(list: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = c.url.replace(/#.*$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rank the page's links (discovery lives in the core; this only adapts the capture). */
export function findCandidates(page: GatheredPage): Candidate[] {
  return rankCandidates(toPageCapture(page));
}
