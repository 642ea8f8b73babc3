// Reads the batch input: the GIAS establishment CSV as downloaded (or any CSV with name and website columns), or one URL per line.
import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Phase } from '../../core/report';
import { InputError } from '../input-error';
import { decodeList, type DecodedList } from './decode-list';
import { cleanListedUrl } from '../site/listed-url';

const MAX_LIST_BYTES = 50 * 1024 * 1024;

/** One school of the list: a row of the output, keyed by URN when the list has one. */
export interface SchoolTarget {
  /** The website as listed, with https:// added when it had no scheme; '' when the list gives none. */
  url: string;
  school: string | null;
  la: string | null;
  urn: string | null;
  /** From the list (GIAS "PhaseOfEducation (name)", or a special school's type); null to detect it from the notice. */
  phase: Phase | null;
  /** 0-based position in the list after closed schools are left out: the order of the combined CSVs. */
  index: number;
}

export interface SchoolList {
  targets: SchoolTarget[];
  /** Which input column fed each field, for the log ("EstablishmentName", "SchoolWebsite"). */
  columns: {
    name: string | null;
    url: string | null;
    la: string | null;
    urn: string | null;
    status: string | null;
    phase: string | null;
    type: string | null;
  };
  encoding: DecodedList['encoding'] | null;
  /** Rows skipped or merged, in plain words. */
  notes: string[];
}

export interface ReadOptions {
  /** Keep establishments whose status is "Closed" (GIAS lists closed schools too). */
  includeClosed?: boolean;
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');

/** Header cues, most specific first. GIAS: URN, EstablishmentName, SchoolWebsite, "LA (name)", "EstablishmentStatus (name)". */
const URL_EXACT = ['schoolwebsite', 'url', 'website', 'site', 'websiteurl', 'siteurl', 'homepage', 'web', 'websiteaddress', 'link'];
const NAME_EXACT = ['establishmentname', 'name', 'school', 'schoolname', 'establishment', 'academyname', 'sitename'];
const LA_EXACT = ['laname', 'la', 'localauthority', 'localauthorityname', 'lea', 'authority', 'lacode'];
const STATUS_EXACT = ['establishmentstatusname', 'status', 'establishmentstatus'];
const PHASE_EXACT = ['phaseofeducationname', 'phase', 'phaseofeducation'];
const TYPE_EXACT = ['typeofestablishmentname', 'type', 'establishmenttype', 'typeofestablishment'];

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

/**
 * GIAS websites are mostly written without a scheme ("www.school.sch.uk", sometimes "http//..." or with spaces):
 * give them https://. An empty or placeholder cell ("", "n/a", "none") is no website.
 */
export function normaliseListedWebsite(raw: string): string {
  let s = raw.trim().replace(/\s+/g, '');
  if (!s || /^(n\/?a|none|-+|no|null|tbc)$/i.test(s)) return '';
  s = s.replace(/^(https?)\/\/+/i, '$1://').replace(/^(https?):\/*(?=[^/])/i, '$1://');
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`;
}

/** The GIAS phase (and, for "Not applicable", the establishment type) as the audit's phase; null when it says nothing useful. */
export function phaseFromList(phase: string, type: string): Phase | null {
  const p = phase.trim().toLowerCase();
  if (/special/.test(type.toLowerCase()) || /special/.test(p)) return 'special';
  if (p === 'nursery') return 'nursery';
  if (p === 'primary' || p === 'middle deemed primary') return 'primary';
  if (p === 'secondary' || p === 'middle deemed secondary' || p === '16 plus') return 'secondary';
  if (p === 'all-through' || p === 'all through') return 'all-through';
  return null;
}

function fromCsv(text: string, opts: ReadOptions, notes: string[]): Omit<SchoolList, 'encoding' | 'notes'> {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', ';', '\t'],
    }) as string[][];
  } catch (err) {
    throw new InputError(`the school list is not valid CSV: ${(err as Error).message}`);
  }
  const headers = records[0] ?? [];
  const taken = new Set<number>();
  const take = (i: number) => (i >= 0 && taken.add(i), i);
  const urlCol = take(pickColumn(headers, URL_EXACT, (h) => /url|website|homepage/.test(h), taken));
  if (urlCol < 0)
    throw new InputError(
      `the school list has no website column (looked for a header like SchoolWebsite, url, website or site; found: ${headers.slice(0, 12).join(', ')})`,
    );
  const nameCol = take(
    pickColumn(
      headers,
      NAME_EXACT,
      (h) =>
        /(school|establishment)name$/.test(h) ||
        (h.endsWith('name') && !/type|phase|la|trust|head|status|region|district|ward|constituency|gender|religious|diocese/.test(h)),
      taken,
    ),
  );
  // "LA (name)" beats "LA (code)"; they normalise to laname / lacode.
  const laCol = take(pickColumn(headers, LA_EXACT, (h) => /^la|localauthority/.test(h), taken));
  const urnCol = take(pickColumn(headers, ['urn', 'uniquereferencenumber'], () => false, taken));
  const statusCol = take(pickColumn(headers, STATUS_EXACT, () => false, taken));
  const phaseCol = take(pickColumn(headers, PHASE_EXACT, () => false, taken));
  const typeCol = take(pickColumn(headers, TYPE_EXACT, () => false, taken));
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
  const targets: SchoolTarget[] = [];
  let closed = 0;
  for (const row of records.slice(1)) {
    if (!opts.includeClosed && cell(row, statusCol).toLowerCase() === 'closed') {
      closed++;
      continue;
    }
    const school = cell(row, nameCol) || null;
    const url = normaliseListedWebsite(cell(row, urlCol));
    if (!url && !school && !cell(row, urnCol)) continue;
    targets.push({
      url,
      school,
      la: cell(row, laCol) || null,
      urn: cell(row, urnCol) || null,
      phase: phaseFromList(cell(row, phaseCol), cell(row, typeCol)),
      index: targets.length,
    });
  }
  if (closed) notes.push(`${closed} closed establishment${closed === 1 ? '' : 's'} left out (--include-closed keeps them)`);
  const col = (i: number) => (i >= 0 ? (headers[i] ?? null) : null);
  return {
    targets,
    columns: {
      name: col(nameCol),
      url: col(urlCol),
      la: col(laCol),
      urn: col(urnCol),
      status: col(statusCol),
      phase: col(phaseCol),
      type: col(typeCol),
    },
  };
}

