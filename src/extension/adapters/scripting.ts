// Scripting adapter: injects the gatherer and the highlighter into the audited tab only, on demand.
import { browser } from './browser-api';
import type { GatheredPage } from '../gather/capture-page';
import { waitForDomQuiet } from '../gather/dom-quiet';
import { highlightText, type HighlightResult } from '../highlight';
import { markStep } from '../timing';

export interface ScriptingApi {
  gather(tabId: number): Promise<GatheredPage>;
  highlight(tabId: number, quote: string): Promise<HighlightResult>;
  /** Highlight once a freshly loaded page has stopped changing (a page written by script fills in after load). */
  highlightWhenSettled(tabId: number, quote: string): Promise<HighlightResult>;
}

export const browserScripting: ScriptingApi = {
  async gather(tabId) {
    // A page a site builder writes by script may still be filling in: read it once its DOM is quiet (bounded).
    await browser.scripting.executeScript({ target: { tabId }, func: waitForDomQuiet, args: [150, 2_000] }).catch(() => undefined);
    markStep('page-quiet');
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/gather.js'] });
    const value = result?.result as GatheredPage | undefined;
    if (!value || typeof value !== 'object') throw new Error('the page could not be read');
    return value;
  },
  async highlight(tabId, quote) {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: highlightText, args: [quote] });
    return (result?.result as HighlightResult | undefined) ?? { found: false };
  },
  async highlightWhenSettled(tabId, quote) {
    await browser.scripting.executeScript({ target: { tabId }, func: waitForDomQuiet, args: [150, 3_000] }).catch(() => undefined);
    return browserScripting.highlight(tabId, quote);
  },
};
