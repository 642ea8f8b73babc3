// The one handle on the extension APIs: webextension-polyfill's promise-based `browser`, the same API in Chromium and Firefox.
import { browser as resolved } from 'wxt/browser';
import type Polyfill from 'webextension-polyfill';

/**
 * In every build `wxt/browser` is webextension-polyfill's `browser`: the @wxt-dev/webextension-polyfill module
 * (wxt.config.ts) points the import there, so the extension and WXT's own runtime share one polyfilled namespace.
 * Typed with the polyfill's declarations, which describe what it returns (promises, Firefox's shapes); outside a
 * browser (unit tests) the import is empty and only the in-memory adapters are used.
 */
export const browser = resolved as unknown as Polyfill.Browser;
export type { Polyfill };
