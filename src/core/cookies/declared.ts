// Declared cookies: the rows of a cookie notice's cookie table, whatever shape the table reached us in.
import type { Block, NoticeDocument } from '../notice/types';
import type { DeclaredCookieEntry } from '../report';
import { compileNamePattern, splitNameCell, type NamePattern } from './names';
import { parseDurationSeconds } from './durations';
import { vendorForLabel, vendorsNamedIn, type Vendor } from './vendors';
import type { CookieScope } from './scope';
import { findKnownCookies } from './known-cookies';

export type ColumnKind = 'name' | 'purpose' | 'duration' | 'provider' | 'type';

/** A declared row with what matching and the checks need beyond the report's DeclaredCookieEntry. */
export interface DeclaredRow extends DeclaredCookieEntry {
  patterns: NamePattern[];
  /** Who the row says sets the cookie(s): from the provider column, a vendor-name cell or the purpose text. */
  vendor: Vendor | null;
  /** The name cell names a vendor ("YouTube") rather than cookies. */
  providerOnly: boolean;
  /** A name cell that is neither cookie names nor a vendor ("Traffic log cookies"). */
  label: string | null;
  /** The category the notice gives the row (type column or words in the purpose), verbatim. */
  declaredCategory: string | null;
  /** Verbatim text of the name cell or line, quoted as evidence. */
  quote: string;
  /** Block index of the row (or of its name line). */
  block: number;
  shape: 'table' | 'flattened' | 'key-value' | 'inline' | 'heading';
}

const MAX_ROWS = 2_000;
const MAX_TEXT = 600;

const HEADER_WORDS: [ColumnKind, RegExp][] = [
  ['duration', /\b(duration|expir(y|es|ation)|retention|life ?(time|span)|how long|storage period|period|max(imum)? age|valid(ity)?)\b/i],
  ['purpose', /\b(purpose|description|what (it|they|this) (does?|is)|used for|use|usage|function|why|details|information|more info)\b/i],
  ['provider', /\b(provider|set by|source|vendor|host|domain|owner|service|company|supplier|who sets|placed by)\b/i],
  ['type', /\b(type|category|categories|classification|kind|essential|first or third|party)\b/i],
  ['name', /\b(cookie|cookies|name|names|identifier|key)\b/i],
];

/** Classify a table header cell ("Cookie Name", "What it does", "Expiry", "Set by", "Type"). */
export function classifyHeader(cell: string): ColumnKind | null {
  const t = cell.trim();
  if (!t || t.length > 60) return null;
  // "Cookie name" and "Name" are names even though "cookie" appears in "cookie purpose": check the name forms first.
  if (/^(the )?(cookie|cookies)( name| names| id)?$|^name( of (the )?cookie)?s?$|^cookie identifier$/i.test(t)) return 'name';
  for (const [kind, re] of HEADER_WORDS) if (re.test(t)) return kind;
  return null;
}

function cap(s: string | null | undefined, n = MAX_TEXT): string | null {
  if (!s) return null;
  const t = s.trim();
  if (!t) return null;
  return t.length > n ? `${t.slice(0, n)}...` : t;
}

// Category words a notice uses for a row: kept verbatim so the strictly-necessary check can compare them with the facts.
const CATEGORY_WORDS =
  /\b(strictly necessary|essential|necessary|non-essential|functional(ity)?|preferences?|performance|analytics?|statistics?|statistical|marketing|advertising|targeting|social media|third[- ]party|first[- ]party)\b/i;
// Free-text durations: "expires after 2 years", "lasts 24 hours", "(session)", "deleted when you close your browser".
const DURATION_IN_TEXT =
  /\b(?:expir\w*|lasts?|kept|stored|retained|remains?|valid|duration|deleted|removed|persists?)\b[^.;]{0,60}?(?:(?<!\d)\d+(?:\.\d+)?\s*(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)|\bsession\b|close (?:your|the) browser)[^.;]{0,20}|\b(?:session|persistent) cookies?\b|\(\s*\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s*\)/i;

/** The duration phrase inside a description, if any ("This cookie expires after 2 years" -> "expires after 2 years"). */
export function durationInText(text: string): string | null {
  const m = DURATION_IN_TEXT.exec(text.slice(0, 2_000));
  return m ? m[0].trim() : null;
}

interface RowInput {
  nameCell: string;
  purpose: string | null;
  duration: string | null;
  provider: string | null;
  type: string | null;
  where: string;
  block: number;
  shape: DeclaredRow['shape'];
}

