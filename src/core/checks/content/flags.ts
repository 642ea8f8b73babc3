// Flag detectors for the content checks: dropped lists / cut-off sentences, and overseas tools with no transfer statement.
import type { AuditContext, FlagDetector } from '../types';
import type { Block } from '../../notice/types';
import type { Evidence } from '../../report';
import { isLeadIn } from '../match';
import { optionsOfCheck } from '../item-options';
import { itemsAfter, lastSentence, readsAsSentence } from './lists';
import { TransferOptionsSchema, findOverseasTools, findTransfers, namedTools, type TransferOptions } from './transfers';

// The word before the colon that promises a list ("include:", "We do so to:", "assessment of:", "by:").
const PROMISES_LIST =
  /\b(?:include|includes|including|following|to|by|of|with|are|is|as follows|below|these|for|from|at|on|such as|where|contain|contains|such|into|about)\s*:\s*(?:-\s*)?$/i;
// A paragraph that stops on a word no sentence ends with ("...comes from a variety of sources, such as the").
const CUT_OFF = /\b(?:such as(?: the)?|the|a|an|including|of|and|or|with)\s*$/i;
// Lead-ins that introduce a contact or address, not a list: a name or address line after them is the content.
const CONTACT_LEAD = /\b(?:contact|at|on|email|e-mail|telephone|phone|call|write to|address|visit|go to|see)\s*:\s*(?:-\s*)?$/i;
const URL_OR_CONTACT = /https?:\/\/|www\.|@[\w-]+\.|\b0\d{3,4}\s?\d{3}/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Why a lead-in is empty, or null when something list-like follows it. */
function droppedAfter(ctx: AuditContext, block: Block): string | null {
  if (itemsAfter(ctx.doc, block).length) return null;
  const next = ctx.doc.blocks[block.index + 1];
  const lead = lastSentence(block.text);
  // A short label ("Contact:", "Why we share pupil information:") is a heading with a colon, empty only before another heading.
  const isLabel = words(lead) <= 6 && !PROMISES_LIST.test(lead);
  if (!next) return 'nothing follows it (end of notice)';
  if (CONTACT_LEAD.test(lead)) return null;
  // "The School Data Protection Lead: Mrs D Eccles" is a label and value the text reader took for a heading.
  if (next.kind === 'heading' && !/:\s*\S/.test(next.text)) return `the heading "${next.text.slice(0, 60)}" follows it directly`;
  if (isLabel || URL_OR_CONTACT.test(next.text)) return null;
  if (PROMISES_LIST.test(lead) && readsAsSentence(next))
    return `a new sentence follows it ("${next.text.slice(0, 60)}${next.text.length > 60 ? '...' : ''}")`;
  return null;
}

const listDropped: FlagDetector = {
  id: 'list-dropped',
  detect(ctx) {
    const out: Evidence[] = [];
    for (const b of ctx.doc.blocks) {
      if (isLeadIn(b)) {
        const why = droppedAfter(ctx, b);
        if (why) out.push({ text: lastSentence(b.text), where: `${b.where}: ${why}` });
      } else if (b.kind === 'paragraph' && words(b.text) >= 6 && CUT_OFF.test(b.text) && !URL_OR_CONTACT.test(b.text.slice(-40))) {
        out.push({ text: b.text.length > 80 ? `...${b.text.slice(-80)}` : b.text, where: `${b.where}: the sentence stops mid-way` });
      }
      if (out.length >= 8) break;
    }
    return out;
  },
};

/** The international-transfers check's own phrase data, so the flag and the check can never disagree on what a transfer statement is. */
function getTransferOptions(ctx: AuditContext): TransferOptions {
  return optionsOfCheck(ctx.checklist, 'international-transfers', TransferOptionsSchema) ?? TransferOptionsSchema.parse(undefined);
}

const transferUndisclosed: FlagDetector = {
  id: 'transfer-undisclosed',
  detect(ctx) {
    const o = getTransferOptions(ctx);
    const tools = findOverseasTools(ctx, o);
    if (!tools.length) return [];
    const t = findTransfers(ctx, o);
    if (t.location.length || t.safeguards.length || t.vague.length) return [];
    const names = namedTools(tools, o);
    return tools.slice(0, 3).map((s) => ({
      text: s.text.length > 160 ? `${s.text.slice(0, 157)}...` : s.text,
      where: `${s.where}: names ${names.join(', ')}, but nothing is said about transfers outside the UK`,
    }));
  },
};

export const CONTENT_FLAGS: FlagDetector[] = [listDropped, transferUndisclosed];
