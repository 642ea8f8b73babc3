// Turns the page walker's text and boundaries into notice blocks: the open line, its links, <br>-joins, headings by style, definition lists.
import type { RawBlock } from './build-document';
import { normaliseText } from './normalise';
import { looksLikeHeading } from './read-text';
import { addressesIn, mayHoldAddress } from './text-addresses';

export const MAX_BLOCKS = 200_000;
export const MAX_LINE_CHARS = 200_000;

// Any character that is not HTML whitespace or NBSP: a native regex test is far cheaper than counting.
const VISIBLE = /[^\s\u00a0]/;

/** A declared language tag that is Welsh ("cy", "cy-GB"). */
export const isWelshLang = (lang: string | null): boolean => lang !== null && (lang === 'cy' || lang.startsWith('cy-'));

/** paragraph/candidate: flow text (a candidate reads as a heading when short); heading, list-item, cell: one block each. */
export type LineKind = 'paragraph' | 'candidate' | 'heading' | 'list-item' | 'cell';

/** What the walker knows about the text being written: the element context a new line takes its kind from. */
export interface LineStyle {
  kind: LineKind;
  level: number;
  listId: number | undefined;
  /** Declared language of the enclosing block element. */
  blockLang: string | null;
  /** Declared language of the text itself (an inline <span lang> may differ from its block's). */
  lang: string | null;
  /** Inside a <dd>: the line joins its term. */
  dd: boolean;
  /** Open bold elements (b, strong, bold style). */
  bold: number;
}

interface LinkMark {
  href: string | null;
  start: number;
  end: number;
  label: string;
}

/** The line being written, until a boundary turns it into a block (or a table cell). */
export interface Line {
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
  /** Text marked inline as Welsh in a line that is not, or the reverse ("<span lang="en">/ Last updated: ...</span>"). */
  otherLangText: string;
  dd: boolean;
  dt: boolean;
}

/** An <a href> the walker is inside; its text range is marked on whichever line its text lands in. */
export interface OpenLink {
  href: string | null;
  label: string;
  line: Line | null;
  start: number;
}

export interface HtmlLink {
  text: string;
  href: string | null;
  rawBlock: number;
}

/** A link as read from a line: its visible text (or accessible name) and target. */
export interface Anchor {
  text: string;
  href: string | null;
}

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

/** The anchors marked on a line, with their text cut from it. */
export function anchorsOf(line: Line): Anchor[] {
  const text = line.text;
  return line.links.map((k) => ({ text: normaliseText(text.slice(k.start, k.end)) || k.label, href: k.href }));
}

/** Collects the notice's raw blocks, their languages and links, from the walker's text and boundaries. */
export class BlockWriter {
  readonly blocks: RawBlock[] = [];
  readonly langs: (string | null)[] = [];
  /** For each block, its text marked inline as Welsh where the block is not, or the reverse, or '' (see Line.otherLangText). */
  readonly otherLangTexts: string[] = [];
  readonly links: HtmlLink[] = [];
  readonly warnings = new Set<string>();
  /** Text of the first <h1> in the notice body. */
  h1: string | null = null;
  /** Level of the last real heading: a bold line standing alone reads as one level below it. */
  lastRealLevel = 2;

  private line: Line | null = null;
  private readonly openLinks: OpenLink[] = [];
  /** Raw block a following <br>-line may continue; null after any block boundary. */
  private joinTarget: number | null = null;
  /** The current <dt>'s block, which its <dd> definitions join. */
  private dtBlock: number | null = null;
  private dtHasDefinition = false;
  /** A list opened inside the current definition: text after it is prose of its own, read after the list. */
  private listInDefinition = false;

  /** Text of the page (counted: it can make a line visible and decides whether the line is all bold). */
  text(data: string, style: LineStyle): void {
    this.append(data, true, style);
  }

  /** Spacing between inline pieces, added only once the line has text. */
  separator(sep: string): void {
    const line = this.line;
    if (line && line.hasText) this.append(sep, false, null);
  }

  /** A block boundary: the open line becomes a block. */
  boundary(): void {
    this.flushLine(false);
  }

  /** A <br> (or a newline in <pre>): the open line becomes a block the next line may continue. */
  lineBreak(): void {
    this.flushLine(true);
  }

  /** Drop whatever line is open and start an empty one (a table cell collects even blank text). */
  startLine(style: LineStyle): void {
    this.line = null;
    this.line = this.newLine(style);
  }

  /** Hand over the open line (a finished table cell) without making a block of it. */
  takeLine(): Line | null {
    const l = this.line;
    this.line = null;
    return l;
  }

  /** The line being closed by </dt> is a definition term. */
  markTerm(): void {
    if (this.line) this.line.dt = true;
  }

  /** A new <dt> starts: definitions no longer join the previous term. */
  startTerm(): void {
    this.dtBlock = null;
    this.listInDefinition = false;
  }

  /**
   * A list opens inside a <dd>: the definition's later text no longer joins the term, which comes before the list, so
   * it is read after the list (and an empty list after "listed below:" stays visible as one).
   */
  startListInDefinition(): void {
    this.dtBlock = null;
    this.listInDefinition = true;
  }

  openLink(href: string | null, label: string): OpenLink {
    const link: OpenLink = { href, label, line: null, start: 0 };
    this.openLinks.push(link);
    return link;
  }