/** Build one declared row from its cells. Returns null for an empty or furniture row. */
export function buildRow(input: RowInput): DeclaredRow | null {
  const nameCell = input.nameCell.trim().slice(0, MAX_TEXT);
  if (!nameCell && !input.provider) return null;
  // A cell that is a vendor's name ("YouTube", "Google Analytics") names who sets cookies, not the cookies,
  // unless the same word is a real cookie name; cookie names in brackets after it still count.
  const bare = nameCell.replace(/(?<!\s)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)$/, '');
  const labelVendor = findKnownCookies(bare).length ? undefined : vendorForLabel(bare);
  const names = labelVendor && bare === nameCell ? [] : splitNameCell(labelVendor ? nameCell.slice(bare.length) : nameCell);
  const cellVendor = names.length === 0 ? labelVendor : undefined;
  const providerVendor = input.provider ? (vendorForLabel(input.provider) ?? vendorsNamedIn(input.provider)[0]) : undefined;
  const purposeVendors = input.purpose ? vendorsNamedIn(input.purpose) : [];
  // The knowledge base knows who sets a named cookie better than a provider cell saying just "Google".
  const knownVendor = names.map((n) => findKnownCookies(n)[0]?.vendor).find((x) => x !== undefined);
  const vendor = knownVendor ?? providerVendor ?? labelVendor ?? (purposeVendors.length === 1 ? purposeVendors[0] : undefined) ?? null;
  const duration = cap(input.duration, 120) ?? (input.purpose ? durationInText(input.purpose) : null);
  const declaredCategory = cap(input.type, 80) ?? (input.purpose ? (CATEGORY_WORDS.exec(input.purpose)?.[0] ?? null) : null);
  return {
    names,
    provider: cap(input.provider, 120) ?? (labelVendor ? bare : vendor ? vendor.name : null),
    purpose: cap(input.purpose),
    duration,
    durationSeconds: parseDurationSeconds(duration),
    where: input.where,
    patterns: names.map(compileNamePattern),
    vendor,
    providerOnly: names.length === 0 && cellVendor !== undefined,
    label: names.length === 0 && !cellVendor ? cap(nameCell, 120) : null,
    declaredCategory,
    quote: nameCell || (input.provider ?? ''),
    block: input.block,
    shape: input.shape,
  };
}

/** Report shape of a row (the internals stay out of the JSON contract). */
export function toEntry(row: DeclaredRow): DeclaredCookieEntry {
  return {
    names: row.names,
    provider: row.provider,
    purpose: row.purpose,
    duration: row.duration,
    durationSeconds: row.durationSeconds,
    where: row.where,
  };
}

// ---- Real tables (HTML/DOCX <table>, tab-separated text) ----

function columnsOf(headers: string[]): Map<ColumnKind, number> | null {
  const cols = new Map<ColumnKind, number>();
  headers.forEach((h, i) => {
    const kind = classifyHeader(h);
    if (kind && !cols.has(kind)) cols.set(kind, i);
  });
  if (!cols.has('name') && cols.has('provider') && cols.has('purpose')) return cols;
  if (!cols.has('name') || cols.size < 2) return null;
  return cols;
}

function fromTables(doc: NoticeDocument, scope: CookieScope): DeclaredRow[] {
  const out: DeclaredRow[] = [];
  // Row blocks of every table, grouped in one pass (a filter per table is quadratic on pages with many tables).
  const blocksByTable = new Map<number, Block[]>();
  for (const b of doc.blocks) {
    if (b.table === undefined) continue;
    let list = blocksByTable.get(b.table);
    if (!list) blocksByTable.set(b.table, (list = []));
    list.push(b);
  }
  for (const t of doc.tables) {
    let headers = t.headers;
    let rows = t.rows;
    let cols = columnsOf(headers);
    if (!cols && rows.length) {
      // Some tables put the header in the first body row.
      cols = columnsOf(rows[0]!);
      if (cols) {
        headers = rows[0]!;
        rows = rows.slice(1);
      }
    }
    const cookieHeaded = headers.some((h) => /\bcookies?\b/i.test(h));
    const blockInScope = t.firstBlock >= scope.first && t.firstBlock <= scope.last;
    const rowBlocks = blocksByTable.get(t.index) ?? [];
    const offset = rowBlocks.length > rows.length ? rowBlocks.length - rows.length : 0;
    if (cols) {
      const nameCol = cols.get('name') ?? cols.get('provider')!;
      const built: DeclaredRow[] = [];
      rows.slice(0, MAX_ROWS).forEach((cells, i) => {
        const at = (k: ColumnKind) => (cols!.has(k) ? (cells[cols!.get(k)!] ?? null) : null);
        const rb = rowBlocks[i + offset];
        const row = buildRow({
          nameCell: cells[nameCol] ?? '',
          purpose: at('purpose'),
          duration: at('duration'),
          provider: cols!.has('name') ? at('provider') : null,
          type: at('type'),
          where: rb?.where ?? t.where,
          block: rb?.index ?? t.firstBlock,
          shape: 'table',
        });
        if (row) built.push(row);
      });
      // A "Name | Purpose" table outside the cookie section (e.g. data-sharing recipients) is a cookie table only
      // when its header says cookie or most of its names look like cookie names.
      const namedShare = built.filter((r) => r.names.length > 0 || r.providerOnly).length / Math.max(1, built.length);
      if (cookieHeaded || blockInScope || namedShare >= 0.5) out.push(...built);
      continue;
    }
    // Vertical key/value tables: "Name | _ga", "Purpose | ...", "Expiry | 2 years" (one cookie per group of rows).
    const all = [t.headers, ...t.rows].filter((r) => r.length >= 2);
    if (
      all.length >= 2 &&
      all.every((r) => classifyHeader(r[0] ?? '') !== null) &&
      (cookieHeaded || blockInScope || all.some((r) => /cookie/i.test(r[0] ?? '')))
    ) {
      out.push(
        ...fromKeyValues(
          all.map((r, i) => ({
            key: r[0]!,
            value: r.slice(1).join(' '),
            where: rowBlocks[i]?.where ?? t.where,
            block: rowBlocks[i]?.index ?? t.firstBlock,
          })),
          'table',
        ),
      );
    }
  }
  return out;
}

