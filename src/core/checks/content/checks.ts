// Evaluators for the content checks: what the school holds, why, from where, who gets it, how long, how safely.
import { z } from 'zod';
import { PhraseListSchema } from '../../schema/checklist';
import { isOneSentenceParagraph, splitSentences, type Sentence } from '../../analysis/notice-text';
import type { Block, NoticeDocument } from '../../notice/types';
import type { Evidence } from '../../report';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { ChecklistItem } from '../../schema/checklist';
import { messageFor, verdictFor } from '../verdict';
import { adjacentSentence, evidenceOf, findSentences, isLeadIn, listAfter, phrases, PURPOSE_COLUMN } from '../match';
import { evidenceOfEmpty, evidenceOfList, findLeadIns, isStatementItem, lastSentence, statesItself, type LeadIn } from './lists';
import { linksOf } from '../government/links';
import { isInPageLink } from '../quality/links';
import { cookieBlocks, leadInOf } from '../identity/scope';
import { REFERS_BACK } from '../../analysis/refers-back';
import { announcedHeading, headingsByTitle } from '../../analysis/contents-entries';
import { TransferOptionsSchema, findOverseasTools, findTransfers, namedTools } from './transfers';
import { privateAddressKind } from '../quality/private-addresses';

function quoteOf(s: Pick<Sentence, 'text'> | Pick<Block, 'text'>, max = 90): string {
  return s.text.length > max ? `${s.text.slice(0, max - 3)}...` : s.text;
}

/** Distinct terms (by the alternative that matched) found across sentences. */
function distinctTerms(sentences: readonly { text: string }[], terms: readonly string[], limit = Infinity): string[] {
  const found: string[] = [];
  for (const t of terms) {
    const re = phrases([t]);
    if (sentences.some((s) => re.test(s.text))) found.push(t);
    if (found.length >= limit) break;
  }
  return found;
}

function termLabels(sentences: readonly { text: string }[], terms: readonly string[]): string[] {
  const out: string[] = [];
  const text = sentences.map((s) => s.text).join('\n');
  for (const t of terms) {
    const m = phrases([t]).exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

/**
 * A lead-in's items up to the first paragraph that states something of its own ("We may share information with the
 * following organisations:-" / "Pupil records are also forwarded to the next school."): that paragraph followed a
 * lost list; it is not the list.
 */
function withoutStatements(leads: LeadIn[]): LeadIn[] {
  return leads.map((l) => {
    const cut = l.items.findIndex(statesItself);
    return cut < 0 ? l : { ...l, items: l.items.slice(0, cut) };
  });
}

/** Lead-ins with items, and those left empty. */
function splitLeadIns(leads: LeadIn[]): { full: LeadIn[]; empty: LeadIn[] } {
  // A sentence lead-in ("We use pupil data to:") says more than a heading whose section may hold other lists too.
  const full = leads
    .filter((l) => l.items.length > 0)
    .sort((a, b) => Number(a.block.kind === 'heading') - Number(b.block.kind === 'heading'));
  return { full, empty: leads.filter((l) => l.items.length === 0 && l.block.kind !== 'heading') };
}

// ---------------------------------------------------------------------------------------------------------------
// purposes (Art 13(1)(c))

const PurposesOptions = z
  .object({
    /** Lead-ins promising a purposes list ("We use pupil data to:", "We do so to:"). */
    leadIns: PhraseListSchema,
    /** Headings of a purposes section. */
    headings: PhraseListSchema,
    /** Purpose statements in narrative form. */
    narrative: PhraseListSchema,
    /** Statements that look like purposes but are someone else's (checklist.md 2.4 traps). */
    traps: PhraseListSchema,
    /** A purpose named only by its kind ("for educational purposes"). */
    generalPurpose: PhraseListSchema,
    /** Narrative sentences needed for a pass when no list survives. */
    minNarrative: z.number().int().min(1),
  })
  .strict();

/** Two or more purposes given as infinitives: "to look after your child, to plan their learning and to contact you". */
const INFINITIVE_PURPOSE = /(?:^|[,;]\s*(?:and\s+)?|\band\s+)to\s+(?!be\b|the\b|a\b|an\b|us\b|you\b)[a-z]{2,}/gi;
const MIN_INFINITIVES = 2;

/**
 * The paragraph right under a purposes heading that answers it as a run of infinitives ("Why we use it" / "To look after
 * your child safely, to plan for their learning, to contact you during the day"): the reasons, with the heading's
 * question left unsaid.
 */
function infinitivesAnswering(doc: NoticeDocument, headings: readonly Block[]): { heading: Block; evidence: Evidence } | null {
  for (const heading of headings) {
    const next = doc.blocks[heading.index + 1];
    if (next?.kind !== 'paragraph' || !/^\s*to\s+[a-z]/i.test(next.text)) continue;
    const first = splitSentences(next.text)[0] ?? next.text;
    if ((first.match(INFINITIVE_PURPOSE) ?? []).length >= MIN_INFINITIVES)
      return { heading, evidence: { text: `${heading.text}: ${first}`, where: next.where } };
  }
  return null;
}

function evaluatePurposes(ctx: AuditContext, o: z.infer<typeof PurposesOptions>, item: ChecklistItem): Verdict {
  const { full, empty } = splitLeadIns(withoutStatements(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings))));
  const narrativeRe = phrases(o.narrative);
  const narrative = findSentences(ctx.doc, ctx.text, narrativeRe, { exclude: phrases(o.traps) }).filter(
    (s) => ctx.doc.blocks[s.block]?.kind !== 'table-row',
  );
  const list = full.find((l) => l.items.length >= 2) ?? full[0];
  if (list) return verdictFor(item, 'pass', 'listed', evidenceOfList(list), { lead: quoteOf(list.block, 70) });
  // One sentence can carry several purposes ("We use it to support learning, to monitor progress and to keep pupils safe").
  if (narrative.length >= o.minNarrative || distinctTerms(narrative, o.narrative, o.minNarrative).length >= o.minNarrative) {
    const emptyListNote = empty.length ? messageFor(item, 'empty-list-note', { lead: quoteOf(empty[0]!.block, 60) }) : '';
    return verdictFor(item, 'pass', 'described', evidenceOf(narrative, narrativeRe), { emptyListNote });
  }
  // A purposes heading: a heading-like line, short, not a sentence, and not the cookie notice's "How we use cookies".
  const headingRe = phrases(o.headings);
  const headings = ctx.doc.blocks.filter(
    (b) =>
      !ctx.text.npdBlocks.has(b.index) &&
      b.text.length <= 80 &&
      !/[.!]\s*$/.test(b.text) &&
      !/cookie/i.test(b.text) &&
      headingRe.test(b.text),
  );
  const answer = infinitivesAnswering(ctx.doc, headings);
  if (answer) return verdictFor(item, 'pass', 'answered', [answer.evidence], { lead: quoteOf(answer.heading, 60) });
  if (empty.length) {
    return verdictFor(item, 'partial', 'empty-list', [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(narrative, narrativeRe, 1)]);
  }
  if (narrative.length) return verdictFor(item, 'partial', 'one-statement', evidenceOf(narrative, narrativeRe));
  // A purposes heading with nothing under it (checklist.md 2.4: a heading with no list and no narrative is partial).
  const heading = headings[0];
  if (heading)
    return verdictFor(item, 'partial', 'heading-only', [{ text: heading.text, where: heading.where }], { lead: quoteOf(heading, 60) });
  const generalRe = phrases(o.generalPurpose);
  const general = findSentences(ctx.doc, ctx.text, generalRe, { exclude: phrases(o.traps) });
  if (general.length) {
    const evidence = evidenceOf(general, generalRe, 1);
    return verdictFor(item, 'needs-review', 'general-purpose-only', evidence, { quote: evidence[0]!.text });
  }
  return verdictFor(item, 'fail', 'not-found');
}

// ---------------------------------------------------------------------------------------------------------------
// data-categories (Art 14(1)(d))

const CategoriesOptions = z
  .object({
    leadIns: PhraseListSchema,
    headings: PhraseListSchema,
    /** Category words; a sentence naming several of them is a list in prose. */
    terms: PhraseListSchema,
    /** Distinct category terms one sentence must name to count as a list. */
    minTermsInSentence: z.number().int().min(2),
    /** Column headers of a table whose column lists kinds of data ("Information | Why we use it | ..."). */
    tableHeaders: PhraseListSchema,
    /** The Department's database described, not the school's own holding (checklist.md 2.8 traps). */
    traps: PhraseListSchema,
    /** A list item saying what data is for ("to support learning"): a purpose, not a kind of data. */
    purposeItem: PhraseListSchema,
  })
  .strict();

/** A table outside the NPD text with a column of kinds of data, at least two rows of it naming distinct categories. */
function categoryTable(ctx: AuditContext, o: z.infer<typeof CategoriesOptions>): Evidence[] | null {
  const headerRe = phrases(o.tableHeaders);
  for (const t of ctx.doc.tables) {
    if (ctx.text.npdBlocks.has(t.firstBlock)) continue;
    const col = t.headers.findIndex((h) => headerRe.test(h.trim()));
    if (col < 0) continue;
    let cells = t.rows.map((r) => ({ text: (r[col] ?? '').trim() })).filter((c) => c.text);
    // A "Type of data" column may hold only group names ("Identity", "Wellbeing"), its kinds of data in the next cells.
    if (distinctTerms(cells, o.terms, 2).length < 2) cells = t.rows.map((r) => ({ text: r.slice(col).join(', ').trim() }));
    if (cells.length < 2 || distinctTerms(cells, o.terms, 2).length < 2) continue;
    return [{ text: t.headers[col]!, where: t.where }, ...cells.slice(0, 3).map((c) => ({ text: quoteOf(c, 200), where: t.where }))];
  }
  return null;
}

function evaluateCategories(ctx: AuditContext, o: z.infer<typeof CategoriesOptions>, item: ChecklistItem): Verdict {
  const purposeItemRe = phrases(o.purposeItem);
  // "We use the data we hold:" over "to support learning; to keep pupils safe" lists purposes, not kinds of data.
  const purposesList = (l: LeadIn) => l.items.filter((b) => purposeItemRe.test(b.text)).length * 2 > l.items.length;
  const found = splitLeadIns(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings)));
  const full = found.full.filter((l) => !purposesList(l));
  const empty = found.empty;
  const termsRe = phrases(o.terms);
  const list = full.find((l) => distinctTerms(l.items, o.terms).length >= 1) ?? full.find((l) => l.items.length >= 2);
  if (list) return verdictFor(item, 'pass', 'listed', evidenceOfList(list, 3), { lead: quoteOf(list.block, 70) });
  // Table rows are left out: a pasted processor schedule's "Type of Personal Data" is not the school's list (checklist.md 2.8).
  const mentions = findSentences(ctx.doc, ctx.text, termsRe, { exclude: phrases(o.traps) }).filter(
    (s) => ctx.doc.blocks[s.block]?.kind !== 'table-row',
  );
  const prose = mentions.find((s) => distinctTerms([s], o.terms, o.minTermsInSentence).length >= o.minTermsInSentence);
  if (prose && !empty.length) return verdictFor(item, 'pass', 'named-in-text', evidenceOf([prose], termsRe));
  // A categories heading over short sentences that name one kind each ("What we keep" / "We keep your child's name." /
  // "We keep attendance."): a list written as sentences.
  const headingRe = phrases(o.headings);
  for (const sec of empty.length ? [] : ctx.doc.sections) {
    if (sec.heading === null || !headingRe.test(sec.heading)) continue;
    const lines = mentions.filter((m) => m.section === sec.index && ctx.doc.blocks[m.block]?.kind === 'paragraph');
    if (distinctTerms(lines, o.terms, o.minTermsInSentence).length >= o.minTermsInSentence)
      return verdictFor(item, 'pass', 'named-in-text', evidenceOf(lines, termsRe, 3));
  }
  // A table's "Information" column names one kind of data per row: a list laid out as a table.
  const table = categoryTable(ctx, o);
  if (table) return verdictFor(item, 'pass', 'table-column', table, { column: table[0]!.text });
  const implied = termLabels(mentions, o.terms).slice(0, 6);
  // Checklist.md 2.8 and D.9: an empty lead-in is partial where categories survive elsewhere, missing where none do.
  if (empty.length && !mentions.length)
    return verdictFor(item, 'fail', 'empty-list-only', [evidenceOfEmpty(ctx.doc, empty[0]!)], { lead: quoteOf(empty[0]!.block, 70) });
  if (empty.length) {
    const impliedNote = implied.length ? messageFor(item, 'implied-note', { terms: implied.join(', ') }) : '';
    return verdictFor(item, 'partial', 'empty-list', [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(mentions, termsRe, 2)], {
      lead: quoteOf(empty[0]!.block, 70),
      impliedNote,
    });
  }
  if (mentions.length) return verdictFor(item, 'partial', 'implied-only', evidenceOf(mentions, termsRe, 2), { terms: implied.join(', ') });
  return verdictFor(item, 'fail', 'not-found');
}

