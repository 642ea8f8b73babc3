// International transfers (UK GDPR Art 13(1)(f)): find what a notice says about data leaving the UK, and the overseas-hosted tools it names.
import { z } from 'zod';
import { PhraseListSchema } from '../../schema/checklist';
import type { AuditContext } from '../types';
import type { Sentence } from '../../analysis/notice-text';
import { findSentences, phrases } from '../match';
import { leadInBefore, listAfterLeadIn } from '../../notice/list-structure';
import { withSendAcronym } from '../../concepts/tokens';
import { announcedHeading, headingsByTitle } from '../../analysis/contents-entries';

export const TransferOptionsSchema = z
  .object({
    /** Where data goes: "outside the UK", "EEA", "abroad", "where in the world". */
    location: PhraseListSchema,
    /** Words that tie a location phrase to personal data (so "pupils from outside the UK" does not count). */
    dataContext: PhraseListSchema,
    /** "We do not transfer ... outside the UK", "all data is stored in the UK". */
    denial: PhraseListSchema,
    /** Data placed abroad as a fact ("some apps store data in the United States"), which a denial elsewhere contradicts. */
    placedAbroad: PhraseListSchema,
    /** A transfer only supposed ("if data is ever sent abroad", "where we do"), which a denial does not contradict. */
    supposed: PhraseListSchema,
    /** Adequacy, IDTA, standard contractual clauses, "robust contract", "additional protections". */
    safeguards: PhraseListSchema,
    /** Vague hosting talk with no location ("stored in the cloud"). */
    vague: PhraseListSchema,
    /** A person going abroad ("the family has moved abroad", "overseas trips"): a place for people, not data; read past it for data's place. */
    personAbroad: PhraseListSchema,
    /** Data sent on after that person ("we send their records to the new school", "we share details with the tour company"): it goes with them. */
    followsAbroad: PhraseListSchema,
    /** Domestic "transfer" (CTF, post-16 transition, moving school) is not an international transfer (checklist.md 2.12). */
    domestic: PhraseListSchema,
    /** Pointers to someone else's guidance on transfers ("The ICO publishes guidance on ...") say nothing of the school's own. */
    guidance: PhraseListSchema,
    /** Tools usually hosted outside the UK (US edtech and cloud); naming them with no transfer statement raises transfer-undisclosed. */
    overseasTools: PhraseListSchema,
  })
  .strict();
export type TransferOptions = z.infer<typeof TransferOptionsSchema>;

export interface TransferFindings {
  /** Sentences placing data (or not) outside the UK. */
  location: Sentence[];
  /** Of those, the ones saying data does not leave the UK. */
  denial: Sentence[];
  /** Of the others, the ones placing data abroad as a fact, not a supposition. */
  placedAbroad: Sentence[];
  /** Safeguard sentences (only counted when a location sentence exists or they name a transfer mechanism). */
  safeguards: Sentence[];
  /** Vague cloud / hosting sentences. */
  vague: Sentence[];
}

// A processor's contract ("companies process data on our behalf under written contracts and may not use it for their own
// purposes", "companies that act on our instructions under written contracts") binds what a supplier does with the
// data, not where it goes: no transfer safeguard unless it says so.
const PROCESSOR_TERMS = /\b(?:on (?:our|the school's|the trust's) (?:behalf|instructions)|for their own purposes|(?:data )?processors?\b)/i;

/** Everything the notice says about transfers abroad, outside the NPD boilerplate (once per audit: the check and the flag share it). */
export function findTransfers(ctx: AuditContext, o: TransferOptions): TransferFindings {
  return ctx.memo.once(collectTransfers, ctx, o);
}

// A table row asking whether data goes abroad ("Sent abroad?", "Stored outside the UK?") whose answer is "No".
const TABLE_QUESTION_ANSWERED_NO =
  /\b(?:abroad|overseas|outside (?:the )?(?:uk|united kingdom|eea))\?[^?]*?(?::|\|)\s*(?:no|none|never)\.?\s*$/i;

/** Whether a list item's own list (its lead-in or another item) places data abroad. */
function listAdmitsTransfer(ctx: AuditContext, block: number, abroadBlocks: ReadonlySet<number>): boolean {
  const lead = leadInBefore(ctx.doc, block);
  if (!lead) return false;
  return abroadBlocks.has(lead.index) || listAfterLeadIn(ctx.doc, lead).some((b) => b.index !== block && abroadBlocks.has(b.index));
}

