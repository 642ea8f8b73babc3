// Finds template residue: unfilled placeholders and choices, dropped lists, cut-off sentences, editor artefacts and text from another organisation.
import type { AuditContext } from '../types';
import type { Block, NoticeDocument } from '../../notice/types';
import { splitSentences } from '../../analysis/notice-text';
import { mayMatch } from '../../scan/block-scan';
import { listAfterLeadIn } from '../../notice/list-structure';
import { LEADER_ROW } from '../../notice/read-text';
import { escapeRegExp } from '../../escape-regexp';
import { compilePhrases, dedupeFindings, type QualityFinding, type ResidueOptions } from './options';

/** Kinds that show text copied from another organisation (the other-org-residue flag). */
export const OTHER_ORG_KINDS: ReadonlySet<string> = new Set(['council-text', 'processor-agreement', 'other-school-name']);

const TERMINAL = /[.!?;:)"'\]]\s*$/;
// Every list promise ends so (the patterns are built with this ending): a cheap test before the phrase list.
const LEAD_IN_END = /:\s*(?:-\s*)?$/;
// The next block carries what the lead-in or cut-off sentence points at (an address, email or phone number).
const ADDRESS_START = /^\s*<?(?:https?:\/\/|www\.|[\w.+-]+@[\w-]+\.|\+?\d[\d\s]{6,}|mailto:)/i;
// A list whose bullets were lost still reads as short noun phrases without full stops ("Personal information - e.g. names");
// a full sentence or a heading straight after the lead-in means the list itself is gone.
const SENTENCE_OPENER =
  /^(?:We|Our|The|This|These|That|To|For|If|You|Your|In|It|Where|When|As|Please|Under|There|All|Any|Welsh|Decisions|Not|No|Nothing|Each|Every|Only|Most|Some|Many|Both|Also)\b/;
const ENDS_SENTENCE = /[.!?:]["')]?$/;
// Lower case only: "Appendix A" and "Part A" are titles. Nor does a title end on a request to contact with nobody named
// ("For more details please contact"), unlike "How to contact" or "Key contact".
const ENDS_ON_ARTICLE = /\s(?:the|an?|such as|(?:please|can|could|may|should|must|will|then) contact)$/;

function quoteBlock(b: Block): string {
  return b.text.length > 200 ? `${b.text.slice(0, 197)}...` : b.text;
}

/** The sentence of `text` that contains position `at`, cut to 200 characters. */
function sentenceAt(text: string, at: number): string {
  let offset = 0;
  for (const s of splitSentences(text)) {
    const start = text.indexOf(s, offset);
    offset = start + s.length;
    if (at >= start && at < offset) return s.length > 200 ? `${s.slice(0, 197)}...` : s;
  }
  return tail(text);
}

function tail(text: string): string {
  return text.length > 120 ? `...${text.slice(-117)}` : text;
}

// A letter's greeting or sign-off ends in a comma by custom: "Dear Parents and Carers,", "Yours sincerely,", and in Welsh
// "Annwyl rieni,", "Yn gywir,", "Cofion cynnes,".
const LETTER_FORMULA =
  /^(?:dear\b|annwyl\b|(?:yr eiddoch\s+)?yn\s+gywir\b|cofion\b|yours\s+(?:sincerely|faithfully|truly|ever)|(?:with\s+)?(?:best|kind|warm|warmest|good|every\s+good)\s+(?:regards|wishes)\b|many\s+thanks|thanks\s+again|all\s+the\s+best)/i;
// A short line giving who to contact and how ("Mrs J Patel, School Business Manager, on 01632 960455") carries on a
// sentence that broke at "please contact" or "contact the": the line break is layout, not a cut.
const CHANNEL_IN_LINE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const CONTACT_LINE_WORDS = 25;
const completesContact = (b: Block): boolean =>
  b.kind !== 'heading' && words(b.text).length <= CONTACT_LINE_WORDS && CHANNEL_IN_LINE.test(b.text);

/** A lead-in that promises a list is followed by a heading, a full sentence or a stray fragment instead of list items. */
function isDroppedList(next: Block | undefined, afterNext: Block | undefined): boolean {
  if (!next) return true;
  if (next.kind === 'list-item' || next.kind === 'table-row') return false;
  if (ADDRESS_START.test(next.text)) return false;
  // Two short lines in a row after the lead-in are list items that lost their bullets (plain-text extraction reads them as headings).
  // A name over its address or number is the contact the lead-in promised ("get in touch with:" / "Diocesan Education
  // Service" / "Bishop's House, 3 Minster Yard, Ravensmoor RV1 4AZ").
  if (next.kind === 'heading')
    return !(afterNext && ((afterNext.kind === 'heading' && !TERMINAL.test(afterNext.text)) || completesContact(afterNext)));
  // "and claim compensation ..." after "You also have the right to:" is the last item of a list that lost the rest.
  if (/^(?:and|or)\s/.test(next.text)) return true;
  // Items written as sentences that open alike ("We use it to support learning." / "We use it to keep children safe.")
  // are the list itself with its bullets lost.
  if (afterNext && afterNext.kind === next.kind && isParallelItem(next.text, afterNext.text)) return false;
  // So are one-sentence lines that each name a thing rather than state what the school does ("The local authority, so
  // that it can ..." / "Schools that pupils move on to.").
  if (afterNext && afterNext.kind === next.kind && isNamingItem(next.text) && isNamingItem(afterNext.text)) return false;
  // Only a sentence that opens like new prose counts: "Public task: collecting the data is necessary ..." is an item written as a paragraph.
  return SENTENCE_OPENER.test(next.text) && ENDS_SENTENCE.test(next.text) && next.text.split(/\s+/).length >= 5;
}

const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);
/** Two short lines that open with the same word read as items of one list ("The local authority ..." / "The NHS ..."). */
const isParallelItem = (a: string, b: string): boolean =>
  words(a)[0] === words(b)[0] && words(a).length <= PARALLEL_ITEM_WORDS && words(b).length <= PARALLEL_ITEM_WORDS;
