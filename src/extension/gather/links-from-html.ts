// The links of a fetched HTML page (a "Policies" hub), read with the browser's DOMParser: nothing in it runs.
import type { GatheredPage } from './capture-page';

// The same caps the gatherer applies to the tab's own page.
const MAX_LINKS = 5_000;
const MAX_TEXT = 300;

/** Absolute http(s) links and their text, resolved against the page's final address. */
export function linksFromHtml(html: string, baseUrl: string): GatheredPage['links'] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = baseUrl;
  doc.head.prepend(base);
  return Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))
    .filter((a) => /^https?:/i.test(a.href))
    .slice(0, MAX_LINKS)
    .map((a) => ({ href: a.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) }));
}
