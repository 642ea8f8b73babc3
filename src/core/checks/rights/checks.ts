// Evaluators for the rights checks: the rights list, subject access, consent withdrawal, complaints and automated decisions.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { adjacentSentence, phrases, evidenceOf, filterCandidates, listAfter, stackedHeadings } from '../match';
import { quoteSentence, type Sentence } from '../../analysis/notice-text';
import {
  CONTACT_FIELD,
  ChannelOptionsSchema,
  PAGE_EDGE,
  blockChannels,
  describeChannels,
  findChannels,
  type Channel,
} from '../identity/channels';
import { findOwn, isOwnBlock, leadInOf, ownSentences } from '../identity/scope';
import { reachesAnotherBody } from '../identity/checks';
import type { Evidence } from '../../report';
import type { Block } from '../../notice/types';
import type { ChecklistItem } from '../../schema/checklist';
import { messageFor, verdictFor } from '../verdict';
import { SAMPLE_ADDRESS, SAMPLE_PHONE } from '../sample-addresses';
import { escapeRegExp } from '../../escape-regexp';
import { glossaryBlocks } from '../../notice/glossary';

const Phrases = z.array(z.string().min(1)).min(1);

const RIGHT_NAMES = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'] as const;
type RightName = (typeof RIGHT_NAMES)[number];
/** Art 13(2)(b) core set; portability applies only to consent/contract processing, so a public-task notice may omit it. */
const CORE_RIGHTS: readonly RightName[] = ['access', 'rectification', 'erasure', 'restriction', 'objection'];

export const DataSubjectRightsOptionsSchema = z
  .object({
    rights: z
      .object({ access: Phrases, rectification: Phrases, erasure: Phrases, restriction: Phrases, objection: Phrases, portability: Phrases })
      .strict(),
    rightsCue: Phrases,
    legacy: Phrases,
    otherParty: Phrases,
    ownParty: Phrases,
    rightsUnnamed: Phrases,
    emptyLeadIn: Phrases,
  })
  .strict();
export type DataSubjectRightsOptions = z.infer<typeof DataSubjectRightsOptionsSchema>;

export const SubjectAccessOptionsSchema = ChannelOptionsSchema.extend({
  sar: Phrases,
  reference: Phrases,
  dpoTerms: Phrases,
  routing: Phrases,
  pointerOnly: Phrases,
  holidayPause: Phrases,
}).strict();
export type SubjectAccessOptions = z.infer<typeof SubjectAccessOptionsSchema>;

export const WithdrawConsentOptionsSchema = z
  .object({ withdraw: Phrases, supportingOnly: Phrases, pointerOnly: Phrases, noConsent: Phrases, lookAlike: Phrases })
  .strict();
type WithdrawConsentOptions = z.infer<typeof WithdrawConsentOptionsSchema>;

export const ComplaintToIcoOptionsSchema = z
  .object({ ico: Phrases, complaint: Phrases, trap: Phrases, advice: Phrases, garbled: Phrases, contentsLeadIn: Phrases })
  .strict();
type ComplaintToIcoOptions = z.infer<typeof ComplaintToIcoOptionsSchema>;

export const ComplaintToSchoolOptionsSchema = z
  .object({
    route: Phrases,
    narrow: Phrases,
    otherMatters: Phrases,
    dataExcluded: Phrases,
    pendingConcern: Phrases,
    dataUse: Phrases,
    topicsAnnounced: Phrases,
    contactOnly: Phrases,
    noRecipient: Phrases,
    concernLead: Phrases,
    schoolStep: Phrases,
    regulator: Phrases,
  })
  .strict();
type ComplaintToSchoolOptions = z.infer<typeof ComplaintToSchoolOptionsSchema>;

export const AutomatedDecisionOptionsSchema = z.object({ statement: Phrases, rightOnly: Phrases }).strict();
type AutomatedDecisionOptions = z.infer<typeof AutomatedDecisionOptionsSchema>;

/**
 * Own sentences with the lead-in of their list prepended, read as one sentence: "- object to processing" reads as a
 * right, and "You can ask us:" / "- what information we hold" as "You can ask us what information we hold".
 */
function inContext(ctx: AuditContext, s: Sentence): string {
  const lead = leadInOf(ctx.doc, s.block);
  return lead ? `${withoutClosingMarks(lead)} ${s.text}` : s.text;
}

/** A lead-in without the colon, dash or spaces that close it (a loop: a trailing pattern would rescan long runs). */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const CLOSING_MARKS = new Set([' ', '\t', '\n', '\r', '\u00a0', ':', ';', '-', '\u2013', '\u2014']);

/** Own sentences matching `re`, with list items that say it only when read after their lead-in (one that says it alone is found itself). */
function findOwnWithLeadIns(ctx: AuditContext, re: RegExp): Sentence[] {
  const found = findOwn(ctx, re);
  const seen = new Set(found);
  const items = ownSentences(ctx).filter((s) => {
    if (seen.has(s) || ctx.doc.blocks[s.block]?.kind !== 'list-item') return false;
    const lead = leadInOf(ctx.doc, s.block);
    return lead !== null && !re.test(lead) && re.test(inContext(ctx, s));
  });
  return items.length ? [...found, ...items].sort((a, b) => a.block - b.block) : found;
}

/** Sentences that use the DPA 1998 rights wording. Shared with the legacy-rights-wording flag. */
export function findLegacyRights(ctx: AuditContext, o: DataSubjectRightsOptions): Sentence[] {
  const legacy = phrases(o.legacy);
  return findOwn(ctx, legacy);
}

