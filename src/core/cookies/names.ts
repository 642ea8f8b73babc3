// Cookie names: safe display of hostile names, splitting a table cell into names, wildcard patterns, edit distance.
import { escapeRegExp } from '../escape-regexp';

/** Longest name kept for display and matching (browsers allow 4 KB name+value; real names are short). */
export const MAX_NAME_CHARS = 256;

/** Strip control and invisible characters (names come from websites) and cap the length. */
export function sanitiseName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const clean = raw.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g, '').trim();
  return clean.length > MAX_NAME_CHARS ? `${clean.slice(0, MAX_NAME_CHARS)}...` : clean;
}

/** A token that can be a cookie name (RFC 6265 token characters plus the placeholder marks tables use). */
const NAME_TOKEN = /^[A-Za-z0-9_.\-$#%&'*+^`|~!:@[\]<>{}()/]{2,80}$/;
// Words that are table furniture or prose, never a cookie name on their own.
const NOT_A_NAME =
  /^(and|or|the|cookies?|name|names|n\/a|none|various|etc|e\.g\.?|i\.e\.?|see|below|above|first|third|party|session|persistent|yes|no|-)$/i;

/** True when a string looks like one cookie name rather than words ("Session cookie", "YouTube video"). */
export function looksLikeCookieName(s: string): boolean {
  const t = s.trim();
  if (!NAME_TOKEN.test(t) || NOT_A_NAME.test(t)) return false;
  // A plain capitalised word ("Facebook", "Vimeo") is a vendor or a label, unless it is all capitals ("NID", "YSC").
  if (/^[A-Z][a-z]+$/.test(t)) return false;
  return /[_\-.$]|[A-Z]{2,}|[a-z][A-Z]|\d|[*<>[\]{}]/.test(t) || /^[a-z]{2,}$/.test(t);
}

/**
 * Split a name cell into cookie names: "_ga, _gid and _gat", "_ga / _ga_*", "__utma __utmb __utmc",
 * "Google Analytics (_ga, _gid)". Returns names in order without duplicates; prose words are dropped.
 */
export function splitNameCell(cell: string): string[] {
  const text = cell.slice(0, 2_000).replace(/\(([^()]*)\)/g, ' , $1 , ');
  const parts = text.split(/(?<!\s)\s*(?:,|;|\n|\band\b|\bor\b|\s\/\s|\s&\s|\s\+\s)\s*/i);
  const out: string[] = [];
  for (const part of parts) {
    const p = part.trim().replace(/^["'`]+|(?<!["'`.:])["'`.:]+$/g, '');
    if (!p) continue;
    const tokens = p.includes(' ') ? p.split(/\s+/) : [p];
    // A multi-word part only yields names when every word is name-like ("__utma __utmb").
    if (tokens.length > 1 && !tokens.every(looksLikeCookieName)) continue;
    for (const t of tokens) if (looksLikeCookieName(t) && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Placeholders tables use for the variable part of a name: _ga_*, _ga_<container-id>, wp-settings-[UID], _ga_XXXXXXX, ASPSESSIONIDxxxxxxxx. */
const PLACEHOLDER = /\*|<[^>]{0,40}>|\[[^\]]{0,40}\]|\{[^}]{0,40}\}|#+|\.{3}|…|(?<=[_\-.a-z])X{3,}$|(?<=[_\-.A-Z])x{3,}$/g;

export interface NamePattern {
  /** The name as declared. */
  source: string;
  /** Exact match key (lower case) when the name has no placeholder. */
  exact: string | null;
  /** Compiled matcher when the name has placeholders. */
  wildcard: RegExp | null;
  /** The fixed text before the first placeholder (lower case), for prefix indexing. */
  prefix: string;
}

/** Compile a declared name into an exact key or a wildcard matcher. */
export function compileNamePattern(name: string): NamePattern {
  const source = name.trim();
  const pieces: string[] = [];
  let literalPrefix: string | null = null;
  let last = 0;
  for (const m of source.matchAll(new RegExp(PLACEHOLDER.source, 'g'))) {
    // "#" inside a real name is rare; only treat it as a placeholder at the end ("_pk_id.#").
    if (m[0].startsWith('#') && m.index! + m[0].length !== source.length) continue;
    const literal = source.slice(last, m.index);
    literalPrefix ??= literal;
    pieces.push(escapeRegExp(literal), '.*');
    last = m.index! + m[0].length;
  }
  if (literalPrefix === null) return { source, exact: source.toLowerCase(), wildcard: null, prefix: source.toLowerCase() };
  pieces.push(escapeRegExp(source.slice(last)));
  return { source, exact: null, wildcard: new RegExp(`^${pieces.join('')}$`, 'i'), prefix: literalPrefix.toLowerCase() };
}

/** True when an observed name matches a declared pattern exactly (case-insensitive) or by its wildcard. */
export function matchesPattern(p: NamePattern, observedLower: string, observed: string): boolean {
  if (p.exact !== null) return p.exact === observedLower;
  return p.wildcard!.test(observed);
}

// Two reusable rows: names are capped at 100 characters for distance, so 101 cells always suffice.
const ROW_A = new Int32Array(101);
const ROW_B = new Int32Array(101);

/**
 * Levenshtein distance, giving up early once it exceeds `max` (returns max + 1).
 * Used for near-miss names such as "_gads" vs "__gads"; bounded so 10,000 x 500 comparisons stay fast.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 100 || b.length > 100) return max + 1;
  let prev = ROW_A;
  let curr = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Largest edit distance that still counts as a near miss for a name of this length (short names need exactness). */
export function nearMissBudget(name: string): number {
  if (name.length < 5) return 0;
  if (name.length < 7) return 1;
  if (name.length < 9) return 2;
  return 3;
}