// ---------------------------------------------------------------------------------------------------------------
// data-sources (Art 14(2)(f))

const SourcesOptions = z
  .object({
    /** A named source other than the family: previous school, CTF, local authority, Learning Records Service. */
    named: PhraseListSchema,
    /** Sources said only as unnamed others ("other organisations", "third parties"). */
    unnamed: PhraseListSchema,
    /** A lead-in to a list of where the data comes from ("We also receive information from:"): its items name the sources. */
    sourceLeadIns: PhraseListSchema,
    /** Bodies that, beside the unnamed others, name them ("from other organisations, such as the council"). */
    sourceBodies: PhraseListSchema,
    /** The family as the only source: "information you provide to us", "registration forms". */
    implicit: PhraseListSchema,
    /** Trap text: government's sources (checklist.md 2.9, D1). */
    traps: PhraseListSchema,
    /** Records going out to the next school or provider: a destination, not a source. */
    outgoing: PhraseListSchema,
    /** Lead-ins of a list of who the school gives data to ("The people we pass information to are:"): its items are
     * recipients, whatever records they name. */
    outgoingLeadIns: PhraseListSchema,
    /** Column headers of a table of who the school gives data to ("Recipient", "Who we share with"). */
    outgoingHeaders: PhraseListSchema,
    /** A role or service a body provides ("Our DPO is provided by the council"): the body gives a service, not data. */
    services: PhraseListSchema,
  })
  .strict();

/**
 * True when a list item or table row hangs from a lead-in, or sits in a table, about what the school hands on: the
 * previous school or the CTF it names is then a destination ("Schools pupils move on to | the pupil file and CTF").
 */
function inOutgoingListing(ctx: AuditContext, block: number, leadRe: RegExp, headerRe: RegExp): boolean {
  if (leadRe.test(leadInOf(ctx.doc, block) ?? '')) return true;
  const b = ctx.doc.blocks[block];
  // An item of a list under a heading on sharing ("Who do we share pupil information with?" / "- The school your child
  // moves on to: the pupil file, including the Common Transfer File"): a recipient, whatever it is sent.
  const heading = b ? ctx.doc.sections[b.section]?.heading : undefined;
  if (b?.kind === 'list-item' && heading && headerRe.test(heading)) return true;
  if (b?.kind !== 'table-row' || b.table === undefined) return false;
  const table = ctx.doc.tables[b.table];
  if (!table) return false;
  if (table.headers.some((h) => headerRe.test(h))) return true;
  const before = ctx.doc.blocks[table.firstBlock - 1];
  return before !== undefined && isLeadIn(before) && leadRe.test(before.text);
}