interface KeyValue {
  key: string;
  value: string;
  where: string;
  block: number;
}

function fromKeyValues(pairs: KeyValue[], shape: DeclaredRow['shape']): DeclaredRow[] {
  const out: DeclaredRow[] = [];
  let current: (Partial<Record<ColumnKind, string>> & { where: string; block: number }) | null = null;
  const flush = () => {
    if (current?.name || current?.provider) {
      const row = buildRow({
        nameCell: current.name ?? '',
        purpose: current.purpose ?? null,
        duration: current.duration ?? null,
        provider: current.name ? (current.provider ?? null) : (current.provider ?? null),
        type: current.type ?? null,
        where: current.where,
        block: current.block,
        shape,
      });
      if (row) out.push(row);
    }
    current = null;
  };
  for (const p of pairs) {
    const kind = classifyHeader(p.key);
    if (!kind) continue;
    if (kind === 'name' || !current) {
      if (kind === 'name') flush();
      current ??= { where: p.where, block: p.block };
    }
    if (current[kind] === undefined) current[kind] = p.value;
  }
  flush();
  return out;
}

// ---- Flattened tables: header lines, then rows as runs of lines (seed 004: "Cookie Name" / "What it does") ----

function isShortLine(b: Block | undefined): b is Block {
  return b !== undefined && b.kind !== 'table-row' && b.text.length <= 60 && !/[.!?]$/.test(b.text) && b.text.split(/\s+/).length <= 6;
}

function fromFlattened(doc: NoticeDocument, scope: CookieScope, used: Set<number>): DeclaredRow[] {
  const out: DeclaredRow[] = [];
  for (let i = Math.max(0, scope.first); i <= scope.last; i++) {
    const b = doc.blocks[i];
    if (
      !isShortLine(b) ||
      classifyHeader(b.text) !== 'name' ||
      !/^(the )?(cookies?|name)/i.test(b.text) ||
      /\b(used|policy|on this)\b/i.test(b.text)
    )
      continue;
    // Header run: consecutive short lines, each a different column kind, starting with the name column.
    const kinds: ColumnKind[] = ['name'];
    let j = i + 1;
    while (j <= scope.last && kinds.length < 5) {
      const h = doc.blocks[j];
      const kind = isShortLine(h) ? classifyHeader(h.text) : null;
      if (!kind || kinds.includes(kind)) break;
      kinds.push(kind);
      j++;
    }
    if (kinds.length < 2) continue;
    const width = kinds.length;
    const rows: DeclaredRow[] = [];
    let k = j;
    while (k + width - 1 <= scope.last) {
      const group = doc.blocks.slice(k, k + width);
      const nameLine = group[0]!;
      if (!isShortLine(nameLine) || nameLine.kind === 'list-item' || classifyHeader(nameLine.text) !== null) break;
      // The other cells of the row must not look like the next row's name line ending the table early.
      const cell = (kind: ColumnKind) => group[kinds.indexOf(kind)]?.text ?? null;
      const row = buildRow({
        nameCell: nameLine.text,
        purpose: cell('purpose'),
        duration: cell('duration'),
        provider: cell('provider'),
        type: cell('type'),
        where: nameLine.where,
        block: nameLine.index,
        shape: 'flattened',
      });
      if (!row || (row.names.length === 0 && !row.providerOnly && nameLine.text.split(/\s+/).length > 4)) break;
      rows.push(row);
      for (let x = k; x < k + width; x++) used.add(x);
      k += width;
      if (rows.length >= MAX_ROWS) break;
    }
    if (rows.length) {
      for (let x = i; x < j; x++) used.add(x);
      out.push(...rows);
      i = k - 1;
    }
  }
  return out;
}

