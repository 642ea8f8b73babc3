// The popup's end-to-end set-up, shared by its test files: the local school site, Chromium with the built extension,
// and the popup opened for a tab as a person opens it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureE2eBuild, launchWithExtension, tabIdFor, type ExtensionBrowser } from '../extension/browser-harness';
import { startSchoolSite, type SchoolSite } from '../fixtures/site/server';

export interface PopupSession {
  site: SchoolSite;
  browser: ExtensionBrowser;
}

/**
 * Builds the extension if its sources changed, starts the school site and launches Chromium with the extension before
 * the file's tests, and closes both after them. The session's fields are set once the tests run.
 */
export function usePopupSession(): PopupSession {
  const session = {} as PopupSession;
  beforeAll(async () => {
    ensureE2eBuild();
    session.site = await startSchoolSite();
    session.browser = await launchWithExtension();
  }, 300_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

/** Opens `url` in a tab and waits until a person would click: loaded, the network quiet, and `ready` when given. */
export async function openTab(
  browser: ExtensionBrowser,
  url: string,
  ready?: (tab: Page) => Promise<void>,
): Promise<{ tab: Page; tabId: number }> {
  const tab = await browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  // The iframe and the analytics script set their cookies by the time the network goes quiet: wait for that event.
  await tab.waitForLoadState('networkidle', { timeout: 30_000 });
  // A person clicks once the page shows: a page written by script is waited for.
  await ready?.(tab);
  return { tab, tabId: await tabIdFor(browser.context, browser.extensionId, tab.url()) };
}

/** The popup for a tab, at the popup's own size; `beforeLoad` runs first (e.g. to add an init script). */
export async function popupForTab(browser: ExtensionBrowser, tabId: number, beforeLoad?: (popup: Page) => Promise<unknown>): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await beforeLoad?.(popup);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Opens `url` in a tab and the popup for it, and waits for its report (or says what the popup showed instead). */
export async function openPopupFor(
  browser: ExtensionBrowser,
  url: string,
  ready?: (tab: Page) => Promise<void>,
): Promise<{ popup: Page; tab: Page }> {
  const { tab, tabId } = await openTab(browser, url, ready);
  const popup = await popupForTab(browser, tabId);
  try {
    await popup.locator('.report').waitFor({ timeout: 60_000 });
  } catch (err) {
    throw new Error(`the popup showed no report; it said: ${(await popup.locator('body').innerText()).slice(0, 500)}`, { cause: err });
  }
  return { popup, tab };
}

/** Forget saved audits, so the next popup audits afresh instead of showing the saved one. */
export async function clearAuditLog(browser: ExtensionBrowser): Promise<void> {
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/audit-log.html`);
  await helper.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove(
      'auditLog',
    ),
  );
  await helper.close();
}
