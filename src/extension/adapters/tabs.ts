// Tabs adapter: the few tab operations the extension needs, behind an interface so logic can be tested without a browser.
import { browser } from './browser-api';
import { whenComplete } from './tab-load';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export interface TabsApi {
  get(tabId: number): Promise<TabInfo>;
  active(): Promise<TabInfo | null>;
  open(url: string): Promise<void>;
  /** Open a tab and resolve with its id once it has loaded (rejects if it closes or takes longer than the limit). */
  openAndWait(url: string, timeoutMs: number): Promise<number>;
}

function toInfo(t: { id?: number; url?: string; title?: string }): TabInfo | null {
  return t.id === undefined ? null : { id: t.id, url: t.url ?? '', title: t.title ?? '' };
}

export const browserTabs: TabsApi = {
  async get(tabId) {
    const info = toInfo(await browser.tabs.get(tabId));
    if (!info) throw new Error(`tab ${tabId} has no id`);
    return info;
  },
  async active() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ? toInfo(tab) : null;
  },
  async open(url) {
    await browser.tabs.create({ url });
  },
  async openAndWait(url, timeoutMs) {
    const tab = await browser.tabs.create({ url });
    if (tab.id === undefined) throw new Error('the browser gave the tab no id');
    await whenComplete(tab.id, timeoutMs);
    return tab.id;
  },
};
