// Reads the page the user asked to audit into raw material (URL, title, capped HTML, links, resource hosts); never judges.

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
}

// Caps keep the message to the extension small; a school page over 3 MB of HTML is not a notice anyone reads.
const MAX_HTML = 3_000_000;
const MAX_LINKS = 5_000;
const MAX_TEXT = 300;

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

/** Capture the current document. Runs inside the page (isolated world), so it may only use the DOM. */
export function capturePage(doc: Document = document): GatheredPage {
  const html = doc.documentElement.outerHTML;
  const links: GatheredPage['links'] = [];
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (links.length >= MAX_LINKS) break;
    const href = a.href;
    if (!/^https?:/i.test(href)) continue;
    links.push({ href: href.slice(0, 8_000), text: squash(a.textContent || a.getAttribute('aria-label') || a.title, MAX_TEXT) });
  }
  const hosts = new Set<string>();
  const sources = doc.querySelectorAll<HTMLElement>('iframe[src],frame[src],script[src],img[src],embed[src],object[data],link[rel~="stylesheet"][href]');
  for (const el of Array.from(sources)) {
    const raw = el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('href');
    const host = raw ? hostOf(raw) : null;
    if (host) hosts.add(host);
    if (hosts.size >= 500) break;
  }
  // Resources the page loaded by script (pixels, tag managers) appear only in the performance timeline.
  for (const entry of performance.getEntriesByType('resource').slice(0, 2_000)) {
    const host = hostOf(entry.name);
    if (host) hosts.add(host);
    if (hosts.size >= 1_000) break;
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
  };
}
