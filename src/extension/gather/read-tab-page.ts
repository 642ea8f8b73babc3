// Reads the tab's page for the popup: at once when it is ready, otherwise again once it has settled (bounded).
import type { GatheredPage } from './capture-page';
import type { PageSettling } from './dom-quiet';
import { PAGE_READ_LIMITS, decidePageRead } from './read-decision';
import { markStep } from '../timing';

/** The two things done in the tab (by the scripting adapter): capture the page, and wait for it to settle. */
export interface TabPageReader {
  capture(): Promise<GatheredPage>;
  /** Resolves how the wait ended; undefined when the page could not be watched. */
  waitToSettle(quietMs: number, maxMs: number): Promise<PageSettling | undefined>;
}

/**
 * Capture at once; a page that has just loaded, has changed its address by script or shows no text yet (a site
 * builder's shell still being written) is captured again once its DOM is quiet, within a bound. The note that it was
 * still changing is given only when it was seen changing at the limit.
 */
export async function readTabPage(reader: TabPageReader, limits = PAGE_READ_LIMITS): Promise<GatheredPage> {
  const first = await reader.capture();
  if (decidePageRead(first.readiness, limits) === 'now') {
    markStep('page-read-at-once');
    return first;
  }
  markStep('page-wait-start');
  const settling = await reader.waitToSettle(limits.quietMs, limits.maxWaitMs).catch(() => undefined);
  markStep(`page-wait-end ${settling ?? 'unwatched'}`);
  const page = await reader.capture();
  return { ...page, stillChanging: settling === 'changing' };
}
