// The host access an audit asks for, and the sentence shown before the browser's prompt. Kept apart from the
// planning (hosts.ts, which needs the public-suffix list) so the popup can show it without loading that list.

export interface AccessPlan {
  /** The school's registrable domain. */
  schoolDomain: string;
  /** Third-party registrable domains embedded in the page, most relevant first, capped. */
  thirdPartyDomains: string[];
  /** Match patterns to request (school first). */
  origins: string[];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The one sentence shown before the browser's permission prompt (ux.md). */
export function describeAccess(plan: AccessPlan): string {
  const n = plan.thirdPartyDomains.length;
  const count = n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
  const others =
    n === 0
      ? ''
      : ` and the ${count} other site${n === 1 ? '' : 's'} it embeds (${plan.thirdPartyDomains.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''})`;
  return `To read this school's cookies and fetch its privacy notice, allow access to ${plan.schoolDomain}${others}.`;
}
