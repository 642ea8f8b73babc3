// Captures a loaded page as a PageCapture: title, links, resource hosts and (capped) HTML. Raw material only.
import type { Page } from 'playwright-core';
import { LIMITS, PageCaptureSchema, type PageCapture } from '../../core/artifacts';

/** HTML kept in a capture: enough for any real home page, small enough to save thousands of sites. */
export const CAPTURE_HTML_CHARS = 2_000_000;

interface InPageCapture {
  title: string;
  links: { href: string; text: string }[];
  hosts: string[];
}

/**
 * Runs inside the page. Kept as source text because a bundler's helpers (tsx adds __name to named
 * functions) do not exist in the page. textContent, not innerText: no layout pass on huge pages.
 */
const IN_PAGE_CAPTURE = `(() => {
  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (links.length >= MAX_LINKS) break;
    const href = a.href;
    if (!href || typeof href !== 'string' || /^(javascript|mailto|tel|data):/i.test(href)) continue;
    const text = (a.textContent || a.getAttribute('aria-label') || a.getAttribute('title') || '').replace(/\\s+/g, ' ').trim();
    links.push({ href: href.slice(0, 8192), text: text.slice(0, 2000) });
  }
  const hosts = new Set();
  const add = (u) => {
    if (!u) return;
    try { const h = new URL(u, location.href).hostname; if (h) hosts.add(h); } catch (e) {}
  };
  for (const e of performance.getEntriesByType('resource')) add(e.name);
  for (const el of document.querySelectorAll('iframe[src],script[src],img[src],embed[src],video[src],source[src],link[rel~="stylesheet"][href]')) {
    add(el.getAttribute('src') || el.getAttribute('href'));
  }
  return { title: String(document.title || '').slice(0, 2000), links, hosts: [...hosts].slice(0, 2000) };
})()`;

export async function capturePage(page: Page, now: () => Date = () => new Date()): Promise<PageCapture> {
  const inPage = (await page.evaluate(IN_PAGE_CAPTURE.replace('MAX_LINKS', String(LIMITS.linkCount)))) as InPageCapture;
  for (const f of page.frames()) {
    try {
      const h = new URL(f.url()).hostname;
      if (h && !inPage.hosts.includes(h) && inPage.hosts.length < 2000) inPage.hosts.push(h);
    } catch {
      /* about:blank and the like */
    }
  }
  const html = await page.content();
  return PageCaptureSchema.parse({
    url: page.url(),
    title: inPage.title,
    html: html.slice(0, CAPTURE_HTML_CHARS),
    links: inPage.links,
    resourceHosts: inPage.hosts,
    capturedAt: now().toISOString(),
  });
}
