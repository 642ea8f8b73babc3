// Cookies adapter: reads every cookie (HttpOnly included) for a domain, with partitioned ones where the browser supports it.
import { browser } from './browser-api';

/** A cookie as the WebExtension cookies API reports it (the fields the audit uses). */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  httpOnly: boolean;
  secure: boolean;
  session: boolean;
  sameSite?: string;
  expirationDate?: number;
  partitionKey?: unknown;
}

export interface CookiesApi {
  forDomain(domain: string): Promise<BrowserCookie[]>;
}

export const browserCookies: CookiesApi = {
  async forDomain(domain) {
    // CHIPS (partitioned) third-party cookies are only returned when a partition key is asked for (Chrome 119+); a
    // browser without partition keys refuses the second read. Both are asked at once: the audit waits on them.
    const [plain, partitioned] = await Promise.all([
      browser.cookies.getAll({ domain }) as Promise<BrowserCookie[]>,
      (async () => (await browser.cookies.getAll({ domain, partitionKey: {} } as never)) as BrowserCookie[])().catch(() => []),
    ]);
    return [...plain, ...partitioned];
  },
};
