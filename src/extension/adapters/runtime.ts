// Runtime adapter: messages from the extension's own pages to its background.
import { browser } from './browser-api';

export interface RuntimeApi {
  /** Open the audit log page in a tab, at one audit when given. */
  openAuditLog(auditId?: string): Promise<void>;
  /** Ask the background to open `url` and highlight `quote` there (the popup closes when a tab opens). */
  showOnPage(url: string, quote: string): Promise<void>;
}

export const browserRuntime: RuntimeApi = {
  async openAuditLog(auditId) {
    await browser.runtime.sendMessage({ type: 'open-audit-log', ...(auditId ? { auditId } : {}) });
  },
  async showOnPage(url, quote) {
    await browser.runtime.sendMessage({ type: 'show-on-page', url, quote });
  },
};
