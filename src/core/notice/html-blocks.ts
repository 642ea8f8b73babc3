// Second pass over a parsed page: walks the elements in reading order, tracking what each one means for the text
// inside it (notice body or chrome, heading, list, table, link), and hands text and boundaries to the block writer
// and the table assembler.
import type { RawBlock } from './build-document';
import { normaliseText } from './normalise';
import { attr, isElement, isText, walkTree, type HtmlElement, type HtmlNode, type WalkVisitor } from './html-dom';
import { classifyChrome, isContentContainer, SKIPPED_TAGS, type ClassifyContext, type ScanBudget } from './html-chrome';
import type { PageFacts } from './html-page';
import { resolveHref } from './html-links';
import { BlockWriter, type HtmlLink, type LineStyle, type OpenLink } from './html-block-writer';
import { isLayoutTable, TableAssembler, type TableRecord } from './html-table-assembler';

/** Whether words stand right beside the element, as around a control named in a sentence. */
function inRunningText(el: HtmlElement): boolean {
  const words = (n: HtmlNode | null | undefined) => !!n && isText(n) && /\S/.test(n.data);
  return words(el.prev) || words(el.next);
}

export { MAX_BLOCKS, MAX_LINE_CHARS, type HtmlLink } from './html-block-writer';

/** Elements that start a new line of text in a browser; everything else flows inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'caption',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'noframes',
  'search',
]);
// No prototype: a page's <constructor> or <tostring> element is not a heading.
const HEADING_LEVEL: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
});
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;

const MAX_CHROME_CHARS = 5_000;

type Mode = 'outside' | 'emit' | 'header' | 'footer';
/** flow: ordinary text; atomic: one block whatever its inner markup (heading, list item); table/tr/cell: data-table parts. */
type Ctx = 'flow' | 'atomic' | 'table' | 'tr' | 'cell';

/** What an element means for the text inside it; inherited by its children. */
interface State extends LineStyle {
  mode: Mode;
  inContent: boolean;
  lang: string | null;
  ctx: Ctx;
  pre: boolean;
}

type ExitAction = 'none' | 'boundary' | 'separator' | 'table' | 'row' | 'cell' | 'dt' | 'chrome' | 'h1-outside';

interface Frame {
  saved: State;
  /** Depth whose element made `saved` (see PageWalker.w). */
  savedOwner: number;
  action: ExitAction;
  link: OpenLink | null;
}

export interface HtmlBlocks {
  blocks: RawBlock[];
  /** Declared language of each raw block (the nearest lang attribute of its block element), lower-cased. */
  langs: (string | null)[];
  /** Text of each raw block marked inline as Welsh where the block is not, or the reverse, or '' (a Welsh line's English). */
  otherLangTexts: string[];
  links: HtmlLink[];
  tables: TableRecord[];
  header: string;
  footer: string;
  /** First <h1> inside the notice body, else the first one elsewhere on the page outside chrome. */
  h1: string | null;
  warnings: string[];
}

/** Site header and footer text, kept apart from the notice as signals. */
interface ChromeText {
  header: string;
  footer: string;
}

/** The first <h1> outside the notice body and outside chrome, for pages whose title sits above <main>. */
interface OutsideH1 {
  text: string | null;
  /** Text collected while inside that <h1>; null when not inside it. */
  buf: string | null;
}

/** Walk the page once and produce the notice's raw blocks and the chrome text. */
export function readHtmlBlocks(document: HtmlNode, facts: PageFacts, base: string | null): HtmlBlocks {
  const walker = new PageWalker(document, facts, base);
  walkTree(document, walker);
  return walker.finish();
}

class PageWalker implements WalkVisitor {
  private readonly writer = new BlockWriter();
  private readonly tables = new TableAssembler(this.writer);
  private readonly chrome: ChromeText = { header: '', footer: '' };
  private readonly outsideH1: OutsideH1 = { text: null, buf: null };
  private readonly budget: ScanBudget = { nodes: 500_000 };
  // One context object for every classifyChrome call (it keeps none), rather than one per element.
  private readonly chromeCtx: ClassifyContext = { inContent: false, budget: this.budget };
  private listCounter = 0;

