// Text normalisation applied to every notice before matching (checklist.md: fold quotes, dashes, NBSP, whitespace).

const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  // Zero-width characters and the BOM hide inside words copied from Word.
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''],
  // Control characters other than tab and newline never carry meaning here.
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''],
];

// Anything but printable ASCII and single spaces: a plain-character scan, with no per-character backtracking state.
const NOT_PLAIN = /[^\x20-\x7E]| {2}/;

/**
 * Every character a replacement folds, in one class: a block is read once, not once per replacement. The replacements
 * each map single characters to characters no other one matches, so folding them in one pass gives the same text.
 */
const ANY_FOLDED = new RegExp(REPLACEMENTS.map(([re]) => re.source).join('|'), 'g');
const FOLD_RULES = REPLACEMENTS.map(([re, to]) => [new RegExp(re.source), to] as const);
const folded = (c: string): string => FOLD_RULES.find(([re]) => re.test(c))![1];

/** Whitespace that collapsing changes: anything but a single space. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Normalise one line or block of text: folded quotes and dashes, single spaces, trimmed. */
export function normaliseText(raw: string): string {
  // Most blocks are plain single-spaced ASCII already: skip the replacement passes for them.
  if (!NOT_PLAIN.test(raw)) return raw.trim();
  const s = raw.replace(ANY_FOLDED, folded);
  // A block whose only other characters were curly quotes or dashes needs no whitespace pass.
  return (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** Like normaliseText but keeps line breaks (for plain-text documents read line by line). */
export function normaliseKeepingLines(raw: string): string {
  let s = raw.replace(/\r\n?/g, '\n');
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  return s;
}
