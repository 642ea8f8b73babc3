// Cookie audit entry points used by runAudit: the declared cookie table vs the cookies the site really set.
import type { ObservedCookies } from '../artifacts';
import type { NoticeDocument } from '../notice/types';
import type { CookieSection } from '../report';
import { COOKIE_HEADING, findCookieScope, hasCookieTable, isCombinedTitle, type CookieScope } from './scope';
import { extractDeclaredCookies, toEntry, type DeclaredRow } from './declared';
import { findNearMissNames, matchObservedCookies, type MatchedCookie, type NearMissName } from './match';
import { isoToSeconds, normaliseCapture } from './observed';

export { parseObservedCookies } from './observed';

/** The cookie notice as the checks read it: where the cookie content is, and its declared rows. */
export interface CookieNoticeFacts {
  scope: CookieScope;
  rows: DeclaredRow[];
  nearMisses: NearMissName[];
}

/** Everything analyseCookies worked out: the report section, and what the checks and flags read behind it. */
export interface CookieAnalysis {
  section: CookieSection;
  notice: CookieNoticeFacts | null;
  matched: MatchedCookie[];
  /** Observed cookies were given (even an empty list). */
  observedGiven: boolean;
  consent: ObservedCookies['consent'] | null;
  skipped: number;
}

/**
 * True when the cookie content is a section inside another notice (a privacy notice with "How we use cookies"
 * near the end, as in seed 004) rather than a cookie notice of its own.
 */
export function isEmbeddedCookieSection(doc: NoticeDocument): boolean {
  const title = doc.title ?? doc.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const combined = isCombinedTitle(title);
  if (COOKIE_HEADING.test(title) && !combined) return false;
  const scope = findCookieScope(doc, true);
  // Under a "Privacy and cookies" title any later cookie heading opens the policy's cookie section.
  return scope.first > (combined ? 0 : 2);
}

/** Scope, declared rows and near-miss names of a cookie notice (runAudit reads them once per audit). */
export function readCookieNotice(doc: NoticeDocument): CookieNoticeFacts {
  const scope = findCookieScope(doc, isEmbeddedCookieSection(doc));
  const rows = extractDeclaredCookies(doc, scope);
  return { scope, rows, nearMisses: findNearMissNames(rows) };
}

/** True when the document carries a cookie notice: a cookie heading, a cookie table, or a declared cookie table in text. */
export function hasCookieNotice(doc: NoticeDocument, facts: () => CookieNoticeFacts = () => readCookieNotice(doc)): boolean {
  if (hasCookieTable(doc)) return true;
  const heading = doc.sections.some((s) => s.heading !== null && s.heading.length <= 120 && COOKIE_HEADING.test(s.heading));
  if (!heading) return false;
  // A heading alone might be a one-line pointer ("Cookies: see our cookie policy"); require some cookie content.
  const { rows, scope } = facts();
  if (rows.length) return true;
  const scoped = doc.blocks.slice(Math.max(0, scope.first), scope.last + 1);
  return scoped.filter((b) => /\bcookies?\b/i.test(b.text)).length >= 2 || scoped.reduce((n, b) => n + b.text.length, 0) >= 200;
}

/** Compare observed cookies with the declared table. */
export function analyseCookies(input: {
  cookieNotice: NoticeDocument | null;
  /** The cookie notice's facts, when the caller has read them already. */
  noticeFacts?: CookieNoticeFacts;
  observed: ObservedCookies | null;
  siteUrl: string | null;
  /** Audit date: the reference time for expiry when the capture has no capturedAt. */
  asOf?: string;
}): CookieAnalysis {
  const notice = input.cookieNotice ? (input.noticeFacts ?? readCookieNotice(input.cookieNotice)) : null;
  const rows = notice?.rows ?? [];
  let matched: MatchedCookie[] = [];
  let skipped = 0;
  if (input.observed) {
    const capture = normaliseCapture(input.observed);
    skipped = capture.skipped;
    matched = matchObservedCookies({
      cookies: capture.cookies,
      rows,
      nearMisses: notice?.nearMisses ?? [],
      siteUrl: input.observed.pageUrl || input.siteUrl,
      consent: input.observed.consent,
      ...(input.observed.consentBanner ? { consentBanner: input.observed.consentBanner } : {}),
      capturedAtSeconds: isoToSeconds(input.observed.capturedAt) ?? isoToSeconds(input.asOf),
    });
  }
  const section: CookieSection = {
    observed: matched.map((m) => m.result),
    declared: rows.map(toEntry),
    ...(input.observed
      ? {
          capture: {
            pageUrl: input.observed.pageUrl || (input.siteUrl ?? ''),
            capturedAt: input.observed.capturedAt,
            consent: input.observed.consent,
            thirdPartyCookies: input.observed.thirdPartyCookies ?? 'unknown',
            ...(input.observed.consentBanner ? { consentBanner: input.observed.consentBanner } : {}),
          },
        }
      : {}),
  };
  return { section, notice, matched, observedGiven: input.observed !== null, consent: input.observed?.consent ?? null, skipped };
}
