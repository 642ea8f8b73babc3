// Scripting adapter: injects the gatherer and the highlighter into the audited tab only, on demand.
import { browser } from './browser-api';
import type { GatheredPage } from '../gather/capture-page';
import { waitForPageToSettle } from '../gather/dom-quiet';
import { readTabPage } from '../gather/read-tab-page';
import { highlightText, type HighlightResult } from '../highlight';

export interface ScriptingApi {
  gather(tabId: number): Promise<GatheredPage>;
  highlight(tabId: number, quote: string): Promise<HighlightResult>;
  /** Highlight once a freshly loaded page has stopped changing (a page written by script fills in after load). */
  highlightWhenSettled(tabId: number, quote: string): Promise<HighlightResult>;
}

/** Run the gatherer in the tab: the page's capture, with the page's state as it was read. */
async function capture(tabId: number): Promise<GatheredPage> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/gather.js'] });
  const value = result?.result as GatheredPage | undefined;
  if (!value || typeof value !== 'object') throw new Error('the page could not be read');
  return value;
}

export const browserScripting: ScriptingApi = {
  gather: (tabId) =>
    readTabPage({
      capture: () => capture(tabId),
      waitToSettle: async (quietMs, maxMs) => {
        const [waited] = await browser.scripting.executeScript({ target: { tabId }, func: waitForPageToSettle, args: [quietMs, maxMs] });
        const how = waited?.result;
        return how === 'quiet' || how === 'changing' || how === 'empty' ? how : undefined;
      },
    }),
  async highlight(tabId, quote) {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: highlightText, args: [quote] });
    return (result?.result as HighlightResult | undefined) ?? { found: false };
  },
  async highlightWhenSettled(tabId, quote) {
    await browser.scripting.executeScript({ target: { tabId }, func: waitForPageToSettle, args: [150, 3_000] }).catch(() => undefined);
    return browserScripting.highlight(tabId, quote);
  },
};
