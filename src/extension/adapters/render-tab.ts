// Renders a linked HTML document in a background tab the extension opens and closes, and reads its DOM after its scripts ran.
import { browser } from './browser-api';
import type { GatheredPage } from '../gather/capture-page';
import { bodyHasText, msSinceDomChange, watchDomChanges } from '../gather/dom-quiet';
import { whenComplete } from './tab-load';

export const RENDER_LIMITS = { timeoutMs: 15_000, quietMs: 200, maxDomWaitMs: 3_000 } as const;

export interface RenderedPage {
  html: string;
  finalUrl: string;
  /** False when the DOM was still changing at the time limit (read as it stood). */
  settled: boolean;
}

/** Rendering was not possible (no access granted, the tab failed to load, the time ran out): the reason in plain words. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Wait until the tab's DOM has not changed for `quietMs`, at most `maxMs`. The clock is this page's: an inactive
 * tab's own timers are slowed to about one a second, which would add a second to every document. A page with no
 * text yet (a site builder's shell whose script is still fetching its content) is not quiet but unwritten: it is
 * waited for until it shows text, up to `emptyEnd`. True only when the DOM went quiet with text showing; false when
 * the page is read as it stands (text showing but still changing at the deadline, or no text by `emptyEnd`).
 */
async function domQuiet(tabId: number, quietMs: number, maxMs: number, emptyEnd: number): Promise<boolean> {
  const end = Date.now() + maxMs;
  const run = async <T>(func: () => T): Promise<T | undefined> =>
    (await browser.scripting.executeScript({ target: { tabId }, func }))[0]?.result as T | undefined;
  const hasText = async () => (await run(bodyHasText)) === true;
  await run(watchDomChanges);
  for (;;) {
    const since = await run(msSinceDomChange);
    // The watcher is gone (the tab navigated away): read the page as it stands.
    if (typeof since !== 'number' || since < 0) return false;
    const now = Date.now();
    const quiet = since >= quietMs;
    // Quiet, with text: settled.
    if (quiet && (await hasText())) return true;
    // Past every deadline, quiet but still empty or still changing: read as it stands.
    if (now >= emptyEnd && (quiet || now >= end)) return false;
    // Still changing at the DOM deadline, but the text has arrived: read as it stands rather than wait on.
    if (!quiet && now >= end && (await hasText())) return false;
    // Look again when the DOM could next be quiet (50 ms at least), but not past the deadline that still applies.
    const deadline = quiet ? emptyEnd : Math.max(end, emptyEnd);
    const waitMs = Math.max(0, Math.min(Math.max(quietMs - since, 50), deadline - Date.now())) + 10;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/**
 * Open `url` in an inactive tab (Chromium and Firefox alike), wait for load and a quiet DOM, read the page with the
 * gatherer, and always close the tab. Only within the host access the user granted: without it, RenderError.
 */
export async function renderInBackgroundTab(url: string, limits = RENDER_LIMITS): Promise<RenderedPage> {
  if (!/^https?:/i.test(url)) throw new RenderError('only web pages can be rendered');
  const allowed = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
  if (!allowed) throw new RenderError(`access to ${new URL(url).hostname} was not given`);
  const end = Date.now() + limits.timeoutMs;
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) throw new RenderError('the browser gave the tab no id');
  try {
    await whenComplete(tabId, limits.timeoutMs, (reason) => new RenderError(reason));
    const settled = await domQuiet(tabId, limits.quietMs, Math.max(0, Math.min(limits.maxDomWaitMs, end - Date.now())), end);
    const [gathered] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/gather.js'] });
    const page = gathered?.result as GatheredPage | undefined;
    if (!page || typeof page.html !== 'string') throw new RenderError('the rendered page could not be read');
    return { html: page.html, finalUrl: page.url, settled };
  } catch (err) {
    if (err instanceof RenderError) throw err;
    throw new RenderError((err instanceof Error ? err.message : String(err)).slice(0, 200));
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