// A section headed by the reader's rights: "Your rights", "Your data protection rights", "What are my rights?".
const RIGHTS_HEADING =
  /\b(?:your|my|our|their|parents'?|pupils'?|children's|individual|data protection|information)\s+(?:data protection\s+|legal\s+|information\s+)?rights\b/i;

function evaluateDataSubjectRights(ctx: AuditContext, o: DataSubjectRightsOptions, item: ChecklistItem): Verdict {
  const cue = phrases(o.rightsCue);
  const legacy = phrases(o.legacy);
  const modern = new Map<RightName, Sentence>();
  const legacyOnly = new Map<RightName, Sentence>();
  const anyRight = phrases(RIGHT_NAMES.flatMap((r) => o.rights[r]));
  const perRight = RIGHT_NAMES.map((r) => [r, phrases(o.rights[r])] as const);
  const otherParty = phrases(o.otherParty);
  const ownParty = phrases(o.ownParty);
  // A list item under a rights heading, said as what the reader may have done ("Your rights" / "- to have inaccurate
  // information corrected;"), is a right stated; a bare item there ("- tell us if your details change") is not.
  const underRightsHeading = (s: Sentence): boolean =>
    ctx.doc.blocks[s.block]?.kind === 'list-item' &&
    /^\W*to\s/i.test(s.text) &&
    RIGHTS_HEADING.test(ctx.doc.sections[ctx.doc.blocks[s.block]!.section]?.heading ?? '');
  for (const s of findOwn(ctx, anyRight)) {
    if (!cue.test(s.text) && !cue.test(inContext(ctx, s)) && !underRightsHeading(s)) continue;
    if (otherParty.test(s.text) && !ownParty.test(s.text)) continue;
    const isLegacy = legacy.test(s.text);
    for (const [right, re] of perRight) {
      if (!re.test(s.text)) continue;
      // Prefer a body sentence over a heading ("Requesting access to your personal data") as the quoted evidence.
      const target = isLegacy ? legacyOnly : modern;
      const held = target.get(right);
      if (!held || (ctx.doc.blocks[held.block]?.kind === 'heading' && ctx.doc.blocks[s.block]?.kind !== 'heading')) target.set(right, s);
    }
  }
  const legacySentences = findLegacyRights(ctx, o);
  // Checklist.md 2.14 (sharpened): access, rectification and erasure, plus at least one of restriction or objection.
  const missing = CORE_RIGHTS.filter(
    (r) => !modern.has(r) && !((r === 'restriction' && modern.has('objection')) || (r === 'objection' && modern.has('restriction'))),
  );
  const modernEvidence = evidenceOf([...modern.values()], undefined, 5);
  if (!missing.length) {
    return verdictFor(item, 'pass', 'all-listed', modernEvidence, {
      rights: RIGHT_NAMES.filter((r) => modern.has(r)).join(', '),
      portabilityNote: modern.has('portability') ? '' : messageFor(item, 'portability-missing-note'),
      legacyNote: legacySentences.length ? messageFor(item, 'legacy-also-note') : '',
    });
  }
  const stated = RIGHT_NAMES.filter((r) => modern.has(r));
  const oldOnly = RIGHT_NAMES.filter((r) => !modern.has(r) && legacyOnly.has(r));
  const absent = CORE_RIGHTS.filter((r) => !modern.has(r) && !legacyOnly.has(r));
  if (stated.length || oldOnly.length || legacySentences.length) {
    const parts = [
      stated.length ? `stated: ${stated.join(', ')}` : '',
      oldOnly.length ? `only in DPA 1998 wording: ${oldOnly.join(', ')}` : '',
      absent.length ? `missing: ${absent.join(', ')}` : '',
    ].filter(Boolean);
    // A list in DPA 1998 wording is its own outcome: the meaning-based lift never passes it (checklist.md 2.14).
    const legacy = oldOnly.length > 0 || legacySentences.length > 0;
    // Checklist.md 2.14 (sharpened) passes access, rectification and erasure with restriction or objection, and calls
    // two or more of the five missing partial: exactly one of access, rectification or erasure missing is neither.
    if (!legacy && absent.length === 1 && stated.length >= 4)
      return verdictFor(item, 'needs-review', 'one-right-missing', evidenceOf([...modern.values()], undefined, 4), { missing: absent[0]! });
    return verdictFor(
      item,
      'partial',
      legacy ? 'some-rights-legacy' : 'some-rights',
      evidenceOf([...modern.values(), ...legacySentences, ...legacyOnly.values()], undefined, 4),
      {
        parts: parts.join('; '),
        legacyNote: legacySentences.length ? messageFor(item, 'legacy-list-note') : '',
      },
    );
  }
  const empty = phrases(o.emptyLeadIn);
  const dropped = ctx.doc.blocks.filter((b) => isOwnBlock(ctx, b.index) && empty.test(b.text) && listAfter(ctx.doc, b).length === 0);
  const evidence = dropped.slice(0, 1).map((b) => ({ text: b.text, where: b.where }));
  if (!dropped.length) {
    const unnamedRe = phrases(o.rightsUnnamed);
    const unnamed = findOwn(ctx, unnamedRe);
    if (!unnamed.length) return verdictFor(item, 'fail', 'not-found', evidence);
    return verdictFor(item, 'needs-review', 'rights-unnamed', evidenceOf(unnamed, unnamedRe, 1), {
      quote: quoteSentence(unnamed[0]!, unnamedRe).text,
    });
  }
  const leadIn = dropped[0]!.text;
  return verdictFor(item, 'fail', /1998/.test(leadIn) ? 'dropped-legacy-list' : 'dropped-list', evidence, { leadIn });
}

// How many paragraphs under a question heading answer it.
const ANSWER_BLOCKS = 2;

/**
 * A heading that asks about access ("Can I see what you hold?") is answered by the paragraphs under it, which give the
 * route ("Yes. Send a request to our DPO"): those sentences join the request sentences, after the ones found directly.
 */
function withAnswers(ctx: AuditContext, requests: Sentence[]): Sentence[] {
  const headings = requests.filter((s) => ctx.doc.blocks[s.block]?.kind === 'heading');
  if (!headings.length) return requests;
  const seen = new Set(requests);
  // Only the few blocks under each heading are read, not every sentence of the notice once per heading.
  const under = new Set<number>();
  for (const h of headings)
    for (let b = h.block + 1; b <= h.block + ANSWER_BLOCKS; b++) if (ctx.doc.blocks[b]?.section === h.section) under.add(b);
  const answers = filterCandidates(
    ctx.text,
    ctx.text.sentences,
    new Set([...under].sort((a, b) => a - b)),
    (s) => !seen.has(s) && !s.inNpd && isOwnBlock(ctx, s.block),
  );
  return [...requests, ...answers];
}

/** How many lines after a lead-in are read for its channel: enough for an address set out one line at a time. */
const ADDRESS_LINES = 8;
/** One line of an address: short, with no sentence in it; perhaps labelled ("Data Protection Lead: Ms H Quayle"). */
const ADDRESS_LINE = /^(?:[^.!?:]{1,40}:\s*)?[^.!?:]{1,60}$/;

/** Channels in a SAR sentence's block, or in the blocks its lead-in ("contact:") introduces, up to the next heading. */
function channelsNear(ctx: AuditContext, s: Sentence, o: SubjectAccessOptions): { channels: Channel[]; evidence: Evidence[] } {
  const blocks = ctx.doc.blocks;
  const here = blockChannels(ctx.doc, s.block, o);
  const block = blocks[s.block]!;
  if (here.length)
    return { channels: here, evidence: [{ text: block.text.length > 320 ? quoteSentence(s).text : block.text, where: block.where }] };
  // "... contact" or "... contact:" hands over to the next line(s).
  if (!/(?:contact|:|-)\s*$/i.test(block.text.trim())) return { channels: [], evidence: [] };
  for (let i = s.block + 1; i < blocks.length && i <= s.block + ADDRESS_LINES; i++) {
    const next = blocks[i]!;
    if (next.kind === 'heading' || !isOwnBlock(ctx, i)) break;
    const channels = blockChannels(ctx.doc, i, o);
    if (channels.length) return { channels, evidence: [quoteSentence(s), { text: next.text, where: next.where }] };
    // List items go on, and so do the short lines of a postal address set out one to a line ("Mrs Helen Marsh" / "Data
    // Protection Officer" / ... / "HX4 7QP"), which no full stop ends.
    if (next.kind !== 'list-item' && !(i - s.block < ADDRESS_LINES && ADDRESS_LINE.test(next.text))) break;
  }
  return { channels: [], evidence: [] };
}

// A sentence that hands the reader to someone: "Please contact Ms Rowe", "Write to the Data Manager".
const FOLLOW_ON_CONTACT =
  /^\W*(?:please\s+|you (?:can|should|may)\s+|simply\s+)?(?:contact|write to|email|e-mail|telephone|phone|call|ring|speak to|talk to|ask|get in touch with)\b/i;
// Whoever runs the setting is reached through its own channels: "speak to the pre-school manager, Mrs Joanne Field".
const HEAD_OF_SETTING = /\b(?:head ?teacher|head of school|principal|(?:pre-?school|nursery|setting|school) (?:manager|leader))\b/i;
// The person or office a request is sent to; their channel may be given once, in a contact block.
const ROLE =
  /\b(?:school office|head ?teacher|head of school|principal|business manager|bursar|clerk|data protection (?:officer|lead)|dpo|office)\b/i;
// "... please contact" with nothing after it, or a template gap: the route is broken there (partial stays).
const SCHOOL_ROLE = /^(?:school office|head ?teacher|head of school|principal|business manager|bursar|clerk|office)$/i;
const AT_THE_OFFICE = /\b(?:in|at|via|through) (?:the |our )?(?:school |main |academy )?(?:office|reception)\b/i;
const DANGLING_CONTACT = /\bcontact\s*(?::\s*)?$/i;
const PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)*([A-Z][a-z'-]+)/;
// A form field left in the route ("please contact [Name], Business Manager, at ..."): the route was never finished,
// whatever channel follows. Not a page's hidden address ("[email protected]").
const PLACEHOLDER = /\[(?!\s*email\s+protected\s*\])[^\]]{0,40}\]|\bxxx+\b/i;
// "... or to the office of [Academy Name]": a template's blank given as one more way to ask, after "or".
const BLANK_ALTERNATIVE = /\bor\s+(?:to\s+)?[^,.;[\]]{0,60}\[[^\]]{0,40}\]/gi;
// A template's sample address or number given as the channel ("Email admin@yourschool.sch.uk"): it reaches no one.
const SAMPLE_CHANNEL = new RegExp(`${SAMPLE_ADDRESS}|${SAMPLE_PHONE}`, 'i');
// The department as the holder asked, or as where the request goes: its own records, not the school's.
const GOVERNMENT_ROUTE =
  /\b(?:what|the|any) (?:personal )?(?:information|data|records?)\s+(?:that )?(?:the )?(?:department for education|dfe|department|welsh government)\s+(?:holds?|keeps?|has)\b|\b(?:request|requests|apply|write|contact|send)\b[^.]{0,40}\bto (?:the )?(?:department(?: for education)?|dfe|welsh government)\b/i;
