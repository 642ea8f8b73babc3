// Whether the tab's page can be read as it stands or should first be given a moment to settle: the decision alone.

/** What the page says about its own state at the moment it is read (measured in the page by pageReadiness). */
export interface PageReadiness {
  /** Milliseconds since the page's load event ended; null while it is still loading. */
  msSinceLoad: number | null;
  /** The page's body shows some text (a site builder's shell shows none until its script writes it). */
  showsText: boolean;
  /** The address changed since the page loaded: a site that swaps its pages by script did so at an unknown moment. */
  addressChanged: boolean;
}

export const PAGE_READ_LIMITS = {
  /** A page that finished loading this long ago is what the person is looking at: its scripts have written it. */
  settledAfterLoadMs: 2_000,
  /** How long the DOM must stay unchanged to count as written, when it is waited for. */
  quietMs: 150,
  /** The longest wait: past it, the page is read as it stands (a carousel or news ticker never stops changing). */
  maxWaitMs: 2_000,
} as const;

export type PageReadDecision = 'now' | 'wait';

/**
 * Read at once a page that finished loading a while ago and shows text: waiting for a quiet DOM there is pure cost,
 * and a page with a carousel is never quiet. Wait (bounded) only for a page that has just loaded, is still loading,
 * has changed its address by script, or shows no text yet. Anything unexpected from the page means wait.
 */
export function decidePageRead(readiness: PageReadiness | undefined, limits = PAGE_READ_LIMITS): PageReadDecision {
  if (!readiness || typeof readiness !== 'object') return 'wait';
  const { msSinceLoad, showsText, addressChanged } = readiness;
  if (typeof msSinceLoad !== 'number' || !Number.isFinite(msSinceLoad)) return 'wait';
  if (showsText !== true || addressChanged !== false) return 'wait';
  return msSinceLoad >= limits.settledAfterLoadMs ? 'now' : 'wait';
}