  closeLink(link: OpenLink): void {
    const i = this.openLinks.lastIndexOf(link);
    if (i >= 0) this.openLinks.splice(i, 1);
    const l = link.line;
    if (l) l.links.push({ href: link.href, start: link.start, end: l.text.length, label: link.label });
    // An image-only link still counts when it has an accessible name.
    else if (link.label && this.line)
      this.line.links.push({ href: link.href, start: this.line.text.length, end: this.line.text.length, label: link.label });
  }

  /** End the link marks still open on a line that is being closed. */
  closeOpenLinks(l: Line): void {
    for (const o of this.openLinks) {
      if (o.line === l) {
        l.links.push({ href: o.href, start: o.start, end: l.text.length, label: o.label });
        o.line = null;
      }
    }
  }

  pushBlock(raw: RawBlock, lang: string | null, otherLangText = ''): number | null {
    if (this.blocks.length >= MAX_BLOCKS) {
      this.warnings.add(`the page has more than ${MAX_BLOCKS} blocks; the rest was not read`);
      return null;
    }
    this.blocks.push(raw);
    this.langs.push(lang);
    this.otherLangTexts.push(otherLangText);
    return this.blocks.length - 1;
  }

  /** Record a block's links, and URLs written out in its text that no anchor already carries. */
  addLinks(text: string, rawBlock: number, anchors: Anchor[]): void {
    for (const a of anchors) this.links.push({ ...a, rawBlock });
    // With many anchors the block's links are already explicit; skipping keeps the check linear.
    if (anchors.length > 50 || !mayHoldAddress(text)) return;
    for (const address of addressesIn(text)) {
      const url = address.text;
      if (anchors.some((a) => a.text.includes(url) || (a.href !== null && a.href.includes(url)))) continue;
      this.links.push({ ...address, rawBlock });
    }
  }

  private newLine(style: LineStyle): Line {
    return {
      text: '',
      hasText: false,
      allBold: true,
      links: [],
      kind: style.kind,
      level: style.level,
      listId: style.listId,
      lang: style.blockLang,
      otherLangText: '',
      dd: style.dd,
      dt: false,
    };
  }

  /** `style` is null only for uncounted text, which never opens a line. */
  private append(data: string, counted: boolean, style: LineStyle | null): void {
    // Tested once: this runs for every text node of the page.
    const visible = counted && VISIBLE.test(data);
    let line = this.line;
    if (!line) {
      if (!visible || !style) return;
      line = this.line = this.newLine(style);
    }
    if (line.text.length >= MAX_LINE_CHARS) {
      this.warnings.add(`a block longer than ${MAX_LINE_CHARS} characters was cut`);
      return;
    }
    const openLinks = this.openLinks;
    for (let i = 0; i < openLinks.length; i++) {
      const l = openLinks[i]!;
      if (l.line !== line) {
        l.line = line;
        l.start = line.text.length;
      }
    }
    line.text += data;
    if (style !== null && style.lang !== line.lang && isWelshLang(style.lang) !== isWelshLang(line.lang)) line.otherLangText += data;
    if (visible) {
      line.hasText = true;
      if (style!.bold === 0) line.allBold = false;
    }
  }

  /** End the current line; `byBreak` when a <br> ended it, so the next line may continue it. */
  private flushLine(byBreak: boolean): void {
    const l = this.line;
    this.line = null;
    if (!l || !l.hasText) {
      this.joinTarget = null;
      if (l) this.closeOpenLinks(l);
      return;
    }
    this.closeOpenLinks(l);
    const text = l.text;
    const anchors = anchorsOf(l);
    const blocks = this.blocks;
    let index: number | null;
    let kind = l.kind;
    if (l.dd && this.listInDefinition && kind === 'list-item') kind = 'paragraph';
    if (l.dd && this.dtBlock !== null && blocks[this.dtBlock] && kind !== 'heading') {
      // <dt>term</dt><dd>definition</dd> reads as one list item "term: definition".
      const term = blocks[this.dtBlock]!;
      const sep = this.dtHasDefinition ? '; ' : /:\s*$/.test(term.text) ? ' ' : ': ';
      term.text = `${term.text.trimEnd()}${sep}${text.trim()}`;
      this.dtHasDefinition = true;
      index = this.dtBlock;
    } else if (kind === 'candidate' || kind === 'paragraph') {
      const target = this.joinTarget !== null ? blocks[this.joinTarget] : undefined;
      if (target && target.kind === 'paragraph' && continuesLine(target.text, text)) {
        target.text = `${target.text.trimEnd()} ${text.trim()}`;
        index = this.joinTarget;
      } else {
        const heading = !l.dt && (kind === 'candidate' || l.allBold) && isHeadingLike(text);
        kind = heading ? 'heading' : 'paragraph';
        index = this.pushBlock(
          heading ? { kind: 'heading', level: Math.min(6, this.lastRealLevel + 1), text } : { kind: 'paragraph', text },
          l.lang,
          l.otherLangText,
        );
      }
    } else if (kind === 'heading') {
      index = this.pushBlock({ kind: 'heading', level: l.level, text }, l.lang, l.otherLangText);
      if (l.level === 1 && this.h1 === null) this.h1 = text;
    } else {
      index = this.pushBlock({ kind: 'list-item', text, ...(l.listId !== undefined ? { listId: l.listId } : {}) }, l.lang, l.otherLangText);
    }
    if (index === null) return;
    if (l.dt) {
      this.dtBlock = index;
      this.dtHasDefinition = false;
    }
    this.addLinks(text, index, anchors);
    this.joinTarget = byBreak && kind === 'paragraph' ? index : null;
  }
}
