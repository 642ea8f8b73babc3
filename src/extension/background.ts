// Background wiring: registers the message dispatcher (opening the audit log page is its only job today).
import { browser, type Polyfill } from './adapters/browser-api';
import { createDispatcher } from './messages';

/** Start listening for messages from the extension's own pages. */
export function startBackground(): void {
  const dispatch = createDispatcher(
    {
      'open-audit-log': async (m) => {
        const url = browser.runtime.getURL(`/audit-log.html${m.auditId ? `#${encodeURIComponent(m.auditId)}` : ''}` as '/audit-log.html');
        await browser.tabs.create({ url });
        return { ok: true };
      },
      ping: () => ({ ok: true }),
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  // The promise-returning form of the listener: the polyfill sends what it resolves to as the reply, in every browser.
  browser.runtime.onMessage.addListener((message: unknown, sender: Polyfill.Runtime.MessageSender) => dispatch(message, sender));
}
