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

/** Normalise one line or block of text: folded quotes and dashes, single spaces, trimmed. */
export function normaliseText(raw: string): string {
  // Most blocks are plain single-spaced ASCII already: skip the replacement passes for them.
  if (!NOT_PLAIN.test(raw)) return raw.trim();
  let s = raw;
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/** Like normaliseText but keeps line breaks (for plain-text documents read line by line). */
export function normaliseKeepingLines(raw: string): string {
  let s = raw.replace(/\r\n?/g, '\n');
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  return s;
}