function collectTransfers(ctx: AuditContext, o: TransferOptions): TransferFindings {
  const domestic = phrases([...o.domestic, ...o.guidance]);
  const dataContext = phrases(o.dataContext);
  const locationRe = phrases(o.location);
  const personAbroad = phrases(o.personAbroad);
  const followsThem = phrases(o.followsAbroad);
  // "... because the family has moved abroad" places a family, not data; "if a pupil moves abroad we send their file on"
  // places the file there too, as does a place named for the data itself. "SEND records" sends nothing.
  const placesData = (text: string) =>
    !personAbroad.test(text) || locationRe.test(text.replace(personAbroad, ' ')) || followsThem.test(withSendAcronym(text));
  const location = findSentences(ctx.doc, ctx.text, locationRe, { exclude: domestic }).filter(
    (s) => dataContext.test(s.text) && placesData(s.text),
  );
  const denialRe = phrases(o.denial);
  // A summary table's question answered "No" ("Sent abroad? | No") is a denial, as the sentence would be.
  const answeredNo = (s: Sentence) => ctx.doc.blocks[s.block]?.kind === 'table-row' && TABLE_QUESTION_ANSWERED_NO.test(s.text);
  const stated = location.filter((s) => denialRe.test(s.text) || answeredNo(s));
  const abroadRe = phrases(o.placedAbroad);
  const supposedRe = phrases(o.supposed);
  // A heading, the contents list's entry for one ("16. Transfers outside the United Kingdom"), or a question ("Does data
  // leave the UK?") names the topic; it places nothing abroad.
  const byTitle = ctx.memo.once(headingsByTitle, ctx.doc);
  const isTitle = (s: Sentence) => {
    const block = ctx.doc.blocks[s.block];
    return block !== undefined && (block.kind === 'heading' || announcedHeading(ctx.doc, byTitle, block) !== undefined);
  };
  const placedAbroad = location.filter(
    (s) =>
      !isTitle(s) &&
      !/\?\s*$/.test(s.text) &&
      !answeredNo(s) &&
      !denialRe.test(s.text) &&
      !NOTHING_ABROAD.test(s.text) &&
      abroadRe.test(s.text) &&
      !supposedRe.test(s.text),
  );
  // A list that says service by service where data goes ("It leaves the UK only through these services:" / "- Storyhive,
  // stored in the United States" / "- Arbor, hosted in the UK and does not transfer data abroad"): an item's denial
  // speaks for its own service, not for the notice.
  const abroadBlocks = new Set(placedAbroad.map((s) => s.block));
  const denial = stated.filter((s) => !listAdmitsTransfer(ctx, s.block, abroadBlocks));
  const sectionsWithLocation = new Set(location.map((s) => s.section));
  // Across a heading only forward: the safeguard follows the transfer it protects ("... stored in the US. / Protection /
  // Our contract includes the IDTA"), while a supplier contract in the section before is about processors (checklist.md 2.12).
  const nearLocation = new Set(location.flatMap((s) => [s.block, s.block + 1, s.block + 2]));
  const safeguardsRe = phrases(o.safeguards);
  // A safeguard counts inside a transfers section or beside a location sentence; "robust contract" elsewhere is about processors.
  // Not a template's instruction: "[set out the safeguards in place, e.g. adequacy regulations]" names none in place.
  const safeguards = findSentences(ctx.doc, ctx.text, safeguardsRe, { exclude: domestic }).filter(
    (s) =>
      safeguardsRe.test(s.text.replace(SQUARE_BRACKETED, ' ')) &&
      !(PROCESSOR_TERMS.test(s.text) && !abroadRe.test(s.text) && !/\btransfer/i.test(s.text)) &&
      (sectionsWithLocation.has(s.section) ||
        nearLocation.has(s.block) ||
        /adequacy|contractual clauses|idta|addendum|data transfer agreement|data bridge/i.test(s.text)),
  );
  const vague = findSentences(ctx.doc, ctx.text, phrases(o.vague), { exclude: domestic });
  return { location, denial, placedAbroad, safeguards, vague };
}

/**
 * A clause whose subject is none of the things it names: "None of these systems keep your information outside the UK".
 * It places nothing abroad (whether it is a denial too is for the denial phrases).
 */
const NOTHING_ABROAD = /(?:^|[;:]|\b(?:and|but|so)\b)\W{0,3}(?:none of|neither of|nothing)\b/i;

/** Square-bracketed text: a template's instruction or blank ("[insert ...]"), or a note marker. */
const SQUARE_BRACKETED = /\[[^[\]]{0,300}\]/g;

/** Sentences naming tools usually hosted outside the UK. */
export function findOverseasTools(ctx: AuditContext, o: TransferOptions): Sentence[] {
  return findSentences(ctx.doc, ctx.text, phrases(o.overseasTools));
}

/** The tool names themselves, for messages ("Class Dojo, Seesaw"). */
export function namedTools(sentences: readonly Sentence[], o: TransferOptions): string[] {
  const re = new RegExp(phrases(o.overseasTools).source, 'gi');
  const names = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(re)) names.add(m[0]);
  return [...names];
}
