// Evaluators for the content checks: what the school holds, why, from where, who gets it, how long, how safely.
import { z } from 'zod';
import { PhraseListSchema } from '../../schema/checklist';
import type { Sentence } from '../../analysis/notice-text';
import type { Block } from '../../notice/types';
import type { Evidence } from '../../report';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { evidenceOf, findSentences, phrases } from '../match';
import { evidenceOfEmpty, evidenceOfList, findLeadIns, isStatementItem, type LeadIn } from './lists';
import { linksOf } from '../government/links';
import { TransferOptionsSchema, findOverseasTools, findTransfers, namedTools } from './transfers';

const verdict = (status: Verdict['status'], message: string, evidence: Evidence[] = []): Verdict => ({ status, message, evidence });

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
  for (const t of terms) {
    const m = phrases([t]).exec(sentences.map((s) => s.text).join('\n'));
    if (m) out.push(m[0]);
  }
  return out;
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
    /** Narrative sentences needed for a pass when no list survives. */
    minNarrative: z.number().int().min(1),
  })
  .strict();

function evaluatePurposes(ctx: AuditContext, o: z.infer<typeof PurposesOptions>): Verdict {
  const { full, empty } = splitLeadIns(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings)));
  const narrativeRe = phrases(o.narrative);
  const narrative = findSentences(ctx.doc, ctx.text, narrativeRe, { exclude: phrases(o.traps) }).filter(
    (s) => ctx.doc.blocks[s.block]?.kind !== 'table-row',
  );
  const list = full.find((l) => l.items.length >= 2) ?? full[0];
  if (list) return verdict('pass', `Purposes are listed after "${quoteOf(list.block, 70)}".`, evidenceOfList(list));
  // One sentence can carry several purposes ("We use it to support learning, to monitor progress and to keep pupils safe").
  if (narrative.length >= o.minNarrative || distinctTerms(narrative, o.narrative, o.minNarrative).length >= o.minNarrative) {
    const note = empty.length ? ` The list after "${quoteOf(empty[0]!.block, 60)}" is empty, but the narrative still gives purposes.` : '';
    return verdict('pass', `Purposes are described in the text.${note}`, evidenceOf(narrative, narrativeRe));
  }
  if (empty.length) {
    return verdict(
      'partial',
      'A purposes lead-in is followed by nothing (the list was dropped), and no purposes are described elsewhere.',
      [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(narrative, narrativeRe, 1)],
    );
  }
  if (narrative.length)
    return verdict('partial', 'Only one purpose statement was found; there is no list of purposes.', evidenceOf(narrative, narrativeRe));
  return verdict(
    'fail',
    'No purposes found: looked for a purposes list ("We use pupil data to:") or statements such as "to support pupil learning".',
  );
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
  })
  .strict();

/** A table outside the NPD text with a column of kinds of data, at least two rows of it naming distinct categories. */
function categoryTable(ctx: AuditContext, o: z.infer<typeof CategoriesOptions>): Evidence[] | null {
  const headerRe = phrases(o.tableHeaders);
  for (const t of ctx.doc.tables) {
    if (ctx.text.npdBlocks.has(t.firstBlock)) continue;
    const col = t.headers.findIndex((h) => headerRe.test(h.trim()));
    if (col < 0) continue;
    const cells = t.rows.map((r) => ({ text: (r[col] ?? '').trim() })).filter((c) => c.text);
    if (cells.length < 2 || distinctTerms(cells, o.terms, 2).length < 2) continue;
    return [{ text: t.headers[col]!, where: t.where }, ...cells.slice(0, 3).map((c) => ({ text: quoteOf(c, 200), where: t.where }))];
  }
  return null;
}