function evaluateSources(ctx: AuditContext, o: z.infer<typeof SourcesOptions>, item: ChecklistItem): Verdict {
  const traps = phrases(o.traps);
  const notSources = phrases([...o.traps, ...o.outgoing, ...o.services]);
  const namedRe = phrases(o.named);
  const outgoingLeadRe = phrases(o.outgoingLeadIns);
  const outgoingHeaderRe = phrases(o.outgoingHeaders);
  // "- the junior school, which receives the Common Transfer File" under "We pass information to:" names a destination,
  // as does a row of a sharing table.
  const named = findSentences(ctx.doc, ctx.text, namedRe, { exclude: notSources }).filter(
    (s) => !inOutgoingListing(ctx, s.block, outgoingLeadRe, outgoingHeaderRe),
  );
  if (named.length) return verdictFor(item, 'pass', 'named-source', evidenceOf(named, namedRe, 2));
  const unnamedRe = phrases(o.unnamed);
  const unnamed = findSentences(ctx.doc, ctx.text, unnamedRe, { exclude: notSources });
  const bodiesRe = phrases(o.sourceBodies);
  const namedBeside = unnamed.filter((s) => bodiesRe.test(s.text.replace(unnamedRe, ' ')));
  if (namedBeside.length) return verdictFor(item, 'pass', 'named-source', evidenceOf(namedBeside, bodiesRe, 2));
  // "We also receive data from other organisations, including:" names them in the list that follows.
  for (const s of unnamed) {
    const block = ctx.doc.blocks[s.block];
    const items = block ? listAfter(ctx.doc, block) : [];
    if (items.length)
      return verdictFor(item, 'pass', 'named-source', [
        { text: block!.text, where: block!.where },
        ...items.slice(0, 2).map((b) => ({ text: b.text, where: b.where })),
      ]);
  }
  // "We also receive information from:" / "- the pupil's home school ...; - the council's admissions team": the list names them.
  for (const lead of findLeadIns(ctx.doc, ctx.text, phrases(o.sourceLeadIns))) {
    const bodies = lead.items.filter((b) => bodiesRe.test(b.text) && !notSources.test(b.text));
    if (bodies.length)
      return verdictFor(item, 'pass', 'named-source', [
        { text: lastSentence(lead.block.text), where: lead.block.where },
        ...bodies.slice(0, 2).map((b) => ({ text: b.text, where: b.where })),
      ]);
  }
  if (unnamed.length) {
    const quote = unnamedRe.exec(unnamed[0]!.text)?.[0] ?? '';
    return verdictFor(item, 'needs-review', 'unnamed-sources', evidenceOf(unnamed, unnamedRe, 1), { quote });
  }
  const implicitRe = phrases(o.implicit);
  const implicit = findSentences(ctx.doc, ctx.text, implicitRe, { exclude: notSources });
  if (implicit.length) {
    return verdictFor(item, 'partial', 'family-only', evidenceOf(implicit, implicitRe, 1));
  }
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdictFor(item, 'fail', 'not-found', evidenceOf(trap, traps, 1), {
    npdNote: trap.length ? messageFor(item, 'npd-sources-note') : '',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// statutory-or-voluntary (Art 13(2)(e))

const StatutoryOptions = z
  .object({
    /** Says which data is voluntary / that the school will say so when collecting (the DfE formula). */
    choice: PhraseListSchema,
    /** Says some data need not be given, and no more: the optional side alone. */
    optionalOnly: PhraseListSchema,
    /** Says some data must be provided or is collected by law. */
    required: PhraseListSchema,
    /** Legal duties to share (census), not to provide data: not this item. */
    traps: PhraseListSchema,
    /** Amounts of the data ("the majority", "most of it"): both sides said only this way do not say which is which. */
    portion: PhraseListSchema,
    /** What makes an amounts-only statement say which: the items named... */
    whichItems: PhraseListSchema,
    /** ...or the forms marking them, or the promise to say so. */
    whichMarked: PhraseListSchema,
    /** A side (compulsory or optional) said of items named in a sentence of their own. */
    sideWords: PhraseListSchema,
  })
  .strict();

function evaluateStatutory(ctx: AuditContext, o: z.infer<typeof StatutoryOptions>, item: ChecklistItem): Verdict {
  const traps = phrases(o.traps);
  const choiceRe = phrases(o.choice);
  // A heading names the topic ("Mandatory or optional"); what is under it says which.
  const choice = findSentences(ctx.doc, ctx.text, choiceRe, { exclude: traps }).filter((s) => ctx.doc.blocks[s.block]?.kind !== 'heading');
  const portionRe = phrases(o.portion);
  const itemsRe = phrases(o.whichItems);
  const markedRe = phrases(o.whichMarked);
  const sideRe = phrases(o.sideWords);
  // "Whilst the majority ... is mandatory, some of it is voluntary" without the promise that follows it in the DfE
  // formula says neither which data must be given nor which is optional (checklist.md 2.10).
  // The promise often follows in a sentence of its own: "... some is voluntary. We will tell you which when we ask."
  // A next sentence that only names data collected ("We collect details such as ethnicity") puts no item on a side.
  const nextSaysWhich = (next: string) => markedRe.test(next) || (itemsRe.test(next) && sideRe.test(next));
  const nextOf = (s: Sentence) => adjacentSentence(ctx.text, s, 1, false)?.text ?? '';
  const saysWhich = choice.filter(
    (s) => !portionRe.test(s.text) || itemsRe.test(s.text) || markedRe.test(s.text) || nextSaysWhich(nextOf(s)),
  );
  if (saysWhich.length) return verdictFor(item, 'pass', 'choice-stated', evidenceOf(saysWhich, choiceRe, 2));
  if (choice.length) return verdictFor(item, 'partial', 'amounts-only', evidenceOf(choice, choiceRe, 1));
  const requiredRe = phrases(o.required);
  const required = findSentences(ctx.doc, ctx.text, requiredRe, { exclude: traps });
  const optionalRe = phrases(o.optionalOnly);
  const optional = findSentences(ctx.doc, ctx.text, optionalRe, { exclude: traps });
  // Each side in a sentence of its own says which is which as well as one sentence saying both.
  if (required.length && optional.length) {
    return verdictFor(item, 'pass', 'choice-stated', [...evidenceOf(required, requiredRe, 1), ...evidenceOf(optional, optionalRe, 1)]);
  }
  if (required.length) return verdictFor(item, 'partial', 'required-only', evidenceOf(required, requiredRe, 1));
  if (optional.length) return verdictFor(item, 'partial', 'optional-only', evidenceOf(optional, optionalRe, 1));
  return verdictFor(item, 'fail', 'not-found');
}

// ---------------------------------------------------------------------------------------------------------------
// recipients (Art 13(1)(e))

const RecipientsOptions = z
  .object({
    leadIns: PhraseListSchema,
    headings: PhraseListSchema,
    /** A verb of sharing in a narrative sentence. */
    shareVerbs: PhraseListSchema,
    /** Named recipients or categories of recipient. */
    recipients: PhraseListSchema,
    /** Parties that stay unnamed ("third parties", "other organisations"). */
    unnamedParties: PhraseListSchema,
    /** The DfE "we do not share ... without consent unless the law allows" rule and DfE onward sharing (checklist.md 2.11). */
    traps: PhraseListSchema,
    /** Distinct recipients needed for a pass when no list survives. */
    minNamed: z.number().int().min(1),
  })
  .strict();

const INCOMING =
  /\b(?:with|to) us\b|\b(?:send|sends|give|gives|pass|passes)(?: on)? us\b|\b(?:receive|receives|received|get|gets|obtain|obtains|obtained|collect|collects|collected|gather|gathers|gathered)\b[^.]{0,80}\bfrom\b/i;
const OUTGOING = /\bwe\b[^.]{0,30}\b(?:share|pass|send|disclose|provide|give|report)\w*\b[^.]{0,60}\b(?:with|to)\b(?! us\b)/i;

function evaluateRecipients(ctx: AuditContext, o: z.infer<typeof RecipientsOptions>, item: ChecklistItem): Verdict {
  const traps = phrases(o.traps);
  const { full, empty } = splitLeadIns(withoutStatements(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings))));
  const recipientsRe = phrases(o.recipients);
  const list = full.find((l) => distinctTerms(l.items, o.recipients).length >= 1) ?? full.find((l) => l.items.length >= 2);
  if (list) return verdictFor(item, 'pass', 'listed', evidenceOfList(list, 3), { lead: quoteOf(list.block, 70) });
  const shareRe = phrases(o.shareVerbs);
  // Direction: "other schools share information with us" names a source, not a recipient (checklist.md 2.9 vs 2.11).
  const narrative = findSentences(ctx.doc, ctx.text, recipientsRe, { exclude: traps }).filter(
    (s) => shareRe.test(s.text) && !(INCOMING.test(s.text) && !OUTGOING.test(s.text)),
  );
  const named = termLabels(narrative, o.recipients);
  if (empty.length) {
    const lead = quoteOf(empty[0]!.block, 70);
    if (!named.length) return verdictFor(item, 'fail', 'empty-list', [evidenceOfEmpty(ctx.doc, empty[0]!)], { lead });
    return verdictFor(
      item,
      'partial',
      'empty-list-some-named',
      [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(narrative, recipientsRe, 2)],
      { lead, named: named.slice(0, 6).join(', ') },
    );
  }
  if (named.length >= o.minNamed)
    return verdictFor(item, 'pass', 'named-in-text', evidenceOf(narrative, recipientsRe, 3), { named: named.slice(0, 6).join(', ') });
  if (named.length) return verdictFor(item, 'partial', 'one-named', evidenceOf(narrative, recipientsRe, 2), { named: named[0]! });
  // "We may share your information with third parties where necessary": sharing admitted, nobody named. Whether that
  // gestures at a category or names none is for a reader.
  const unnamedRe = phrases(o.unnamedParties);
  // A lead-in ending in ":" whose list was lost names nobody either: that is the empty list, not a gesture at parties.
  const unnamed = findSentences(ctx.doc, ctx.text, unnamedRe, { exclude: traps }).filter(
    (s) => shareRe.test(s.text) && !/:\s*-?\s*$/.test(s.text) && !(INCOMING.test(s.text) && !OUTGOING.test(s.text)),
  );
  if (unnamed.length) {
    const evidence = evidenceOf(unnamed, unnamedRe, 1);
    return verdictFor(item, 'needs-review', 'unnamed-parties-only', evidence, { quote: unnamedRe.exec(unnamed[0]!.text)?.[0] ?? '' });
  }
  const trap = findSentences(ctx.doc, ctx.text, traps);
  return verdictFor(item, 'fail', trap.length ? 'sharing-rule-only' : 'not-found', evidenceOf(trap, traps, 1));
}

// ---------------------------------------------------------------------------------------------------------------
// international-transfers (Art 13(1)(f))

/**
 * Data said only possibly to go abroad: "where any of that data is held outside the EEA", "in the UK or in countries the
 * UK recognises", "a supplier might access it from another country". Data plainly kept abroad ("servers in the United
 * States") contradicts a denial whatever protects it.
 */
const MAY_GO_ABROAD =
  /\b(?:may|might|could)\b|\b(?:where|if|whenever|should)\s+(?:any|some|a|an|the|that|this|such|it|its|their|data|information|suppliers?)\b|\bor in\b/i;

const EU_BOUNDARY = /\b(?:EEA|European Economic Area|EU|European Union)\b/;
const UK_BOUNDARY = /\b(?:UK|United Kingdom)\b/;

/**
 * A transfer named as the one exception ("The only time we send anything abroad is when you ask us to send a reference"):
 * it is what a denial beside it leaves open, not a contradiction of it.
 */
const SOLE_EXCEPTION = /\b(?:the only (?:time|times|occasion|occasions|case|cases|exception)|the one (?:exception|time|occasion))\b/i;

/** A denial limited to what the school itself does: "ourselves", "itself". */
const OWN_ACTS_ONLY = /\b(?:ourselves|itself)\b/i;

function evaluateTransfers(ctx: AuditContext, o: z.infer<typeof TransferOptionsSchema>, item: ChecklistItem): Verdict {
  const t = findTransfers(ctx, o);
  const locRe = phrases(o.location);
  // Denied in one place and admitted in another, the notice does not say whether data leaves the UK (checklist.md 2.12).
  // A denial of any other transfer ("we do not send data abroad for any other reason") follows an admission; it does
  // not contradict it. Nor does one limited to a purpose ("never abroad just to save money or for advertising"), nor one
  // with a condition ("we will not transfer it outside the UK unless there are adequate safeguards").
  // A denial of the school's own sending ("we do not send pupil information abroad ourselves") beside suppliers that do
  // denies neither: where the data goes, and how it is protected, is read as for any transfer. Nor does data that may
  // go abroad, given with its own safeguard ("where a supplier reaches data from another country, its contract uses the
  // IDTA"), contradict the denial: the notice says where data goes and how it is protected.
  const denial = t.placedAbroad.length ? t.denial.filter((s) => !OWN_ACTS_ONLY.test(s.text)) : t.denial;
  const plainDenial = denial.filter(
    (s) =>
      !/\b(?:other|else|otherwise|apart from|except|besides|beyond|unless|(?:just|only|merely|simply|solely) (?:to|for|because))\b/i.test(
        s.text,
      ),
  );
  const safeguardRe = phrases(o.safeguards);
  // A denial drawn at the EEA ("never outside the European Economic Area") leaves the EEA open: data placed there is
  // no contradiction (the EU boundary itself is the current-law check's concern).
  const euBounded = plainDenial.length > 0 && plainDenial.every((s) => EU_BOUNDARY.test(s.text) && !UK_BOUNDARY.test(s.text));
  const contradicting = t.placedAbroad.filter(
    (s) =>
      (!safeguardRe.test(s.text) || !MAY_GO_ABROAD.test(s.text)) &&
      !(euBounded && EU_BOUNDARY.test(s.text)) &&
      !SOLE_EXCEPTION.test(s.text),
  );
  // The one exception named, the denial is read with it: where data goes and how it is protected decide, as for any
  // transfer.
  const soleExceptionOnly = t.placedAbroad.length > 0 && t.placedAbroad.every((s) => SOLE_EXCEPTION.test(s.text));
  if (plainDenial.length && contradicting.length)
    return verdictFor(item, 'partial', 'denied-and-admitted', [
      ...evidenceOf(plainDenial, locRe, 1),
      ...evidenceOf(t.placedAbroad, locRe, 1),
    ]);
  if (denial.length && !soleExceptionOnly)
    return verdictFor(item, 'pass', euBounded ? 'no-transfer-beyond-eea' : 'no-transfer-stated', evidenceOf(denial, locRe, 2));
  if (t.location.length && t.safeguards.length) {
    return verdictFor(item, 'pass', 'transfer-and-safeguards', [
      ...evidenceOf(soleExceptionOnly ? t.placedAbroad : t.location, locRe, 1),
      ...evidenceOf(t.safeguards, safeguardRe, 2),
    ]);
  }
  if (t.location.length) return verdictFor(item, 'partial', 'transfer-without-safeguards', evidenceOf(t.location, locRe, 2));
  if (t.safeguards.length) return verdictFor(item, 'partial', 'safeguard-without-transfer', evidenceOf(t.safeguards, safeguardRe, 2));
  if (t.vague.length) return verdictFor(item, 'partial', 'vague-hosting', evidenceOf(t.vague, phrases(o.vague), 2));
  const tools = namedTools(findOverseasTools(ctx, o), o);
  return verdictFor(item, 'fail', 'not-found', [], {
    toolsNote: tools.length ? messageFor(item, 'overseas-tools-note', { tools: tools.slice(0, 5).join(', ') }) : '',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// retention (Art 13(2)(a))

const RetentionOptions = z
  .object({
    /** Any retention talk: "retain", "how long", "retention schedule", "Storing pupil data". */
    topic: PhraseListSchema,
    /** Headings of a retention section ("How long do you keep my child's records?", "Keeping and deleting"): what
     * the section says is retention talk even where a sentence does not repeat it. */
    headings: PhraseListSchema,
    /** Headings that speak of keeping data safe, not of how long (checklist.md 2.29). */
    headingTraps: PhraseListSchema,
    /** Headings that name keeping outright, so a heading's mention of security beside them is no trap. */
    plainHeadings: PhraseListSchema,
    /** The family's right to have data erased, in a rights list ("You can ask: - for data to be deleted when ..."). */
    erasureRight: PhraseListSchema,
    /** A concrete period or criterion ("for 6 years", "until the pupil reaches 25", "DOB + 25"). */
    period: PhraseListSchema,
    /** A named public schedule (IRMS toolkit). */
    namedSchedule: PhraseListSchema,
    /** A schedule or policy referred to. */
    schedule: PhraseListSchema,
    /** Words that narrow a statement to a subset of the data (CCTV, transition data). */
    subset: PhraseListSchema,
    /** Headings of a part about people other than pupils ("Information about parents and carers", "Staff"). */
    otherPeopleHeadings: PhraseListSchema,
    /** The whole file passing to the next school or placement ("their file goes to their next school"). */
    passedOn: PhraseListSchema,
    /** Nouns that name a body of records ("records", "file", "register", "footage", "data"). */
    recordNouns: PhraseListSchema,
    /** Of those, the nouns that can be the records in general ("records", "information"); the others name one kind
     * themselves ("photographs", "registers", "exam scripts"). */
    generalNouns: PhraseListSchema,
    /** Words before such a noun that leave it the records in general ("the pupil's main file", "your information"). */
    generalQualifiers: z.array(z.string()),
    /** Words before such a noun that belong to the clause, not to the noun ("we keep", "are", "of"). */
    clauseWords: z.array(z.string()),
    /** Template residue where the period should be. */
    placeholder: PhraseListSchema,
    /** Hosts, paths and sign-in pages the public cannot reach (the links check's own lists). */
    intranetHosts: PhraseListSchema,
    intranetPaths: PhraseListSchema,
    signInPaths: PhraseListSchema,
    /** NPD "retention and use of the data", processor "Duration of the processing" (checklist.md 2.13). */
    traps: PhraseListSchema,
  })
  .strict();

/**
 * A clause about what the clause before named: "anything stored in them", "the letters behind them", "it is then
 * deleted", or one with no subject of its own that carries the time on ("..., and then for up to six months after").
 */
const POINTS_BACK =
  /\b(?:in|on|from|within|inside|of|behind|about) (?:them|it)\b|^\s*(?:it|they|these|those) (?:is|are|will be|get|gets)\b|^\s*(?:then|after that|afterwards|thereafter)\b/i;

/** Examples given of a record, up to the next punctuation: "such as routes and escort notes", "including the EHC plan". */
const EXAMPLES = /\b(?:such as|including|for example|for instance|e\.g\.)[^,;:()\u2013\u2014]*/gi;
/**
 * Examples set off by commas as a list of their own, up to the verb that goes on with the record: "Funding paperwork,
 * including declaration forms, eligibility checks and headcount records, is kept for six years".
 */
const EXAMPLE_ASIDE =
  /,\s(?:such as|including|for example|for instance|e\.g\.)\s[^;:()\u2013\u2014]{1,200}?,(?=\s(?:is|are|will|may|can|must|should|stays?|goes|go)\b)/gi;

/** A link that is the retention schedule itself, by its address or text ("records-retention-schedule.pdf"). */
const SCHEDULE_LINK = /retention|schedule|records[-_ ]?management/i;

/**
 * Links in the block or the next two blocks (the schedule link often sits on its own line after "at this link:"), within
 * its section (a link under the next heading belongs to that topic), leaving out those to another part of the same page
 * ("#keeping").
 */
function linksNear(ctx: AuditContext, block: number) {
  const section = ctx.doc.blocks[block]?.section;
  return linksOf(ctx).filter(
    (l) =>
      l.block >= block &&
      l.block <= block + 2 &&
      ctx.doc.blocks[l.block]?.section === section &&
      l.href &&
      !isInPageLink(l.href, ctx.doc.source.url),
  );
}

/**
 * Rows of a table that gives a period on each of several rows ("Record | How long we keep it" / "SEN file | DOB + 31
 * years"): a retention schedule set out in the notice, not one activity's period. Empty when there is none.
 */
/**
 * A sentence of a two-column "topic | answer" row whose topic is keeping ("How long we keep it | Records we keep here are
 * held ..."), read as prose under that heading, without the topic cell. Other rows name a kind of record in their first
 * cell ("Attendance | 3 years"), which the schedule reading takes.
 */
function topicRowProse(block: Block, s: Sentence, headingRe: RegExp): Sentence | null {
  const [topic, answer] = block.cells ?? [];
  if (block.cells?.length !== 2 || !topic || !answer || !headingRe.test(topic) || !CLAUSE_VERB.test(answer)) return null;
  const lead = `${topic} | `;
  return s.text.startsWith(lead) ? { ...s, text: s.text.slice(lead.length) } : s;
}

function retentionTable(ctx: AuditContext, withPeriod: readonly Sentence[]): Sentence[] {
  const byTable = new Map<number, Sentence[]>();
  for (const s of withPeriod) {
    const table = ctx.doc.blocks[s.block]?.kind === 'table-row' ? ctx.doc.blocks[s.block]!.table : undefined;
    if (table !== undefined) byTable.set(table, [...(byTable.get(table) ?? []), s]);
  }
  return [...byTable.values()].find((rows) => new Set(rows.map((r) => r.block)).size >= 2) ?? [];
}

/**
 * Retention talk: sentences that speak of keeping data, and the sentences of a section headed as retention, minus the
 * family's right to erasure (which speaks of deleting, not of how long the school keeps data), in document order.
 */
function retentionSentences(ctx: AuditContext, o: z.infer<typeof RetentionOptions>, traps: RegExp): Sentence[] {
  const worded = new Set(findSentences(ctx.doc, ctx.text, phrases(o.topic), { exclude: traps }));
  const headingRe = phrases(o.headings);
  const headingTrapRe = phrases(o.headingTraps);
  const plainHeadingRe = phrases(o.plainHeadings);
  const sections = new Set(
    ctx.doc.sections
      .filter(
        (sec) =>
          sec.heading !== null && headingRe.test(sec.heading) && (!headingTrapRe.test(sec.heading) || plainHeadingRe.test(sec.heading)),
      )
      .map((sec) => sec.index),
  );
  const erasureRe = phrases(o.erasureRight);
  const topicRe = phrases(o.topic);
  // A cookie notice on the same page says how long its cookies last ("cookie_consent, 12 months"): not how long the
  // school keeps personal data.
  const cookies = cookieBlocks(ctx);
  return ctx.text.sentences.filter((s) => {
    if (cookies.has(s.block)) return false;
    const lead = leadInOf(ctx.doc, s.block);
    // The items of a list under a lead-in on keeping ("We keep information for these periods:" / "- accident records:
    // until your child is 21") are read as the lead-in's retention sentences.
    const underTopicLeadIn = lead != null && ctx.doc.blocks[s.block]?.kind === 'list-item' && topicRe.test(lead) && !traps.test(lead);
    return (
      (worded.has(s) ||
        underTopicLeadIn ||
        (sections.has(s.section) && !s.inNpd && ctx.doc.blocks[s.block]?.kind !== 'heading' && !traps.test(s.text))) &&
      !erasureRe.test(`${lead ?? ''} ${s.text}`)
    );
  });
}

/** A clause that gives a period, and the kinds of record it names: none for the records in general. */
interface PeriodClause {
  sentence: Sentence;
  kinds: string[];
}

/**
 * The clauses of a sentence that give a period, each with the kinds of record it is said of. A subset narrows only its
 * own clause: "until the pupil's 25th birthday; CCTV footage is deleted after 28 days" still gives pupil records a
 * period. A clause that points back into the one before ("their online accounts are closed, and anything in them is
 * wiped after 60 days") keeps that clause's narrowing. Subset clauses are left out: they never count towards a schedule.
 */
const BRACKETED = /\([^()]*\)/g;

const CLAUSE_BREAK = /;|,\s+and\s+/g;

/**
 * A sentence's clauses, split at semicolons and ", and", though not inside brackets: "our own record of your time with us
 * (attendance, the work you did, and any safeguarding records) for six years" is one record, its contents listed aside.
 */
function clausesOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  // Brackets still open, counted as the text is read up to each break (one pass, however long the sentence).
  let open = 0;
  let read = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    for (; read < m.index; read++) {
      if (text[read] === '(') open++;
      else if (text[read] === ')' && open > 0) open--;
    }
    if (open > 0) continue;
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

function periodClauses(s: Sentence, o: z.infer<typeof RetentionOptions>): PeriodClause[] {
  const periodRe = phrases(o.period);
  const subsetRe = phrases(o.subset);
  return listHeadsJoined(clausesOutsideBrackets(s.text), periodRe).flatMap((part, i, parts) => {
    // A bracketed exception with its own period ("3 years after your child leaves (6 years for financial records)")
    // narrows only itself: the clause around it still keeps its records for its own period.
    const main = part.replace(BRACKETED, (aside) => (periodRe.test(aside) ? ' ' : aside));
    const narrowed = subsetRe.test(main) || (i > 0 && POINTS_BACK.test(part) && subsetRe.test(parts[i - 1]!));
    if (!periodRe.test(part) || narrowed) return [];
    return [{ sentence: s, kinds: recordKinds(part, o) }];
  });
}

const ACRONYM = /^[A-Z]{2,}$/;

/** A finite verb or subject: a clause that has none is a list of records waiting for the rest of the sentence. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|will|shall|may|must|can|could|would|should|has|have|had|keep|keeps|kept|hold|holds|held|retain\w*|stor(?:e|es|ed|ing)|destroy\w*|delet\w*|shred\w*|we|i|they|you|it)\b/i;

/** A line set out as records, a colon, then the rest: "Invoices and payment records: six years". */
const LABELLED_PERIOD = /^[^:]{1,80}:\s/;

/**
 * Parts of a split sentence joined back where a part is only the head of a list the next part finishes (no verb, no
 * period of its own): "Registration forms, the register, and accident records: until the child is 21" gives the one
 * period to all three. Only in a line labelled with a colon: a sentence's parts are otherwise read apart.
 */
function listHeadsJoined(parts: string[], periodRe: RegExp): string[] {
  if (!parts.some((part) => LABELLED_PERIOD.test(part) && periodRe.test(part))) return parts;
  const joined: string[] = [];
  let head = '';
  for (const [i, part] of parts.entries()) {
    if (i < parts.length - 1 && !CLAUSE_VERB.test(part) && !periodRe.test(part)) head += `${part}, `;
    else {
      joined.push(head + part);
      head = '';
    }
  }
  return joined;
}

/**
 * The kinds of record a clause names ("admission records ... and accident records" -> two kinds). None when the first
 * record it names is the records in general ("a pupil's main file", "your information", "records") or it names none
 * ("until the pupil is 25"): that clause's period is said of the whole record.
 */
function recordKinds(whole: string, o: z.infer<typeof RetentionOptions>): string[] {
  const nounRe = new RegExp(phrases(o.recordNouns).source, 'gi');
  // Examples of a record are that record, not more kinds: "Transport information, such as routes and escort notes, is kept ...".
  const clause = whole.replace(EXAMPLE_ASIDE, ' ').replace(EXAMPLES, ' ');
  const generalRe = new RegExp(`^(?:${phrases(o.generalNouns).source})$`, 'i');
  const kinds: string[] = [];
  let bareKind = false;
  let lastEnd = -1;
  for (const noun of clause.matchAll(nounRe)) {
    // Nouns side by side are one record ("application forms", "data files"): the last names it.
    const sameRecord = lastEnd >= 0 && !clause.slice(lastEnd, noun.index).trim();
    lastEnd = noun.index + noun[0].length;
    if (sameRecord) {
      if (kinds.length)
        kinds[kinds.length - 1] = `${kinds[kinds.length - 1]!.replace(/ \S+$/, '')} ${noun[0].toLowerCase().replace(/s$/, '')}`;
      continue;
    }
    // Qualifiers stop at punctuation and at the clause's own words: "Year 11, the main record" is the main record.
    const before = clause
      .slice(0, noun.index)
      .split(/[,;:()\u2013\u2014]/)
      .pop()!;
    const words = before.split(/[^\p{L}\p{N}'\u2019/-]+/u).filter(Boolean);
    const qualifiers: string[] = [];
    for (let i = words.length - 1; i >= 0 && qualifiers.length < 3; i--) {
      const word = words[i]!.toLowerCase().replace(/['\u2019]s?$/, '');
      // An acronym is a qualifier, whatever word it spells: "SEND files" are special needs files, not files sent.
      if (o.clauseWords.includes(word) && !ACRONYM.test(words[i]!)) break;
      // A clause's number ("10.1 Learner files are kept ...") names no kind of record.
      if (/^\d+$/.test(word)) continue;
      qualifiers.unshift(word);
    }
    const specific = qualifiers.filter((w) => !o.generalQualifiers.includes(w));
    // A later noun that is the records in general ("photographs, reports and all other records until 25") makes a
    // clause opened by a bare kind general after all.
    if (bareKind && !specific.length && generalRe.test(noun[0])) return [];
    // The kind said after the noun: "records of exclusions", "copies of exam scripts"; "records of our pupils" stays general.
    if (!specific.length && !kinds.length) {
      const after = ofKind(clause.slice(noun.index + noun[0].length), o, nounRe);
      if (after.length) kinds.push(`${noun[0].toLowerCase().replace(/s$/, '')} of ${after.join(' ')}`);
      // A noun that names one kind itself needs no qualifier: "photographs for our website are removed after two years".
      else if (generalRe.test(noun[0])) return [];
      else {
        kinds.push(noun[0].toLowerCase().replace(/s$/, ''));
        bareKind = true;
      }
      continue;
    }
    if (specific.length) kinds.push(`${specific.join(' ')} ${noun[0].toLowerCase().replace(/s$/, '')}`);
  }
  // No record noun the options know: the thing said to be kept is the subject before "kept" ("Completed answer sheets are
  // kept ...", "Gift Aid declarations are kept ..."), a kind of record unless it is a pronoun or the records in general.
  if (lastEnd < 0) {
    const subject = KEPT_SUBJECT.exec(clause)?.[1];
    const words = subject?.toLowerCase().split(/\s+/) ?? [];
    if (words.length && !words.every((w) => GENERAL_SUBJECT.has(w) || o.generalQualifiers.includes(w))) kinds.push(words.join(' '));
  }
  return kinds;
}

// "X is kept", "X are held by the trust", "X will be securely destroyed": the thing the period is said of.
const KEPT_SUBJECT =
  /^\s*(?:(?:the|our|any|all|your|their|a|an)\s+)?((?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+)\s+(?:is|are|will be|may be|can be)\s+(?:\p{L}+ly\s+)?(?:kept|held|stored|retained|deleted|destroyed|shredded|disposed of)\b/iu;
/** Subjects that name no kind of record: pronouns and the record as a whole. */
const GENERAL_SUBJECT = new Set([
  'it',
  'they',
  'this',
  'these',
  'that',
  'those',
  'everything',
  'all',
  'most',
  'anything',
  'something',
  'nothing',
]);

/** The specific words of an "of" phrase after a record noun, up to the clause's own words; none when it names the records' people. */
function ofKind(after: string, o: z.infer<typeof RetentionOptions>, nounRe: RegExp): string[] {
  const tail = /^\s+(?:of|about|relating to)\s+([^,;:()\u2013\u2014]*)/i.exec(after);
  if (!tail) return [];
  const words: string[] = [];
  for (const raw of tail[1]!.split(/[^\p{L}\p{N}'\u2019/-]+/u).filter(Boolean)) {
    const word = raw.toLowerCase().replace(/['\u2019]s?$/, '');
    if (
      o.clauseWords.includes(word) ||
      /^(?:who|whom|whose|shall|must|should|may|might|can|could|would|was|were|has|have|had)$/.test(word) ||
      words.length >= 3
    )
      break;
    words.push(word);
  }
  return words.filter((w) => !o.generalQualifiers.includes(w) && !new RegExp(`^(?:${nounRe.source})$`, 'i').test(w));
}

function evaluateRetention(ctx: AuditContext, o: z.infer<typeof RetentionOptions>, item: ChecklistItem): Verdict {
  const traps = phrases(o.traps);
  const topicRe = phrases(o.topic);
  const topic = retentionSentences(ctx, o, traps);
  const periodRe = phrases(o.period);
  const subsetRe = phrases(o.subset);
  const placeholderRe = phrases(o.placeholder);
  const scheduleRe = phrases(o.schedule);
  const scheduleSentences = topic.filter((s) => scheduleRe.test(s.text));
  const privateLinks = scheduleSentences.flatMap((s) => linksNear(ctx, s.block)).filter((l) => privateAddressKind(l.href!, o) !== null);
  const privateEvidence = privateLinks.slice(0, 1).map((l) => ({ text: l.href!, where: ctx.doc.blocks[l.block]?.where ?? '' }));
  // "We hold pupil data for [time period]": the school's own period was never filled in, whatever else is kept for how
  // long (checklist.md 2.13: template residue is partial).
  const placeholder = topic.filter((s) => placeholderRe.test(s.text));
  if (placeholder.length) {
    const problems = [messageFor(item, 'placeholder-period-note')];
    if (privateLinks.length) problems.push(messageFor(item, 'private-schedule-link-note'));
    return verdictFor(item, 'partial', 'placeholder-period', [...evidenceOf(placeholder, placeholderRe, 1), ...privateEvidence], {
      problems: problems.join(', and '),
    });
  }
  const withPeriod = topic.filter((s) => periodRe.test(s.text) && !placeholderRe.test(s.text));
  // A period under a heading about other people ("Information about parents and carers" / "We keep it while your child
  // attends") keeps their records, one kind among several, not the pupils' records.
  const otherPeople = phrases(o.otherPeopleHeadings);
  const headingRe = phrases(o.headings);
  const clauses = withPeriod
    .flatMap((s) => {
      if (ctx.doc.blocks[s.block]?.kind !== 'table-row') return [s];
      const prose = topicRowProse(ctx.doc.blocks[s.block]!, s, headingRe);
      return prose ? [prose] : [];
    })
    .flatMap((s) => {
      const heading = ctx.doc.sections[ctx.doc.blocks[s.block]?.section ?? -1]?.heading ?? '';
      const about = otherPeople.test(heading) ? [heading.toLowerCase()] : [];
      return periodClauses(s, o).map((c) => (c.kinds.length || !about.length ? c : { ...c, kinds: about }));
    });
  const general = [...new Set(clauses.filter((c) => !c.kinds.length).map((c) => c.sentence))];
  if (general.length) return verdictFor(item, 'pass', 'period-given', evidenceOf(general, periodRe, 2));
  const schedule = retentionTable(ctx, withPeriod);
  if (schedule.length) return verdictFor(item, 'pass', 'period-given', evidenceOf(schedule, periodRe, 2));
  // Periods for several kinds of record ("admission registers for three years; accident records until 21") set out a
  // schedule in the text; a period for one kind alone ("exam scripts until the appeals deadline") covers only that kind.
  // The whole file passing to the next school is what becomes of the pupil record: with one more kind's period it
  // accounts for the records ("A pupil's file goes with them to their next school; accident records until 21").
  const passedOnRe = phrases(o.passedOn);
  const passedOn = topic.filter((s) => {
    const m = passedOnRe.exec(s.text);
    // The file's own qualifiers stand just before it: "a pupil's main file", not "special needs files".
    const qualifiers = m
      ? s.text
          .slice(Math.max(0, m.index - 40), m.index)
          .split(/\s+/)
          .slice(-3)
          .join(' ')
      : '';
    return m !== null && !recordKinds(`${qualifiers} ${m[0]}`, o).length;
  });
  const kinds = new Set([...clauses.flatMap((c) => c.kinds), ...(passedOn.length ? ['passed on'] : [])]);
  const oneKind = [...new Set(clauses.map((c) => c.sentence))];
  if (kinds.size >= 2)
    return verdictFor(item, 'pass', 'period-given', [...evidenceOf(oneKind, periodRe, 2), ...evidenceOf(passedOn, passedOnRe, 1)]);
  // A public toolkit the school's own schedule is based on does not make up for that schedule's private link: the reader
  // is sent to the school's schedule, and cannot open it.
  // Nor one the school's own schedule is only based on: the school's schedule is what governs, and it is not public.
  const named = privateLinks.length
    ? []
    : findSentences(ctx.doc, ctx.text, phrases(o.namedSchedule), { exclude: traps }).filter((s) => !BASED_ON_TOOLKIT.test(s.text));
  if (named.length) return verdictFor(item, 'pass', 'named-schedule', evidenceOf(named, phrases(o.namedSchedule), 2));

  for (const s of scheduleSentences) {
    const near = linksNear(ctx, s.block);
    // The schedule's own link, when one near the sentence names it ("records-retention-schedule.pdf"): another policy's
    // public link beside an intranet schedule does not make the schedule public.
    const ownLinks = near.filter((l) => SCHEDULE_LINK.test(`${l.href} ${l.text}`));
    const links = ownLinks.length ? ownLinks : near;
    const publicLink = links.find((l) => privateAddressKind(l.href!, o) === null);
    if (publicLink && !placeholderRe.test(s.text))
      return verdictFor(item, 'pass', 'linked-schedule', [
        ...evidenceOf([s], scheduleRe, 1),
        { text: publicLink.href!, where: ctx.doc.blocks[publicLink.block]?.where ?? s.where },
      ]);
  }
  if (oneKind.length) return verdictFor(item, 'partial', 'one-kind-only', evidenceOf(oneKind, periodRe, 2));
  if (privateLinks.length) {
    return verdictFor(item, 'partial', 'referred-with-problems', [...evidenceOf(scheduleSentences, scheduleRe, 1), ...privateEvidence], {
      problems: messageFor(item, 'private-schedule-link-note'),
    });
  }
  const narrow = topic.filter((s) => subsetRe.test(s.text) || ctx.doc.blocks[s.block]?.kind === 'table-row');
  if (!withPeriod.length && !scheduleSentences.length && narrow.length && narrow.length === topic.length) {
    return verdictFor(item, 'partial', 'part-of-data-only', evidenceOf(narrow, topicRe, 2));
  }
  if (withPeriod.length) return verdictFor(item, 'partial', 'period-for-part-only', evidenceOf(withPeriod, periodRe, 2));
  if (scheduleSentences.length) return verdictFor(item, 'partial', 'schedule-without-link', evidenceOf(scheduleSentences, scheduleRe, 2));
  if (topic.length) return verdictFor(item, 'partial', 'no-period', evidenceOf(topic, topicRe, 2));
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdictFor(item, 'fail', 'not-found', evidenceOf(trap, traps, 1), {
    npdNote: trap.length ? messageFor(item, 'npd-retention-note') : '',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// security-measures (Art 32 transparency; recommended)

const SecurityOptions = z
  .object({
    /** Named measures or a security section ("How do we protect your information?", encryption, access controls). */
    measures: PhraseListSchema,
    /** A bare "held securely" statement about the school's own holding. */
    general: PhraseListSchema,
    /** DfE / Welsh Government "robust processes", "securely uploaded/deleted" in a transfer (checklist.md 2.29, D1). */
    traps: PhraseListSchema,
  })
  .strict();

// Government's own keeping told in the school's notice: a sentence carrying on from one about the Department, the Welsh
// Government or their database, or under a heading naming them ("It keeps the returns in its national pupil database.
// The database is held on secure servers and encrypted ...").
const GOVERNMENT_KEEPER = /\b(?:department for education|dfe|welsh government|llywodraeth cymru|national pupil database|npd)\b/i;

function aboutGovernment(ctx: AuditContext, s: Sentence): boolean {
  if (!REFERS_BACK.test(s.text)) return false;
  const at = ctx.text.sentences.indexOf(s);
  const before = at > 0 ? ctx.text.sentences[at - 1] : undefined;
  if (before?.block === s.block && GOVERNMENT_KEEPER.test(before.text)) return true;
  return headedByGovernment(ctx, s);
}

const headedByGovernment = (ctx: AuditContext, s: Sentence): boolean => {
  const heading = ctx.doc.sections[s.section]?.heading;
  return !!heading && GOVERNMENT_KEEPER.test(heading);
};

// A paragraph under a heading naming the Department or the Welsh Government that opens with it as the subject ("The Welsh
// Government uses this information ... Personal information is held securely"): its keeping is theirs, not the school's.
const GOVERNMENT_SUBJECT = /^(?:the )?(?:department for education|dfe|welsh government|llywodraeth cymru)\b/i;

function inGovernmentParagraph(ctx: AuditContext, s: Sentence): boolean {
  return GOVERNMENT_SUBJECT.test(ctx.doc.blocks[s.block]?.text ?? '') && headedByGovernment(ctx, s);
}

function evaluateSecurity(ctx: AuditContext, o: z.infer<typeof SecurityOptions>, item: ChecklistItem): Verdict {
  const traps = phrases(o.traps);
  const measuresRe = phrases(o.measures);
  const measures = findSentences(ctx.doc, ctx.text, measuresRe, { exclude: traps }).filter((s) => !aboutGovernment(ctx, s));
  if (measures.length) return verdictFor(item, 'pass', 'measures-described', evidenceOf(measures, measuresRe, 2));
  const generalRe = phrases(o.general);
  const held = findSentences(ctx.doc, ctx.text, generalRe, { exclude: traps });
  const general = held.filter((s) => !inGovernmentParagraph(ctx, s));
  if (general.length) return verdictFor(item, 'partial', 'held-securely-only', evidenceOf(general, generalRe, 1));
  // Only the government's keeping is told: no school statement, and no concept lift over the same sentence.
  if (held.length) return verdictFor(item, 'fail', 'government-keeping-only', evidenceOf(held, generalRe, 1));
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdictFor(item, 'fail', 'not-found', evidenceOf(trap, traps, 1), {
    otherBodyNote: trap.length ? messageFor(item, 'other-body-note') : '',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// biometrics-consent (Protection of Freedoms Act 2012 ss.26-28)

const BiometricsOptions = z
  .object({
    mention: PhraseListSchema,
    /** Mentions that are not about the school using biometrics (a statute list entry, a definition). */
    notEvidence: PhraseListSchema,
    /** "We do not use biometric data": the check does not apply. */
    notUsed: PhraseListSchema,
    /** Consent words that, beside a biometric mention, make a consent statement. */
    consent: PhraseListSchema,
    /** Consent named only as the Article 9(2)(a) / 6(1)(a) condition. */
    consentLabel: PhraseListSchema,
    /** What makes a consent-as-condition sentence say more: parents, writing, asking, the pupil refusing. */
    consentDetail: PhraseListSchema,
    /** Consent said not to be sought ("we do not ask parents for consent"): the Act's duty is plainly unmet. */
    consentDenied: PhraseListSchema,
    /** Consent asked of the student ("we ask each student for consent"): the Act's consent is a parent's. */
    learnerConsent: PhraseListSchema,
    /** A parent, carer or family named: the consent spoken of is theirs. */
    parentNamed: PhraseListSchema,
  })
  .strict();

// A question whether the school uses something ("Do you use fingerprints?", "Does the academy use biometric systems?",
// "Is biometric data used?"), not whether a pupil has to ("Do I have to use my fingerprint?" / "No. Your parent has to
// agree first"), and an answer that is a plain "No" (not "No one ...", "No longer ...").
const USE_QUESTION =
  /^\W*(?:\d+[.)]?\s*)?(?:(?:do|does|will)\s+(?:you|we|(?:the|our|this)\s+(?:school|academy|trust|college|nursery|setting|federation))\s+(?:ever\s+|currently\s+|still\s+)?(?:use|have|collect|process|operate|run|hold)\b|(?:is|are)\b[^?]{0,80}\bused\b)[^?]*\?\s*$/i;
/** The label of a question or its answer in a Q&A: "Q:", "A.", "Answer -". */
const QA_LABEL = /^\s*(?:q|question|a|answer)\s*[:.)\u2013-]\s*/i;
/** A short title of a few words with no pronoun or verb, numbered or not: "B3. Biometric information.", "4.2 Biometrics:". */
const RUN_IN_TITLE =
  /^\W{0,5}(?:[A-Z]?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s{1,5})?(?![^\n]{0,80}?\b(?:we|our|us|i|you|it|they|is|are|was|were|be|use[sd]?|has|have|had|will|can|may|do|does|not)\b)(?:[\w'\u2019-]{1,40}\s{1,5}){0,3}[\w'\u2019-]{1,40}\s{0,5}[.:]?\s{0,5}$/i;
/** A sentence that is nothing but a denial of what the sentences before it name: "We do not use it.", "We don't use them here." */
const BARE_DENIAL =
  /^\s*(?:we|the (?:school|academy|nursery|trust|college)) (?:do not|does not|don't|doesn't|never) use (?:it|them|this|these|any)(?: at all| here| in (?:our )?school| at (?:our|this|the) (?:school|academy|nursery))?\s*[.!]?\s*$/i;
// A denial of every biometric use, whoever says it: "Foxhollow does not use biometric data at all".
const WHOLE_DENIAL = /\b(?:do not|does not|don't|doesn't|never) use (?:any )?biometric (?:data|information|systems?|technology)\b/i;
const CONSENT_IN_GENERAL =
  /^\W*(?:where|if|when|whenever|wherever)\s+(?:we\s+(?:rely|depend)\s+(?:up)?on|(?:the\s+)?(?:lawful\s+|legal\s+)?basis\s+(?:is|for\s+\w+\s+is))\s+(?:your\s+|their\s+)?consent\b/i;
const ANSWER_NO = /^\s*no\b(?!\s+(?:one|longer|more|child|pupil|student|parent))\s*[.,;:!\u2013\u2014-]/i;
// A parent named only to be left out of the consent ("we ask you, not your parents, for consent", "rather than their
// parents"): the consent is the student's alone.
const PARENT_LEFT_OUT =
  /\b(?:not|rather than|instead of)\s+(?:from\s+)?(?:(?:your|their|the|his or her)\s+)?(?:parents?|carers?|guardians?|famil(?:y|ies))(?:\s+(?:or|and)\s+(?:carers?|guardians?))?\b/i;
const EVERY_PARENT_LEFT_OUT = new RegExp(PARENT_LEFT_OUT.source, 'gi');
const withoutParentLeftOut = (text: string) => text.replace(EVERY_PARENT_LEFT_OUT, '');

function evaluateBiometrics(ctx: AuditContext, o: z.infer<typeof BiometricsOptions>, item: ChecklistItem): Verdict {
  const mentionRe = phrases(o.mention);
  const mentions = findSentences(ctx.doc, ctx.text, mentionRe, { exclude: phrases(o.notEvidence) });
  if (!mentions.length) return verdictFor(item, 'not-applicable', 'not-mentioned');
  const notUsedRe = phrases(o.notUsed);
  // A heading naming biometrics ("Biometric systems") over "We do not use fingerprint or face recognition", or over a
  // section ending "Biometric systems used at our school: None", is the denial's title, not a use.
  // Its entry in the notice's contents list ("19. CCTV, night-time monitoring and biometrics") is read as that heading.
  const byTitle = ctx.memo.once(headingsByTitle, ctx.doc);
  const deniedUnder = (s: Sentence) => {
    const block = ctx.doc.blocks[s.block];
    const heading = block && (block.kind === 'heading' ? block : announcedHeading(ctx.doc, byTitle, block));
    if (!heading) return false;
    const section = ctx.doc.sections[heading.section];
    const under = (b: number) => b > heading.index && section !== undefined && b <= section.lastBlock;
    return ctx.text.sentences.some((t) => under(t.block) && notUsedRe.test(t.text));
  };
  // So is a question on their use, as a heading or a "Q:" line, answered "No." or denied in the next sentence ("Do you
  // use fingerprints?" / "No. Pupils pay with a PIN.").
  const answeredNo = (s: Sentence) => {
    const question = s.text.replace(QA_LABEL, '');
    if (!USE_QUESTION.test(question)) return false;
    const next = adjacentSentence(ctx.text, s, 1, false);
    return (
      next !== undefined && next.block <= s.block + 1 && (ANSWER_NO.test(next.text.replace(QA_LABEL, '')) || notUsedRe.test(next.text))
    );
  };
  // And a run-in title naming the topic ("B3. Biometric information.") before the denial in its own paragraph.
  const titleOverDenial = (s: Sentence) => {
    if (!RUN_IN_TITLE.test(s.text)) return false;
    const next = adjacentSentence(ctx.text, s, 1);
    return next !== undefined && notUsedRe.test(next.text);
  };
  // And a definition closed by a bare denial: "Biometric data: information about a person's body ... Schools that use it
  // must get written parental consent. We do not use it.", or by a denial of all of it: "... Foxhollow does not use
  // biometric data at all."
  const deniedAfter = (s: Sentence) => {
    const at = ctx.text.sentences.indexOf(s);
    return (
      at >= 0 &&
      ctx.text.sentences.slice(at + 1, at + 4).some((t) => t.block === s.block && (BARE_DENIAL.test(t.text) || WHOLE_DENIAL.test(t.text)))
    );
  };
  const used = mentions.filter(
    (s) => !notUsedRe.test(s.text) && !deniedUnder(s) && !answeredNo(s) && !titleOverDenial(s) && !deniedAfter(s),
  );
  if (!used.length) {
    // Quote the denial itself where it names biometrics, not the title or question over it.
    const denials = mentions.filter((s) => notUsedRe.test(s.text));
    return verdictFor(item, 'not-applicable', 'not-used', evidenceOf(denials.length ? denials : mentions, notUsedRe, 1));
  }
  const consentRe = phrases(o.consent);
  const blocks = new Set(used.map((s) => s.block));
  // A heading that names biometrics ("Do you use biometric data?", "Biometric recognition") is answered by its
  // section's opening: the paragraph or list under it speaks of biometrics without naming them again.
  const answered = new Set(used.flatMap((s) => headingAnswer(ctx, s.block)));
  // The consent sentence may follow the biometric one in the same paragraph or the next ("...cashless catering. We will ask for your written consent...").
  // Not the next row of a table: that is another record ("Biometric templates (canteen)" then "Trip consent forms").
  const goesOn = (b: number) => blocks.has(b - 1) && ctx.doc.blocks[b]?.kind !== 'table-row';
  // In the paragraph itself, from the sentence before the first mention on: a long paragraph of suppliers may name some
  // other consent earlier ("trip consent forms go through ..." before "the canteen reads fingerprints").
  const sentences = ctx.text.sentences;
  const usedSet = new Set(used);
  const firstMention = new Map<number, number>();
  sentences.forEach((s, at) => {
    if (usedSet.has(s) && !firstMention.has(s.block)) firstMention.set(s.block, at);
  });
  const inMentionParagraph = (s: Sentence, at: number) => blocks.has(s.block) && at >= firstMention.get(s.block)! - 1;
  const near = sentences.filter((s, at) => !s.inNpd && (inMentionParagraph(s, at) || goesOn(s.block) || answered.has(s.block)));
  const deniedRe = phrases(o.consentDenied);
  const labelRe = phrases(o.consentLabel);
  const detailRe = phrases(o.consentDetail);
  const labelOnly = (text: string) => labelRe.test(text) && !detailRe.test(text);
  const aboutBiometrics = near.filter(
    (s) => mentionRe.test(s.text) || blocks.has(s.block) || answered.has(s.block) || /\b(it|this|them)\b/i.test(s.text),
  );
  const denied = aboutBiometrics.filter((s) => deniedRe.test(s.text));
  // The Act named on its own ("processed in accordance with the Protection of Freedoms Act 2012") gestures at the duty
  // without saying parents are asked in writing or the pupil may refuse (checklist.md 2.31): it is a mention, not consent.
  // A table's column asking about consent, answered "N/A" or "No" in the row, states no consent.
  // Consent as a basis in general ("Where we rely on consent, it can be withdrawn at any time"), after the paragraph
  // on fingerprints, speaks of every use resting on consent, not of the parents' consent to the biometric one.
  const consent = aboutBiometrics.filter((s) => {
    const text = s.text.replace(CONSENT_ASKED_NOT_NEEDED, '');
    if (CONSENT_IN_GENERAL.test(text) && !mentionRe.test(text)) return false;
    return consentRe.test(text) && !deniedRe.test(text) && !labelOnly(text);
  });
  // Consent asked of the student, with no parent named anywhere beside the biometric use, leaves the Act's
  // parental consent unsaid.
  const learnerRe = phrases(o.learnerConsent);
  const parentRe = phrases(o.parentNamed);
  const askedOfLearner = consent.filter((s) => learnerRe.test(s.text) || PARENT_LEFT_OUT.test(s.text));
  if (askedOfLearner.length && !aboutBiometrics.some((s) => parentRe.test(withoutParentLeftOut(s.text))))
    return verdictFor(item, 'partial', 'learner-consent-only', evidenceOf(askedOfLearner, learnerRe, 2));
  if (consent.length) return verdictFor(item, 'pass', 'consent-stated', evidenceOf([...used.slice(0, 1), ...consent], consentRe, 3));
  if (denied.length) return verdictFor(item, 'fail', 'consent-not-sought', evidenceOf(denied, deniedRe, 2));
  return verdictFor(item, 'partial', 'no-consent-statement', evidenceOf(used, mentionRe, 2));
}

/**
 * "Our schedule, which is based on (or follows) the IRMS toolkit": the toolkit shaped the school's own schedule, which
 * the reader cannot open.
 */
const BASED_ON_TOOLKIT =
  /\b(?:schedule|policy)\b[^.]{0,60}\b(?:based on|derived from|adapted from|drawn up from|built on|modelled on|follows|following)\b[^.]{0,40}\b(?:information and records management society|irms|toolkit)\b/i;

/** A row's cell "Do we need your consent?: N/A - ..." (header, then the row's answer): consent asked about and not needed. */
const CONSENT_ASKED_NOT_NEEDED = /\bconsent\b[^|:?]{0,40}\?\s*:\s*(?:n\/?a|no|none|not (?:needed|required|applicable))\b[^|]{0,200}/gi;

/** The blocks that answer a heading: its first paragraph, or the list that opens its section. */
function headingAnswer(ctx: AuditContext, block: number): number[] {
  const heading = ctx.doc.blocks[block];
  if (heading?.kind !== 'heading') return [];
  const next = ctx.doc.blocks[block + 1];
  if (!next || next.kind === 'heading' || next.section !== heading.section) return [];
  if (next.kind !== 'list-item') return [next.index];
  return listAfter(ctx.doc, heading).map((b) => b.index);
}

// ---------------------------------------------------------------------------------------------------------------
// parents-carers-data (Art 13/14 for parents' own data)

// Parents' own details named in one sentence ("Parents give us their contact details when a child joins us") and put to
// use in the next ("We use these details to send reports"): one statement of what is held about parents and why.
const PARENTS_OWN_DETAILS =
  /\b(?:parents?|carers?|guardians?|families)\b[^.]{0,60}\b(?:their|own) (?:(?:contact|personal) )?(?:details|information|data|phone numbers?|telephone numbers?|email addresses?|addresses)\b/i;
// "The Trust also processes personal data about the adults linked to each pupil: parents, carers and ...".
// The adults are what the data is about, not where it came from ("information about your child comes from parents").
const DATA_ABOUT_PARENTS =
  /\b(?:data|information|details|records)\s+(?:about|on|of|relating to|concerning)\s+(?:(?!(?:from|by|with|to|comes?|given)\b)[\w'-]+\s+){0,5}?(?:parents?|carers?|guardians?|adults|famil(?:y|ies))\b/i;
// Written to a parent: "When you register your child you also give us your own name, phone numbers and email address."
const OWN_DETAILS_TO_PARENT = /\byour own (?:names?|contact|details|information|data|phone|telephone|mobile|email|address)/i;
const TO_A_PARENT = /\byour (?:child|children|son|daughter)\b/i;
// The school keeping parents' details as the checklist's list names them, or on parents as the topic: "We also keep the
// names, addresses and phone numbers of your parents or carers", "About parents and carers we keep your names ...".
const KEEPS = /\b(?:keep|keeps|hold|holds|store|stores|record|records|collect|collects)\b/i;
// The use of the details just named, after a short opening phrase: "For students under 18, we use these to contact home".
const USE_OF_THOSE =
  /^\s*(?:[^,.]{1,40},\s*)?(?:we|the (?:school|academy|trust))\s+(?:(?:also|then|only)\s+)?(?:uses?|keeps?|holds?|needs?|stores?|process(?:es)?|rel(?:y|ies) on)\s+(?:these|those|this|them|it)\b[^.]{0,80}\b(?:to|so that|so we can|in case|for)\b/i;
// A notice extended to parents ("This notice also applies to parents, carers and others with parental responsibility"),
// then what is held about them and why ("In relation to those individuals the Academy processes contact data ... for
// the purposes of communication").
const PARENT_WORD = /\b(?:parents?|carers?|guardians?|parental responsibility)\b/i;
const FOR_THOSE =
  /\b(?:in relation to|about|for|of|concerning|regarding) (?:those|these|such) (?:individuals|people|adults|persons)\b[^.]*\b(?:process|hold|keep|collect|use|store)(?:e?s)?\b[^.]*\b(?:for the purposes? of|so (?:that|we can)|in order to|to (?:contact|communicate|keep|send|manage|administer))\b/i;

// The reader addressed as a parent ("Mums, dads and carers: ...", "If you are a parent or carer, ...") and told what the
// school keeps of theirs and why ("we'll keep a note of how to reach you so we can tell you if anything happens"): a
// statement about parents' own data in the second person. Not "your child's" data, nor their rights or consent.
const ADDRESSED_AS_PARENT =
  /^\W*(?:to |for )?(?:(?:mums?|dads?|mothers?|fathers?|parents?|carers?|guardians?|families)\b,?\s*(?:(?:and|&|or|\/)\s*)?)+:|\b(?:if|as|where|when) you(?:'re| are) (?:a |the |our )?(?:parents?|carers?|guardians?|mums?|dads?)\b/i;
const KEPT_OF_THE_READER =
  /\bwe(?:'ll| will)?\s+(?:also\s+)?(?:hold|keep|record|store|collect|note|ask (?:you )?for)s?\b[^.]{0,60}\b(?:you\b|your\b(?!\s+(?:child|children|son|daughter|young person)))/i;
const NOT_THE_READERS_OWN_DATA = /\b(?:rights?|requests?|consent|complain\w*|withdraw\w*)\b/i;

function keptOfParentAddressed(text: string): boolean {
  return (
    ADDRESSED_AS_PARENT.test(text) &&
    KEPT_OF_THE_READER.test(text) &&
    !NOT_THE_READERS_OWN_DATA.test(text) &&
    (PURPOSE.test(text) || FOR_A_USE.test(text) || HELD_DETAIL.test(text))
  );
}

function parentsDataNamed(text: string, listedRe: RegExp): boolean {
  return (
    PARENTS_OWN_DETAILS.test(text) ||
    DATA_ABOUT_PARENTS.test(text) ||
    (OWN_DETAILS_TO_PARENT.test(text) && TO_A_PARENT.test(text)) ||
    (KEEPS.test(text) && (listedRe.test(text) || (PARENTS_TOPIC.test(text) && HELD_DETAIL.test(text))))
  );
}

// A question asked about parents' own data ("What do we hold about you as a parent?") answered in the next sentence of
// the same paragraph with the details held ("Your name, how to contact you ..."). Not a question on their rights.
function answersQuestionOnParentsData(question: string, answer: string): boolean {
  return (
    QUESTION_END.test(question) &&
    PARENTS_TOPIC.test(question) &&
    !NOT_PARENTS_OWN_DATA.test(question) &&
    HELD_DETAIL.test(answer) &&
    !NOT_THE_READERS_OWN_DATA.test(answer)
  );
}

function statementOverTwoSentences(ctx: AuditContext, listedRe: RegExp): Evidence[] {
  const sentences = ctx.text.sentences;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    if (s.inNpd || next.block !== s.block || ctx.doc.blocks[s.block]?.kind === 'heading') continue;
    if (
      (USE_OF_THOSE.test(next.text) && parentsDataNamed(s.text, listedRe)) ||
      (PARENT_WORD.test(s.text) && FOR_THOSE.test(next.text)) ||
      answersQuestionOnParentsData(s.text, next.text)
    )
      return [
        { text: s.text, where: s.where },
        { text: next.text, where: next.where },
      ];
  }
  return [];
}

const ParentsOptions = z
  .object({
    /** Statements of the school's own about parents' data ("we keep information about parents for emergency contacts"). */
    statement: PhraseListSchema,
    /** A separate parent notice. */
    separateNotice: PhraseListSchema,
    /** Parent data appearing inside the pupil category list. */
    listed: PhraseListSchema,
  })
  .strict();

// A pointer to another notice says where it is ("see", "separate", a link), unlike the notice's own title.
const POINTER =
  /\b(?:see|read|separate|available|found|link|visit|refer|click|download|here|also (?:have|publish)|on (?:our|the school'?s?) website|on request)\b/i;

// What the notice is about ("This notice explains how we use information about parents and pupils") promises the
// content; only with a purpose of its own does such a sentence say what is held and why.
const SCOPE = /\bthis (?:privacy )?(?:notice|document|policy)\b|\b(?:explains?|sets? out|describes?) how\b/i;
const PURPOSE = /\b(?:so (?:that|we can)|in order to|to (?:contact|reach|communicate|keep|send|tell|let|update|inform))\b/i;

// What is held about parents, named as a kind of detail: "information about parents such as names and phone numbers".
const PARENT_DETAIL_KIND =
  /\b(?:names?|contact|phone|telephone|mobile|emails?|address(?:es)?|relationship|next of kin|emergency|payments?|bank|financial|occupation|employment|work|languages?|DBS|identity|signatures?|correspondence|meetings?)\b/i;
// A use given as "for ...": "details of parents for emergencies", "parent information for communication and billing".
const FOR_A_USE =
  /\bfor (?:the )?(?:purposes?|emergenc|communicat|billing|contact|safeguarding|administration|admissions|trips|payments?)/i;

// A heading or lead-in of its own on parents' data ("What we hold about parents and carers", "About parents and
// carers:", "Parent and carer details", a question asked about them) over the details held: what is named under it is the parents' own, not an item
// of the pupil data list (checklist.md 2.32). Not a part on parents' rights or requests, nor one about pupils too.
const PARENTS_TOPIC =
  /\b(?:about|on|of|concerning|regarding|relating to)\s+(?:(?:you|me|us),?\s+(?:as\s+)?(?:a\s+|the\s+)?)?(?:(?:the|our)\s+)?(?:parents?|carers?|guardians?)\b|^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:parents?|carers?|guardians?)(?:'s|s'|')?(?:\s*(?:and|&|\/|or)\s*(?:parents?|carers?|guardians?)(?:'s|s'|')?)?\s+(?:(?:own|personal)\s+)?(?:information|data|details)\b/i;
const NOT_PARENTS_OWN_DATA =
  /\b(?:rights?|requests?|consent|complain\w*|withdraw\w*|pupils?|students?|child(?:ren)?|learners?|young people)\b/i;
const WHOSE_PARENTS = /\b(?:of|for) (?:(?:our|the|your|all|each|every)\s+)?(?:[\w-]+\s+)?(?:pupils?|students?|child(?:ren)?|learners?)\b/gi;
// A detail held about a person, by kind: "contact details" and "phone numbers", not "contact the office".
const HELD_DETAIL =
  /\b(?:names?|contact (?:details|information|numbers?)|phone|telephone|mobile|emails?|address(?:es)?|relationship|next of kin|emergency contacts?|parental responsibility|payments?|bank|financial|occupation|employment|languages?)\b/i;
const TOPIC_WORDS = 20;
const QUESTION_END = /\?["')]?\s*$/;

/** What a heading opens (its first paragraph with that paragraph's list, or the list it leads straight into), a
 * lead-in's list, or a question's answer. */
function blocksUnder(ctx: AuditContext, b: Block): Block[] {
  if (b.kind !== 'heading') {
    if (isLeadIn(b)) {
      const list = listAfter(ctx.doc, b);
      if (list.length) return list;
      // A short line ending in a colon over a paragraph ("About parents and carers:" / "We keep the names ...") is that
      // paragraph's heading.
      const next = ctx.doc.blocks[b.index + 1];
      return next?.kind === 'paragraph' && next.section === b.section ? [next] : [];
    }
    // A question asked as a paragraph ("Do you keep anything on me as a parent?") answered in the next one.
    const answer = ctx.doc.blocks[b.index + 1];
    return QUESTION_END.test(b.text) && answer?.kind === 'paragraph' && answer.section === b.section ? [answer] : [];
  }
  const answer = headingAnswer(ctx, b.index).map((i) => ctx.doc.blocks[i]!);
  const first = answer[0];
  if (first && first.kind !== 'list-item' && isLeadIn(first)) return [first, ...listAfter(ctx.doc, first)];
  // Written one sentence to a line ("We also hold information about your parents and carers." / "This includes names,
  // addresses ..."): the opening line goes on in the one after it.
  const second = first ? ctx.doc.blocks[first.index + 1] : undefined;
  const oneLine = (x: Block | undefined): x is Block => isOneSentenceParagraph(ctx.doc, x) && x.section === b.section;
  return answer.length === 1 && oneLine(first) && oneLine(second) ? [first, second] : answer;
}

// A heading that is only the people, numbered or not: "3.2 Parents/carers", "Parents and carers", or, written to the pupil,
// "Your parents and carers".
const PARENTS_HEADING =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:your\s+)?(?:parents?|carers?|guardians?)(?:\s*(?:and|&|\/|or)\s*(?:parents?|carers?|guardians?))?\s*:?\s*$/i;

// A table row that opens on the parents: "Parent and carer names, ...", "Parents' contact details".
const PARENTS_FIRST = /^\W*(?:parents?|carers?|guardians?)(?:['\u2019]s?)?\b/i;

// The people alone as a run-in title, its full stop read as a colon: "Parents and carers. We also hold your names, contact
// details and ...". The title is read as PARENTS_HEADING reads a heading; the sentence after it must say the school
// keeps the parents' details: not mention a phone, nor keep the child's.
const RUN_IN_TITLE_END = /\.\s/;

/** Words in a label that opens a paragraph ("About parents and carers: ..."), before its colon. */
const LABEL_WORDS = 12;

/**
 * A paragraph opening with a label of its own on parents, the details held after its colon: "About parents, carers and
 * others with parental responsibility: names, contact details, relationship to the child".
 */
function labelledParentsParagraph(b: Block): boolean {
  if (b.kind !== 'paragraph') return false;
  const stop = b.text.search(RUN_IN_TITLE_END);
  if (stop > 0 && PARENTS_HEADING.test(b.text.slice(0, stop))) {
    const first = b.text.slice(stop + 1).split(/(?<=[.!?])\s/)[0]!;
    return KEEPS.test(first) && HELD_DETAIL.test(first) && !OWNED_BY_CHILD.test(first);
  }
  const colon = b.text.indexOf(':');
  if (colon <= 0) return false;
  const label = b.text.slice(0, colon);
  return (
    label.split(/\s+/).length <= LABEL_WORDS &&
    PARENTS_TOPIC.test(label) &&
    !NOT_PARENTS_OWN_DATA.test(label) &&
    HELD_DETAIL.test(b.text.slice(colon + 1))
  );
}

function parentsPartWithDetails(ctx: AuditContext): Evidence[] {
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'list-item' || b.kind === 'table-row' || b.text === ctx.doc.title) continue;
    if (labelledParentsParagraph(b) && !ctx.text.npdBlocks.has(b.index)) return [{ text: quoteOf(b), where: b.where }];
    const topic = PARENTS_TOPIC.test(b.text) || (b.kind === 'heading' && PARENTS_HEADING.test(b.text));
    // "About parents and carers of nursery children:" names whose parents, not the children's data.
    const own = b.text.replace(WHOSE_PARENTS, ' ');
    if (b.text.split(/\s+/).length > TOPIC_WORDS || !topic || NOT_PARENTS_OWN_DATA.test(own)) continue;
    const detail = blocksUnder(ctx, b).find((u) => HELD_DETAIL.test(u.text));
    if (detail)
      return [
        { text: quoteOf(b), where: b.where },
        { text: quoteOf(detail), where: detail.where },
      ];
  }
  return [];
}

// A paragraph labelled as being about the reader ("About you: your name, address, ... your relationship to your child"),
// or a heading so worded over such a paragraph ("What I keep about you", from a childminder), in a notice whose "you" has a
// child: the parent's own data, set apart from the child's, as a statement of its own (checklist.md 2.32).
// "What information we hold about you (parents and carers)": the reader named in an aside after "you".
const ABOUT_THE_READER =
  /^\W*(?:about you|information about you|what (?:information |data |details )?(?:we|i) (?:hold|keep|collect) about you|your (?:own )?details)\b(?:\s*\([^()]{1,40}\))?\s*(?:[:\u2013\u2014-]|$)/i;
const READER_HAS_CHILD = /\byour (?:child|children|son|daughter)\b/i;

function aboutTheParentReader(ctx: AuditContext): Evidence[] {
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'table-row' || !ABOUT_THE_READER.test(b.text) || ctx.text.npdBlocks.has(b.index)) continue;
    const inline = b.kind !== 'heading' && HELD_DETAIL.test(b.text) && READER_HAS_CHILD.test(b.text) ? b : undefined;
    // Under a heading, or a lead-in line over a list ("About you:" / "- names and phone numbers of parents ..."): the
    // reader is a parent when the part so labelled speaks of their child somewhere.
    const under = inline || (b.kind !== 'heading' && !isLeadIn(b)) ? [] : blocksUnder(ctx, b);
    const readerHasChild = under.some((u) => READER_HAS_CHILD.test(u.text));
    const detail = inline ?? (readerHasChild ? under.find((u) => HELD_DETAIL.test(u.text)) : undefined);
    if (detail && !NOT_THE_READERS_OWN_DATA.test(detail.text)) return [{ text: quoteOf(detail), where: detail.where }];
  }
  return [];
}

/** Whose record a list belongs to: "your child's name, ...", "each student's ...", "pupils' ...". */
const CHILD_POSSESSIVE =
  /\b(?:(?:child|pupil|student|learner)(?:'s|\u2019s)|(?:pupils|students|learners)['\u2019]|children(?:'s|\u2019s))\s/gi;
/** The same, tested once on a sentence: the details are the child's. */
const OWNED_BY_CHILD = new RegExp(CHILD_POSSESSIVE.source, 'i');

/**
 * The match is one item of a list run into a sentence, which is the pupil data list written inline, not a statement
 * about parents (checklist.md 2.32 partial): after a colon with items apart by semicolons ("... we process include: name;
 * contact details of parents; attendance"), or after a run of the child's own data ("We hold your child's name, date of
 * birth, address and the contact details of parents and carers": two commas or more after the child's possessive, with
 * no stop, semicolon or colon between, and no use given).
 */
function insideInlineList(text: string, re: RegExp): boolean {
  const colon = text.indexOf(':');
  const at = text.search(re);
  if (colon >= 0 && at > colon) {
    const items = text.slice(colon, at);
    if (count(text.slice(colon), ';') >= 2) return true;
    // Or items apart by commas after a label that is not about parents ("Who you are: your name, date of birth, address
    // and the names of your parents"), with no use given after them.
    const after = text.slice(at);
    if (!/[.;]/.test(items) && count(items, ',') >= 2 && !PARENT_WORD.test(text.slice(0, colon)) && !givesAUse(after)) return true;
  }
  if (at <= 0) return false;
  const before = text.slice(0, at);
  let owner = -1;
  for (const m of before.matchAll(CHILD_POSSESSIVE)) owner = m.index;
  if (owner < 0) return false;
  const run = before.slice(owner);
  // "... and parents' phone numbers so that we can reach you in an emergency" gives the parents' details a use of their own.
  return !/[.;:]/.test(run) && count(run, ',') >= 2 && !givesAUse(text);
}

const givesAUse = (text: string): boolean => PURPOSE.test(text) || FOR_A_USE.test(text);
const count = (text: string, mark: string): number => text.split(mark).length - 1;

// A notice promised, not there to read: "A separate notice for parents will be published shortly", "... is being prepared".
const NOT_YET_PUBLISHED =
  /\b(?:will be|is being|are being|is still being|has yet to be|is yet to be)\s+(?:published|prepared|written|produced|drafted|made available|added|issued|finalised|finalized)\b|\bcoming soon\b/i;

function evaluateParents(ctx: AuditContext, o: z.infer<typeof ParentsOptions>, item: ChecklistItem): Verdict {
  const statementRe = phrases(o.statement);
  const candidates = findSentences(ctx.doc, ctx.text, statementRe);
  const inlineItems = candidates.filter((s) => insideInlineList(s.text, statementRe));
  const statement = candidates.filter((s) => {
    const b = ctx.doc.blocks[s.block];
    return (
      (b?.kind !== 'list-item' || isStatementItem(b)) &&
      b?.kind !== 'table-row' &&
      !(SCOPE.test(s.text) && !PURPOSE.test(s.text)) &&
      !inlineItems.includes(s)
    );
  });
  // A statement says what is held or why (checklist.md 2.32); "some information about parents is held as well" says neither.
  const saysWhatOrWhy = statement.filter((s) => PURPOSE.test(s.text) || FOR_A_USE.test(s.text) || PARENT_DETAIL_KIND.test(s.text));
  if (saysWhatOrWhy.length) return verdictFor(item, 'pass', 'statement', evidenceOf(saysWhatOrWhy, statementRe, 2));
  // A table row of its own for parents' details with a column saying why they are kept ("Contact details for parents |
  // So that we can reach you every day"): what is held about parents, and why, as a sentence would say it. Under a
  // column headed for the use ("What we use it for"), a row that opens on the parents ("Parent and carer names, ...")
  // says why in any words ("Contacting you, emergencies").
  const listedRe = phrases(o.listed);
  const rows = ctx.doc.blocks.filter((b) => {
    if (b.kind !== 'table-row' || b.cells === undefined) return false;
    if (!statementRe.test(b.cells[0] ?? '') && !listedRe.test(b.cells[0] ?? '')) return false;
    const headers = b.table === undefined ? [] : (ctx.doc.tables[b.table]?.headers ?? []);
    const parentsRow = PARENTS_FIRST.test(b.cells[0] ?? '');
    return b.cells
      .slice(1)
      .some((c, i) => PURPOSE.test(c) || FOR_A_USE.test(c) || (parentsRow && c.trim() !== '' && PURPOSE_COLUMN.test(headers[i + 1] ?? '')));
  });
  if (rows.length)
    return verdictFor(
      item,
      'pass',
      'statement',
      rows.slice(0, 2).map((b) => ({ text: b.text, where: b.where })),
    );
  const addressed = ctx.text.sentences.filter((s) => !s.inNpd && keptOfParentAddressed(s.text));
  if (addressed.length)
    return verdictFor(
      item,
      'pass',
      'statement',
      addressed.slice(0, 2).map((s) => ({ text: s.text, where: s.where })),
    );
  const spread = statementOverTwoSentences(ctx, listedRe);
  if (spread.length) return verdictFor(item, 'pass', 'statement', spread);
  const part = parentsPartWithDetails(ctx);
  if (part.length) return verdictFor(item, 'pass', 'statement', part);
  const aboutReader = aboutTheParentReader(ctx);
  if (aboutReader.length) return verdictFor(item, 'pass', 'about-the-reader', aboutReader);
  const separateRe = phrases(o.separateNotice);
  // The notice's own title ("Privacy notice for parents and carers: how we use your child's data") is not a pointer.
  const separate = findSentences(ctx.doc, ctx.text, separateRe).filter(
    (s) =>
      ctx.doc.blocks[s.block]?.kind !== 'heading' &&
      s.text !== ctx.doc.title &&
      !NOT_YET_PUBLISHED.test(s.text) &&
      (POINTER.test(s.text) || ctx.doc.links.some((l) => l.block === s.block)),
  );
  if (separate.length) return verdictFor(item, 'pass', 'separate-notice', evidenceOf(separate, separateRe, 1));
  const listed = findSentences(ctx.doc, ctx.text, listedRe);
  if (listed.length) return verdictFor(item, 'partial', 'listed-only', evidenceOf(listed, listedRe, 1));
  if (inlineItems.length) return verdictFor(item, 'partial', 'listed-only', evidenceOf(inlineItems, statementRe, 1));
  if (statement.length) return verdictFor(item, 'partial', 'held-unspecified', evidenceOf(statement, statementRe, 1));
  return verdictFor(item, 'fail', 'not-found');
}

export const CONTENT_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'purposes', optionsSchema: PurposesOptions, evaluate: evaluatePurposes }),
  defineCheck({ id: 'data-categories', optionsSchema: CategoriesOptions, evaluate: evaluateCategories }),
  defineCheck({ id: 'data-sources', optionsSchema: SourcesOptions, evaluate: evaluateSources }),
  defineCheck({ id: 'statutory-or-voluntary', optionsSchema: StatutoryOptions, evaluate: evaluateStatutory }),
  defineCheck({ id: 'recipients', optionsSchema: RecipientsOptions, evaluate: evaluateRecipients }),
  defineCheck({ id: 'international-transfers', optionsSchema: TransferOptionsSchema, evaluate: evaluateTransfers }),
  defineCheck({ id: 'retention', optionsSchema: RetentionOptions, evaluate: evaluateRetention }),
  defineCheck({ id: 'security-measures', optionsSchema: SecurityOptions, evaluate: evaluateSecurity }),
  defineCheck({ id: 'biometrics-consent', optionsSchema: BiometricsOptions, evaluate: evaluateBiometrics }),
  defineCheck({ id: 'parents-carers-data', optionsSchema: ParentsOptions, evaluate: evaluateParents }),
];
