// First pass over a parsed page: title, base URL, language, and which element holds the notice body.
import { attr, walkTree, type HtmlElement, type HtmlNode } from './html-dom';
import { SKIPPED_TAGS } from './html-chrome';

export interface PageFacts {
  pageTitle: string | null;
  baseHref: string | null;
  canonical: string | null;
  /** lang of <html>, if declared. */
  htmlLang: string | null;
  body: HtmlElement | null;
  /** The element whose content is the notice (main, article, a content container, or the body). */
  root: HtmlNode;
  /** The root and its ancestors: never treated as chrome, whatever their class names say. */
  protectedNodes: Set<HtmlNode>;
}

// Container ids/classes CMS themes use for the page's main content.
const CONTENT_TOKENS = new Set([
  'content',
  'main',
  'main-content',
  'maincontent',
  'page-content',
  'pagecontent',
  'entry-content',
  'post-content',
  'article-content',
  'article-body',
  'content-area',
  'site-content',
  'primary',
  'body-content',
  'page-body',
  'main-body',
  'content-main',
  'contentmain',
  'mainbody',
  'main-container',
  'content-container',
  'page-main',
]);
const MAX_TITLE = 2_000;

interface Candidate {
  el: HtmlElement;
  kind: 'main' | 'article' | 'content';
  text: number;
}

function candidateKind(el: HtmlElement): Candidate['kind'] | null {
  if (el.name === 'main' || attr(el, 'role') === 'main') return 'main';
  if (el.name === 'article') return 'article';
  const id = el.attribs.id;
  const cls = el.attribs.class;
  if (!id && !cls) return null;
  for (const t of `${id ?? ''} ${cls ?? ''}`.toLowerCase().split(/\s+/)) if (CONTENT_TOKENS.has(t)) return 'content';
  return null;
}

/** One walk: collect head facts and the text size of every content candidate, then choose the root. */
export function readPageFacts(document: HtmlNode): PageFacts {
  let pageTitle: string | null = null;
  let baseHref: string | null = null;
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let body: HtmlElement | null = null;
  let inTitle = false;
  let titleText = '';
  const candidates: Candidate[] = [];
  // Text size accumulated per open element; a candidate's size is read when it closes.
  const sizes: number[] = [0];
  const open: (Candidate | null)[] = [];
  let inBody = 0;
  // Parsers that build no implied <body> leave content outside one: everything outside <head> is page content.
  let inHead = 0;

  walkTree(document, {
    enter(el) {
      const name = el.name;
      if (name === 'html' && el.attribs.lang) htmlLang = el.attribs.lang.trim().slice(0, 35) || null;
      if (name === 'title' && pageTitle === null && !inBody) {
        inTitle = true;
        return true;
      }
      if (name === 'base' && baseHref === null && el.attribs.href) baseHref = el.attribs.href.trim();
      if (name === 'link' && canonical === null && attr(el, 'rel').split(/\s+/).includes('canonical') && el.attribs.href) {
        canonical = el.attribs.href.trim();
      }
      if (name === 'meta' && canonical === null && attr(el, 'property') === 'og:url' && el.attribs.content)
        canonical = el.attribs.content.trim();
      if (SKIPPED_TAGS.has(name) && name !== 'head') return false;
      if (name === 'head') inHead++;
      if (name === 'body' && !body) {
        body = el;
        inBody++;
      }
      const kind = inHead ? null : candidateKind(el);
      open.push(kind ? { el, kind, text: 0 } : null);
      sizes.push(0);
      return true;
    },
    exit(el) {
      if (inTitle && el.name === 'title') {
        inTitle = false;
        pageTitle = titleText.trim() || null;
        return;
      }
      const size = sizes.pop() ?? 0;
      sizes[sizes.length - 1]! += size;
      const cand = open.pop();
      if (cand) {
        cand.text = size;
        candidates.push(cand);
      }
      if (el.name === 'head') inHead--;
      if (el === body) inBody--;
    },
    text(data) {
      if (inTitle) {
        if (titleText.length < MAX_TITLE) titleText += data;
        return;
      }
      sizes[sizes.length - 1]! += data.length;
    },
  });

  // All text outside <head> (the head holds no counted text: its title is read apart, scripts and styles skipped).
  const root = chooseRoot(candidates, sizes[0] ?? 0) ?? body ?? document;
  const protectedNodes = new Set<HtmlNode>();
  for (let n: HtmlNode | null = root; n; n = n.parent) protectedNodes.add(n);
  return {
    pageTitle: pageTitle ? (pageTitle as string).slice(0, MAX_TITLE) : null,
    baseHref,
    canonical,
    htmlLang,
    body,
    root,
    protectedNodes,
  };
}

/**
 * Prefer <main>, then <article>, then a content-named container; take the biggest of a kind, and only
 * when it holds a fair share of the page, because a <main> around a slider while the notice sits
 * elsewhere would otherwise hide the notice.
 */
function chooseRoot(candidates: Candidate[], bodyText: number): HtmlElement | null {
  for (const kind of ['main', 'article', 'content'] as const) {
    let best: Candidate | null = null;
    for (const c of candidates) if (c.kind === kind && (!best || c.text > best.text)) best = c;
    if (best && (best.text >= 0.2 * bodyText || best.text >= 2_000)) return best.el;
  }
  return null;
}
