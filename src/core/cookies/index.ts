// Cookie audit entry points used by runAudit: the declared cookie table vs the cookies the site really set.
import type { ObservedCookies } from '../artifacts';
import type { NoticeDocument } from '../notice/types';
import type { CookieSection } from '../report';

/** True when the document carries a cookie notice (a cookie heading or a cookie table). */
export function hasCookieNotice(doc: NoticeDocument): boolean {
  return doc.sections.some((s) => s.heading !== null && /\bcookies?\b/i.test(s.heading));
}

/** Compare observed cookies with the declared table. */
export function analyseCookies(_input: {
  cookieNotice: NoticeDocument | null;
  observed: ObservedCookies | null;
  siteUrl: string | null;
}): CookieSection {
  return { observed: [], declared: [] };
}