  private st: State;
  private readonly frames: Frame[] = [];
  // Copy-on-write state: an element copies the state only when it changes it (most change nothing);
  // stOwner is the frame depth that made the current copy.
  private stOwner = 0;

  constructor(
    document: HtmlNode,
    private readonly facts: PageFacts,
    private readonly base: string | null,
  ) {
    const lang = facts.htmlLang ? facts.htmlLang.toLowerCase() : null;
    this.st = {
      mode: facts.root === document ? 'emit' : 'outside',
      inContent: false,
      lang,
      blockLang: lang,
      ctx: 'flow',
      kind: 'paragraph',
      level: 0,
      listId: undefined,
      bold: 0,
      pre: false,
      dd: false,
    };
  }

  /** The state, writable: copied first when an outer element made the current copy. */
  private w(): State {
    if (this.stOwner !== this.frames.length) {
      this.st = { ...this.st };
      this.stOwner = this.frames.length;
    }
    return this.st;
  }

  private appendChrome(s: string, mode: Mode = this.st.mode): void {
    const chrome = this.chrome;
    if (mode === 'header') {
      if (chrome.header.length < MAX_CHROME_CHARS) chrome.header += s;
    } else if (chrome.footer.length < MAX_CHROME_CHARS) chrome.footer += s;
  }

  enter(el: HtmlElement): boolean {
    const st = this.st;
    const writer = this.writer;
    const facts = this.facts;
    const name = el.name;
    if (SKIPPED_TAGS.has(name)) return false;
    if (name === 'br') {
      if (st.mode === 'emit') {
        if (st.ctx === 'flow') writer.lineBreak();
        else writer.separator(' ');
      } else if (st.mode !== 'outside') this.appendChrome('\n');
      return false;
    }
    if (name === 'hr' || name === 'wbr') {
      if (st.mode === 'emit' && st.ctx === 'flow' && name === 'hr') writer.boundary();
      return false;
    }

    const isRoot = el === facts.root;
    let enterChrome: 'header' | 'footer' | null = null;
    let box = false;
    if (!facts.protectedNodes.has(el)) {
      this.chromeCtx.inContent = st.inContent;
      const role = classifyChrome(el, this.chromeCtx);
      if (role === 'drop') {
        // Footer menus carry "Cookie settings", "Contact us": keep them in the footer text.
        const nav = name === 'nav' || attr(el, 'role') === 'navigation';
        if (!(st.mode === 'footer' && nav)) return false;
      } else if (role === 'box') {
        // A box of the notice's own beside its root (a "Key facts" sidebar next to <main>) is read with the notice.
        box = st.mode === 'outside';
      } else if (role && st.mode !== 'header' && st.mode !== 'footer') {
        enterChrome = role;
      }
    }

    const frame: Frame = { saved: st, savedOwner: this.stOwner, action: 'none', link: null };
    this.frames.push(frame);
    if (isRoot || box) {
      this.w().mode = 'emit';
      if (el !== facts.body) this.w().inContent = true;
    }
    if (!this.st.inContent && isContentContainer(el)) this.w().inContent = true;
    if (el.attribs.lang !== undefined) this.w().lang = el.attribs.lang.trim().toLowerCase() || null;
    const isBlock = BLOCK_TAGS.has(name) || name.includes('-');
    if (isBlock && this.st.blockLang !== this.st.lang) this.w().blockLang = this.st.lang;

    if (enterChrome) {
      if (this.st.mode === 'emit') writer.boundary();
      if (enterChrome === 'header' && this.chrome.header) this.chrome.header += '\n';
      if (enterChrome === 'footer' && this.chrome.footer) this.chrome.footer += '\n';
      this.w().mode = enterChrome;
      frame.action = 'chrome';
      return true;
    }
    const mode = this.st.mode;
    if (mode === 'header' || mode === 'footer') {
      if (isBlock) {
        this.appendChrome('\n');
        frame.action = 'chrome';
      }
      return true;
    }
    if (mode === 'outside') {
      const outside = this.outsideH1;
      if (name === 'h1' && outside.text === null && outside.buf === null) {
        outside.buf = '';
        frame.action = 'h1-outside';
      }
      return true;
    }
    this.enterBody(el, frame, isBlock);
    return true;
  }

