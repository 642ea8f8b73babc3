// "Show on page": a self-contained function injected into the audited tab that finds a quote, scrolls to it and highlights it.

export interface HighlightResult {
  found: boolean;
}

/**
 * Find `quote` in the page text (whitespace- and case-insensitive), scroll to it and highlight it.
 * Serialised by scripting.executeScript, so it must not reference anything outside its own body.
 * It never writes HTML: it selects a Range and styles it (CSS Custom Highlight API, else the selection).
 */
export function highlightText(quote: string): HighlightResult {
  const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').toLowerCase();
  // The report straightens quotes and dashes; the page may not. Quotes may be shortened: search the longest stretch.
  const plain = (s: string) =>
    s
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '-');
  const pieces = norm(plain(quote))
    .split(/\s*(?:\.\.\.|…)\s*/)
    .filter((p) => p.trim().length > 0);
  const needle = (pieces.sort((a, b) => b.length - a.length)[0] ?? '').trim().slice(0, 200);
  if (!needle) return { found: false };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n.nodeValue ?? '') + ' ';
  }
  // Map positions in the whitespace-collapsed text back to raw offsets.
  const map: number[] = [];
  let collapsed = '';
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ' ';
    const space = /[\s\u00a0]/.test(ch);
    if (space && lastSpace) continue;
    collapsed += space ? ' ' : ch.toLowerCase();
    map.push(i);
    lastSpace = space;
  }
  const normalised = plain(collapsed);
  const at = normalised.indexOf(needle);
  if (at < 0) return { found: false };
  const rawStart = map[at] ?? 0;
  const rawEnd = (map[at + needle.length - 1] ?? rawStart) + 1;
  const locate = (pos: number) => {
    let idx = 0;
    for (let i = 0; i < starts.length; i++) if ((starts[i] ?? 0) <= pos) idx = i;
    const node = nodes[idx] as Text;
    return { node, offset: Math.min(pos - (starts[idx] ?? 0), node.length) };
  };
  const s = locate(rawStart);
  const e = locate(rawEnd);
  const range = document.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  const target = s.node.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // Marks where the quote is (for the page's own tools and for tests); the page's content is left as it was.
  document.querySelectorAll('[data-school-privacy-audit-quote]').forEach((el) => el.removeAttribute('data-school-privacy-audit-quote'));
  target?.setAttribute('data-school-privacy-audit-quote', '');
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    css.highlights.set('school-privacy-audit', new HighlightCtor(range));
    if (!document.getElementById('school-privacy-audit-style')) {
      const style = document.createElement('style');
      style.id = 'school-privacy-audit-style';
      style.textContent = '::highlight(school-privacy-audit){background:#ffe066;color:#000}';
      document.head.append(style);
    }
  } else {
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return { found: true };
}
