// Turns reader output (raw blocks in reading order) into a NoticeDocument with sections, shared by every reader.
import type { Block, BlockKind, NoticeDocument, NoticeLink, NoticeTable, PageChrome, Section, SourceFormat } from './types';
import { normaliseText } from './normalise';
import { compactText } from './compact-text';

export interface RawBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  listId?: number;
  cells?: string[];
  table?: number;
  page?: number;
  line?: number;
  /** Explicit location; when absent it is derived from line, page or the section heading. */
  where?: string;
}

export interface BuildInput {
  url: string | null;
  format: SourceFormat;
  title: string | null;
  blocks: RawBlock[];
  links?: { text: string; href: string | null; rawBlock: number }[];
  tables?: Omit<NoticeTable, 'index' | 'where' | 'firstBlock'>[];
  chrome?: Partial<PageChrome>;
  lang?: string | null;
  welshVersionPresent?: boolean;
  pageCount?: number;
  unreadable?: string[];
  warnings?: string[];
}

const MAX_QUOTE_HEADING = 60;

function quoteHeading(h: string): string {
  return h.length > MAX_QUOTE_HEADING ? `${h.slice(0, MAX_QUOTE_HEADING - 3)}...` : h;
}

// Documents built here, held weakly: every block text went through normaliseText, so a reader that needs normalised
// text can skip reading all of it again to check (a document put together elsewhere is still checked).
const normalisedDocuments = new WeakSet<NoticeDocument>();

/** True when every block of the document is normalised text (single spaces, trimmed): it was built here. */
export function hasNormalisedBlocks(doc: NoticeDocument): boolean {
  return normalisedDocuments.has(doc);
}

/** Build the document: drop empty blocks, assign sections by heading, and give every block a location. */
export function buildDocument(input: BuildInput): NoticeDocument {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const rawToBlock = new Map<number, number>();
  let current: Section = { index: 0, heading: null, headingBlock: null, level: 0, firstBlock: 0, lastBlock: -1 };
  sections.push(current);

  input.blocks.forEach((raw, rawIndex) => {
    const text = compactText(normaliseText(raw.text));
    if (!text) return;
    const index = blocks.length;
    rawToBlock.set(rawIndex, index);
    if (raw.kind === 'heading') {
      current = {
        index: sections.length,
        heading: text,
        headingBlock: index,
        level: raw.level ?? 2,
        firstBlock: index,
        lastBlock: index - 1,
      };
      sections.push(current);
    }
    const where =
      raw.where ??
      (raw.line !== undefined
        ? `line ${raw.line}`
        : raw.page !== undefined
          ? `page ${raw.page}`
          : current.heading
            ? `under "${quoteHeading(current.heading)}"`
            : 'start of notice');
    const block: Block = { index, kind: raw.kind, text, where, section: current.index };
    if (raw.level !== undefined && raw.kind === 'heading') block.level = raw.level;
    if (raw.listId !== undefined) block.listId = raw.listId;
    if (raw.cells) block.cells = raw.cells.map(normaliseText);
    if (raw.table !== undefined) block.table = raw.table;
    if (raw.page !== undefined) block.page = raw.page;
    if (raw.line !== undefined) block.line = raw.line;
    blocks.push(block);
    current.lastBlock = index;
  });

  // Drop the leading empty pseudo-section when the document opens with a heading.
  if (sections.length > 1 && sections[0]!.lastBlock < sections[0]!.firstBlock) {
    sections.shift();
    sections.forEach((s, i) => (s.index = i));
    for (const b of blocks) b.section -= 1;
  }

  const links: NoticeLink[] = (input.links ?? []).flatMap((l) => {
    const block = rawToBlock.get(l.rawBlock);
    return block === undefined ? [] : [{ text: normaliseText(l.text), href: l.href, block }];
  });

  const firstRowOfTable = new Map<number, Block>();
  for (const b of blocks) if (b.table !== undefined && !firstRowOfTable.has(b.table)) firstRowOfTable.set(b.table, b);
  const tables: NoticeTable[] = (input.tables ?? []).map((t, index) => {
    const first = firstRowOfTable.get(index);
    return {
      index,
      headers: t.headers.map(normaliseText),
      rows: t.rows.map((r) => r.map(normaliseText)),
      firstBlock: first?.index ?? -1,
      where: first?.where ?? 'table',
    };
  });

  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const doc: NoticeDocument = {
    source: { url: input.url, format: input.format },
    title: input.title ? normaliseText(input.title) || null : (firstHeading?.text ?? null),
    blocks,
    sections,
    links,
    tables,
    chrome: {
      pageTitle: input.chrome?.pageTitle ? normaliseText(input.chrome.pageTitle) : null,
      header: normaliseText(input.chrome?.header ?? ''),
      // Line by line: a footer's lines are separate facts ("Updated: Spring 2026" under the site links).
      footer: (input.chrome?.footer ?? '').split('\n').map(normaliseText).filter(Boolean).join('\n'),
    },
    lang: input.lang ?? null,
    welshVersionPresent: input.welshVersionPresent ?? false,
    ...(input.pageCount !== undefined ? { pageCount: input.pageCount } : {}),
    unreadable: input.unreadable ?? [],
    warnings: input.warnings ?? [],
  };
  normalisedDocuments.add(doc);
  return doc;
}
