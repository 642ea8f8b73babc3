// Whether a pattern judged on the joined text of a document could answer differently than on each block alone.

/** A pattern's negative lookaheads and lookbehinds, (?!…) and (?<!…), outermost first: where each starts and ends, and its body. */
function negativeLookarounds(source: string): { from: number; to: number; body: string }[] {
  const out: { from: number; to: number; body: string }[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') i = classEnd(source, i);
    else if (source.startsWith('(?!', i) || source.startsWith('(?<!', i)) {
      const start = i + (source[i + 2] === '!' ? 3 : 4);
      const end = groupEnd(source, start);
      out.push({ from: i, to: end + 1, body: source.slice(start, end) });
      i = end;
    }
  }
  return out;
}

/** The index of the ] closing the class opened at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}

/** The index of the ) closing a group whose body starts at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 1;
  let i = start;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') i = classEnd(source, i);
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) break;
  }
  return i;
}

/**
 * What can match the newline, NUL, newline that part one block from the next in a joined text: a negated class that
 * does not exclude the newline ("[^.]{0,80}"), \W, \D, and any-character classes such as [\s\S].
 */
const READS_PAST_A_BLOCK = /\[\^(?:[^\]\\]|\\[^n])*\]|\\[WD]|\[\\([sSwWdD])\\(?!\1)[sSwWdD]\]/;

/**
 * True when a negative lookaround of the pattern can read past its block's edge into the next block (or the one
 * before): on the joined text it may then refuse a match the block alone holds ("CCTV policy" refused for the word
 * "notice" in the next paragraph), so only a test of each block answers for it.
 */
export function lookaroundCrossesBlocks(source: string): boolean {
  return negativeLookarounds(source).some(({ body }) => READS_PAST_A_BLOCK.test(body));
}

/**
 * The pattern with its negative lookarounds taken out: it matches wherever the pattern does, and more, so a scan of the
 * joined text with it finds every block the pattern matches alone (the caller then tests each block it finds).
 */
export function withoutNegativeLookarounds(source: string): string {
  let out = '';
  let at = 0;
  for (const { from, to } of negativeLookarounds(source)) {
    out += source.slice(at, from);
    at = to;
  }
  return out + source.slice(at);
}