function fromLines(text: string): Omit<SchoolList, 'encoding' | 'notes'> {
  const targets = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line, index) => ({ url: normaliseListedWebsite(line), school: null, la: null, urn: null, phase: null, index }));
  return { targets, columns: { name: null, url: null, la: null, urn: null, status: null, phase: null, type: null } };
}

/** A school is the same school twice when it has the same URN, or (without one) the same website and name. */
function schoolIdentity(t: SchoolTarget): string {
  return t.urn ? `urn:${t.urn.toLowerCase()}` : `site:${t.url.toLowerCase().replace(/\/+$/, '')}|${(t.school ?? '').toLowerCase()}`;
}

/** A list is CSV when its first line has separators and a header naming a website column; else one URL a line. */
export function parseSchoolList(text: string, opts: ReadOptions = {}): Omit<SchoolList, 'encoding'> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const isCsv = /[,;\t]/.test(firstLine) && !looksLikeUrl(firstLine.split(/[,;\t]/)[0] ?? '');
  const notes: string[] = [];
  const list = isCsv ? fromCsv(body, opts, notes) : fromLines(body);
  // Each school is one row; a school listed twice would share one folder and overwrite itself.
  const seen = new Set<string>();
  const targets: SchoolTarget[] = [];
  for (const listed of list.targets) {
    const t = { ...listed, url: cleanListedUrl(listed.url) };
    const id = schoolIdentity(t);
    if (seen.has(id)) {
      notes.push(`${t.urn ? `URN ${t.urn}` : t.url || t.school} is listed more than once; kept once`);
      continue;
    }
    seen.add(id);
    targets.push({ ...t, index: targets.length });
  }
  const noWebsite = targets.filter((t) => !t.url).length;
  if (noWebsite)
    notes.push(`${noWebsite} school${noWebsite === 1 ? ' has' : 's have'} no website listed: kept as "no website listed" rows`);
  return { ...list, targets, notes };
}

export async function readSchoolList(path: string, opts: ReadOptions = {}): Promise<SchoolList> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`cannot read the school list ${path}`);
  }
  if (size > MAX_LIST_BYTES) throw new InputError(`the school list ${path} is over ${MAX_LIST_BYTES / 1048576} MB`);
  const decoded = await decodeList(new Uint8Array(await readFile(path)));
  const list = parseSchoolList(decoded.text, opts);
  if (list.targets.length === 0) throw new InputError(`the school list ${path} has no schools in it`);
  return { ...list, encoding: decoded.encoding };
}
