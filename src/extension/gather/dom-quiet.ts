// Injected into a tab: resolves once the page's DOM stops changing (pages a site builder writes by script), bounded.

/**
 * Start recording when the DOM last changed (for a background tab, whose own timers the browser slows down: the
 * caller polls msSinceDomChange from its own, unthrottled page instead). Serialised by scripting.executeScript, so self-contained.
 */
export function watchDomChanges(): void {
  const w = globalThis as unknown as { __spaDomWatch?: { last: number } };
  if (w.__spaDomWatch) return;
  const watch = { last: performance.now() };
  w.__spaDomWatch = watch;
  if (document.documentElement)
    new MutationObserver(() => void (watch.last = performance.now())).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
    });
}

/** Milliseconds since watchDomChanges last saw the DOM change (-1 when it is not watching). Self-contained. */
export function msSinceDomChange(): number {
  const watch = (globalThis as unknown as { __spaDomWatch?: { last: number } }).__spaDomWatch;
  return watch ? performance.now() - watch.last : -1;
}

/** True once the page's body shows some text (a site builder's empty shell has none until its script writes it). Self-contained. */
export function bodyHasText(): boolean {
  return Boolean(document.body && document.body.innerText.trim());
}

/** How a wait for the tab's page ended: quiet with text, still changing at the limit, or quiet with no text at the limit. */
export type PageSettling = 'quiet' | 'changing' | 'empty';

/**
 * Resolve once the page's DOM has not changed for `quietMs` and it shows text, or at `maxMs` whatever happens, saying
 * which. A shell quiet while its script fetches the content is not settled: it is waited for until it shows text.
 * Serialised by scripting.executeScript, so self-contained.
 */
export function waitForPageToSettle(quietMs: number, maxMs: number): Promise<PageSettling> {
  return new Promise((resolve) => {
    let lastChange = performance.now();
    const showsText = () => Boolean(document.body && document.body.innerText.trim());
    const finish = (how: PageSettling) => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve(how);
    };
    // Quiet for quietMs: done if it shows text; an empty page waits for the next change (or the limit).
    const whenQuiet = () => {
      if (showsText()) finish('quiet');
    };
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      clearTimeout(quiet);
      quiet = setTimeout(whenQuiet, quietMs);
    });
    if (document.documentElement) observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    let quiet = setTimeout(whenQuiet, quietMs);
    const cap = setTimeout(() => finish(performance.now() - lastChange < quietMs ? 'changing' : showsText() ? 'quiet' : 'empty'), maxMs);
  });
}
