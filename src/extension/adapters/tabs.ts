// Tabs adapter: the few tab operations the extension needs, behind an interface so logic can be tested without a browser.
import { browser } from './browser-api';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export interface TabsApi {
  get(tabId: number): Promise<TabInfo>;
  active(): Promise<TabInfo | null>;
  open(url: string): Promise<void>;
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
};
