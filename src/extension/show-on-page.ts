// "Show on page" for a quote on another page: open it, wait for it to load, then scroll to and highlight the quote.
import type { ScriptingApi } from './adapters/scripting';
import type { TabsApi } from './adapters/tabs';
import { textFragmentUrl } from './evidence-quote';

export const SHOW_LIMITS = { loadMs: 15_000 } as const;

export interface ShownQuote {
  /** The highlighter found and marked the quote (it needs host access to the page). */
  highlighted: boolean;
}

/**
 * The address carries a text fragment, so the browser itself scrolls to the quote even where the extension may not
 * run; with access to the page the highlighter then marks it once the page has settled, whatever its formatting.
 */
export async function openAndHighlight(
  url: string,
  stretch: string,
  deps: { tabs: TabsApi; scripting: ScriptingApi },
): Promise<ShownQuote> {
  const tabId = await deps.tabs.openAndWait(textFragmentUrl(url, stretch), SHOW_LIMITS.loadMs);
  if (!stretch) return { highlighted: false };
  const result = await deps.scripting.highlightWhenSettled(tabId, stretch).catch(() => ({ found: false }));
  return { highlighted: result.found };
}
