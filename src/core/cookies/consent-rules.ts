// The one reading of what PECR reg 6 asks of an observed cookie: which categories need consent first, what counts
// as a cookie problem, and how a cookie still present after a reject is judged. Checks, summaries, CSV and both
// front ends ask here rather than keep their own lists.
import type { ObservedCookieResult, Status } from '../report';

/**
 * Analytics, advertising and embedded-content cookies need opt-in consent (PECR reg 6; analytics only outside
 * the Sch A1 para 5 statistical exception, which a reject must honour anyway). Strictly necessary cookies are
 * exempt; functional and unrecognised cookies depend on what they do, so a person has to look.
 */
const NEEDS_CONSENT: ReadonlySet<string> = new Set(['analytics', 'advertising', 'embed']);

export function needsConsent(category: string): boolean {
  return NEEDS_CONSENT.has(category);
}

/** Set while no consent had been given (before any choice, or after a reject) by a cookie that needs it. */
export function setWithoutConsent(c: Pick<ObservedCookieResult, 'beforeConsent' | 'category'>): boolean {
  return c.beforeConsent === true && needsConsent(c.category);
}

/** A cookie problem: not in the site's cookie table, or set without the consent it needs. */
export function isCookieProblem(c: Pick<ObservedCookieResult, 'declared' | 'beforeConsent' | 'category'>): boolean {
  return c.declared !== 'yes' || setWithoutConsent(c);
}

/** How one cookie still present after the visitor rejected reads: a breach, fine, or for a person to judge. */
export function afterRejectStatus(c: Pick<ObservedCookieResult, 'category'>): Extract<Status, 'fail' | 'needs-review' | 'pass'> {
  if (c.category === 'strictly-necessary') return 'pass';
  return needsConsent(c.category) ? 'fail' : 'needs-review';
}