const PARALLEL_ITEM_WORDS = 20;
// Openers of prose that says what the school or the reader does, which a list item naming a body or a record does not use.
const PROSE_SUBJECT =
  /^(?:We|Our|This|These|That|Those|You|Your|It|If|Where|When|As|Please|Under|There|In|To|For|All|Any|Not|No|Nothing|Each|Every|Only|Thank)\b/;
/** A one-sentence line that names a thing (a recipient, a kind of record): a list item whose bullet was lost. */
const isNamingItem = (text: string): boolean =>
  !PROSE_SUBJECT.test(text) && words(text).length <= PARALLEL_ITEM_WORDS && splitSentences(text).length === 1;
/** Lines of a postal address end in commas: "Hollins Lane Primary School," / "Hollins Lane," / "Northshire NS1 2AB". */
const ADDRESS_LINE_WORDS = 8;
const isAddressLine = (b: Block | undefined): boolean =>
  b !== undefined && /,\s*$/.test(b.text) && words(b.text).length <= ADDRESS_LINE_WORDS;

/**
 * A run of two or more one-word lines, one of them CamelCase: image alt text from a logo strip ("ParentalEngagement").
 * Not when a heading or lead-in introduces the run ("The systems we use" / ParentPay / Arbor): that is a list of names.
 */
function altTextRuns(doc: NoticeDocument): Block[][] {
  const runs: Block[][] = [];
  let run: Block[] = [];
  const introduced = (first: Block) => {
    const before = doc.blocks[first.index - 1];
    return before !== undefined && /\s/.test(before.text.trim()) && (before.kind === 'heading' || LEAD_IN_END.test(before.text));
  };
  const flush = () => {
    if (run.length >= 2 && run.some((b) => /[a-z][A-Z]/.test(b.text)) && !introduced(run[0]!)) runs.push(run);
    run = [];
  };
  for (const b of doc.blocks) {
    // List items are real content ("HwB", "SeeSaw" as apps the school uses); alt text shows up as bare lines.
    if (b.kind !== 'table-row' && b.kind !== 'list-item' && /^[A-Za-z]{3,40}$/.test(b.text)) run.push(b);
    else flush();
  }
  flush();
  return runs;
}