// ---- Paragraph shapes: "Name: _ga" key/value runs, "_ga - description" lines, name headings or terms + description ----

const KEY_VALUE = /^([A-Za-z][A-Za-z /()-]{1,30}?)\s*:\s+(.+)$/;
const INLINE = /^(.{2,120}?)\s+(?:-|:|=)\s+(.{8,})$|^(.{2,120}?):\s*(.{8,})$/;

function namesOnly(text: string): string[] {
  const t = text.trim();
  if (t.length > 150) return [];
  const names = splitNameCell(t);
  if (!names.length) return [];
  // Every word of the text must belong to a name or be a separator: otherwise it is prose mentioning a name.
  const rest = t
    .replace(/\(([^()]*)\)/g, ' $1 ')
    .split(/[\s,;/&+]+/)
    .filter((w) => w && !/^(and|or)$/i.test(w) && !names.includes(w.replace(/^["'`]+|(?<!["'`.:])["'`.:]+$/g, '')));
  return rest.length === 0 ? names : [];
}

function fromBlocks(doc: NoticeDocument, scope: CookieScope, used: Set<number>): DeclaredRow[] {
  const out: DeclaredRow[] = [];
  const blocks = doc.blocks.slice(Math.max(0, scope.first), scope.last + 1).filter((b) => !used.has(b.index) && b.kind !== 'table-row');
  // Key/value runs ("Cookie name: _ga", "Purpose: ...", "Expires: 2 years").
  const pairs: KeyValue[] = [];
  for (const b of blocks) {
    const m = KEY_VALUE.exec(b.text);
    const kind = m ? classifyHeader(m[1]!) : null;
    if (m && kind) {
      pairs.push({ key: m[1]!, value: m[2]!, where: b.where, block: b.index });
      used.add(b.index);
    }
  }
  if (pairs.some((p) => classifyHeader(p.key) === 'name')) out.push(...fromKeyValues(pairs, 'key-value'));
  else for (const p of pairs) used.delete(p.block);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (used.has(b.index)) continue;
    // "_ga, _gid - Google Analytics: used to distinguish users. Expires after 2 years."
    const m = INLINE.exec(b.text);
    if (m && b.kind !== 'heading') {
      const head = (m[1] ?? m[3])!;
      const desc = (m[2] ?? m[4])!;
      const names = namesOnly(head);
      const vendor = names.length ? undefined : vendorForLabel(head);
      if (names.length || vendor) {
        const row = buildRow({
          nameCell: head,
          purpose: desc,
          duration: null,
          provider: null,
          type: null,
          where: b.where,
          block: b.index,
          shape: 'inline',
        });
        if (row) {
          out.push(row);
          used.add(b.index);
          continue;
        }
      }
    }
    // A heading or short term line that is only cookie names (or a vendor), followed by its description.
    const next = blocks[i + 1];
    const isTerm = b.text.length <= 120 && (b.kind === 'heading' || (next !== undefined && b.text.length < 80 && !/[.!?]$/.test(b.text)));
    if (!isTerm || !next || next.kind === 'heading' || used.has(next.index)) continue;
    const names = namesOnly(b.text);
    const vendor = names.length ? undefined : b.kind === 'heading' ? vendorForLabel(b.text) : undefined;
    if (!names.length && !vendor) continue;
    const desc: string[] = [];
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind !== 'heading' && desc.length < 4) {
      const d = blocks[j]!;
      if (used.has(d.index) || (namesOnly(d.text).length && d.text.length < 80)) break;
      desc.push(d.text);
      used.add(d.index);
      j++;
    }
    const row = buildRow({
      nameCell: b.text,
      purpose: desc.join(' '),
      duration: null,
      provider: null,
      type: null,
      where: b.where,
      block: b.index,
      shape: 'heading',
    });
    if (row) {
      out.push(row);
      used.add(b.index);
    }
    i = j - 1;
  }
  return out;
}

/**
 * Every declared cookie in the cookie part of a document: real tables first, then flattened tables, then
 * key/value runs, inline definitions and name headings. Rows come back in document order.
 */
export function extractDeclaredCookies(doc: NoticeDocument, scope: CookieScope): DeclaredRow[] {
  if (scope.last < scope.first && !doc.tables.length) return [];
  const used = new Set<number>();
  const tables = fromTables(doc, scope);
  for (const r of tables) used.add(r.block);
  for (const b of doc.blocks) if (b.kind === 'table-row') used.add(b.index);
  const flattened = fromFlattened(doc, scope, used);
  const blocks = fromBlocks(doc, scope, used);
  return [...tables, ...flattened, ...blocks].sort((a, b) => a.block - b.block).slice(0, MAX_ROWS);
}
