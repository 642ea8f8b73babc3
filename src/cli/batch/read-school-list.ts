// Reads the batch input: a CSV of schools (name and website columns matched loosely, LA and URN carried) or one URL per line.
import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { InputError } from '../load-document';
import type { SiteTarget } from '../site/audit-site';

const MAX_LIST_BYTES = 50 * 1024 * 1024;

export interface SchoolList {
  targets: SiteTarget[];
  /** Which input column fed each field, for the log ("EstablishmentName", "SchoolWebsite"). */
  columns: { name: string | null; url: string | null; la: string | null; urn: string | null };
  /** Lines skipped or merged, in plain words. */
  notes: string[];
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

/** Header cues, most specific first. GIAS exports use EstablishmentName, SchoolWebsite, "LA (name)", URN. */
const URL_EXACT = ['url', 'website', 'site', 'schoolwebsite', 'websiteurl', 'siteurl', 'homepage', 'web', 'websiteaddress', 'link'];
const NAME_EXACT = ['name', 'school', 'schoolname', 'establishmentname', 'establishment', 'academyname', 'sitename'];
const LA_EXACT = ['la', 'laname', 'localauthority', 'localauthorityname', 'lea', 'authority', 'lacode'];

function pickColumn(headers: string[], exact: string[], loose: (h: string) => boolean, taken: Set<number>): number {
  const n = headers.map(norm);
  for (const e of exact) {
    const i = n.findIndex((h, idx) => h === e && !taken.has(idx));
    if (i >= 0) return i;
  }
  return n.findIndex((h, idx) => !taken.has(idx) && loose(h));
}

function looksLikeUrl(s: string): boolean {
  return /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(s.trim()) || /^https?:\/\/\S+$/i.test(s.trim());
}

function fromCsv(text: string): SchoolList {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'] }) as string[][];
  } catch (err) {
    throw new InputError(`the school list is not valid CSV: ${(err as Error).message}`);
  }
  const headers = records[0] ?? [];
  const taken = new Set<number>();
  const urlCol = pickColumn(headers, URL_EXACT, (h) => /url|website|homepage/.test(h), taken);
  if (urlCol < 0) throw new InputError(`the school list has no website column (looked for a header like url, website or site; found: ${headers.slice(0, 12).join(', ')})`);
  taken.add(urlCol);
  const nameCol = pickColumn(headers, NAME_EXACT, (h) => /(school|establishment)name$/.test(h) || (h.endsWith('name') && !/type|phase|la|trust|head|status|region|district|ward|constituency|gender|religious|diocese/.test(h)), taken);
  if (nameCol >= 0) taken.add(nameCol);
  // "LA (name)" beats "LA (code)"; both normalise to laname / lacode.
  const laCol = pickColumn(headers, LA_EXACT, (h) => /^la|localauthority/.test(h), taken);
  if (laCol >= 0) taken.add(laCol);
  const urnCol = pickColumn(headers, ['urn', 'uniquereferencenumber'], () => false, taken);
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
  const targets = records.slice(1).map((row) => ({
    url: cell(row, urlCol),
    school: cell(row, nameCol) || null,
    la: cell(row, laCol) || null,
    urn: cell(row, urnCol) || null,
  }));
  const col = (i: number) => (i >= 0 ? (headers[i] ?? null) : null);
  return { targets, columns: { name: col(nameCol), url: col(urlCol), la: col(laCol), urn: col(urnCol) }, notes: [] };
}

function fromLines(text: string): SchoolList {
  const targets = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((url) => ({ url, school: null, la: null, urn: null }));
  return { targets, columns: { name: null, url: null, la: null, urn: null }, notes: [] };
}

/** A list is CSV when its first line has separators and a header naming a website column; else one URL a line. */
export function parseSchoolList(text: string): SchoolList {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim()) ?? '';
  const isCsv = /[,;\t]/.test(firstLine) && !looksLikeUrl(firstLine.split(/[,;\t]/)[0] ?? '');
  const list = isCsv ? fromCsv(text) : fromLines(text);
  // One folder per site: the same address twice would overwrite itself.
  const seen = new Set<string>();
  const targets: SiteTarget[] = [];
  for (const t of list.targets) {
    const key = t.url.trim().toLowerCase().replace(/\/+$/, '');
    if (key && seen.has(key)) {
      list.notes.push(`${t.url} is listed more than once; audited once`);
      continue;
    }
    if (key) seen.add(key);
    targets.push(t);
  }
  return { ...list, targets };
}

export async function readSchoolList(path: string): Promise<SchoolList> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`cannot read the school list ${path}`);
  }
  if (size > MAX_LIST_BYTES) throw new InputError(`the school list ${path} is over ${MAX_LIST_BYTES / 1048576} MB`);
  const list = parseSchoolList(await readFile(path, 'utf8'));
  if (list.targets.length === 0) throw new InputError(`the school list ${path} has no schools in it`);
  return list;
}
