// Waiting for a tab to finish loading, for the tabs the extension opens (rendering a notice, showing a quote).
import { browser } from './browser-api';

/** Resolves when the tab has finished loading (status 'complete'); rejects when it closes or at the deadline. */
export function whenComplete(tabId: number, timeoutMs: number, onError: (reason: string) => Error = (r) => new Error(r)): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      browser.tabs.onRemoved.removeListener(removed);
      if (err) reject(err);
      else resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const removed = (id: number) => {
      if (id === tabId) done(onError('the tab was closed'));
    };
    const timer = setTimeout(() => done(onError(`the page did not finish loading within ${timeoutMs / 1000} s`)), timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.onRemoved.addListener(removed);
    // It may already be complete (a fast page) before the listener was added.
    browser.tabs.get(tabId).then(
      (t) => t.status === 'complete' && done(),
      () => done(onError('the tab was closed')),
    );
  });
}