// A clause that asks or names a thing ends on its preposition and is complete: "where it comes from", "who we share it
// with", "what we use it for", "how long for". A cut-off sentence has no such question word in its last clause.
// A site menu kept in a text copy: "Home | About us | Admissions | Parents | Contact" ends on a link, not a cut-off word.
const MENU_LINE = /^[^|.!?]{1,30}(?:\s\|\s[^|.!?]{1,30}){2,}$/;
// Or a relative clause with no "which" at all: "the lawful basis I rely on", "the grounds we depend on".
const STRANDED_PREPOSITION =
  /\b(?:what|where|who|whom|which|how long)\b[^,.;:]{0,80}\b(?:from|with|to|for|about|on|in|at|by|of)\s*\??$|\b(?:we|i|they|you)\s+(?:rely|depend)\s+(?:up)?on\s*\??$/i;
// A clause ending on the "to" of a verb that takes one, its verb understood, is complete: "the law that allows us to",
// "only when we have to".
const ELLIPTICAL_INFINITIVE =
  /\b(?:allows?|allowed|permits?|permitted|lets|requires?|required|needs?|needed|wants?|wanted|has|have|had|ought|able|going|asks?|asked|expects?|expected|obliged|entitled)\s+(?:(?:us|you|them|it|him|her|schools?)\s+)?to\s*[?!]?$/i;

// A question word with its infinitive is a whole phrase, the usual end of a heading: "your rights and who to contact",
// "how to complain".
const WH_INFINITIVE = /\b(?:who|whom|what|where|how|when|which)\s+to\s+[a-z]+\s*\??$/i;

// A condition's clause ending on its modal, the verb understood from before: "with consent, or where a safeguarding
// concern means we must", "if the law says we must". "... and with your agreement they may" has no such condition.
const ELLIPTICAL_MODAL =
  /\b(?:where|wherever|when|whenever|if|unless|as|because)\b[^,;:.]{0,60}\b(?:we|they|you|it)\s+(?:also\s+)?(?:may|will|can|must|might|should|would|could)\s*$/i;

