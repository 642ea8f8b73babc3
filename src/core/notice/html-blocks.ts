// Second pass over a parsed page: notice blocks in reading order (headings, paragraphs, lists, tables, links) plus header/footer text.
import type { RawBlock } from './build-document';
import { normaliseText } from './normalise';
import { looksLikeHeading } from './read-text';
import { attr, hasChildren, isElement, walkTree, type HtmlElement, type HtmlNode } from './html-dom';
import { classifyChrome, isContentContainer, SKIPPED_TAGS, type ClassifyContext, type ScanBudget } from './html-chrome';
import type { PageFacts } from './html-page';
import { resolveHref } from './html-links';

/** Elements that start a new line of text in a browser; everything else flows inline. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'noframes', 'search',
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;
const BARE_URL = /<?(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)>?/gi;

export const MAX_BLOCKS = 200_000;
export const MAX_LINE_CHARS = 200_000;
const MAX_CHROME_CHARS = 5_000;
const MAX_TABLE_SCAN = 20_000;

type Mode = 'outside' | 'emit' | 'header' | 'footer';
/** flow: ordinary text; atomic: one block whatever its inner markup (heading, list item); table/tr/cell: data-table parts. */
type Ctx = 'flow' | 'atomic' | 'table' | 'tr' | 'cell';
type LineKind = 'paragraph' | 'candidate' | 'heading' | 'list-item' | 'cell';

interface State {
  mode: Mode;
  inContent: boolean;
  lang: string | null;
  blockLang: string | null;
  ctx: Ctx;
  kind: LineKind;
  level: number;
  listId: number | undefined;
  bold: number;
  pre: boolean;
  dd: boolean;
}

interface LinkMark {
  href: string | null;
  start: number;
  end: number;
  label: string;
}

interface Line {
  /** Text so far; string concatenation (ropes in V8) allocates less than collecting parts. */
  text: string;
  /** Some non-space text arrived. */
  hasText: boolean;
  /** Every piece of non-space text so far was bold. */
  allBold: boolean;
  links: LinkMark[];
  kind: LineKind;
  level: number;
  listId: number | undefined;
  lang: string | null;
  dd: boolean;
  dt: boolean;
}

interface OpenLink {
  href: string | null;
  label: string;
  line: Line | null;
  start: number;
}

type ExitAction = 'none' | 'boundary' | 'separator' | 'table' | 'row' | 'cell' | 'dt' | 'chrome' | 'h1-outside';

interface Frame {
  saved: State;
  /** Depth whose element made `saved` (see copy-on-write in readHtmlBlocks). */
  savedOwner: number;
  action: ExitAction;
  link: OpenLink | null;
}

export interface HtmlLink {
  text: string;
  href: string | null;
  rawBlock: number;
}

export interface HtmlBlocks {
  blocks: RawBlock[];
  /** Declared language of each raw block (the nearest lang attribute of its block element), lower-cased. */
  langs: (string | null)[];
  links: HtmlLink[];
  tables: { headers: string[]; rows: string[][] }[];
  header: string;
  footer: string;
  /** First <h1> inside the notice body, else the first one elsewhere on the page outside chrome. */
  h1: string | null;
  warnings: string[];
}

// Any character that is not HTML whitespace or NBSP: a native regex test is far cheaper than counting.
const VISIBLE = /[^\s\u00a0]/;