  /** An element inside the notice body: what it starts (heading, list, table part, accordion trigger...). */
  private enterBody(el: HtmlElement, frame: Frame, isBlock: boolean): void {
    const writer = this.writer;
    const name = el.name;
    if (name === 'b' || name === 'strong' || (el.attribs.style !== undefined && BOLD_STYLE.test(el.attribs.style))) this.w().bold++;
    if (name === 'a' && el.attribs.href !== undefined) {
      frame.link = writer.openLink(
        resolveHref(el.attribs.href, this.base),
        normaliseText(el.attribs['aria-label'] ?? el.attribs.title ?? '').slice(0, 300),
      );
    }
    const ctx = this.st.ctx;
    if (ctx === 'cell') {
      // Inside a data cell every inner structure is flattened into the cell's text.
      if (name === 'li' || name === 'p' || name === 'div') writer.separator(name === 'li' ? ', ' : ' ');
      return;
    }
    const level = HEADING_LEVEL[name];
    if (level !== undefined) {
      writer.boundary();
      const w = this.w();
      w.ctx = 'atomic';
      w.kind = 'heading';
      w.level = level;
      writer.lastRealLevel = level;
      frame.action = 'boundary';
    } else if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dir' || name === 'dl') {
      writer.boundary();
      if (this.st.dd && name !== 'dl') writer.startListInDefinition();
      const w = this.w();
      w.ctx = 'flow';
      w.listId = ++this.listCounter;
      frame.action = 'boundary';
    } else if (name === 'li') {
      writer.boundary();
      const w = this.w();
      w.ctx = 'atomic';
      w.kind = 'list-item';
      // A list inside a definition is a list of its own under the term, one item per entry, not one run-on definition.
      w.dd = false;
      if (w.listId === undefined) w.listId = ++this.listCounter;
      frame.action = 'boundary';
    } else if (name === 'table') {
      writer.boundary();
      if (ctx === 'flow' || ctx === 'atomic') {
        if (isLayoutTable(el, this.budget)) {
          this.w().ctx = 'flow';
        } else {
          this.tables.startTable();
          this.w().ctx = 'table';
          frame.action = 'table';
          return;
        }
      }
      frame.action = 'boundary';
    } else if (name === 'tr' && ctx === 'table') {
      this.tables.startRow(el.parent !== null && (el.parent as HtmlElement).name === 'thead', this.st.blockLang);
      this.w().ctx = 'tr';
      frame.action = 'row';
    } else if ((name === 'td' || name === 'th') && ctx === 'tr') {
      const w = this.w();
      w.ctx = 'cell';
      w.kind = 'cell';
      writer.startLine(w);
      frame.action = 'cell';
    } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      // Transparent row groups.
    } else if (name === 'caption') {
      // A caption titles its table: a sub-heading, so the rows are read under it and not under the section before
      // (a "How long we keep records" table after the National Pupil Database text is the school's own again).
      writer.boundary();
      const w = this.w();
      w.ctx = 'atomic';
      w.kind = 'heading';
      w.level = Math.min(6, writer.lastRealLevel + 1);
      frame.action = 'boundary';
    } else if (name === 'dt' || name === 'dd') {
      // Each term with its definitions is one item of the definition list.
      writer.boundary();
      const w = this.w();
      w.ctx = 'atomic';
      w.kind = 'list-item';
      if (w.listId === undefined) w.listId = ++this.listCounter;
      w.dd = name === 'dd';
      frame.action = name === 'dt' ? 'dt' : 'boundary';
      if (name === 'dt') writer.startTerm();
    } else if (name === 'summary') {
      writer.boundary();
      const hasHeading = el.children.some((c) => isElement(c) && c.name in HEADING_LEVEL);
      if (!hasHeading) {
        const w = this.w();
        w.ctx = 'atomic';
        w.kind = 'heading';
        w.level = Math.min(6, writer.lastRealLevel + 1);
      }
      frame.action = 'boundary';
    } else if (
      (name === 'button' ||
        attr(el, 'role') === 'button' ||
        (el.attribs['aria-expanded'] !== undefined && el.attribs['aria-controls'] !== undefined)) &&
      ctx === 'flow' &&
      !inRunningText(el)
    ) {
      // Accordion triggers name the panel that follows them. A button named inside a sentence ("using the <button>Cookie
      // settings</button> button at the foot of the page") is one of its words.
      writer.boundary();
      const w = this.w();
      w.ctx = 'atomic';
      w.kind = 'candidate';
      frame.action = 'boundary';
    } else if (name === 'pre') {
      if (ctx === 'flow') writer.boundary();
      this.w().pre = true;
      frame.action = ctx === 'flow' ? 'boundary' : 'separator';
    } else if (isBlock) {
      if (ctx === 'flow') {
        writer.boundary();
        frame.action = 'boundary';
      } else if (ctx === 'atomic') {
        writer.separator(' ');
        frame.action = 'separator';
      }
    }
  }

  exit(el: HtmlElement): void {
    const frame = this.frames.pop();
    if (!frame) return;
    const inner = this.st;
    this.st = frame.saved;
    this.stOwner = frame.savedOwner;
    const writer = this.writer;
    if (frame.link) writer.closeLink(frame.link);
    switch (frame.action) {
      case 'boundary':
        writer.boundary();
        break;
      case 'separator':
        writer.separator(' ');
        break;
      case 'dt':
        writer.markTerm();
        writer.boundary();
        break;
      case 'cell':
        this.tables.endCell(el.name === 'th');
        break;
      case 'row':
        this.tables.endRow();
        break;
      case 'table':
        this.tables.endTable();
        break;
      case 'chrome':
        if (inner.mode === 'header' || inner.mode === 'footer') this.appendChrome('\n', inner.mode);
        break;
      case 'h1-outside':
        this.outsideH1.text = normaliseText(this.outsideH1.buf ?? '') || null;
        this.outsideH1.buf = null;
        break;
      case 'none':
        break;
    }
  }

  text(data: string): void {
    const st = this.st;
    switch (st.mode) {
      case 'emit':
        if (st.ctx === 'table' || st.ctx === 'tr') return;
        if (st.pre && data.includes('\n') && st.ctx === 'flow') {
          const parts = data.split('\n');
          parts.forEach((p, i) => {
            if (i > 0) this.writer.lineBreak();
            this.writer.text(p, st);
          });
          return;
        }
        this.writer.text(data, st);
        return;
      case 'header':
      case 'footer':
        this.appendChrome(data);
        return;
      case 'outside': {
        const outside = this.outsideH1;
        if (outside.buf !== null && outside.buf.length < 2_000) outside.buf += data;
        return;
      }
    }
  }

  finish(): HtmlBlocks {
    const writer = this.writer;
    writer.boundary();
    this.tables.endTable();
    return {
      blocks: writer.blocks,
      langs: writer.langs,
      otherLangTexts: writer.otherLangTexts,
      links: writer.links,
      tables: this.tables.tables,
      header: this.chrome.header.slice(0, MAX_CHROME_CHARS),
      footer: this.chrome.footer.slice(0, MAX_CHROME_CHARS),
      h1: writer.h1 ?? this.outsideH1.text,
      warnings: [...writer.warnings],
    };
  }
}