// An abbreviation the notice introduces: "(KCC)", "(“KCC”)", "Kent County Council, KCC", "KCC (Kent County Council)".
const ABBREVIATION_DEFINED =
  /\(\s*["\u201c']?([A-Z]{2,8})["\u201d']?\s*\)|\bCouncil\s*[,(]\s*(?:the\s+)?["\u201c']?([A-Z]{2,8})\b|\b([A-Z]{2,8})\s*\(\s*[A-Z][\w' -]{2,60}?Council\s*\)/g;

// A notice that names its council as one of its own parties ("what the school, Conwy County Borough Council and the
// Welsh Government do with ...", "Carmarthenshire County Council ("the Council")") speaks of "the Council" on purpose.
const NAMED_COUNCIL = /\b[A-Z][\w'-]{1,30}(?:\s+[A-Z][\w'-]{1,30}){0,4}\s+Council\b/;
const COUNCIL_DEFINED = /\bCouncil\s*\(\s*["\u201c']?the Council["\u201d']?\s*\)/;
// A notice that introduces its council as its local authority ("Northshire County Council is our local authority",
// "our local authority, Northshire County Council") goes on to call it "the Council" on purpose.
const COUNCIL_AS_LA =
  /\b[A-Z][\w'-]{1,30}(?:\s+[A-Z][\w'-]{1,30}){0,4}\s+Council\b[^.]{0,30}\b(?:our|the school's|the academy's) (?:local authority|LA)\b|\b(?:our|the school's|the academy's) (?:local authority|LA)\b[^.]{0,30}\b[A-Z][\w'-]{1,30}(?:\s+[A-Z][\w'-]{1,30}){0,4}\s+Council\b/;
// A council the notice names in full as a party to the pupils' data ("we disclose ... to Castlebridge City Council", "a
// unit maintained by Kestrel Vale Council", "what the school and X Council do with ...") is one it writes about on
// purpose: "the Council" then refers back to it. A council named in passing ("our DPO service is bought from X Council")
// is not, nor are councils that are not a local authority ("School Council").
const NAMED_COUNCIL_ALL = new RegExp(NAMED_COUNCIL.source, 'g');
const COUNCIL_PARTY_VERB =
  /\b(?:shar(?:e|es|ed|ing)|disclos\w*|sen(?:d|ds|t)|pass(?:es|ed)?|receiv\w*|maintained|do(?:es)? with|report\w* to|return\w* to)\b/i;
// "The Council", "the County Council": a kind of council, not a name.
const UNNAMED_COUNCIL = /^(?:(?:The|This|That|Our|Your|A|Local|County|Borough|City|District|Metropolitan)\s+)+Council$/;
function namesLocalCouncil(text: string, notLocal: RegExp): boolean {
  return (
    COUNCIL_PARTY_VERB.test(text) && [...text.matchAll(NAMED_COUNCIL_ALL)].some((m) => !UNNAMED_COUNCIL.test(m[0]) && !notLocal.test(m[0]))
  );
}

// The council named as the (or a joint) controller of the notice's data ("X Council is therefore the data controller"): its
// answering requests is then no slip.
const COUNCIL_CONTROLS =
  /\bCouncil\b[^.]{0,60}\b(?:is|are|acts? as)\s+(?:(?:therefore|thus|also|legally|so)\s+)?(?:(?:the|a|an|joint)\s+){0,2}(?:data\s+)?controllers?\b|\b(?:joint|data)\s+controllers?\b[^.]{0,40}\b(?:is|are)\s+[^.]{0,40}\bCouncil\b/;
const councilControls = (doc: NoticeDocument): boolean =>
  doc.blocks.some((b) => b.text.includes('Council') && COUNCIL_CONTROLS.test(b.text));

function councilIsParty(doc: NoticeDocument, notLocal: RegExp): boolean {
  return (
    NAMED_COUNCIL.test(doc.title ?? '') ||
    doc.blocks.some(
      // Each pattern spells "Council" as written: a block without it is passed over before any pattern runs.
      (b) =>
        b.text.includes('Council') && (COUNCIL_DEFINED.test(b.text) || COUNCIL_AS_LA.test(b.text) || namesLocalCouncil(b.text, notLocal)),
    )
  );
}

/** Abbreviations a block introduces; each way of introducing one needs a bracket or "Council", which most blocks lack. */
function abbreviationsDefinedIn(text: string): string[] {
  if (!text.includes('(') && !text.includes('Council')) return [];
  return [...text.matchAll(ABBREVIATION_DEFINED)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

// A line of bracketed labels and nothing else ("[Back to Early Years]  [Nursery admissions]  [Term dates]"): a page's
// links as a text copy shows them, not placeholders.
const LINK_BAR = /^\s*(?:\[[^\]\n]{1,40}\][\s|\u00b7\u2022-]*){2,}$/;
// ... unless its labels are fields to fill in: "[Academy name] | [Address] | [Office email]" is a table row left blank.
const FIELD_LABEL = /\[[^\]\n]{0,30}\b(?:name|address|e-?mail|telephone|phone|date|number)\s*\]/i;
const isLinkBar = (text: string): boolean => LINK_BAR.test(text) && !FIELD_LABEL.test(text);

const LEADER_DOTS = /\s\.{3,}\s/;
/** A line of a table laid out with dotted leaders, as a neighbouring line is: its dots join a label to its value, not a blank. */
const isLeaderRow = (doc: NoticeDocument, i: number): boolean =>
  LEADER_ROW.test(doc.blocks[i]!.text) && [doc.blocks[i - 1], doc.blocks[i + 1]].some((b) => b !== undefined && LEADER_ROW.test(b.text));

/** Template residue in the notice (once per audit: the check and the other-organisation flag read it). */
export function findResidue(ctx: AuditContext, o: ResidueOptions): QualityFinding[] {
  const found = ctx.memo.once(scanResidue, ctx.doc, o);
  const olderPupils = sectionForOlderPupils(ctx);
  const otherSchool = ctx.memo.once(otherSchoolsChannel, ctx.doc, ctx.school.value);
  return [...found, ...(olderPupils ? [olderPupils] : []), ...(otherSchool ? [otherSchool] : [])];
}

// The word a school's name ends on, spelt as written: both patterns below end a name on it.
const SCHOOL_KIND = '(?:School|Academy|College)';
const SCHOOL_WORD = new RegExp(SCHOOL_KIND);
// A school's own channel under another school's name: "images may be used on Oakhurst Grange School's social media",
// "photographs go on the Brookfield First School website", or that school as the one using its channel: "St Crispin's
// School will ask for your consent before using images ... on its website". The name was left from the notice it was
// copied from.
const CHANNEL = String.raw`(?:prospectus|website|web site|social media|newsletters?|twitter|facebook|instagram|blog|app)\b`;
const NAMED_CHANNEL = new RegExp(
  String.raw`\b((?:[A-Z][\w'\u2019-]*\s+){1,5}${SCHOOL_KIND})(?:(?:['\u2019]s)?\s+(${CHANNEL})|\s+(?:will|may|might|would|can|could|does|do|uses?|publishes?|puts?|posts?)\b[^.]{0,120}?\bits\s+(?:own\s+)?(${CHANNEL}))`,
  'g',
);
// The school's own deciding body under another school's name: "decided by the Bursary Committee of Hollins Court School".
// Case is spelt out in the body's words: the name after them is read by its capitals, so the pattern has no "i" flag.
const NAMED_BODY = new RegExp(
  String.raw`\b((?:[Bb]ursary|[Aa]dmissions?|[Ff]inance|[Ss]cholarships?|[Gg]overnors['\u2019]?|[Gg]overning)\s+(?:[Cc]ommittee|[Bb]ody|[Bb]oard|[Pp]anel)|[Bb]oard\s+of\s+[Gg]overnors)\s+of\s+(?:the\s+)?((?:[A-Z][\w'\u2019-]*\s+){1,5}${SCHOOL_KIND})\b`,
  'g',
);
// Words any school's name may hold, which say nothing of which school it is.
const COMMON_NAME_WORD =
  /^(?:the|our|this|your|each|every|a|an|any|st|saint|school|academy|college|preparatory|prep|primary|infant|junior|first|middle|secondary|high|grammar|community|church|of|england|ce|c of e|catholic|rc|and|upper|lower|senior|nursery)$/i;
const MAX_OTHER_NAMES = 5;
// A body's notice speaks of its schools by name; only a single school's notice is read for another school's name.
const BODY_NAME = /\b(?:trust|federation|partnership|diocese|council|group|foundation|alliance|collaborative)\b/i;

const nameWords = (name: string): string[] =>
  name
    .split(/\s+/)
    .map((w) => w.replace(/['\u2019]s$/, '').toLowerCase())
    .filter((w) => w && !COMMON_NAME_WORD.test(w));

/**
 * The school's website, prospectus, social media or deciding body given under another school's name, named nowhere else
 * in the notice: text copied from that school's notice (checklist.md 2.28, text from another organisation).
 */
function otherSchoolsChannel(doc: NoticeDocument, school: string | null): QualityFinding | null {
  if (!school || BODY_NAME.test(school)) return null;
  const own = new Set(nameWords(school));
  // Each other name costs a count over the whole notice: a few are all a real notice holds.
  let looked = 0;
  for (const b of doc.blocks) {
    // A block without the word a name ends on is passed over unread.
    if (!SCHOOL_WORD.test(b.text)) continue;
    const named = [
      ...[...b.text.matchAll(NAMED_CHANNEL)].map((m) => ({ at: m.index!, name: m[1]!, what: m[2] ?? m[3]! })),
      ...[...b.text.matchAll(NAMED_BODY)].map((m) => ({ at: m.index!, name: m[2]!, what: m[1]!.toLowerCase() })),
    ];
    for (const { at, name, what } of named) {
      const words = nameWords(name);
      if (!words.length || words.some((w) => own.has(w))) continue;
      if (++looked > MAX_OTHER_NAMES) return null;
      // A school named again elsewhere (a partner, a feeder, a sister school) is one the notice speaks of on purpose.
      const first = new RegExp(`\\b${escapeRegExp(name.split(/\s+/).find((w) => nameWords(w).length)!)}\\b`, 'g');
      if (doc.blocks.reduce((n, x) => n + (x.text.match(first)?.length ?? 0), 0) > 1) continue;
      return {
        kind: 'other-school-name',
        severity: 'fail',
        text: sentenceAt(b.text, at),
        where: b.where,
        why: `"${name.trim()}" is named as the owner of the school's own ${what}, in the notice of ${school}: text left from another school's notice`,
      };
    }
  }
  return null;
}

// The model notice's section on sharing with youth support services from age 13 (England, s.507B), by its heading.
const OLDER_PUPILS_HEADING =
  /\byouth support\b|\b(?:pupils|students|learners|young people|children)\s+(?:aged\s+)?13\s*(?:\+|and over|or over|and above|or older)|\b507b\b/i;
// A heading that says the section is not this school's: "Youth support (does not apply to our school)".
const NOT_OURS = /\b(?:does not|do not|doesn't|don't|will not|won't)\s+apply\b|\bnot\s+(?:relevant|applicable)\b/i;
// A heading that gives the section to other schools of a trust or federation, by name or by kind: "Youth support
// services (Thornhill School and Meadowgate Academy)", "Pupils aged 13+ at our secondary schools". The notice then
// covers older pupils elsewhere, whatever this page's phase.
const FOR_OTHER_SCHOOLS = /\b(?:school|academy|college|secondary)\b/i;

/**
 * A section on pupils aged 13 and over in the notice of a school whose pupils are all younger (a primary school or an
 * early-years setting): the model notice's youth support section, left in when it was copied (checklist.md 2.23, 2.28).
 */
function sectionForOlderPupils(ctx: AuditContext): QualityFinding | null {
  if (ctx.phase.value !== 'primary' && ctx.phase.value !== 'nursery') return null;
  const heading = ctx.doc.blocks.find((b) => b.kind === 'heading' && OLDER_PUPILS_HEADING.test(b.text));
  if (!heading) return null;
  const next = ctx.doc.blocks[heading.index + 1];
  if (NOT_OURS.test(heading.text) || (next && NOT_OURS.test(next.text)) || FOR_OTHER_SCHOOLS.test(heading.text)) return null;
  return {
    kind: 'older-pupils-section',
    severity: 'partial',
    text: quoteBlock(heading),
    where: heading.where,
    why: `a section on pupils aged 13 and over in the notice of a ${ctx.phase.value === 'nursery' ? 'setting' : 'school'} whose pupils are younger: text left from the model notice`,
  };
}

function scanResidue(doc: NoticeDocument, o: ResidueOptions): QualityFinding[] {
  const placeholder = compilePhrases(o.placeholders);
  const slash = compilePhrases(o.slashChoices);
  const artefact = compilePhrases(o.editorArtefacts);
  const promise = compilePhrases(o.listPromises.map((p) => `(?:${p})\\s*:\\s*-?\\s*$`));
  const cutOff = compilePhrases(o.cutOffEndings.map((p) => `(?:${p})\\s*$`));
  const abbreviation = new RegExp(o.councilAbbreviation, 'g');
  const notCouncil = compilePhrases(o.notCouncils.map((p) => `^(?:${p})$`));
  const councilVerb = compilePhrases(o.councilVerbs.map((p) => `^\\s*(?:${p})`));
  const councilActor = compilePhrases(o.councilActor, '');
  const councilServices = compilePhrases(o.councilServices);
  const councilSiblingServices = compilePhrases(o.councilSiblingServices);
  const councilAsController = compilePhrases(o.councilAsController, '');
  const councilOwnHoldings = compilePhrases(o.councilOwnHoldings, '');
  const notLocalCouncil = compilePhrases(o.notLocalCouncils.map((p) => `\\b(?:${p})\\s+Council$`));
  const processor = o.processorLabels.map((p) => new RegExp(p, 'i'));
  const findings: QualityFinding[] = [];
  // HTML and Word documents mark their headings; text and PDF headings are guessed from short lines.
  const headingsMarkedUp = doc.source.format === 'html' || doc.source.format === 'docx';
  // Abbreviations the notice defines ("(KCC)"): only needed once a council abbreviation turns up, which most notices never have.
  let defined: Set<string> | null = null;
  const isDefined = (abbr: string) => (defined ??= new Set(doc.blocks.flatMap((b) => abbreviationsDefinedIn(b.text)))).has(abbr);
  // Whether the notice names its council as a party: read from the whole document at the first "the Council", not at every one.
  let councilParty: boolean | undefined;
  const processorHits = new Map<number, Block>();
  // Each pattern scans the whole text once; a block is tested only against the patterns that hit it.
  const mayPlaceholder = mayMatch(doc, placeholder);
  const maySlash = mayMatch(doc, slash);
  const mayArtefact = mayMatch(doc, artefact);
  const mayAbbreviation = mayMatch(doc, abbreviation);
  const mayCouncilActor = mayMatch(doc, councilActor);
  const mayCouncilServices = mayMatch(doc, councilServices);
  const mayCouncilSiblingServices = mayMatch(doc, councilSiblingServices);
  const mayCouncilAsController = mayMatch(doc, councilAsController);
  let councilController: boolean | undefined;
  const mayProcessor = processor.map((re) => mayMatch(doc, re));

  // The page's own footer is read with the notice ("(c) 2025 [Trust Name]", "Page reviewed: [DATE]"): a reader of the
  // notice sees it, and its placeholder is the same template left unfilled.
  const footerPlaceholder = doc.chrome.footer ? placeholder.exec(doc.chrome.footer) : null;
  if (footerPlaceholder) {
    findings.push({
      kind: 'placeholder',
      severity: 'fail',
      text: footerPlaceholder[0],
      where: 'page footer',
      why: 'a template placeholder was never filled in',
    });
  }
  doc.blocks.forEach((b, i) => {
    const next = doc.blocks[i + 1];
    let m: RegExpExecArray | null;
    if (
      mayPlaceholder(i) &&
      !isLinkBar(b.text) &&
      (m = placeholder.exec(isLeaderRow(doc, i) ? b.text.replace(LEADER_DOTS, ' ') : b.text))
    ) {
      findings.push({
        kind: 'placeholder',
        severity: 'fail',
        text: m[0],
        where: b.where,
        why: 'a template placeholder was never filled in',
      });
    }
    if (maySlash(i) && (m = slash.exec(b.text))) {
      findings.push({
        kind: 'template-choice',
        severity: 'fail',
        text: quoteBlock(b),
        where: b.where,
        why: `"${m[0]}" is a template choice left in: the school never picked one`,
      });
    }
    if (mayArtefact(i) && (m = artefact.exec(b.text))) {
      findings.push({
        kind: 'editor-artefact',
        severity: 'partial',
        text: m[0],
        where: b.where,
        why: 'a word-processor artefact copied into the notice',
      });
    }
    // A list item or a definition can promise a list too ("We also keep the following:", "What do you hold?: the types
    // listed below:"): its own list is the one left empty when prose follows it.
    if (
      b.kind !== 'table-row' &&
      LEAD_IN_END.test(b.text) &&
      promise.test(b.text) &&
      isDroppedList(next, doc.blocks[i + 2]) &&
      !listAfterLeadIn(doc, b, { namedSubHeadings: true }).length
    ) {
      findings.push({
        kind: 'empty-list',
        severity: 'fail',
        text: tail(b.text),
        where: b.where,
        why: 'promises a list, but nothing follows',
      });
    } else if (
      // Plain-text reading takes a short cut-off line for a heading; a comma, or an article or "such as" at its end (no
      // title ends so), shows it is a sentence, not a title. A heading the page marked up as one is a title ("Our
      // systems, and where they are").
      (b.kind === 'paragraph' || (b.kind === 'heading' && !headingsMarkedUp && (b.text.includes(',') || ENDS_ON_ARTICLE.test(b.text)))) &&
      !TERMINAL.test(b.text) &&
      b.text.split(/\s+/).length >= 4 &&
      (m = cutOff.exec(b.text)) &&
      !STRANDED_PREPOSITION.test(b.text) &&
      !ELLIPTICAL_INFINITIVE.test(b.text) &&
      !ELLIPTICAL_MODAL.test(b.text) &&
      !WH_INFINITIVE.test(b.text) &&
      !(isAddressLine(b) && next !== undefined && words(next.text).length <= ADDRESS_LINE_WORDS) &&
      !(next && (ADDRESS_START.test(next.text) || /^[a-z]/.test(next.text) || isAddressLine(next) || completesContact(next))) &&
      !LETTER_FORMULA.test(b.text) &&
      !MENU_LINE.test(b.text)
    ) {
      findings.push({
        kind: 'cut-off',
        severity: 'partial',
        text: tail(b.text),
        where: b.where,
        why: `the sentence stops at "${m[0].trim()}" with nothing after it`,
      });
    }
    if (mayAbbreviation(i))
      for (const a of b.text.matchAll(abbreviation)) {
        // A school that introduces the abbreviation ("Kent County Council (KCC)") is writing about its LA on purpose.
        if (notCouncil.test(a[0]) || isDefined(a[0])) continue;
        if (councilVerb.test(b.text.slice(a.index! + a[0].length))) {
          findings.push({
            kind: 'council-text',
            severity: 'partial',
            text: sentenceAt(b.text, a.index!),
            where: b.where,
            why: `"${a[0]}" (a council) acts as the organisation using the data: text copied from a council notice`,
          });
          break;
        }
      }
    if (mayCouncilActor(i) && (m = councilActor.exec(b.text)) && !(councilParty ??= councilIsParty(doc, notLocalCouncil))) {
      findings.push({
        kind: 'council-text',
        severity: 'partial',
        text: sentenceAt(b.text, m.index),
        where: b.where,
        why: '"the Council" in a school\'s notice: text copied from a council notice',
      });
    }
    // Even a council the notice names as a party does not answer the reader's requests, or take their queries about this
    // notice, in a school's own notice: the council's template wording left in where the school's should be.
    else if (
      mayCouncilAsController(i) &&
      (m = councilAsController.exec(b.text)) &&
      !councilOwnHoldings.test(sentenceAt(b.text, m.index)) &&
      !(councilController ??= councilControls(doc))
    ) {
      findings.push({
        kind: 'council-text',
        severity: 'partial',
        text: sentenceAt(b.text, m.index),
        where: b.where,
        why: '"the Council" answers the reader as if it held this notice\'s data: text copied from a council notice',
      });
    }
    // The council's corporate services (council tax, waste collection) offered as the notice's: a passage of the
    // council's corporate notice, whoever the notice names. Its other services spoken of as "ours" are the notice's own
    // voice only where the council is the controller of the notice's data (a council-run unit).
    if (
      (mayCouncilServices(i) && (m = councilServices.exec(b.text))) ||
      (mayCouncilSiblingServices(i) && (m = councilSiblingServices.exec(b.text)) && !(councilController ??= councilControls(doc)))
    ) {
      findings.push({
        kind: 'council-text',
        severity: 'fail',
        text: sentenceAt(b.text, m.index),
        where: b.where,
        why: "the council's own services spoken of as the notice's: text copied from a council notice",
      });
    }
    // Each label keeps its first block, so a label already seen needs no further test.
    for (let p = 0; p < processor.length; p++)
      if (!processorHits.has(p) && mayProcessor[p]!(i) && processor[p]!.test(b.text)) processorHits.set(p, b);
    // The same title twice in a row ("Privacy Notice" / "Privacy Notice") is a copy-paste slip.
    if (next && b.kind === 'heading' && next.kind === 'heading' && b.text.toLowerCase() === next.text.toLowerCase() && i < 5) {
      findings.push({
        kind: 'duplicate-title',
        severity: 'partial',
        text: b.text,
        where: `${b.where} and ${next.where}`,
        why: 'the title is repeated',
      });
    }
  });

  if (processorHits.size >= o.minProcessorLabels) {
    const first = [...processorHits.values()].sort((a, b) => a.index - b.index)[0]!;
    findings.push({
      kind: 'processor-agreement',
      severity: 'partial',
      text: quoteBlock(first),
      where: first.where,
      why: `${processorHits.size} headings of a data-processing agreement schedule (UK GDPR Art 28(3)) pasted into the notice`,
    });
  }
  for (const run of altTextRuns(doc)) {
    findings.push({
      kind: 'alt-text',
      severity: 'partial',
      text: run.map((b) => b.text).join(' / '),
      where: run[0]!.where,
      why: 'image alt text (a logo or badge strip) left in the notice text',
    });
  }
  return dedupeFindings(findings);
}