/** A <br>-broken line continues the previous one when that did not end a sentence and this starts in lower case. */
function continuesLine(prev: string, next: string): boolean {
  return !/[.!?:;]["')\]]?\s*$/.test(prev) && /^\s*[a-z]/.test(next);
}

/** Short, unpunctuated text that stands alone in bold (or as an accordion button) reads as a heading. */
function isHeadingLike(text: string): boolean {
  const t = normaliseText(text);
  if (t.endsWith(':')) return t.split(' ').length <= 4 && looksLikeHeading(t.slice(0, -1));
  return looksLikeHeading(t);
}

/**
 * A data row read as one unit with its headers: "Data: contact details | Why: to run the school | How long: 6 years"
 * under a header row, "Retention: 6 years after leaving" for a row headed by its own <th>; else the cells joined.
 */
function rowText(cells: string[], th: boolean[], labels: string[] | null): string {
  if (labels) {
    const parts: string[] = [];
    cells.forEach((c, i) => {
      if (!c) return;
      const label = labels[i];
      parts.push(label && label !== c ? `${label}: ${c}` : c);
    });
    return parts.join(' | ');
  }
  const filled = cells.filter(Boolean);
  if (th[0] && cells[0] && filled.length >= 2 && th.slice(1).every((t) => !t)) {
    const key = cells[0];
    return `${/:\s*$/.test(key) ? key.replace(/:\s*$/, '') : key}: ${filled.slice(1).join(' | ')}`;
  }
  return filled.join(' | ');
}

/**
 * Layout tables (one column, or holding headings or other tables) are read as ordinary content;
 * only tables of data become table-row blocks. The scan is bounded so nested tables stay linear.
 */
function isLayoutTable(table: HtmlElement, budget: ScanBudget): boolean {
  const role = attr(table, 'role');
  if (role === 'presentation' || role === 'none') return true;
  if (budget.nodes <= 0) return true;
  let maxCols = 0;
  let seen = 0;
  const stack: HtmlNode[] = [...table.children];
  while (stack.length) {
    if (++seen > MAX_TABLE_SCAN || --budget.nodes < 0) return true;
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'table' || name in HEADING_LEVEL) return true;
    if (name === 'tr') {
      let cols = 0;
      for (const c of node.children) if (isElement(c) && (c.name === 'td' || c.name === 'th')) cols++;
      if (cols > maxCols) maxCols = cols;
    }
    if (hasChildren(node)) for (const c of node.children) stack.push(c);
  }
  return maxCols <= 1;
}

