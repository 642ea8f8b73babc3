// Whether a pattern judged on the joined text of a document could answer differently than on each block alone.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * A pattern's negative lookaheads and lookbehinds, (?!…) and (?<!…), outermost first: where each starts and ends, and
 * its body. None for a source the parser refuses (the pattern is then scanned as it is).
 */
function negativeLookarounds(source: string): { from: number; to: number; body: string }[] {
  // Most patterns have none: they are not parsed (scanners are made as a fresh popup runs its first audit).
  if (!source.includes('(?!') && !source.includes('(?<!')) return [];
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source);
  } catch {
    return [];
  }
  const out: { from: number; to: number; body: string }[] = [];
  const visitAll = (alternatives: readonly AST.Alternative[]): void => {
    for (const alternative of alternatives) for (const element of alternative.elements) visit(element);
  };
  const visit = (element: AST.Element): void => {
    if (element.type === 'Assertion' && (element.kind === 'lookahead' || element.kind === 'lookbehind')) {
      const opening = element.kind === 'lookahead' ? 3 : 4;
      if (element.negate) out.push({ from: element.start, to: element.end, body: element.raw.slice(opening, -1) });
      else visitAll(element.alternatives);
    } else if (element.type === 'Group' || element.type === 'CapturingGroup') visitAll(element.alternatives);
    else if (element.type === 'Quantifier') visit(element.element);
  };
  visitAll(pattern.alternatives);
  return out;
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
