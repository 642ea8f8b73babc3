// Chooses which notice documents to fetch from ranked page links (the ranking itself lives in src/core/discovery).
import { fallbackPaths, rankCandidates, type Candidate } from '../../core/discovery/rank-candidates';
import type { PageCapture } from '../../core/artifacts';
import type { DocumentKind } from '../../core/report';

/** Kinds worth auditing; 'other-policy' (SEND, behaviour...) is not a privacy notice. */
export const NOTICE_KINDS: readonly DocumentKind[] = ['pupil-notice', 'workforce-notice', 'governors-notice', 'website-privacy-policy', 'cookie-notice'];
export const MAX_DOCUMENTS = 8;
const MAX_PER_KIND = 2;
export const MAX_HUBS = 3;

export interface PickedDocument extends Candidate {
  via: string;
}

export function rankPage(page: PageCapture, via: string): PickedDocument[] {
  return rankCandidates(page).map((c) => ({ ...c, via }));
}

/** Same-site hub pages ("GDPR", "Policies") worth following one level, best first. */
export function pickHubs(candidates: readonly PickedDocument[]): PickedDocument[] {
  return candidates.filter((c) => c.isHub && c.sameSite).slice(0, MAX_HUBS);
}

/** Merge candidates from the home page and hubs: one per URL (best score), notices only, capped per kind. */
export function pickDocuments(candidates: readonly PickedDocument[]): PickedDocument[] {
  const byUrl = new Map<string, PickedDocument>();
  for (const c of candidates) {
    const key = c.url.replace(/#.*$/, '');
    const prev = byUrl.get(key);
    if (!prev || c.score > prev.score) byUrl.set(key, { ...c, url: key });
  }
  const sorted = [...byUrl.values()].sort((a, b) => b.score - a.score);
  let picked = sorted.filter((c) => NOTICE_KINDS.includes(c.kind) && !(c.isHub && c.format === 'html' && c.kind === 'unknown'));
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
export function fallbackUrls(siteUrl: string): string[] {
  return fallbackPaths(siteUrl).slice(0, 12);
}
