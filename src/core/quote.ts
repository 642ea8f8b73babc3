// Evidence quotes kept to a readable length: cut at a word boundary with an ellipsis, in every output format.
import type { Evidence } from './report';

/** About a paragraph: enough to judge a verdict, far below a spreadsheet cell's 32,767-character limit. */
export const MAX_QUOTE_CHARS = 600;
const MAX_WHERE_CHARS = 300;

/** `text` if short enough, else its start cut at the last space within the limit (or hard, for one long word), plus "…". */
export function capQuote(text: string, max = MAX_QUOTE_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  const cut = space > max * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/(?<![\s,;:.-])[\s,;:.-]+$/, '')}…`;
}

export function capEvidence(list: readonly Evidence[]): Evidence[] {
  return list.map((e) => ({ ...e, text: capQuote(e.text), where: capQuote(e.where, MAX_WHERE_CHARS) }));
}