function evaluateCategories(ctx: AuditContext, o: z.infer<typeof CategoriesOptions>): Verdict {
  const { full, empty } = splitLeadIns(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings)));
  const termsRe = phrases(o.terms);
  const list = full.find((l) => distinctTerms(l.items, o.terms).length >= 1) ?? full.find((l) => l.items.length >= 2);
  if (list) return verdict('pass', `Categories of data are listed after "${quoteOf(list.block, 70)}".`, evidenceOfList(list, 3));
  // Table rows are left out: a pasted processor schedule's "Type of Personal Data" is not the school's list (checklist.md 2.8).
  const mentions = findSentences(ctx.doc, ctx.text, termsRe).filter((s) => ctx.doc.blocks[s.block]?.kind !== 'table-row');
  const prose = mentions.find((s) => distinctTerms([s], o.terms, o.minTermsInSentence).length >= o.minTermsInSentence);
  if (prose && !empty.length) return verdict('pass', 'Categories of data are named in the text.', evidenceOf([prose], termsRe));
  // A table's "Information" column names one kind of data per row: a list laid out as a table.
  const table = categoryTable(ctx, o);
  if (table) return verdict('pass', `Categories of data are listed in a table's "${table[0]!.text}" column.`, table);
  const implied = termLabels(mentions, o.terms).slice(0, 6);
  if (empty.length) {
    return verdict(
      'partial',
      `The category list after "${quoteOf(empty[0]!.block, 70)}" is empty${implied.length ? `; categories are only implied elsewhere (${implied.join(', ')})` : ''}.`,
      [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(mentions, termsRe, 2)],
    );
  }
  if (mentions.length)
    return verdict(
      'partial',
      `No list of data categories; some are only implied (${implied.join(', ')}).`,
      evidenceOf(mentions, termsRe, 2),
    );
  return verdict(
    'fail',
    'No categories of personal data found: looked for a list such as "The categories of pupil information that we process include:".',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// data-sources (Art 14(2)(f))

const SourcesOptions = z
  .object({
    /** A named source other than the family: previous school, CTF, local authority, Learning Records Service. */
    named: PhraseListSchema,
    /** The family as the only source: "information you provide to us", "registration forms". */
    implicit: PhraseListSchema,
    /** Trap text: government's sources, outgoing transfers (checklist.md 2.9, D1). */
    traps: PhraseListSchema,
  })
  .strict();

function evaluateSources(ctx: AuditContext, o: z.infer<typeof SourcesOptions>): Verdict {
  const traps = phrases(o.traps);
  const namedRe = phrases(o.named);
  const named = findSentences(ctx.doc, ctx.text, namedRe, { exclude: traps });
  if (named.length)
    return verdict('pass', 'The notice says where pupil data comes from besides the family.', evidenceOf(named, namedRe, 2));
  const implicitRe = phrases(o.implicit);
  const implicit = findSentences(ctx.doc, ctx.text, implicitRe, { exclude: traps });
  if (implicit.length) {
    return verdict(
      'partial',
      'The only source given is the family ("information you provide"); no previous school, Common Transfer File, local authority or other source is named.',
      evidenceOf(implicit, implicitRe, 1),
    );
  }
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdict(
    'fail',
    `No source of data found: looked for a previous school, Common Transfer File, local authority or other organisation the school receives data from.${trap.length ? ' The "collected from a range of sources" sentence is the National Pupil Database text about government\'s sources, not the school\'s, so it was not counted.' : ''}`,
    evidenceOf(trap, traps, 1),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// statutory-or-voluntary (Art 13(2)(e))

const StatutoryOptions = z
  .object({
    /** Says which data is voluntary / that the school will say so when collecting (the DfE formula). */
    choice: PhraseListSchema,
    /** Says some data must be provided or is collected by law. */
    required: PhraseListSchema,
    /** Legal duties to share (census), not to provide data: not this item. */
    traps: PhraseListSchema,
  })
  .strict();

function evaluateStatutory(ctx: AuditContext, o: z.infer<typeof StatutoryOptions>): Verdict {
  const traps = phrases(o.traps);
  const choiceRe = phrases(o.choice);
  const choice = findSentences(ctx.doc, ctx.text, choiceRe, { exclude: traps });
  if (choice.length)
    return verdict(
      'pass',
      'The notice says which information must be provided and which is optional (or that it will say so when collecting it).',
      evidenceOf(choice, choiceRe, 2),
    );
  const requiredRe = phrases(o.required);
  const required = findSentences(ctx.doc, ctx.text, requiredRe, { exclude: traps });
  if (required.length) {
    return verdict(
      'partial',
      'Says some data is required by law, but not which data is voluntary or what happens if it is not provided.',
      evidenceOf(required, requiredRe, 1),
    );
  }
  return verdict(
    'fail',
    'Nothing found on whether providing data is compulsory: looked for "mandatory"/"voluntary" statements or "we will tell you whether you have a choice".',
  );
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
    /** The DfE "we do not share ... without consent unless the law allows" rule and DfE onward sharing (checklist.md 2.11). */
    traps: PhraseListSchema,
    /** Distinct recipients needed for a pass when no list survives. */
    minNamed: z.number().int().min(1),
  })
  .strict();

const INCOMING =
  /\b(?:with|to) us\b|\b(?:send|sends|give|gives|pass|passes)(?: on)? us\b|\b(?:receive|receives|received|get|gets|obtain|obtains|obtained)\b[^.]{0,80}\bfrom\b/i;
const OUTGOING = /\bwe\b[^.]{0,30}\b(?:share|pass|send|disclose|provide|give|report)\w*\b[^.]{0,60}\b(?:with|to)\b(?! us\b)/i;

function evaluateRecipients(ctx: AuditContext, o: z.infer<typeof RecipientsOptions>): Verdict {
  const traps = phrases(o.traps);
  const { full, empty } = splitLeadIns(findLeadIns(ctx.doc, ctx.text, phrases(o.leadIns), phrases(o.headings)));
  const recipientsRe = phrases(o.recipients);
  const list = full.find((l) => distinctTerms(l.items, o.recipients).length >= 1) ?? full.find((l) => l.items.length >= 2);
  if (list) return verdict('pass', `Recipients are listed after "${quoteOf(list.block, 70)}".`, evidenceOfList(list, 3));
  const shareRe = phrases(o.shareVerbs);
  // Direction: "other schools share information with us" names a source, not a recipient (checklist.md 2.9 vs 2.11).
  const narrative = findSentences(ctx.doc, ctx.text, recipientsRe, { exclude: traps }).filter(
    (s) => shareRe.test(s.text) && !(INCOMING.test(s.text) && !OUTGOING.test(s.text)),
  );
  const named = termLabels(narrative, o.recipients);
  if (empty.length) {
    if (!named.length)
      return verdict('fail', `The recipients list after "${quoteOf(empty[0]!.block, 70)}" is empty and no recipient is named elsewhere.`, [
        evidenceOfEmpty(ctx.doc, empty[0]!),
      ]);
    return verdict(
      'partial',
      `The recipients list after "${quoteOf(empty[0]!.block, 70)}" is empty; only some recipients are named elsewhere (${named.slice(0, 6).join(', ')}).`,
      [evidenceOfEmpty(ctx.doc, empty[0]!), ...evidenceOf(narrative, recipientsRe, 2)],
    );
  }
  if (named.length >= o.minNamed)
    return verdict('pass', `Recipients are named in the text (${named.slice(0, 6).join(', ')}).`, evidenceOf(narrative, recipientsRe, 3));
  if (named.length)
    return verdict(
      'partial',
      `Only one recipient is named (${named[0]}); no list of who receives pupil data.`,
      evidenceOf(narrative, recipientsRe, 2),
    );
  const trap = findSentences(ctx.doc, ctx.text, traps);
  return verdict(
    'fail',
    trap.length
      ? 'No recipients named. The "we do not share ... without consent unless the law allows" sentence states a sharing rule, not who receives the data, so it was not counted.'
      : 'No recipients found: looked for a list such as "We routinely share pupil information with:" or named bodies (local authority, DfE, NHS, next school).',
    evidenceOf(trap, traps, 1),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// international-transfers (Art 13(1)(f))

function evaluateTransfers(ctx: AuditContext, o: z.infer<typeof TransferOptionsSchema>): Verdict {
  const t = findTransfers(ctx, o);
  const locRe = phrases(o.location);
  if (t.denial.length)
    return verdict('pass', 'The notice says personal data is not transferred outside the UK.', evidenceOf(t.denial, locRe, 2));
  if (t.location.length && t.safeguards.length) {
    return verdict('pass', 'The notice says when data may leave the UK and how it is protected.', [
      ...evidenceOf(t.location, locRe, 1),
      ...evidenceOf(t.safeguards, phrases(o.safeguards), 2),
    ]);
  }
  if (t.location.length)
    return verdict(
      'partial',
      'Transfers outside the UK are mentioned, but not how the data is protected (adequacy, contract clauses or other safeguards).',
      evidenceOf(t.location, locRe, 2),
    );
  if (t.safeguards.length)
    return verdict(
      'partial',
      'A transfer safeguard is named, but not whether or where data leaves the UK.',
      evidenceOf(t.safeguards, phrases(o.safeguards), 2),
    );
  if (t.vague.length)
    return verdict(
      'partial',
      'Only vague hosting talk ("the cloud") with no statement of where data is stored or whether it leaves the UK.',
      evidenceOf(t.vague, phrases(o.vague), 2),
    );
  const tools = namedTools(findOverseasTools(ctx, o), o);
  return verdict(
    'fail',
    `Nothing on transfers outside the UK: looked for "outside the UK", "where in the world", adequacy or contract safeguards, or "we do not transfer data outside the UK".${tools.length ? ` The notice names tools usually hosted abroad (${tools.slice(0, 5).join(', ')}).` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// retention (Art 13(2)(a))

const RetentionOptions = z
  .object({
    /** Any retention talk: "retain", "how long", "retention schedule", "Storing pupil data". */
    topic: PhraseListSchema,
    /** A concrete period or criterion ("for 6 years", "until the pupil reaches 25", "DOB + 25"). */
    period: PhraseListSchema,
    /** A named public schedule (IRMS toolkit). */
    namedSchedule: PhraseListSchema,
    /** A schedule or policy referred to. */
    schedule: PhraseListSchema,
    /** Words that narrow a statement to a subset of the data (CCTV, transition data). */
    subset: PhraseListSchema,
    /** Template residue where the period should be. */
    placeholder: PhraseListSchema,
    /** Hosts or paths the public cannot reach. */
    privateLink: PhraseListSchema,
    /** NPD "retention and use of the data", processor "Duration of the processing" (checklist.md 2.13). */
    traps: PhraseListSchema,
  })
  .strict();

/** Links in the block or the next two blocks: the schedule link often sits on its own line after "at this link:". */
function linksNear(ctx: AuditContext, block: number) {
  return linksOf(ctx).filter((l) => l.block >= block && l.block <= block + 2 && l.href);
}

function evaluateRetention(ctx: AuditContext, o: z.infer<typeof RetentionOptions>): Verdict {
  const traps = phrases(o.traps);
  const topicRe = phrases(o.topic);
  const topic = findSentences(ctx.doc, ctx.text, topicRe, { exclude: traps });
  const periodRe = phrases(o.period);
  const subsetRe = phrases(o.subset);
  const placeholderRe = phrases(o.placeholder);
  const withPeriod = topic.filter((s) => periodRe.test(s.text) && !placeholderRe.test(s.text));
  const general = withPeriod.filter((s) => !subsetRe.test(s.text) && ctx.doc.blocks[s.block]?.kind !== 'table-row');
  if (general.length) return verdict('pass', 'A retention period or criterion is given.', evidenceOf(general, periodRe, 2));
  const named = findSentences(ctx.doc, ctx.text, phrases(o.namedSchedule), { exclude: traps });
  if (named.length)
    return verdict('pass', 'Retention follows a named, publicly available schedule.', evidenceOf(named, phrases(o.namedSchedule), 2));

  const scheduleRe = phrases(o.schedule);
  const privateRe = phrases(o.privateLink);
  const scheduleSentences = topic.filter((s) => scheduleRe.test(s.text));
  for (const s of scheduleSentences) {
    const links = linksNear(ctx, s.block);
    const publicLink = links.find((l) => !privateRe.test(l.href!));
    if (publicLink && !placeholderRe.test(s.text))
      return verdict('pass', 'Retention follows a schedule the notice links to.', [
        ...evidenceOf([s], scheduleRe, 1),
        { text: publicLink.href!, where: ctx.doc.blocks[publicLink.block]?.where ?? s.where },
      ]);
  }
  const placeholder = topic.filter((s) => placeholderRe.test(s.text));
  const privateLinks = scheduleSentences.flatMap((s) => linksNear(ctx, s.block)).filter((l) => privateRe.test(l.href!));
  const problems: string[] = [];
  if (placeholder.length) problems.push('the period was left as template text');
  if (privateLinks.length) problems.push('the schedule link points to an intranet or internal address the public cannot reach');
  if (problems.length) {
    return verdict('partial', `Retention is referred to, but ${problems.join(', and ')}.`, [
      ...evidenceOf(placeholder.length ? placeholder : scheduleSentences, placeholder.length ? placeholderRe : scheduleRe, 1),
      ...privateLinks.slice(0, 1).map((l) => ({ text: l.href!, where: ctx.doc.blocks[l.block]?.where ?? '' })),
    ]);
  }
  const narrow = topic.filter((s) => subsetRe.test(s.text) || ctx.doc.blocks[s.block]?.kind === 'table-row');
  if (!withPeriod.length && !scheduleSentences.length && narrow.length && narrow.length === topic.length) {
    return verdict(
      'partial',
      'Retention is described only for part of the data (one processing activity), with no period for pupil records generally.',
      evidenceOf(narrow, topicRe, 2),
    );
  }
  if (withPeriod.length)
    return verdict(
      'partial',
      'A retention period is given only for part of the data (e.g. one processing activity), not for pupil records generally.',
      evidenceOf(withPeriod, periodRe, 2),
    );
  if (scheduleSentences.length)
    return verdict(
      'partial',
      'Points to a retention schedule or policy, but gives no period and no public link to it.',
      evidenceOf(scheduleSentences, scheduleRe, 2),
    );
  if (topic.length)
    return verdict(
      'partial',
      'Retention is mentioned without a period, criteria or schedule (e.g. only "as long as necessary").',
      evidenceOf(topic, topicRe, 2),
    );
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdict(
    'fail',
    `No retention period found: looked for how long pupil data is kept, criteria, or a link to a retention schedule.${trap.length ? ' "Retention and use of the data" in the National Pupil Database text is about DfE\'s conditions on third parties, so it was not counted.' : ''}`,
    evidenceOf(trap, traps, 1),
  );
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

function evaluateSecurity(ctx: AuditContext, o: z.infer<typeof SecurityOptions>): Verdict {
  const traps = phrases(o.traps);
  const measuresRe = phrases(o.measures);
  const measures = findSentences(ctx.doc, ctx.text, measuresRe, { exclude: traps });
  if (measures.length)
    return verdict('pass', 'The notice describes how the school keeps data secure.', evidenceOf(measures, measuresRe, 2));
  const generalRe = phrases(o.general);
  const general = findSentences(ctx.doc, ctx.text, generalRe, { exclude: traps });
  if (general.length)
    return verdict(
      'partial',
      'Says data is held securely, but names no measures (access controls, encryption, training).',
      evidenceOf(general, generalRe, 1),
    );
  const trap = findSentences(ctx.doc, ctx.text, traps, { includeNpd: true });
  return verdict(
    'fail',
    `Nothing on how the school keeps data secure: looked for a security section or measures such as encryption and access controls.${trap.length ? " Security text about the Department / Welsh Government or a one-off upload was not counted as the school's." : ''}`,
    evidenceOf(trap, traps, 1),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// biometrics-consent (Protection of Freedoms Act 2012 ss.26-28)

const BiometricsOptions = z
  .object({
    mention: PhraseListSchema,
    /** "We do not use biometric data": the check does not apply. */
    notUsed: PhraseListSchema,
    /** Consent words that, beside a biometric mention, make a consent statement. */
    consent: PhraseListSchema,
    /** The Act itself. */
    statute: PhraseListSchema,
  })
  .strict();

function evaluateBiometrics(ctx: AuditContext, o: z.infer<typeof BiometricsOptions>): Verdict {
  const mentionRe = phrases(o.mention);
  const mentions = findSentences(ctx.doc, ctx.text, mentionRe);
  if (!mentions.length)
    return verdict('not-applicable', 'No biometric processing is mentioned (fingerprints, facial recognition, biometric catering).');
  const notUsedRe = phrases(o.notUsed);
  const used = mentions.filter((s) => !notUsedRe.test(s.text));
  if (!used.length) return verdict('not-applicable', 'The notice says biometric data is not used.', evidenceOf(mentions, notUsedRe, 1));
  const statuteRe = phrases(o.statute);
  const consentRe = phrases(o.consent);
  const blocks = new Set(used.map((s) => s.block));
  // The consent sentence may follow the biometric one in the same paragraph or the next ("...cashless catering. We will ask for your written consent...").
  const near = ctx.text.sentences.filter((s) => !s.inNpd && (blocks.has(s.block) || blocks.has(s.block - 1)));
  const consent = [
    ...findSentences(ctx.doc, ctx.text, statuteRe),
    ...near.filter((s) => consentRe.test(s.text) && (mentionRe.test(s.text) || blocks.has(s.block) || /\b(it|this|them)\b/i.test(s.text))),
  ];
  if (consent.length)
    return verdict(
      'pass',
      'Biometric data is used with a statement about parental consent.',
      evidenceOf([...used.slice(0, 1), ...consent], consentRe, 3),
    );
  return verdict(
    'partial',
    'Biometric data is mentioned, but there is no statement that parents are asked for written consent (Protection of Freedoms Act 2012) or that the child can refuse.',
    evidenceOf(used, mentionRe, 2),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// parents-carers-data (Art 13/14 for parents' own data)

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
const POINTER = /\b(?:see|read|separate|available|found|link|visit|refer|click|download|here|also (?:have|publish))\b/i;

// What the notice is about ("This notice explains how we use information about parents and pupils") promises the
// content; only with a purpose of its own does such a sentence say what is held and why.
const SCOPE = /\bthis (?:privacy )?(?:notice|document|policy)\b|\b(?:explains?|sets? out|describes?) how\b/i;
const PURPOSE = /\b(?:so (?:that|we can)|in order to|to (?:contact|reach|communicate|keep|send|tell|let|update|inform))\b/i;

function evaluateParents(ctx: AuditContext, o: z.infer<typeof ParentsOptions>): Verdict {
  const statementRe = phrases(o.statement);
  const statement = findSentences(ctx.doc, ctx.text, statementRe).filter((s) => {
    const b = ctx.doc.blocks[s.block];
    return (b?.kind !== 'list-item' || isStatementItem(b)) && b?.kind !== 'table-row' && !(SCOPE.test(s.text) && !PURPOSE.test(s.text));
  });
  if (statement.length)
    return verdict('pass', 'The notice says what it holds about parents and carers and why.', evidenceOf(statement, statementRe, 2));
  const separateRe = phrases(o.separateNotice);
  // The notice's own title ("Privacy notice for parents and carers: how we use your child's data") is not a pointer.
  const separate = findSentences(ctx.doc, ctx.text, separateRe).filter(
    (s) =>
      ctx.doc.blocks[s.block]?.kind !== 'heading' &&
      s.text !== ctx.doc.title &&
      (POINTER.test(s.text) || ctx.doc.links.some((l) => l.block === s.block)),
  );
  if (separate.length)
    return verdict('pass', 'The notice points to a separate privacy notice for parents and carers.', evidenceOf(separate, separateRe, 1));
  const listedRe = phrases(o.listed);
  const listed = findSentences(ctx.doc, ctx.text, listedRe);
  if (listed.length)
    return verdict(
      'partial',
      "Parents' details appear only as an item in the pupil data, with no statement of what is held about parents or why.",
      evidenceOf(listed, listedRe, 1),
    );
  return verdict(
    'fail',
    "Nothing about parents' and carers' own data: looked for a statement such as \"we hold parents' contact details for emergencies\" or a parent privacy notice.",
  );
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