// Any word of how or whom to ask: a contact verb, a form, "us", a policy or page to follow.
const ROUTE_WORD =
  /\b(?:contact|write|writing|email|e-mail|phone|call|telephone|speak|talk|ask (?:us|the|our|a|any)|tell us|(?:address|addressed|direct|directed|made|sent|given|handed|passed|go|goes|put)(?: (?:it|them|this|your request|requests|the request))? to|governors?|chair|team|let us know|get in touch|send|submit|apply|form|policy|procedure|website|details|below|above|office|reception|via|through)\b|@|https?:|www\./i;
// A titled post the request is sent to ("the Compliance Officer", "our Data Manager"): reached only through its own channel.
// Written in capitals or not, after "the school's" as after "our": "write to the school's data manager".
const TITLED_POST =
  /\b(?:the|our|your|(?:the )?(?:school|trust|academy|nursery|college|federation)'s)\s+((?:[A-Za-z][\w'-]*\s+){0,3}(?:officer|manager|lead|co-?ordinator|administrator|secretary))\b/i;
// The school's own secretary sits at its front desk, reached through the school's channels; a committee's or the
// governors' secretary does not.
const DESK_SECRETARY = /^(?:school|office|academy|nursery|pre-?school|setting|college|front desk|reception)\s+secretary$/i;
// Posts and offices outside the school's staff, reached only through their own channel: the chair of governors, and
// a unit or team of the council, local authority, diocese or academy trust ("the Council's Information Governance Unit",
// "the Trust's compliance team"): the academy's own office details do not reach a team at the trust's centre.
const OUTSIDE_POST =
  /\b(chair of (?:the )?(?:governors|governing (?:body|board))|(?:council|local authority|diocese|diocesan|trust)(?:'s)?\s+(?:[A-Za-z][\w'-]*\s+){0,3}(?:unit|team|service|department|office))\b/i;

