// Assembles data tables from the page walker's rows and cells: one table-row block per row, read against its header row.
import { normaliseText } from './normalise';
import { attr, hasChildren, isElement, type HtmlElement, type HtmlNode } from './html-dom';
import type { ScanBudget } from './html-chrome';
import { anchorsOf, type Anchor, type BlockWriter } from './html-block-writer';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_TABLE_SCAN = 20_000;

export interface TableRecord {
  headers: string[];
  rows: string[][];
}

interface OpenTable {
  /** Index in `tables`, given when the first non-empty row arrives. */
  index: number | null;
  rows: string[][];
  /** The column headers once a header row (all <th>, or in <thead>) opened the table; rows are read against them. */
  labels: string[] | null;
}

interface OpenRow {
  cells: string[];
  th: boolean[];
  inHead: boolean;
  links: Anchor[];
  lang: string | null;
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
export function isLayoutTable(table: HtmlElement, budget: ScanBudget): boolean {
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
    if (name === 'table' || HEADING_TAGS.has(name)) return true;
    if (name === 'tr') {
      let cols = 0;
      for (const c of node.children) if (isElement(c) && (c.name === 'td' || c.name === 'th')) cols++;
      if (cols > maxCols) maxCols = cols;
    }
    if (hasChildren(node)) for (const c of node.children) stack.push(c);
  }
  return maxCols <= 1;
}

/** Collects the data table being read; its rows become blocks through the block writer as each row ends. */
export class TableAssembler {
  readonly tables: TableRecord[] = [];
  private table: OpenTable | null = null;
  private row: OpenRow | null = null;

  constructor(private readonly writer: BlockWriter) {}

  startTable(): void {
    this.table = { index: null, rows: [], labels: null };
  }

  startRow(inHead: boolean, lang: string | null): void {
    this.row = { cells: [], th: [], inHead, links: [], lang };
  }

  /** The cell's text is the writer's open line. */
  endCell(isTh: boolean): void {
    const l = this.writer.takeLine();
    const row = this.row;
    if (!row) return;
    row.th.push(isTh);
    if (!l) {
      row.cells.push('');
      return;
    }
    this.writer.closeOpenLinks(l);
    row.cells.push(normaliseText(l.text));
    for (const a of anchorsOf(l)) row.links.push(a);
  }

  endRow(): void {
    const r = this.row;
    const table = this.table;
    this.row = null;
    if (!r || !table || !r.cells.some(Boolean)) return;
    if (table.index === null) {
      table.index = this.tables.length;
      this.tables.push({ headers: [], rows: [] });
    }
    const isHeader = table.rows.length === 0 && (r.inHead || r.th.every(Boolean));
    if (isHeader) table.labels = r.cells;
    const text = isHeader ? r.cells.filter(Boolean).join(' | ') : rowText(r.cells, r.th, table.labels);
    const index = this.writer.pushBlock({ kind: 'table-row', text, cells: r.cells, table: table.index }, r.lang);
    if (index === null) return;
    table.rows.push(r.cells);
    this.writer.addLinks(text, index, r.links);
  }

  endTable(): void {
    const t = this.table;
    this.table = null;
    if (!t || t.index === null) return;
    const record = this.tables[t.index]!;
    // Headers come from the first row (a <th> row or, failing that, whatever row comes first).
    record.headers = t.rows[0] ?? [];
    record.rows = t.rows.slice(1);
  }
}
