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
    const plain = (await browser.cookies.getAll({ domain })) as BrowserCookie[];
    // CHIPS (partitioned) third-party cookies are only returned when a partition key is asked for (Chrome 119+).
    let partitioned: BrowserCookie[] = [];
    try {
      partitioned = (await browser.cookies.getAll({ domain, partitionKey: {} } as never)) as BrowserCookie[];
    } catch {
      partitioned = [];
    }
    return [...plain, ...partitioned];
  },
};