// An office the school names as its own ("our Information Requests Team", "the Data Protection Unit"): written as a
// title, it is a named office with its own channel, unlike "our office team" (the school office by another name).
const NAMED_TEAM =
  /\b(?:the|our|(?:the )?(?:[Ss]chool|[Tt]rust|[Aa]cademy|[Nn]ursery|[Cc]ollege|[Ff]ederation)'s)\s+([A-Z][\w'-]*\s+(?:(?:[A-Z][\w'-]*|and|of|&)\s+){0,3}(?:Team|Unit|Service|Department|Desk|Office))\b/;
// The school's own front desk by any of its usual names: reached through the school's channels.
const GENERAL_OFFICE = /^(?:(?:School|Main|Front|Academy|College|General|Admin|Administration|Reception|Business)\s+)+Office$/i;

// Labelled card lines under a person's name ("Email: ...") continue their card.
const CARD_FIELDS = 4;

/** A block's own channels, or those of the labelled card lines right under it. */
function hasCardChannels(ctx: AuditContext, block: number, o: SubjectAccessOptions): boolean {
  if (blockChannels(ctx.doc, block, o).length > 0) return true;
  for (let i = block + 1; i <= block + CARD_FIELDS && CONTACT_FIELD.test(ctx.doc.blocks[i]?.text ?? ''); i++) {
    if (blockChannels(ctx.doc, i, o).length > 0) return true;
  }
  return false;
}

/**
 * A request sentence naming a person ("contact Mrs D Eccles") whose channel is nowhere in the document: not in a block
 * naming them, nor on the card lines under one ("Our lead is Mrs Prosser." / "Email: ...").
 */
function namesUnreachablePerson(ctx: AuditContext, s: Sentence, o: SubjectAccessOptions): boolean {
  const person = PERSON.exec(s.text);
  if (!person) return false;
  const surname = person[1]!;
  return !ctx.doc.blocks.some((b) => isOwnBlock(ctx, b.index) && b.text.includes(surname) && hasCardChannels(ctx, b.index, o));
}

/**
 * A request sentence naming a titled post the route does not already know (not the office, head or DPO) whose channel is
 * nowhere in the document: checklist.md 2.15's "the person or office named has no channel anywhere".
 */
function namesUnreachablePost(ctx: AuditContext, s: Sentence, o: SubjectAccessOptions): boolean {
  const outside = OUTSIDE_POST.exec(s.text)?.[1];
  // A named office of the school ("the academy's Exams and Data Office") is not its front desk.
  const team = NAMED_TEAM.exec(s.text)?.[1];
  const namedOffice = team !== undefined && !GENERAL_OFFICE.test(team) ? team : undefined;
  const post = outside ?? namedOffice ?? TITLED_POST.exec(s.text)?.[1];
  if (!post || (!outside && !namedOffice && (ROLE.test(post) || DESK_SECRETARY.test(post)))) return false;
  // "the Council's Information Governance Unit" is found again as "Information Governance Unit".
  const title = post.toLowerCase().replace(/^(?:council|local authority|diocese|diocesan|trust)(?:'s)?\s+/, '');
  return !ctx.doc.blocks.some(
    (b) => isOwnBlock(ctx, b.index) && b.text.toLowerCase().includes(title) && blockChannels(ctx.doc, b.index, o).length > 0,
  );
}

// The school itself or its desk, named in a block that also gives the DPO's details: that block's channels may be the
// school's. "a group of local schools" names no school.
const SCHOOL_OR_ITS_DESK =
  /\b(?:school|academy|nursery|pre-school|college|office|reception|head ?teacher|head of school|principal|controller)\b/i;

/** A block about the DPO alone: its channels reach the DPO, not the head teacher or office a request is sent to. */
function isDpoOnlyBlock(text: string, heading: string, role: string, dpo: RegExp): boolean {
  const all = `${heading} ${text}`;
  // "The school's Data Protection Officer is provided by the council ... at dpo@...": whose DPO it is, not the school's desk.
  const desk = all.replace(DPO_OF_THE_SCHOOL, ' ');
  return dpo.test(all) && !SCHOOL_OR_ITS_DESK.test(desk) && !namesRole(all, role);
}

/** Whether a text names the role as a word of its own: "office", not the "office" inside "Data Protection Officer". */
function namesRole(text: string, role: string): boolean {
  let re = ROLE_WORD.get(role);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${escapeRegExp(role)}(?![\\p{L}])`, 'iu');
    if (ROLE_WORD.size > 200) ROLE_WORD.clear();
    ROLE_WORD.set(role, re);
  }
  return re.test(text);
}
/** Roles are a handful of checklist words ("office", "head teacher"): each pattern is made once. */
const ROLE_WORD = new Map<string, RegExp>();
const DPO_OF_THE_SCHOOL = /\b(?:school|academy|nursery|pre-school|college|trust)['\u2019]s\s+(?:data protection officer|dpo)\b/gi;

/**
 * The page edge where the notice says a post's details are, said of that post anywhere in the notice: "the school office
 * is the place to start (details at the foot of this page)" serves a later "write to the school office".
 */
function edgePointerForRole(ctx: AuditContext, request: Sentence): Sentence | undefined {
  const role = ROLE.exec(request.text)?.[0].toLowerCase();
  if (!role || !SCHOOL_ROLE.test(role)) return undefined;
  return ctx.text.sentences.find((s) => s !== request && s.lower.includes(role) && PAGE_EDGE.test(s.text) && isOwnBlock(ctx, s.block));
}

/** Whether any of the document's own blocks gives the DPO a channel (the DPO named in the block or its heading). */
function dpoReachable(ctx: AuditContext, o: SubjectAccessOptions, dpo: RegExp): boolean {
  return ctx.doc.blocks.some(
    (b) =>
      isOwnBlock(ctx, b.index) &&
      (dpo.test(b.text) || dpo.test(stackedHeadings(ctx.doc, b.section))) &&
      blockChannels(ctx.doc, b.index, o).length > 0,
  );
}

/** A channel found away from the request sentence, with the block that gives it. */
type ContactCard = { channels: Channel[]; evidence: Evidence };

/**
 * A numbered section named as where the details are: "(details in section 2)", "see part 4 for contact details", or the
 * section alone in brackets after whom to ask ("contact our Data Protection Officer (section 14)").
 */
const SECTION_REFERENCE =
  /(?:\b(?:details?|contact|see)\b[^.;]{0,30}?\b(?:in|at|under)?\s*(?:section|part|paragraph)\s+(\d{1,2})\b|\((?:see\s+)?(?:section|part|paragraph)\s+(\d{1,2})\))/i;
/** Index of the first numbered heading after `from` ("3. WHAT WE KEEP"), within a reach of 40 blocks. */
function nextNumberedHeading(blocks: readonly Block[], from: number): number {
  const last = Math.min(blocks.length, from + 40);
  for (let i = from + 1; i < last; i++) if (blocks[i]!.kind === 'heading' && /^\s*\d{1,2}\b/.test(blocks[i]!.text)) return i;
  return last;
}

/** A sentence on making a request that sends the reader to a numbered section for the details. */
const REQUEST_TO_SECTION = new RegExp(`\\brequests?\\b[^.]{0,80}${SECTION_REFERENCE.source}`, 'i');

/** Lines a contact card may run to from where it names its person: a name, a service, three address lines, email, phone. */
const CARD_LINES = 8;

/**
 * The first channel in the numbered section a sentence points to ("details in section 2"), read to the next numbered
 * heading (a card's lines may read as headings of their own). Where the section holds several cards, the one naming
 * whom the sentence names is read first, a few lines from where it is named.
 */
function cardInNumberedSection(ctx: AuditContext, s: Sentence, o: SubjectAccessOptions): ContactCard | null {
  const reference = SECTION_REFERENCE.exec(s.text);
  const numbered = reference?.[1] ?? reference?.[2];
  const section =
    numbered && ctx.doc.sections.find((x) => x.heading !== null && new RegExp(`^\\s*${numbered}\\b(?![.]\\d)`).test(x.heading));
  if (!section) return null;
  const end = nextNumberedHeading(ctx.doc.blocks, section.firstBlock);
  // Whom the sentence names, by surname or post ("contact Mrs Pickersgill", "ask the business manager").
  const surname = PERSON.exec(s.text)?.[1];
  const post = ROLE.exec(s.text)?.[0];
  // A post by its whole words: "office" is not inside "Data Protection Officer".
  const postRe = post === undefined ? undefined : new RegExp(`\\b${escapeRegExp(post)}\\b`, 'i');
  const names = (text: string) => (surname !== undefined && text.includes(surname)) || (postRe !== undefined && postRe.test(text));
  let from = section.firstBlock;
  let to = end;
  for (let i = section.firstBlock; i < end && (surname || postRe); i++) {
    if (names(ctx.doc.blocks[i]!.text)) {
      from = i;
      to = Math.min(end, i + CARD_LINES);
      break;
    }
  }
  for (let i = from; i < to; i++) {
    const channels = isOwnBlock(ctx, i) ? blockChannels(ctx.doc, i, o) : [];
    const b = ctx.doc.blocks[i]!;
    if (channels.length) return { channels, evidence: { text: b.text, where: b.where } };
  }
  return null;
}

/** A note marker in running text: "to the Trust Data Protection Officer [4]", "(see Notes [1] to [3])". */
const NOTE_MARKER = /\[(\d{1,2})\]/g;
/** A note opening with its marker: "[4] Data Protection Officer: ... Email ...". */
const NOTE_OPENING = /^\s*\[(\d{1,2})\]\s/;

/** The notice's own notes that give a channel, by marker (the first note with each marker), from one pass over it. */
function notesWithChannels(ctx: AuditContext, o: SubjectAccessOptions): Map<string, ContactCard> {
  const notes = new Map<string, ContactCard>();
  for (const b of ctx.doc.blocks) {
    const n = NOTE_OPENING.exec(b.text)?.[1];
    if (n === undefined || notes.has(n) || !isOwnBlock(ctx, b.index)) continue;
    const channels = blockChannels(ctx.doc, b.index, o);
    if (channels.length && !PLACEHOLDER.test(b.text.replace(NOTE_OPENING, '')))
      notes.set(n, { channels, evidence: { text: b.text, where: b.where } });
  }
  return notes;
}

/** The first note a sentence marks that gives a channel: a notice's end notes may hold the contact details. */
function cardInNote(s: Sentence, notes: () => Map<string, ContactCard>): ContactCard | null {
  for (const [, n] of s.text.matchAll(NOTE_MARKER)) {
    const note = notes().get(n!);
    if (note) return note;
  }
  return null;
}

function evaluateSubjectAccess(ctx: AuditContext, o: SubjectAccessOptions, item: ChecklistItem): Verdict {
  const sar = phrases(o.sar);
  const asked = withAnswers(ctx, findOwnWithLeadIns(ctx, sar));
  if (!asked.length) return verdictFor(item, 'fail', 'not-found');
  // "To find out what the Department for Education holds about you, make a request to the Department": the
  // government's route to its own records, not the school's (checklist.md 2.15).
  const requests = asked.filter((s) => !GOVERNMENT_ROUTE.test(s.text));
  if (!requests.length) return verdictFor(item, 'fail', 'government-route-only', evidenceOf(asked, sar, 2));
  for (const s of requests) {
    const near = channelsNear(ctx, s, o);
    if (near.channels.length && !near.evidence.some((e) => PLACEHOLDER.test(e.text))) {
      return verdictFor(item, 'pass', 'channel-given', near.evidence, { channels: describeChannels(near.channels) });
    }
  }
  // "To make a request, contact Mrs P (details in section 2)": the channel sits in the numbered section the sentence names.
  for (const s of [...requests, ...findOwn(ctx, REQUEST_TO_SECTION)]) {
    const card = cardInNumberedSection(ctx, s, o);
    if (card)
      return verdictFor(item, 'pass', 'contact-details-elsewhere', [quoteSentence(s, sar), card.evidence], {
        channels: describeChannels(card.channels),
      });
  }
  // "Requests may be made to the Data Protection Officer [4]": the channel sits in the note the marker points to.
  let notes: Map<string, ContactCard> | undefined;
  for (const s of requests) {
    const note = cardInNote(s, () => (notes ??= notesWithChannels(ctx, o)));
    if (note)
      return verdictFor(item, 'pass', 'contact-details-elsewhere', [quoteSentence(s, sar), note.evidence], {
        channels: describeChannels(note.channels),
      });
  }
  // "Contact our DPO (details below)": the channel sits in a clearly referenced contact or DPO block.
  const dpo = phrases(o.dpoTerms);
  const reference = phrases(o.reference);
  for (const s of requests) {
    // "Contact [name of DPO]" or a bare "please contact": the route is broken there, whoever is reachable elsewhere. A blank
    // offered only as another way ("to the DPO or to the office of [Academy Name]") leaves the first way open.
    if (DANGLING_CONTACT.test(s.text) || PLACEHOLDER.test(s.text.replace(BLANK_ALTERNATIVE, ''))) continue;
    const toDpo = dpo.test(s.text);
    if (!toDpo && !reference.test(s.text)) continue;
    for (const b of ctx.doc.blocks) {
      if (b.index === s.block || !isOwnBlock(ctx, b.index)) continue;
      if (toDpo && !dpo.test(b.text) && !dpo.test(stackedHeadings(ctx.doc, b.section))) continue;
      const channels = blockChannels(ctx.doc, b.index, o);
      if (channels.length) {
        return verdictFor(
          item,
          'pass',
          toDpo ? 'dpo-details-elsewhere' : 'contact-details-elsewhere',
          [quoteSentence(s, sar), { text: b.text, where: b.where }],
          {
            channels: describeChannels(channels),
          },
        );
      }
    }
  }
  // "Please contact the school office. The address, phone number and email are at the bottom of this page.": the page's
  // own footer (or header, for its top), pointed to by the request or the sentence after it (checklist.md 2.2, 2.15).
  for (const s of requests) {
    const next = adjacentSentence(ctx.text, s, 1);
    const pointer = PAGE_EDGE.test(s.text) ? s : next && PAGE_EDGE.test(next.text) ? next : edgePointerForRole(ctx, s);
    if (!pointer || DANGLING_CONTACT.test(s.text) || PLACEHOLDER.test(s.text)) continue;
    const edge = PAGE_EDGE.exec(pointer.text)!;
    const [text, where] = edge[1] === 'top' ? [ctx.doc.chrome.header, 'site header'] : [ctx.doc.chrome.footer, 'page footer'];
    const channels = findChannels(text, o);
    if (channels.length) {
      const told = pointer === s || pointer === next ? [] : [quoteSentence(pointer, PAGE_EDGE)];
      return verdictFor(
        item,
        'pass',
        'contact-details-elsewhere',
        [quoteSentence(s, sar), ...told, { text: describeChannels(channels), where }],
        { channels: describeChannels(channels) },
      );
    }
  }
  const pointer = phrases(o.pointerOnly);
  const pointers = requests.filter((s) => pointer.test(s.text));
  // Checklist.md 2.15 (sharpened): the document's own channel for the person or office the request names (or, when it
  // names none, any of the school's own channels in the document) completes the route; a dangling "contact" does not.
  // The sentence saying where requests go counts too, though it does not repeat the right.
  const routed = findOwn(ctx, phrases(o.routing)).filter((s) => !requests.includes(s));
  // "You have the right to request access. Please contact Ms Rowe, our Data Manager.": the next sentence of the same
  // paragraph says whom to ask, so its person or post must be reachable too.
  for (const s of requests) {
    const next = adjacentSentence(ctx.text, s, 1);
    if (!next || !FOLLOW_ON_CONTACT.test(next.text)) continue;
    // The head of the setting is reached through its channels, unless the route to them is a template's blank.
    if (HEAD_OF_SETTING.test(next.text) && !PLACEHOLDER.test(next.text) && !SAMPLE_CHANNEL.test(next.text)) continue;
    if (!requests.includes(next) && !routed.includes(next)) routed.push(next);
  }
  const broken = [...requests, ...routed].some(
    (s) =>
      DANGLING_CONTACT.test(s.text) ||
      PLACEHOLDER.test(s.text) ||
      SAMPLE_CHANNEL.test(s.text) ||
      // "speak to Mrs Holt in the school office": the person is reached through the office's own channels.
      (!AT_THE_OFFICE.test(s.text) && (namesUnreachablePerson(ctx, s, o) || namesUnreachablePost(ctx, s, o))),
  );
  // Where one sentence says whom to ask ("put your request in writing to the Headteacher", "ask our DPO"), that is the
  // route: a rights list item naming nobody ("see the information we hold") does not borrow some other contact's channel.
  const addressed = [...requests, ...routed].filter((s) => SCHOOL_ROLE.test(ROLE.exec(s.text)?.[0] ?? ''));
  // Asked of the DPO alone, with the DPO given no channel anywhere: the route stops at a role (checklist.md 2.15 partial).
  if (
    !addressed.length &&
    !broken &&
    requests.some((s) => dpo.test(ROLE.exec(s.text)?.[0] ?? '') && !SCHOOL_OR_ITS_DESK.test(s.text)) &&
    !dpoReachable(ctx, o, dpo)
  )
    return verdictFor(item, 'partial', 'no-channel', evidenceOf(requests, sar, 3));
  // Where the sentence on how to ask only points to a policy, a rights list item naming nobody does not borrow some
  // contact's channel either: only a request sentence that itself says how or whom to ask may (checklist.md 2.15 trap).
  const borrowers = pointers.length
    ? requests.filter((s) => !pointer.test(s.text) && (ROUTE_WORD.test(s.text) || ROLE.test(s.text) || PERSON.test(s.text)))
    : requests;
  for (const s of broken ? [] : addressed.length ? addressed : borrowers) {
    if (pointer.test(s.text)) continue;
    const role = ROLE.exec(s.text)?.[0].toLowerCase();
    for (const b of ctx.doc.blocks) {
      if (b.index === s.block || !isOwnBlock(ctx, b.index)) continue;
      const heading = ctx.doc.sections[b.section]?.heading ?? '';
      // A school role (head teacher, office, clerk) is reached through the school's own channels; the DPO only through theirs.
      if (role && !SCHOOL_ROLE.test(role) && !namesRole(`${b.text} ${heading}`, role)) continue;
      // ... but not through the channel of a DPO named apart from the school ("Our DPO is Ms X of Y Services: dpo@..."),
      // nor through a council's, diocese's or supplier's desk ("County Hall, Westmarch WM1 1AA"), unless the request
      // names that DPO too ("write to the Headteacher, or contact the Schools DPO") or names no one (checklist.md 2.15: a
      // data-protection contact then serves): then the DPO's own desk is a route.
      const dpoDesk = (!role || dpo.test(s.text)) && dpo.test(`${b.text} ${heading}`);
      // The notice's own title ("Fernlea Primary School - How we use pupil information") heads every block of a notice
      // with no other headings: it names no desk.
      const ownHeading = heading === ctx.doc.title ? '' : heading;
      if (role && SCHOOL_ROLE.test(role) && !dpoDesk && isDpoOnlyBlock(b.text, ownHeading, role, dpo)) continue;
      const channels = blockChannels(ctx.doc, b.index, o);
      // Whose desk the block reaches is read only for a block that gives a channel at all.
      if (!channels.length || ((!role || SCHOOL_ROLE.test(role)) && !dpoDesk && reachesAnotherBody(ctx, b.index))) continue;
      const evidence = [quoteSentence(s, sar), { text: b.text.length > 320 ? `${b.text.slice(0, 317)}...` : b.text, where: b.where }];
      return role
        ? verdictFor(item, 'pass', 'role-contact-elsewhere', evidence, { role, channels: describeChannels(channels) })
        : verdictFor(item, 'pass', 'school-contact-elsewhere', evidence, { channels: describeChannels(channels) });
    }
  }
  // The right stated with nothing of the route (no how, no whom, no "contact"): the route is missing, not short.
  // The two sentences after the right are read too: "To make a request, please contact" says how, if not where.
  const around = [...requests, ...routed].flatMap((s) =>
    [s, adjacentSentence(ctx.text, s, 1, false), adjacentSentence(ctx.text, s, 2, false)].filter((t): t is Sentence => t !== undefined),
  );
  if (!around.some((s) => ROUTE_WORD.test(s.text) || ROLE.test(s.text) || PERSON.test(s.text) || TITLED_POST.test(s.text))) {
    return verdictFor(item, 'fail', 'right-only', evidenceOf(requests, sar, 2));
  }
  return verdictFor(item, 'partial', pointers.length ? 'pointer-only' : 'no-channel', evidenceOf(requests, sar, 3));
}

/** Sentences suggesting the one-month SAR clock pauses in school holidays. Shared with the sar-holiday-pause flag. */
export function findHolidayPause(ctx: AuditContext, o: SubjectAccessOptions): Sentence[] {
  const pause = phrases(o.holidayPause);
  return findOwn(ctx, pause);
}

// A heading whose subject is cookies: "Cookies on this website", "3. How we use cookies", "Cookie settings".
const COOKIE_HEADING = /^\W*(?:\d+[.)]?\s*)?(?:(?:our|the|about|use of|how we use|this website'?s?|website)\s+)*cookies?\b/i;

function evaluateWithdrawConsent(ctx: AuditContext, o: WithdrawConsentOptions, item: ChecklistItem): Verdict {
  const withdraw = phrases(o.withdraw);
  const supporting = phrases(o.supportingOnly);
  // A heading such as "Withdrawal of consent" announces the topic; only body text states the right.
  // Sentences of an appended cookie notice are already left out; an explicit "withdraw your consent to analytics" in
  // the privacy notice itself is the Art 7(3) statement, so a passing mention of cookies does not disqualify it.
  // "For information about withdrawing consent, see section 12" names the topic and sends the reader elsewhere; had
  // the notice said it there, that sentence would have been found instead.
  // A cookie section set inside the notice ("3. Cookies on this website") is about the website's cookies: withdrawing
  // consent there is the cookie choice, not the Art 7(3) right (checklist.md 2.16 traps).
  const pointer = phrases(o.pointerOnly);
  const all = findOwn(ctx, withdraw).filter(
    (s) => ctx.doc.blocks[s.block]?.kind !== 'heading' && !COOKIE_HEADING.test(ctx.doc.sections[s.section]?.heading ?? ''),
  );
  const hits = all.filter((s) => !pointer.test(s.text));
  const stated = hits.filter((s) => !supporting.test(s.text));
  if (stated.length) return verdictFor(item, 'pass', 'stated', evidenceOf(stated, withdraw, 2));
  const noConsent = phrases(o.noConsent);
  const never = findOwn(ctx, noConsent);
  if (never.length) return verdictFor(item, 'not-applicable', 'consent-not-relied-on', evidenceOf(never, noConsent, 1));
  if (hits.length) {
    return verdictFor(item, 'partial', 'only-implied', evidenceOf(hits, withdraw, 2));
  }
  if (all.length) {
    return verdictFor(item, 'fail', 'pointer-only', evidenceOf(all, pointer, 1), { quote: quoteSentence(all[0]!, pointer).text });
  }
  const lookAlike = phrases(o.lookAlike);
  const rejected = findOwn(ctx, lookAlike);
  const evidence = evidenceOf(rejected, lookAlike, 1);
  if (!rejected.length) return verdictFor(item, 'fail', 'not-found', evidence);
  return verdictFor(item, 'fail', 'look-alike-rejected', evidence, { quote: quoteSentence(rejected[0]!, lookAlike).text });
}

// The Article 77 wording names the regulator by its office, and the next sentence says who that is: "... the right to
// lodge a complaint with a supervisory authority. In the UK that authority is the Information Commissioner."
const REGULATOR = /\b(?:supervisory authority|data protection (?:regulator|authority)|(?:the|a) regulator)\b/i;

function complaintToRegulatorBefore(ctx: AuditContext, s: Sentence, complaint: RegExp): boolean {
  const before = adjacentSentence(ctx.text, s, -1);
  return before !== undefined && complaint.test(before.text) && REGULATOR.test(before.text);
}

// The reader's own step, said right after their dissatisfaction: "Still not happy with our answer? You can tell the ICO."
const READER_STEP =
  /\byou (?:can|may|could|should|are free to)\b[^.]{0,20}\b(?:tell|contact|go to|write to|turn to|take it to|take this to|report it to)\b/i;

// "For independent advice you can also contact the ICO" after the school's own route: advice only (checklist.md 2.17).
const FOR_ADVICE = /\badvice\b|\b(?:more|further) information\b/i;

/** A sentence telling the reader to go to the regulator, after one in the same block voicing their dissatisfaction. */
function readerStepAfterConcern(ctx: AuditContext, s: Sentence, complaint: RegExp): boolean {
  const before = adjacentSentence(ctx.text, s, -1);
  return before !== undefined && complaint.test(before.text) && READER_STEP.test(s.text) && !FOR_ADVICE.test(s.text);
}

// The reader sent to the regulator: to contact, write to, ring or ask it, or for help.
const OFFERED_TO_READER =
  /\b(?:contact(?:ing)?|write to|writing to|call|ring|phone|telephone|e-?mail|ask|speak to|talk to|get in touch|turn to|approach|help|helpline|reach)\b/i;

// The step offered with the regulator is only advice, whatever the dissatisfaction that leads to it: "If you remain
// dissatisfied, you may seek independent advice from the ICO" (checklist.md 2.17: partial), unless a complaint is
// also made or raised there. The same advice offered by the regulator: "If you are unhappy with our response, the ICO
// can offer independent advice".
const ADVICE_STEP =
  /\b(?:seek|get|obtain|ask for|take|offers?|gives?|provides?)\s+(?:(?:you|parents|families|people)\s+)?(?:independent\s+|free\s+|further\s+|impartial\s+)?advice\b/i;
/**
 * A sentence whose subject is the regulator named in the sentence before: "It publishes guidance ...". Not "it" that
 * points ahead to someone else ("It is our DPO who offers advice").
 */
const REGULATOR_AGAIN = /^\W*(?:it(?!(?:\s+is|['\u2019]s)\b[^.]{0,40}\bwho\b)|the (?:regulator|commissioner|office))\b/i;
const COMPLAINT_ACT = /\bcomplain|\bcomplaint|\blodge\b|\braise\b|\breport\b|ico\.org\.uk\/(?:concerns|make-a-complaint)/i;
const onlyAdviceSought = (s: Sentence): boolean => ADVICE_STEP.test(s.text) && !COMPLAINT_ACT.test(s.text);

function evaluateComplaintToIco(ctx: AuditContext, o: ComplaintToIcoOptions, item: ChecklistItem): Verdict {
  const ico = phrases(o.ico);
  const trap = phrases(o.trap);
  const complaint = phrases(o.complaint);
  const garbled = phrases(o.garbled);
  // An item of the notice's own contents list ("It tells you about: ... your right to complain to the ICO") promises
  // the topic; the notice may never give it.
  const contentsLeadIn = phrases(o.contentsLeadIn);
  const named = findOwn(ctx, ico, /cookie/i);
  const promised = named.filter((s) => contentsLeadIn.test(leadInOf(ctx.doc, s.block) ?? ''));
  const mentions = named.filter((s) => !promised.includes(s));
  const usable = mentions.filter((s) => !trap.test(s.text));
  // The complaint said in the regulator's own clause: "Use our complaints procedure; the ICO offers independent advice"
  // sends complaints to the school and only advice to the ICO.
  const complaintToIco = (text: string): boolean => text.split(';').some((part) => ico.test(part) && complaint.test(part));
  const complaints = usable.filter(
    (s) =>
      !onlyAdviceSought(s) &&
      (complaintToIco(s.text) || complaintToRegulatorBefore(ctx, s, complaint) || readerStepAfterConcern(ctx, s, complaint)),
  );
  const clean = complaints.filter((s) => !garbled.test(s.text));
  if (clean.length) return verdictFor(item, 'pass', 'complaint-route', evidenceOf(clean, ico, 2));
  if (complaints.length) {
    return verdictFor(item, 'partial', 'garbled-route', evidenceOf(complaints, garbled, 2));
  }
  const advice = phrases(o.advice);
  // Or in the sentence after, speaking of it again: "The ICO is the UK's independent regulator. It ... can give you
  // independent advice about your information rights."
  const adviceAfter = (s: Sentence): Sentence[] => {
    const next = adjacentSentence(ctx.text, s, 1);
    return next !== undefined && next.block === s.block && REGULATOR_AGAIN.test(next.text) && advice.test(next.text) ? [next] : [];
  };
  const adviceOnly = usable.flatMap((s) => {
    if (advice.test(s.text)) return [s];
    const after = adviceAfter(s);
    return after.length ? [s, ...after] : [];
  });
  // The regulator offered for advice or to be contacted ("For independent advice you can contact the ICO at ...") is a
  // route short of a complaint; named only as the regulator, a heading or the publisher of guides ("Its website has
  // helpful guidance for parents") it is offered as nothing (checklist.md 2.17).
  const offered = usable.filter((s) => adviceOnly.includes(s) || OFFERED_TO_READER.test(s.text));
  if (offered.length) {
    return verdictFor(item, 'partial', 'advice-only', evidenceOf(adviceOnly.length ? adviceOnly : offered, ico, 2));
  }
  if (usable.length) return verdictFor(item, 'fail', 'named-only', evidenceOf(usable, ico, 2));
  const rejected = mentions.filter((s) => trap.test(s.text));
  const evidence = evidenceOf(rejected, ico, 1);
  if (!rejected.length && promised.length) {
    return verdictFor(item, 'fail', 'contents-promise-only', evidenceOf(promised, ico, 1));
  }
  if (!rejected.length) return verdictFor(item, 'fail', 'not-found', evidence);
  return verdictFor(item, 'fail', 'registration-rejected', evidence, { quote: quoteSentence(rejected[0]!, ico).text });
}

/**
 * A concern about data voiced in one sentence and the reader's step to the school in the next: "Unhappy with how we
 * have handled your child's data? Please let the Principal know." The concern sentence is returned, so a concern about
 * one topic reads as a route for that topic only.
 */
function concernThenStep(ctx: AuditContext, o: ComplaintToSchoolOptions): Sentence[] {
  const lead = phrases(o.concernLead);
  const step = phrases(o.schoolStep);
  const regulator = phrases(o.regulator);
  const dataUse = phrases(o.dataUse);
  return findOwn(ctx, lead).filter((s) => {
    const next = adjacentSentence(ctx.text, s, 1);
    return dataUse.test(s.text) && !regulator.test(s.text) && next !== undefined && step.test(next.text) && !regulator.test(next.text);
  });
}

function evaluateComplaintToSchool(ctx: AuditContext, o: ComplaintToSchoolOptions, item: ChecklistItem): Verdict {
  const route = phrases(o.route);
  const narrow = phrases(o.narrow);
  // "Concerns about teaching or uniform go through our complaints policy" routes other matters, not data use.
  const otherMatters = phrases(o.otherMatters);
  const dataUse = phrases(o.dataUse);
  // "Complaints that are not about personal data go through the complaints procedure": data named only to be left out.
  const dataExcluded = phrases(o.dataExcluded);
  const announced = phrases(o.topicsAnnounced);
  const pending = phrases(o.pendingConcern);
  const routes = [...new Set([...findOwn(ctx, route, announced), ...concernThenStep(ctx, o)])].filter(
    (s) => !dataExcluded.test(s.text) && !pending.test(s.text) && (!otherMatters.test(s.text) || dataUse.test(s.text)),
  );
  const general = routes.filter((s) => !narrow.test(s.text));
  if (general.length) return verdictFor(item, 'pass', 'route-given', evidenceOf(general, route, 2));
  if (routes.length) {
    return verdictFor(item, 'partial', 'one-topic-route', evidenceOf(routes, narrow, 2));
  }
  // "If you have any concerns about how your information is used, please get in touch": a concern about data, but
  // neither the school nor any channel is named, so the reader is not told where to take it.
  const noRecipient = phrases(o.noRecipient);
  const unaddressed = findOwn(ctx, noRecipient).filter((s) => dataUse.test(s.text) && !otherMatters.test(s.text));
  if (unaddressed.length) return verdictFor(item, 'partial', 'no-recipient', evidenceOf(unaddressed, noRecipient, 2));
  // Checklist.md 2.18: "if you would like to discuss anything ... contact" is a contact point, not a complaint route.
  const contactOnly = phrases(o.contactOnly);
  const narrowOnly = findOwn(ctx, narrow);
  const contacts = findOwn(ctx, contactOnly);
  if (narrowOnly.length || contacts.length) {
    return verdictFor(
      item,
      'partial',
      narrowOnly.length ? 'topic-limited-only' : 'contact-only',
      evidenceOf([...narrowOnly, ...contacts], undefined, 2),
    );
  }
  return verdictFor(item, 'fail', 'not-found');
}

function evaluateAutomatedDecisions(ctx: AuditContext, o: AutomatedDecisionOptions, item: ChecklistItem): Verdict {
  // A glossary's "Automated decision-making means ..." defines the words: neither a statement nor the right.
  const glossary = glossaryBlocks(ctx.doc);
  const own = (re: RegExp) => findOwn(ctx, re, /cookie/i).filter((s) => !glossary.has(s.block));
  const statement = phrases(o.statement);
  const statements = own(statement);
  if (statements.length) return verdictFor(item, 'pass', 'statement', evidenceOf(statements, statement, 2));
  const rightOnly = phrases(o.rightOnly);
  const rights = own(rightOnly);
  if (rights.length) {
    return verdictFor(item, 'partial', 'right-only', evidenceOf(rights, rightOnly, 2));
  }
  return verdictFor(item, 'fail', 'not-found');
}

export const RIGHTS_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'data-subject-rights', optionsSchema: DataSubjectRightsOptionsSchema, evaluate: evaluateDataSubjectRights }),
  defineCheck({ id: 'subject-access-route', optionsSchema: SubjectAccessOptionsSchema, evaluate: evaluateSubjectAccess }),
  defineCheck({ id: 'withdraw-consent', optionsSchema: WithdrawConsentOptionsSchema, evaluate: evaluateWithdrawConsent }),
  defineCheck({ id: 'complaint-to-ico', optionsSchema: ComplaintToIcoOptionsSchema, evaluate: evaluateComplaintToIco }),
  defineCheck({ id: 'complaint-to-school', optionsSchema: ComplaintToSchoolOptionsSchema, evaluate: evaluateComplaintToSchool }),
  defineCheck({ id: 'automated-decision-making', optionsSchema: AutomatedDecisionOptionsSchema, evaluate: evaluateAutomatedDecisions }),
];