/** Walk the page once and produce the notice's raw blocks and the chrome text. */
export function readHtmlBlocks(document: HtmlNode, facts: PageFacts, base: string | null): HtmlBlocks {
  const blocks: RawBlock[] = [];
  const langs: (string | null)[] = [];
  const links: HtmlLink[] = [];
  const tables: { headers: string[]; rows: string[][] }[] = [];
  const warnings = new Set<string>();
  const budget: ScanBudget = { nodes: 500_000 };
  // One context object for every classifyChrome call (it keeps none), rather than one per element.
  const chromeCtx: ClassifyContext = { inContent: false, budget };
  let header = '';
  let footer = '';
  let h1: string | null = null;
  let outsideH1: string | null = null;
  let outsideH1Buf: string | null = null;

  let st: State = {
    mode: facts.root === document ? 'emit' : 'outside',
    inContent: false,
    lang: facts.htmlLang ? facts.htmlLang.toLowerCase() : null,
    blockLang: facts.htmlLang ? facts.htmlLang.toLowerCase() : null,
    ctx: 'flow',
    kind: 'paragraph',
    level: 0,
    listId: undefined,
    bold: 0,
    pre: false,
    dd: false,
  };
  const frames: Frame[] = [];
  // Copy-on-write state: an element copies the state only when it changes it (most change nothing);
  // stOwner is the frame depth that made the current copy.
  let stOwner = 0;
  function w(): State {
    if (stOwner !== frames.length) {
      st = { ...st };
      stOwner = frames.length;
    }
    return st;
  }
  let line: Line | null = null;
  const openLinks: OpenLink[] = [];
  /** Raw block a following <br>-line may continue; null after any block boundary. */
  let joinTarget: number | null = null;
  let lastRealLevel = 2;
  let listCounter = 0;
  let dtBlock: number | null = null;
  let dtHasDefinition = false;

  // Data-table assembly.
  /** labels: the column headers once a header row (all <th>, or in <thead>) opened the table; rows are read against them. */
  let table: { index: number | null; rows: string[][]; labels: string[] | null } | null = null;
  let row: { cells: string[]; th: boolean[]; inHead: boolean; links: { text: string; href: string | null }[]; lang: string | null } | null = null;

  function newLine(): Line {
    return {
      text: '', hasText: false, allBold: true, links: [], kind: st.kind, level: st.level, listId: st.listId,
      lang: st.blockLang, dd: st.dd, dt: false,
    };
  }

  function appendToLine(data: string, counted: boolean): void {
    // Tested once: this runs for every text node of the page.
    const visible = counted && VISIBLE.test(data);
    if (!line) {
      if (!visible) return;
      line = newLine();
    }
    if (line.text.length >= MAX_LINE_CHARS) {
      warnings.add(`a block longer than ${MAX_LINE_CHARS} characters was cut`);
      return;
    }
    for (let i = 0; i < openLinks.length; i++) {
      const l = openLinks[i]!;
      if (l.line !== line) {
        l.line = line;
        l.start = line.text.length;
      }
    }
    line.text += data;
    if (visible) {
      line.hasText = true;
      if (st.bold === 0) line.allBold = false;
    }
  }

  function separator(sep: string): void {
    if (line && line.hasText) appendToLine(sep, false);
  }

  function closeOpenLinks(l: Line): void {
    for (const o of openLinks) {
      if (o.line === l) {
        l.links.push({ href: o.href, start: o.start, end: l.text.length, label: o.label });
        o.line = null;
      }
    }
  }

  function addBareUrls(text: string, rawBlock: number, anchors: { text: string; href: string | null }[]): void {
    // With many anchors the block's links are already explicit; skipping keeps the check linear.
    if (anchors.length > 50 || (!text.includes('http') && !text.includes('www.'))) return;
    for (const m of text.matchAll(BARE_URL)) {
      const url = m[1]!.replace(/(?<![.,;)])[.,;)]+$/, '');
      if (anchors.some((a) => a.text.includes(url) || (a.href !== null && a.href.includes(url)))) continue;
      links.push({ text: url, href: url.toLowerCase().startsWith('www.') ? `http://${url}` : url, rawBlock });
    }
  }

  function pushBlock(raw: RawBlock, lang: string | null): number | null {
    if (blocks.length >= MAX_BLOCKS) {
      warnings.add(`the page has more than ${MAX_BLOCKS} blocks; the rest was not read`);
      return null;
    }
    blocks.push(raw);
    langs.push(lang);
    return blocks.length - 1;
  }

  /** End the current line; `byBreak` when a <br> ended it, so the next line may continue it. */
  function flushLine(byBreak: boolean): void {
    const l = line;
    line = null;
    if (!l || !l.hasText) {
      joinTarget = null;
      if (l) closeOpenLinks(l);
      return;
    }
    closeOpenLinks(l);
    const text = l.text;
    const anchors = l.links.map((k) => ({ text: normaliseText(text.slice(k.start, k.end)) || k.label, href: k.href }));
    let index: number | null;
    let kind = l.kind;
    if (l.dd && dtBlock !== null && blocks[dtBlock] && kind !== 'heading') {
      // <dt>term</dt><dd>definition</dd> reads as one list item "term: definition".
      const term = blocks[dtBlock]!;
      const sep = dtHasDefinition ? '; ' : /:\s*$/.test(term.text) ? ' ' : ': ';
      term.text = `${term.text.trimEnd()}${sep}${text.trim()}`;
      dtHasDefinition = true;
      index = dtBlock;
    } else if (kind === 'candidate' || kind === 'paragraph') {
      const target = joinTarget !== null ? blocks[joinTarget] : undefined;
      if (target && target.kind === 'paragraph' && continuesLine(target.text, text)) {
        target.text = `${target.text.trimEnd()} ${text.trim()}`;
        index = joinTarget;
      } else {
        const heading = !l.dt && (kind === 'candidate' || l.allBold) && isHeadingLike(text);
        kind = heading ? 'heading' : 'paragraph';
        index = pushBlock(heading ? { kind: 'heading', level: Math.min(6, lastRealLevel + 1), text } : { kind: 'paragraph', text }, l.lang);
      }
    } else if (kind === 'heading') {
      index = pushBlock({ kind: 'heading', level: l.level, text }, l.lang);
      if (l.level === 1 && h1 === null) h1 = text;
    } else {
      index = pushBlock({ kind: 'list-item', text, ...(l.listId !== undefined ? { listId: l.listId } : {}) }, l.lang);
    }
    if (index === null) return;
    if (l.dt) {
      dtBlock = index;
      dtHasDefinition = false;
    }
    for (const a of anchors) links.push({ ...a, rawBlock: index });
    addBareUrls(text, index, anchors);
    joinTarget = byBreak && kind === 'paragraph' ? index : null;
  }

  function boundary(): void {
    flushLine(false);
  }

  function appendChrome(s: string): void {
    if (st.mode === 'header') {
      if (header.length < MAX_CHROME_CHARS) header += s;
    } else if (footer.length < MAX_CHROME_CHARS) footer += s;
  }

  function startRow(inHead: boolean): void {
    row = { cells: [], th: [], inHead, links: [], lang: st.blockLang };
  }

  function endCell(isTh: boolean): void {
    const l = line;
    line = null;
    if (!row) return;
    row.th.push(isTh);
    if (!l) {
      row.cells.push('');
      return;
    }
    closeOpenLinks(l);
    const text = l.text;
    row.cells.push(normaliseText(text));
    for (const k of l.links) row.links.push({ text: normaliseText(text.slice(k.start, k.end)) || k.label, href: k.href });
  }

  function endRow(): void {
    const r = row;
    row = null;
    if (!r || !table || !r.cells.some(Boolean)) return;
    if (table.index === null) {
      table.index = tables.length;
      tables.push({ headers: [], rows: [] });
    }
    const isHeader = table.rows.length === 0 && (r.inHead || r.th.every(Boolean));
    if (isHeader) table.labels = r.cells;
    const text = isHeader ? r.cells.filter(Boolean).join(' | ') : rowText(r.cells, r.th, table.labels);
    const index = pushBlock({ kind: 'table-row', text, cells: r.cells, table: table.index }, r.lang);
    if (index === null) return;
    table.rows.push(r.cells);
    for (const a of r.links) links.push({ ...a, rawBlock: index });
    addBareUrls(text, index, r.links);
  }

  function endTable(): void {
    const t = table;
    table = null;
    if (!t || t.index === null) return;
    const record = tables[t.index]!;
    // Headers come from the first row (a <th> row or, failing that, whatever row comes first).
    record.headers = t.rows[0] ?? [];
    record.rows = t.rows.slice(1);
  }

  walkTree(document, {
    enter(el) {
      const name = el.name;
      if (SKIPPED_TAGS.has(name)) return false;
      if (name === 'br') {
        if (st.mode === 'emit') {
          if (st.ctx === 'flow') flushLine(true);
          else separator(' ');
        } else if (st.mode !== 'outside') appendChrome('\n');
        return false;
      }
      if (name === 'hr' || name === 'wbr') {
        if (st.mode === 'emit' && st.ctx === 'flow' && name === 'hr') boundary();
        return false;
      }

      let action: ExitAction = 'none';
      let link: OpenLink | null = null;
      const isRoot = el === facts.root;
      let enterChrome: 'header' | 'footer' | null = null;
      if (!facts.protectedNodes.has(el)) {
        chromeCtx.inContent = st.inContent;
        const role = classifyChrome(el, chromeCtx);
        if (role === 'drop') {
          // Footer menus carry "Cookie settings", "Contact us": keep them in the footer text.
          const nav = name === 'nav' || attr(el, 'role') === 'navigation';
          if (!(st.mode === 'footer' && nav)) return false;
        } else if (role && st.mode !== 'header' && st.mode !== 'footer') {
          enterChrome = role;
        }
      }

      const frame: Frame = { saved: st, savedOwner: stOwner, action, link };
      frames.push(frame);
      if (isRoot) {
        w().mode = 'emit';
        if (el !== facts.body) w().inContent = true;
      }
      if (!st.inContent && isContentContainer(el)) w().inContent = true;
      if (el.attribs.lang !== undefined) w().lang = el.attribs.lang.trim().toLowerCase() || null;
      const isBlock = BLOCK_TAGS.has(name) || name.includes('-');
      if (isBlock && st.blockLang !== st.lang) w().blockLang = st.lang;

      if (enterChrome) {
        if (w().mode === 'emit') boundary();
        if (enterChrome === 'header' && header) header += '\n';
        if (enterChrome === 'footer' && footer) footer += '\n';
        w().mode = enterChrome;
        frame.action = 'chrome';
        return true;
      }
      if (w().mode === 'header' || w().mode === 'footer') {
        if (isBlock) {
          appendChrome('\n');
          frame.action = 'chrome';
        }
        return true;
      }
      if (w().mode === 'outside') {
        if (name === 'h1' && outsideH1 === null && outsideH1Buf === null) {
          outsideH1Buf = '';
          frame.action = 'h1-outside';
        }
        return true;
      }

      // Inside the notice body.
      if (name === 'b' || name === 'strong' || (el.attribs.style !== undefined && BOLD_STYLE.test(el.attribs.style))) w().bold++;
      if (name === 'a' && el.attribs.href !== undefined) {
        link = { href: resolveHref(el.attribs.href, base), label: normaliseText(el.attribs['aria-label'] ?? el.attribs.title ?? '').slice(0, 300), line: null, start: 0 };
        openLinks.push(link);
        frame.link = link;
      }
      const ctx = st.ctx;
      if (ctx === 'cell') {
        // Inside a data cell every inner structure is flattened into the cell's text.
        if (name === 'li' || name === 'p' || name === 'div') separator(name === 'li' ? ', ' : ' ');
        return true;
      }
      const level = HEADING_LEVEL[name];
      if (level !== undefined) {
        boundary();
        w().ctx = 'atomic';
        w().kind = 'heading';
        w().level = level;
        lastRealLevel = level;
        frame.action = 'boundary';
      } else if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dir' || name === 'dl') {
        boundary();
        w().ctx = 'flow';
        w().listId = ++listCounter;
        frame.action = 'boundary';
      } else if (name === 'li') {
        boundary();
        w().ctx = 'atomic';
        w().kind = 'list-item';
        if (w().listId === undefined) w().listId = ++listCounter;
        frame.action = 'boundary';
      } else if (name === 'table') {
        boundary();
        if (ctx === 'flow' || ctx === 'atomic') {
          if (isLayoutTable(el, budget)) {
            w().ctx = 'flow';
          } else {
            table = { index: null, rows: [], labels: null };
            w().ctx = 'table';
            frame.action = 'table';
            return true;
          }
        }
        frame.action = 'boundary';
      } else if (name === 'tr' && ctx === 'table') {
        startRow(el.parent !== null && (el.parent as HtmlElement).name === 'thead');
        w().ctx = 'tr';
        frame.action = 'row';
      } else if ((name === 'td' || name === 'th') && ctx === 'tr') {
        line = null;
        w().ctx = 'cell';
        w().kind = 'cell';
        line = newLine();
        frame.action = 'cell';
      } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
        // Transparent row groups.
      } else if (name === 'caption') {
        boundary();
        w().ctx = 'atomic';
        w().kind = 'paragraph';
        frame.action = 'boundary';
      } else if (name === 'dt' || name === 'dd') {
        // Each term with its definitions is one item of the definition list.
        boundary();
        w().ctx = 'atomic';
        w().kind = 'list-item';
        if (w().listId === undefined) w().listId = ++listCounter;
        w().dd = name === 'dd';
        frame.action = name === 'dt' ? 'dt' : 'boundary';
        if (name === 'dt') dtBlock = null;
      } else if (name === 'summary') {
        boundary();
        const hasHeading = el.children.some((c) => isElement(c) && c.name in HEADING_LEVEL);
        if (!hasHeading) {
          w().ctx = 'atomic';
          w().kind = 'heading';
          w().level = Math.min(6, lastRealLevel + 1);
        }
        frame.action = 'boundary';
      } else if ((name === 'button' || attr(el, 'role') === 'button' || (el.attribs['aria-expanded'] !== undefined && el.attribs['aria-controls'] !== undefined)) && ctx === 'flow') {
        // Accordion triggers name the panel that follows them.
        boundary();
        w().ctx = 'atomic';
        w().kind = 'candidate';
        frame.action = 'boundary';
      } else if (name === 'pre') {
        if (ctx === 'flow') boundary();
        w().pre = true;
        frame.action = ctx === 'flow' ? 'boundary' : 'separator';
      } else if (isBlock) {
        if (ctx === 'flow') {
          boundary();
          frame.action = 'boundary';
        } else if (ctx === 'atomic') {
          separator(' ');
          frame.action = 'separator';
        }
      }
      return true;
    },

    exit(el) {
      const frame = frames.pop();
      if (!frame) return;
      const inner = st;
      st = frame.saved;
      stOwner = frame.savedOwner;
      if (frame.link) {
        const i = openLinks.lastIndexOf(frame.link);
        if (i >= 0) openLinks.splice(i, 1);
        const l = frame.link.line;
        if (l) l.links.push({ href: frame.link.href, start: frame.link.start, end: l.text.length, label: frame.link.label });
        // An image-only link still counts when it has an accessible name.
        else if (frame.link.label && line) line.links.push({ href: frame.link.href, start: line.text.length, end: line.text.length, label: frame.link.label });
      }
      switch (frame.action) {
        case 'boundary':
          boundary();
          break;
        case 'separator':
          separator(' ');
          break;
        case 'dt':
          if (line) line.dt = true;
          boundary();
          break;
        case 'cell':
          endCell(el.name === 'th');
          break;
        case 'row':
          endRow();
          break;
        case 'table':
          endTable();
          break;
        case 'chrome':
          if (inner.mode === 'header' || inner.mode === 'footer') {
            const saved = st;
            st = inner;
            appendChrome('\n');
            st = saved;
          }
          break;
        case 'h1-outside':
          outsideH1 = normaliseText(outsideH1Buf ?? '') || null;
          outsideH1Buf = null;
          break;
        case 'none':
          break;
      }
      void el;
    },

    text(data) {
      switch (st.mode) {
        case 'emit':
          if (st.ctx === 'table' || st.ctx === 'tr') return;
          if (st.pre && data.includes('\n') && st.ctx === 'flow') {
            const parts = data.split('\n');
            parts.forEach((p, i) => {
              if (i > 0) flushLine(true);
              appendToLine(p, true);
            });
            return;
          }
          appendToLine(data, true);
          return;
        case 'header':
        case 'footer':
          appendChrome(data);
          return;
        case 'outside':
          if (outsideH1Buf !== null && outsideH1Buf.length < 2_000) outsideH1Buf += data;
          return;
      }
    },
  });
  boundary();
  endTable();

  return {
    blocks,
    langs,
    links,
    tables,
    header: header.slice(0, MAX_CHROME_CHARS),
    footer: footer.slice(0, MAX_CHROME_CHARS),
    h1: h1 ?? outsideH1,
    warnings: [...warnings],
  };
}
