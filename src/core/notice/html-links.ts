// Resolves link targets from a page: absolute URLs against the document or <base>, and script/data URLs neutralised.

const MAX_HREF = 8_192;
// Schemes that run code or smuggle content; browsers ignore tabs, newlines and leading spaces inside the scheme. A file:
// link is kept as written: it is never followed, but it is a link the public cannot open (checklist.md 2.27).
const UNSAFE_SCHEME = /^(javascript|vbscript|data|blob):/i;
const LOCAL_FILE = /^file:/i;

/** The base links resolve against: <base href> (itself relative to the page URL), else the page URL, else its canonical URL. */
export function chooseBase(pageUrl: string | null, baseHref: string | null, canonical: string | null): string | null {
  const page = toHttpUrl(pageUrl, null);
  if (baseHref) {
    const base = toHttpUrl(baseHref, page);
    if (base) return base;
  }
  return page ?? toHttpUrl(canonical, null);
}

function toHttpUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Absolute URL for an href; the raw href when it cannot be resolved; null for script or data URLs (kept as text only, never followed). */
export function resolveHref(raw: string, base: string | null): string | null {
  const href = raw.trim().slice(0, MAX_HREF);
  const squeezed = href.replace(/[\u0000-\u0020]+/g, '');
  if (UNSAFE_SCHEME.test(squeezed)) return null;
  if (LOCAL_FILE.test(squeezed)) return href;
  if (!href) return base;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return href;
  }
}
