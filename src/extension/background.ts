// Background wiring: registers the message dispatcher (opening the audit log page, and showing a quote on another page).
import { browser, type Polyfill } from './adapters/browser-api';
import { browserScripting } from './adapters/scripting';
import { browserTabs } from './adapters/tabs';
import { createDispatcher } from './messages';
import { openAndHighlight } from './show-on-page';

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
      'show-on-page': (m) => openAndHighlight(m.url, m.quote, { tabs: browserTabs, scripting: browserScripting }),
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  // The promise-returning form of the listener: the polyfill sends what it resolves to as the reply, in every browser.
  browser.runtime.onMessage.addListener((message: unknown, sender: Polyfill.Runtime.MessageSender) => dispatch(message, sender));
}
