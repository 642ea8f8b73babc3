// The links of a fetched page (a hub page the notice may sit behind), read with cheerio: web links only, resolved, capped.
import { load } from 'cheerio/slim';

const MAX_LINKS = 5_000;
const MAX_TEXT = 300;
const MAX_HREF = 8_192;

export interface PageLink {
  href: string;
  text: string;
}

/** Every <a href> that resolves (against `baseUrl`) to an http(s) URL, with its text squashed to one line. */
export function linksFromHtml(html: string, baseUrl: string): PageLink[] {
  const $ = load(html);
  const links: PageLink[] = [];
  for (const a of $('a[href]')) {
    if (links.length >= MAX_LINKS) break;
    const href = resolve($(a).attr('href') ?? '', baseUrl);
    if (!href) continue;
    links.push({ href, text: $(a).text().replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) });
  }
  return links;
}

function resolve(raw: string, base: string): string | null {
  try {
    const url = new URL(raw.trim().slice(0, MAX_HREF), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
