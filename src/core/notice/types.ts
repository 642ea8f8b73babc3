// The structured notice document every reader (HTML, text, PDF, DOCX) produces and every check reads.

export type SourceFormat = 'html' | 'text' | 'pdf' | 'docx';

/** A definition list's term with its definitions is one list-item ("term: definition"). */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** One unit of notice text in reading order. `where` is the human location quoted with evidence. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Heading level 1-6 (inferred for plain text and PDF). */
  level?: number;
  /** Normalised text: straight quotes, hyphens for dashes, single spaces. */
  text: string;
  /** "line 12" (text), "page 3" (PDF), 'under "Storing pupil data"' (HTML/DOCX). */
  where: string;
  /** Index into NoticeDocument.sections. */
  section: number;
  /** Consecutive items of one list share an id. */
  listId?: number;
  /**
   * Table cells, for table-row blocks. The text is the cells joined by " | "; an HTML row under a header row labels each
   * cell with its column ("Data: contact details | Why: to run the school"), and a row headed by its own <th> reads "header: value".
   */
  cells?: string[];
  /** Index into NoticeDocument.tables, for table-row blocks. */
  table?: number;
  /** PDF page number, when known. */
  page?: number;
  /** 1-based source line, for plain text. */
  line?: number;
}

export interface Section {
  index: number;
  /** Heading text, or null for text before the first heading. */
  heading: string | null;
  headingBlock: number | null;
  level: number;
  /** Block index range [firstBlock, lastBlock] including the heading block. Empty section: lastBlock < firstBlock. */
  firstBlock: number;
  lastBlock: number;
}

export interface NoticeLink {
  text: string;
  /** Resolved absolute URL, or the raw href when it cannot be resolved; null when the text only looks like a link. */
  href: string | null;
  block: number;
}

export interface NoticeTable {
  index: number;
  headers: string[];
  rows: string[][];
  firstBlock: number;
  where: string;
}

/** Page furniture kept apart from the notice body: it counts only as checklist.md allows. */
export interface PageChrome {
  /** The page <title>, if any. */
  pageTitle: string | null;
  /** Site header / banner text (school name often lives here). */
  header: string;
  /** Footer text (school contact details often live here). */
  footer: string;
}

export interface NoticeDocument {
  /** `encoding`: how the bytes were decoded, when the document was read from bytes (text and HTML). */
  source: { url: string | null; format: SourceFormat; encoding?: string };
  /** Document title: H1, PDF title, or the first heading. */
  title: string | null;
  blocks: Block[];
  sections: Section[];
  links: NoticeLink[];
  tables: NoticeTable[];
  chrome: PageChrome;
  /** Declared language of the notice body (e.g. "en", "cy"), if any. */
  lang: string | null;
  /** True when a Welsh-language version was found beside the English one (and left out of the body). */
  welshVersionPresent: boolean;
  /** PDF page count, when the source had pages. */
  pageCount?: number;
  /** Reasons the document cannot be judged (e.g. "no text layer (scanned document)"); non-empty => checks say needs-review. */
  unreadable: string[];
  /** Non-fatal notes from reading (e.g. "text truncated at 20 MB"). */
  warnings: string[];
}
