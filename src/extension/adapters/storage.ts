// Storage adapter: a minimal key-value interface over storage.local, with an in-memory version for tests.
import { browser } from './browser-api';

export interface StorageApi {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  bytesInUse(): Promise<number | null>;
}

export const browserStorage: StorageApi = {
  async get(key) {
    const got = await browser.storage.local.get(key);
    return got[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async bytesInUse() {
    const area = browser.storage.local as { getBytesInUse?: (keys?: null) => Promise<number> };
    // Firefox has no getBytesInUse on storage.local; the page then estimates from the JSON size.
    return typeof area.getBytesInUse === 'function' ? area.getBytesInUse(null) : null;
  },
};

/** storage.local stand-in backed by a Map (structured clone mimics what the browser stores). */
export function memoryStorage(initial: Record<string, unknown> = {}): StorageApi & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    async get(key) {
      return data.has(key) ? structuredClone(data.get(key)) : undefined;
    },
    async set(key, value) {
      data.set(key, structuredClone(value));
    },
    async bytesInUse() {
      return JSON.stringify(Object.fromEntries(data)).length;
    },
  };
}
