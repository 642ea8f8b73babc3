// Reads the page the user asked to audit into raw material (URL, title, capped HTML, links, resource hosts); never judges.
import type { PageReadiness } from './read-decision';

/** What the gatherer hands back: a PageCapture plus the page's main heading (used to tell if the page is itself a notice). */
export interface GatheredPage {
  url: string;
  title: string;
  html: string;
  htmlTruncated: boolean;
  links: { href: string; text: string }[];
  resourceHosts: string[];
  mainHeading: string;
  capturedAt: string;
  /** The page's state as it was read: whether it had finished loading and showed text (decides whether to wait for it). */
  readiness?: PageReadiness;
  /** Read as it stood after the longest wait, its DOM still changing (set by the reader, never by the page). */
  stillChanging?: boolean;
}

// Caps keep the message to the extension small; a school page over 3 MB of HTML is not a notice anyone reads.
const MAX_HTML = 3_000_000;
const MAX_LINKS = 5_000;
const MAX_TEXT = 300;
const MAX_HOSTS = 1_000;
// Past this many text nodes with nothing shown, the page is taken to show no text (and waited for, within a bound).
const MAX_TEXT_NODES_LOOKED = 10_000;

function squash(text: string | null | undefined, max: number): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** True at the first text the page shows: stops there, where innerText would lay out and copy a long page's whole text. */
function showsText(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let looked = 0;
  for (let node = walker.nextNode(); node && looked < MAX_TEXT_NODES_LOOKED; node = walker.nextNode(), looked++) {
    const parent = node.parentElement;
    if (!node.nodeValue?.trim() || !parent || parent.closest('script,style,noscript,template')) continue;
    // A shell's hidden placeholder is not text the page shows (checkVisibility: Chromium 105, Firefox 106).
    if (typeof parent.checkVisibility !== 'function' || parent.checkVisibility()) return true;
  }
  return false;
}

/** Whether the page has finished loading (and how long ago), shows text, and still has the address it loaded at. */
export function pageReadiness(doc: Document = document): PageReadiness {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loaded = doc.readyState === 'complete' && nav !== undefined && nav.loadEventEnd > 0;
  const withoutFragment = (url: string) => url.replace(/#.*$/, '');
  return {
    msSinceLoad: loaded ? Math.max(0, performance.now() - nav.loadEventEnd) : null,
    showsText: showsText(doc),
    addressChanged: nav === undefined || withoutFragment(nav.name) !== withoutFragment(doc.location.href),
  };
}

/** Capture the current document. Runs inside the page (isolated world), so it may only use the DOM. */
export function capturePage(doc: Document = document): GatheredPage {
  const readiness = pageReadiness(doc);
  const html = doc.documentElement.outerHTML;
  const links: GatheredPage['links'] = [];
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (links.length >= MAX_LINKS) break;
    const href = a.href;
    if (!/^https?:/i.test(href)) continue;
    links.push({ href: href.slice(0, 8_000), text: squash(a.textContent || a.getAttribute('aria-label') || a.title, MAX_TEXT) });
  }
  // Only hosts the page really loaded from: a script tag a consent tool holds back, a lazy image never scrolled to
  // or a template's markup sets no cookie, and asking for access to it would widen the permission for nothing.
  const hosts = new Set<string>();
  // The resource timeline lists what was fetched, frames included, whether by markup or by script.
  for (const entry of performance.getEntriesByType('resource').slice(0, 2_000)) {
    const host = hostOf(entry.name);
    if (host) hosts.add(host);
    if (hosts.size >= MAX_HOSTS) break;
  }
  // Frames are where third-party cookies come from: an eager frame in the document has loaded (or is loading).
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[src],frame[src]'))) {
    if (hosts.size >= MAX_HOSTS) break;
    if (frame.getAttribute('loading') === 'lazy') continue;
    const host = hostOf(frame.getAttribute('src') ?? '');
    if (host) hosts.add(host);
  }
  return {
    url: doc.location.href,
    title: squash(doc.title, 2_000),
    html: html.slice(0, MAX_HTML),
    htmlTruncated: html.length > MAX_HTML,
    links,
    resourceHosts: [...hosts],
    mainHeading: squash(doc.querySelector('h1')?.textContent, 500),
    capturedAt: new Date().toISOString(),
    readiness,
  };
}
