// Literals a pattern cannot match without, as an all-of / any-of query: text that fails the query need not be scanned
// (the prefilter of trigram regex search).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Longest set of exact strings a node is tracked with before it counts as "any text". */
const MAX_EXACT = 64;
/** Shorter literals cannot be looked up in a trigram index... */
const MIN_LITERAL = 3;
/**
 * ...except runs of symbols ("@", "[", "11", "«"), which the index records one by one: printable ASCII symbols and
 * digits, and characters beyond ASCII that are neither space nor letters with a case. No case folding or whitespace
 * class can make such a run stand for other characters.
 */
const ASCII_SYMBOL = /^[!-@[-`{-~]$/;
/** Largest character class spelled out as its characters. */
const MAX_CLASS_CHARS = 8;

/**
 * What text must hold for a match: a literal, all of several conditions, or one of several. Literals are compared with
 * ASCII letters case-folded and every whitespace character taken as a space (how the trigram index reads text).
 */
export type LiteralQuery = string | { all: LiteralQuery[] } | { any: LiteralQuery[] };

interface Info {
  /** Every string the node can match, when few and known. */
  exact: Set<string> | null;
  /** What every match requires; null when nothing is known. */
  required: LiteralQuery | null;
  /** Strings every match starts with one of, and ends with one of (x+ begins and ends with a match of x). */
  edges?: Set<string>;
}

const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Drops literals that contain another literal of the set: text holding the longer one holds the shorter one too. */
function minimal(strings: Iterable<string>): string[] {
  const sorted = [...new Set([...strings].map((s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * Whether the index records the character on its own (see trigram-chunks.ts). Beyond ASCII only characters without
 * case count: lower-cased text, which the index may be made from, holds them as written.
 */
export function isIndexedSymbol(char: string): boolean {
  if (char.charCodeAt(0) < 0x80) return ASCII_SYMBOL.test(char);
  return !/\s/.test(char) && char.toLowerCase() === char && char.toUpperCase() === char;
}

/** Whether the index can look the literal up. */
export function isLookupLiteral(literal: string): boolean {
  if (literal.length >= MIN_LITERAL) return true;
  if (literal.length === 0) return false;
  for (const char of literal) if (!isIndexedSymbol(char)) return false;
  return true;
}

/** "One of these strings": a requirement only if every string can be looked up. */
function oneOf(set: Set<string> | null): LiteralQuery | null {
  if (!set || set.size === 0) return null;
  for (const s of set) if (!isLookupLiteral(s)) return null;
  const kept = minimal(set);
  return kept.length === 1 ? kept[0]! : { any: kept };
}

function allOf(parts: (LiteralQuery | null)[]): LiteralQuery | null {
  const kept = parts.flatMap((p) => (p === null ? [] : typeof p === 'object' && 'all' in p ? p.all : [p]));
  return kept.length === 0 ? null : kept.length === 1 ? kept[0]! : { all: kept };
}

/** Null (no requirement) if any branch has none. */
function anyOf(parts: (LiteralQuery | null)[]): LiteralQuery | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const kept = (parts as LiteralQuery[]).flatMap((p) => (typeof p === 'object' && 'any' in p ? p.any : [p]));
  return kept.length === 1 ? kept[0]! : { any: kept };
}

/** What a node requires, spelled out from its exact strings when that is usable. */
function requirement(info: Info): LiteralQuery | null {
  return oneOf(info.exact) ?? info.required;
}

function characterInfo(value: number): Info {
  return { exact: new Set([String.fromCodePoint(value)]), required: null };
}

/** Small classes ([sz], [ ,]) are spelled out; negated, large or \w / \d / property classes match "anything". */
function classInfo(node: AST.CharacterClass): Info {
  if (node.negate || node.unicodeSets) return ANY;
  const chars = new Set<string>();
  for (const el of node.elements) {
    if (el.type === 'Character') chars.add(String.fromCodePoint(el.value));
    else if (el.type === 'CharacterClassRange') {
      if (el.max.value - el.min.value >= MAX_CLASS_CHARS) return ANY;
      for (let c = el.min.value; c <= el.max.value; c++) chars.add(String.fromCodePoint(c));
    } else if (el.type === 'CharacterSet' && el.kind === 'space' && !el.negate) chars.add(' ');
    else return ANY;
    if (chars.size > MAX_CLASS_CHARS) return ANY;
  }
  return { exact: chars, required: null };
}

function alternativesInfo(alternatives: readonly AST.Alternative[]): Info {
  let exact: Set<string> | null = new Set();
  const required: (LiteralQuery | null)[] = [];
  for (const alt of alternatives) {
    const info = sequenceInfo(alt.elements);
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) for (const s of info.exact) exact.add(s);
    else exact = null;
    required.push(requirement(info));
  }
  return { exact, required: anyOf(required) };
}

/** A run of elements: adjacent exact sets are multiplied out into longer literals; every element's requirement holds. */
function sequenceInfo(elements: readonly AST.Element[]): Info {
  let run = new Set(['']);
  const required: (LiteralQuery | null)[] = [];
  let whole = true;
  for (const el of elements) {
    const info = elementInfo(el);
    const next = info.exact && product(run, info.exact);
    if (next) {
      run = next;
      continue;
    }
    // The run ends here: what it spelled out (with the start of this element's match, when known) is a substring of
    // every match, and so is what this element requires; the next run starts from this element's end.
    whole = false;
    const edged = info.edges && product(run, info.edges);
    required.push(oneOf(edged || run), info.exact ? null : info.required);
    run = new Set(info.exact ?? info.edges ?? ['']);
  }
  required.push(oneOf(run));
  return { exact: whole ? run : null, required: allOf(required) };
}

function quantifierInfo(node: AST.Quantifier): Info {
  const inner = elementInfo(node.element);
  if (node.min === 0) {
    // It may match nothing, so it requires nothing; x? is still a small exact set.
    const optional = node.max === 1 && inner.exact && inner.exact.size < MAX_EXACT;
    return optional ? { exact: new Set([...inner.exact!, '']), required: null } : ANY;
  }
  if (node.min === 1 && node.max === 1) return inner;
  // x{3,} holds "xxx": its least number of repeats spelled out, when that stays a small set.
  let repeats: Set<string> | null = inner.exact && new Set(['']);
  for (let i = 0; repeats && i < node.min; i++) repeats = product(repeats, inner.exact!);
  if (repeats && node.min === node.max) return { exact: repeats, required: null };
  const required = oneOf(repeats) ?? requirement(inner);
  return { exact: null, required, ...(inner.exact && { edges: inner.exact }) };
}

function elementInfo(el: AST.Element): Info {
  switch (el.type) {
    case 'Character':
      return characterInfo(el.value);
    case 'CharacterClass':
      return classInfo(el);
    case 'CharacterSet':
      return el.kind === 'space' && !el.negate ? { exact: new Set([' ']), required: null } : ANY;
    case 'Assertion':
      // Zero-width: ^ $ \b and lookarounds consume nothing, so they add nothing to a literal and require nothing.
      return EMPTY;
    case 'Group':
      // (?i:...) style modifiers are not modelled.
      return el.modifiers ? ANY : alternativesInfo(el.alternatives);
    case 'CapturingGroup':
      return alternativesInfo(el.alternatives);
    case 'Quantifier':
      return quantifierInfo(el);
    default:
      // Backreferences and v-flag class expressions.
      return ANY;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * What every match of the pattern requires the text to hold, or null when nothing is known (no literal of three or
 * more characters, or of symbols, is certain). Case-insensitive unicode patterns give null: their case folding reaches beyond ASCII.
 */
export function requiredLiterals(source: string, flags: string): LiteralQuery | null {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return null;
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return null;
  }
  return requirement(alternativesInfo(pattern.alternatives));
}
