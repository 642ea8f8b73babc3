// Lead-in lists for the content checks: find "X include:" lead-ins, the items that follow them, and lists that were dropped.
import type { Block, NoticeDocument } from '../../notice/types';
import type { NoticeText } from '../../analysis/notice-text';
import type { Evidence } from '../../report';
import { isLeadIn, listAfter } from '../match';
import { listAfterLeadIn } from '../../notice/list-structure';

/** A lead-in (a sentence ending ":" or a heading) and the items found under it. */
export interface LeadIn {
  block: Block;
  items: Block[];
}

// A paragraph that opens like a sentence of its own ("We must keep...", "For more information...") is not a list item:
// when it sits straight after "include:" the list itself was lost (checklist.md trap D9).
const SENTENCE_OPENER =
  /^(we|our|the|this|these|those|it|its|if|for|to|you|your|please|in|where|when|under|as|decisions|each|more|there|they|all|any|some|a|an|welsh government|medical|however|also)\b/i;
const TERMINAL = /[.!?:]["')]?$/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** True when a paragraph reads as a full sentence of its own rather than an un-bulleted list item. */
export function readsAsSentence(block: Block): boolean {
  return block.kind === 'paragraph' && SENTENCE_OPENER.test(block.text) && words(block.text) >= 8 && TERMINAL.test(block.text);
}

/**
 * A definition-list or table entry whose description is a statement of its own ("Parents and carers: We hold your name and
 * phone number so we can reach you"), unlike a bare item ("parents' contact details") of some other list.
 */
export function isStatementItem(block: Block): boolean {
  if (block.kind !== 'list-item') return false;
  const m = /^[^:]{2,80}:\s+(.+)$/.exec(block.text);
  return m !== null && words(m[1]!) >= 8 && TERMINAL.test(m[1]!);
}

// A finite verb early in a line, before any comma: "Pupil records are also forwarded to ..." states something, where an
// item ("Schools that pupils attend after leaving us", "NHS services, where a child is at risk") names something.
// A verb inside a relative clause ("Schools that pupils have attended") does not make the line a statement.
const EARLY_VERB =
  /^(?:(?!\b(?:that|which|who|whom|whose|where|when|if|while)\b)[^,;:()]){0,50}?\b(?:is|are|was|were|will|may|can|must|has|have|had)\b/i;

/**
 * A paragraph that makes a statement of its own: a finished sentence with a verb near its start. Straight after
 * "include:" it is the text that followed a lost list, not the list (checklist.md 2.11: an empty lead-in).
 */
export function statesItself(block: Block): boolean {
  return block.kind === 'paragraph' && words(block.text) >= 6 && /[.!?]["')]?$/.test(block.text) && EARLY_VERB.test(block.text);
}

/** A paragraph that reads like an un-bulleted list item: short, or a noun phrase, never a lead-in of its own. */
function looksLikeItem(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  if (/:\s*-?$/.test(block.text)) return false;
  if (readsAsSentence(block)) return false;
  return words(block.text) <= 30;
}

/**
 * Items after a lead-in: real list items or table rows first; otherwise the un-bulleted paragraphs that follow it
 * (plain-text and Word exports often lose the bullet glyphs, as in "include the following: / Personal information - e.g. names").
 */
export function itemsAfter(doc: NoticeDocument, block: Block): Block[] {
  const listed = listAfter(doc, block);
  if (listed.length) return listed;
  const out: Block[] = [];
  for (let i = block.index + 1; i < doc.blocks.length && out.length < 40; i++) {
    const b = doc.blocks[i]!;
    if (!looksLikeItem(b)) break;
    out.push(b);
  }
  return out;
}

/**
 * The list that opens a heading's section (at most one short paragraph may come between, or sub-headings that each open a
 * list): a list further down the section belongs to some other statement, e.g. the parents' details under a
 * "How we use pupil information" title.
 */
function firstListUnder(doc: NoticeDocument, heading: Block): Block[] {
  const section = doc.sections[heading.section];
  if (!section) return [];
  const under = listAfterLeadIn(doc, heading);
  if (under.length) return under;
  for (let i = heading.index + 1; i <= Math.min(section.lastBlock, heading.index + 2); i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'list-item' || b.kind === 'table-row') return listAfter(doc, doc.blocks[i - 1]!);
  }
  return [];
}

/**
 * A definition-list entry whose answer is a lead-in ("What do you hold?: We hold the kinds listed below:"): its list is
 * the one nested in the answer, never the next entries of its own list.
 */
function isEntryLeadIn(block: Block): boolean {
  return block.kind === 'list-item' && block.listId !== undefined && /^[^:]{2,120}:\s+\S.*:\s*-?\s*$/s.test(block.text);
}

/** The items of the list nested straight after a definition entry: empty when the next block is prose or the next entry. */
function nestedItems(doc: NoticeDocument, entry: Block): Block[] {
  const out: Block[] = [];
  for (let i = entry.index + 1; i < doc.blocks.length && out.length < 60; i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'list-item' || b.listId === entry.listId) break;
    out.push(b);
  }
  return out;
}

/**
 * A short question standing as its own line, as a heading does: the term of a question-and-answer list ("What do we use
 * it for?") whose answer, often a list, follows it.
 */
function asksQuestion(block: Block): boolean {
  return block.kind !== 'table-row' && /\?\s*$/.test(block.text) && words(block.text) <= 12;
}

/**
 * Lead-ins matching `re` outside the NPD boilerplate: sentences ending ":" (with the items after them) and, when
 * `headings` is given, headings matching it (with their section's list items and item-like paragraphs).
 */
export function findLeadIns(doc: NoticeDocument, text: NoticeText, re: RegExp, headings?: RegExp): LeadIn[] {
  const out: LeadIn[] = [];
  for (const b of doc.blocks) {
    if (text.npdBlocks.has(b.index)) continue;
    if (isLeadIn(b) && re.test(lastSentence(b.text))) out.push({ block: b, items: itemsAfter(doc, b) });
    else if (isEntryLeadIn(b) && re.test(lastSentence(b.text))) out.push({ block: b, items: nestedItems(doc, b) });
    else if ((b.kind === 'heading' || asksQuestion(b)) && headings?.test(b.text)) {
      out.push({ block: b, items: firstListUnder(doc, b) });
    }
  }
  return out;
}

/** The last sentence of a block: a lead-in often follows another sentence in the same paragraph ("Why...? We do so to:"). */
export function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.?!])\s+(?=[A-Z])/);
  return parts[parts.length - 1] ?? text;
}

/** Evidence quoting a lead-in and its first items. */
export function evidenceOfList(lead: LeadIn, maxItems = 2): Evidence[] {
  return [
    { text: lastSentence(lead.block.text), where: lead.block.where },
    ...lead.items.slice(0, maxItems).map((b) => ({ text: b.text.length > 200 ? `${b.text.slice(0, 197)}...` : b.text, where: b.where })),
  ];
}

/** Evidence for an empty lead-in, saying what followed it. */
export function evidenceOfEmpty(doc: NoticeDocument, lead: LeadIn): Evidence {
  const next = doc.blocks[lead.block.index + 1];
  return {
    text: lastSentence(lead.block.text),
    where:
      lead.block.where +
      (next
        ? ` (followed by ${next.kind === 'heading' ? 'the heading' : 'the sentence'} "${next.text.slice(0, 60)}${next.text.length > 60 ? '...' : ''}")`
        : ' (end of notice)'),
  };
}
