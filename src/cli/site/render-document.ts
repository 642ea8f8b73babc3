// Reads an HTML document as a visitor's browser shows it: the DOM after load, once the network and the DOM are quiet (bounded).
import type { BrowserContext, Page } from 'playwright-core';
import { LIMITS } from '../../core/artifacts';
import type { CheckedProxy } from '../browser/checked-proxy';
import { explainProxyFailure } from './proxied-navigation';

/** How long the DOM must stay unchanged before it counts as written, and the most a page may keep it busy. */
export const DOM_QUIET_MS = 300;
export const MAX_DOM_WAIT_MS = 3_000;

/**
 * Runs in the page: resolves once no element or text changed for `quietMs`, or after `maxMs` whatever happens. A page
 * whose body has no text yet (a site builder's shell whose script is still fetching its content) is unwritten rather
 * than quiet: it is waited for until it shows text, up to `emptyMaxMs`. Source text rather than a function, so bundler
 * helpers never leak into the page.
 */
export const IN_PAGE_DOM_QUIET = `({ quietMs, maxMs, emptyMaxMs }) => new Promise((resolve) => {
  const start = Date.now();
  let quiet = null;
  let cap = null;
  const root = document.documentElement;
  const hasText = () => { try { return !!(document.body && document.body.innerText.trim()); } catch (e) { return true; } };
  const finish = (settled) => { try { observer.disconnect(); } catch (e) {} clearTimeout(quiet); clearTimeout(cap); resolve(settled); };
  const quietNow = () => { if (hasText()) finish(true); };
  const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(quietNow, quietMs); });
  if (root) observer.observe(root, { subtree: true, childList: true, characterData: true });
  quiet = setTimeout(quietNow, quietMs);
  const capAt = (ms) => setTimeout(() => { if (hasText() || Date.now() - start >= emptyMaxMs) finish(false); else cap = capAt(emptyMaxMs - (Date.now() - start)); }, Math.max(0, ms));
  cap = capAt(maxMs);
})`;

export class RenderError extends Error {
  override readonly name = 'RenderError';
}

export interface RenderedDocument {
  html: string;
  finalUrl: string;
  /** False when the DOM was still changing at the time limit (read as it stood). */
  settled: boolean;
}

function left(end: number): number {
  return Math.max(0, end - Date.now());
}

/**
 * Wait until the page's DOM stops changing (bounded by `end` and MAX_DOM_WAIT_MS); false when it did not. With
 * `waitForText`, a page with no text yet is waited for until it shows some, up to `end`.
 */
export async function waitForDomQuiet(page: Page, end: number, waitForText = false): Promise<boolean> {
  const maxMs = Math.min(MAX_DOM_WAIT_MS, left(end));
  if (maxMs <= 0) return false;
  const emptyMaxMs = waitForText ? Math.max(maxMs, left(end)) : maxMs;
  const fn = `(${IN_PAGE_DOM_QUIET})(${JSON.stringify({ quietMs: DOM_QUIET_MS, maxMs, emptyMaxMs })})`;
  // A page that wedges its own thread never answers: the Node-side timer ends the wait.
  return Promise.race([
    (page.evaluate(fn) as Promise<boolean>).catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), emptyMaxMs + 1_000).unref()),
  ]);
}

/** Navigate `page` to `url` until DOMContentLoaded; a failure becomes a RenderError a person can read. */
async function openPage(page: Page, url: string, end: number, timeoutMs: number) {
  try {
    return await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(500, left(end)) });
  } catch (err) {
    const first = ((err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '').replace(/^[\w.]+: /, '');
    throw new RenderError(
      /Timeout \d+ms exceeded/i.test(first) ? `no answer within ${Math.round(timeoutMs / 1000)} s` : first.slice(0, 200),
    );
  }
}

/**
 * Open `url` in a new tab of the site's context (its cookies, as a visitor), let its scripts run until the
 * network is idle and the DOM stops changing, within `timeoutMs`, and return the serialised DOM. The tab is
 * always closed. Throws RenderError with a reason a person can read, or the proxy's refusal (PrivateAddressError).
 */
export async function renderHtmlDocument(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
  proxy: CheckedProxy | null = null,
): Promise<RenderedDocument> {
  const end = Date.now() + timeoutMs;
  const page = await context.newPage();
  try {
    // A load the context's checked proxy refused fails with the proxy's reason ("not fetched: ... private address").
    await explainProxyFailure(page, proxy, async () => {
      const response = await openPage(page, url, end, timeoutMs);
      if (response && response.status() >= 400) throw new RenderError(`HTTP ${response.status()}`);
    });
    const settle = Math.max(500, Math.min(5_000, left(end)));
    await page
      .waitForLoadState('load', { timeout: settle })
      .then(() => page.waitForLoadState('networkidle', { timeout: Math.max(500, Math.min(settle, left(end))) }))
      .catch(() => undefined);
    const settled = await waitForDomQuiet(page, end, true);
    const html = await page.content();
    return { html: html.slice(0, LIMITS.documentChars), finalUrl: page.url(), settled };
  } finally {
    await page.close().catch(() => {});
  }
}
