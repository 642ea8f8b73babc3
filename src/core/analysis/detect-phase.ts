// Decides the school's phase (nursery / primary / secondary / all-through / special) from its name and the notice text.
import type { Block, NoticeDocument } from '../notice/types';
import type { Detection, Evidence, Phase } from '../report';
import { blocksMatchingInOrder, mayMatch } from '../scan/block-scan';
import { escapeRegExp } from '../escape-regexp';
import { isLeadIn, leadInBefore } from '../notice/list-structure';

// A special school, with its Welsh name; a school for pupils with a named kind of need ("a school for young people
// aged 2 to 19 with profound and multiple learning difficulties") is one. A school describing its ages in the same
// sentence is still special. So is a body's own special schools by number ("runs three special academies"), and a
// "specialist school for" its pupils or their need ("a specialist school for deaf children").
const SPECIAL_SCHOOL =
  /\b(special (?:school|academy|free school)|specialist (?:day |boarding |residential )?(?:school|academy) for (?:children|pupils|students|young people|learners|boys|girls|deaf|blind|autistic)\b|(?:our|its|two|three|four|five|six|seven|eight|nine|ten) special (?:schools|academies)|ysgol arbennig|(?:school|academy|college) for (?:children|pupils|students|young people|learners|boys|girls)\b[^.]{0,40}? with (?:severe|profound|complex|moderate|multiple|specific|dyslexia|social,? emotional|autism|an autism|autistic|physical disabilit|sensory|speech,? language|communication and interaction)[^.]{0,60}?\b(?:difficulties|needs|disabilit(?:y|ies)|impairments?|spectrum (?:condition|disorder)s?|autism)\b)/i;
// Alternative provision: a pupil referral unit (with its Welsh name), an alternative provision academy, or a hospital
// school teaching children too ill to attend theirs. It is no special school (checklist.md 2.23 names the PRU apart):
// the ages it teaches decide its phase where it gives them, then secondary stages said alone ("Key Stage 4", "GCSEs"),
// and it is read as special only where neither does.
const ALTERNATIVE_PROVISION =
  /\b(pupil referral unit|\bpru\b|alternative provision academy|uned cyfeirio disgyblion|hospital (?:school|education service|teaching service))/i;
const SPECIAL = new RegExp(`${SPECIAL_SCHOOL.source}|${ALTERNATIVE_PROVISION.source}`, 'i');

/**
 * Secondary words that can only be the school's own pupils' stage: key stages 3 to 5, years 7 to 13, GCSE and A level,
 * or its own ages before its kind ("an 11 to 18 academy").
 */
const OWN_SECONDARY_STAGE =
  /^(?:key stages? [345]|ks ?[345]|years? (?:[7-9]|1[0-3])\b.*|gcses?|a[- ]levels?|11\s*(?:-|\u2013|to)\s*1[689] (?:school|academy|comprehensive|secondary))$/i;

/**
 * "primary" other than the plural naming other schools ("primary schools", "primaries", "primary academies"), or the
 * primary school a pupil came from ("the student's primary school", "their previous primary school").
 */
const PRIMARY_NOT_PLURAL =
  /(?<!\b(?:(?:student|pupil|child|learner)(?:'s|s'|\u2019s)|their|his or her|previous|former|feeder|old)\s)\bprimary(?! schools\b| academies\b)\b/i;

/**
 * Words that say what the school is, in the order a school's name is read: a name that says both (a primary school
 * with a nursery class, "Nursery and Infant School") is the older phase's. Early-years settings (nursery schools,
 * day nurseries, pre-schools, playgroups, childminders, the EYFS, funded hours) are the nursery phase: checklist.md
 * 2.20 and 2.23 treat them apart from schools, and no child there is 13 or over. A range of year groups says it too:
 * "Reception to Year 6" or "Years 1 and 2" is primary; "Years 5 to 8" is a middle school whose pupils turn 13 there,
 * which counts as secondary.
 */
const STRONG: [Phase, RegExp][] = [
  // With the Welsh names: ysgol arbennig (special), uned cyfeirio disgyblion (PRU), ysgol pob oed (all-age), ysgol
  // gynradd / fabanod / iau (primary, infant, junior), cylch meithrin, ysgol feithrin and meithrinfa (nursery), ysgol
  // uwchradd / gyfun (secondary), chweched dosbarth (sixth form), TGAU and Safon Uwch (GCSE and A level).
  ['special', SPECIAL],
  // Year groups from the first years to GCSE or beyond: "Reception to Year 11", "Nursery to Year 13".
  [
    'all-through',
    /\b(all[- ]through|all[- ]age (?:[\w-]+ ){0,2}(?:school|academy)|(?:2|3|4)\s*(?:-|–|to)\s*(?:18|19) (?:school|academy)|through school|ysgol pob oed|(?:reception|nursery|years? [12]) (?:to|-|–|(?:right )?through(?: to)?|up to) (?:years? )?1[0-3](?! in (?:years?|reception)\b)|(?:nursery|reception|early years)(?: class| classes)?(?: \([^)]{0,20}\))? (?:to|-|–|(?:right )?through(?: to)?|up to) (?:the )?sixth[- ]form)\b/i,
  ],
  [
    'primary',
    /\b(primaries|primary(?! (?:purpose|reason|aim|basis|legal|care|responsibilit|contact|concern|source|data|role|focus|function|objective|legislation|use)s?\b)|infants?|junior (?:school|academy)|first (?:(?:and|&) nursery )?school|CP school|county primary|ysgol gynradd|ysgol fabanod|ysgol iau|reception class|key stages? 1|ks ?1|foundation phase|(?:reception|nursery|meithrin|years? [1-4]) (?:to|-|–|and) (?:years? )?[2-7])\b/i,
  ],
  [
    'nursery',
    /\b(nurser(?:y|ies)|cylch meithrin|ysgol feithrin|meithrinfa|pre-?schools?|playgroups?|childminders?|childminding|early years (?:foundation stage|settings?|providers?|census|education|funding)|EYFS|funded (?:early education |childcare )?(?:hours|places|entitlement)|children aged (?:[0-3]|six weeks|birth) (?:to|-|–) [2-5]\b|funded (?:2|two|3|three)[- ]year[- ]olds?|(?:2|two)[- ]year[- ]old (?:funding|offer|places?|entitlement)|under[- ](?:fives|5s))\b/i,
  ],
  [
    'secondary',
    /\b(secondary(?! (?:legislation|purpose|processing|use|data)s?\b)|high school|grammar school|upper school|university technical college|studio school|sixth[- ]form|post[- ]16\b|years? (?:7|8|9|1[0-3])\b|years? [7-9] (?:to|-|–) 1[0-3]\b|years? [5-6] (?:to|-|–) (?:years? )?[89]\b|key stages? [345]|ks ?[345]|comprehensive (?:school|academy)|(?:mixed|bilingual|co-?educational|non-selective|welsh-medium|community|catholic|church) comprehensive|is an? (?:[\w-]+ )?middle school|gcses?|a[- ]levels?|ysgol uwchradd|ysgol gyfun|chweched dosbarth|tgau|safon uwch|students? aged 1[3-8]|11\s*(?:-|–|to)\s*1[689](?: school| academy| comprehensive| secondary|\b))/i,
  ],
];

/**
 * Hints that the school comes after primary, none enough alone: records sent by the pupils' own primary schools, exam
 * boards, learner numbers (issued from 14), pupils moving on to college, and a youth support section for 13-19s.
 */
const WEAK_SECONDARY: RegExp[] = [
  /\b(?:feeder primar(?:y|ies)|(?:pupil|student|child|learner)(?:'s|s'|’s|s’) (?:previous |former |old )?primary(?: schools?)?|primary schools? (?:that |which )?(?:you|they|your child|pupils|students|children) (?:attended|went to|came from|were at))\b/i,
  /\b(?:examination|exam) boards?\b|\bawarding (?:bodies|body|organisations?)\b|\bJCQ\b/i,
  /\bunique learner numbers?\b|\blearning records service\b|\bULN\b/,
  /\b(?:colleges?|sixth forms?|training providers?|apprenticeships?) (?:that |which )?(?:students|pupils|they|you) (?:move|go|progress)(?: on)? to\b|\bnext school or college\b|\bpost[- ]16 (?:providers?|education|destinations?)\b/i,
  /\byouth support services?\b[^.]{0,200}\b13\b|\b(?:aged?|reach(?:es)?) 13\b[^.]{0,200}\byouth support/i,
];

/** The nursery or pre-school a child came from, not this setting: "your child's nursery or previous school". */
const PREVIOUS_NURSERY =
  /\b(?:their|previous|former|your|his|her|(?:pupil|child)(?:'s|s'|’s|s’)|from (?:a|their|your|his|her|any)) (?:previous |former |old )?(?:nurser(?:y|ies)|pre-?schools?|playgroups?|early years settings?)(?! class| unit| room)(?: or (?:previous |former |other )?(?:schools?|settings?))?\b/i;

/**
 * Hints that the school is a primary, none enough alone: its pupils moving on to secondary school, and the tests only
 * primary pupils sit (the phonics screening check, the multiplication tables check, the Reception baseline). Not Key
 * Stage 2 results: a secondary school receives those from its pupils' primary schools.
 */
const WEAK_PRIMARY: RegExp[] = [
  // Children arriving from a nursery: "from your child's nursery or previous school".
  PREVIOUS_NURSERY,
  /\b(?:mov(?:e|es|ing)|go(?:es)?|going|transfer(?:s|ring)?|start(?:s|ing)?) (?:on |up )?(?:to|at|into) (?:a |the |their |his or her |your child'?s |your )?(?:new |next )?secondary(?: schools?)?\b|\b(?:next|receiving|chosen|new) secondary schools?\b/i,
  /\bphonics screening(?: check)?\b|\bmultiplication tables? check\b|\breception baseline(?: assessment)?\b/i,
];

// The DfE 2019-21 category list says "key stage 1 and phonics results, post 16 courses enrolled for" in every school's copy,
// secondary or primary, so it is no signal of phase, nor are the titles of the Department's privacy pages a school points
// to ("early years foundation stage to key stage 3", "key stage 4 and 5 and adult education"). A primary school the pupils
// came from, or the secondary school they go on to, names another school, not this one, and so does the rest of that
// clause ("... moves on to in Year 7, usually Ysgol Uwchradd y Dref", "the school your child moves on to, usually Ysgol
// Uwchradd Bro Felin"). So do the nursery a child came from and, in an early-years setting's notice, the primary school a
// child moves on to.
const TEMPLATE_NOISE = new RegExp(
  String.raw`key stage 1 and phonics results,?(?: post[- ]16 courses enrolled for)?|\b(?:early years(?: foundation stage)?|eyfs) to key stage 3\b|\bkey stages? 4 (?:and|&|to) 5 and adult education\b|\b(?:their|previous|former|feeder|partner|local|old|other|your|his|her|(?:pupil|student|child|learner)(?:'s|s'|’s|s’)|from (?:a|the|each|their|your|his|her|any)|from) (?:previous |former |old )?(?:primar(?:y|ies)(?: schools?)?|first schools?)\b|\b(?:the|a|each|their|your) primary schools? (?:sends?|passes|passed|provides?|forwards?|transfers?|shares?)\b|\bprimary schools? (?:that |which )?(?:you|they|your child|pupils|students|children) (?:attended|went to|came from|were at)\b|\b(?:next|new|future|receiving|chosen) (?:secondary|primary)(?: schools?)?\b[^.;]*|\b(?:to|into|onto|for|starting|start at) (?:a |the |their )?secondary(?: schools?)?\b[^.;]*|\b(?:(?:secondary|primary) )?schools? (?:that |which )?(?:they|pupils|your child|children|the pupil|the child|learners?|students?) (?:moves?|go(?:es)?|transfers?|will (?:attend|move|go|transfer))\b[^.;]*|\bsecondary schools?\b[^.;]{0,50}?\b(?:child|pupil|student|learner|they|young (?:person|people))(?:ren|s)?\b[^.;]{0,15}?\b(?:moves?|go(?:es)?|transfers?|progress(?:es)?) (?:on |up )?(?:to|in)\b[^.;]*|\b(?:ysgol (?:gynradd|uwchradd) (?:flaenorol|nesaf|newydd|olaf)|(?:yr|i'r|i’r) ysgol uwchradd y bydd)\b|\b(?:to|into|onto|starting|start at) (?:a |the |their )?primary schools?\b[^.;]*|${PREVIOUS_NURSERY.source}`,
  'gi',
);

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * Blocks that may match `re`, in document order (every block when a whole-text scan cannot tell), found as they are
 * read: only the first match is wanted, so the scan stops at the block that holds it.
 */
function* candidates(doc: NoticeDocument, re: RegExp): Generator<Block> {
  const hits = blocksMatchingInOrder(doc, re);
  if (!hits) yield* doc.blocks;
  else for (const i of hits) yield doc.blocks[i]!;
}

/** The first match of `re` outside the NPD boilerplate, read after `clean` (noise removal), with where it was. */
function firstMatch(doc: NoticeDocument, re: RegExp, npdBlocks: Set<number>, clean: (t: string) => string = (t) => t): Evidence | null {
  for (const b of candidates(doc, re)) {
    if (npdBlocks.has(b.index)) continue;
    const m = re.exec(clean(b.text));
    if (m) return { text: m[0], where: b.where };
  }
  return null;
}

const detected = (value: Phase, evidence: Evidence[]): Detection<Phase> => ({ value, from: 'detected', evidence });

/** An age range ("11 to 16", "3-18"), not years, key stages or a length of time ("Years 7-11", "6 to 8 weeks"). */
const AGE_RANGE_SOURCE = String.raw`\b(?<!\b(?:years?|key stages?|ks|y)\s*)(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b(?!\s*(?:years?|months?|weeks?|days?|hours?|%|per\b))`;
// The school describing itself by the ages it teaches, near the top: "Larchmere House is a day school for boys and girls
// aged 4 to 11", "Greywell Park Academy is an 11 to 16 secondary academy". It outweighs words elsewhere in the text
// (primary schools that send records, early years settings pupils came from), which speak of other settings. Year
// groups ("Years 7 to 11") are not ages.
const SELF_AGES = new RegExp(String.raw`\b(?:is|are)\s+(?:an?|the|our)\b[^.]{0,160}?` + AGE_RANGE_SOURCE, 'i');
/** Every age range in a clause that SELF_AGES opened. */
const AGE_RANGE = new RegExp(AGE_RANGE_SOURCE, 'gi');
// The pupils described by their ages near the top, in any sentence: "Privacy notice for pupils aged 9 to 13", "a hospital
// school serving young people aged 5 to 18", "a school for children from three to sixteen years old", or in an aside:
// "what we hold about pupils (from age 3 to 18)".
const PUPILS_AGED =
  /\b(?:(?:pupils|children|students|learners|boys|girls|young people)\s+\(?(?:(?:are|who are)\s+)?|(?<=\()(?=ages\b))(?:ages|aged(?:\s+between)?|of ages?|between the ages of|between|from (?:the )?(?:ages? (?:of )?)?)\s*(\d{1,2})\s*(?:-|–|to|and|(?:right )?(?:through|up) to)\s*(\d{1,2})\b(?!\s*(?:months?|weeks?|days?|hours?|%))/i;
/** Ages given with the word: "ages 4 to 18", "aged 7-11". */
const AGES_GIVEN = String.raw`(?:ages?|aged)\s+(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})`;
/** Ages in brackets after a part of the school: "(ages 7-11)", or after the first such part, "(11 to 16)". */
const BRACKETED_AGES = /\(\s*(?:(?:ages?|aged)\s+)?(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\s*\)/gi;
/** A part's ages in brackets, or given with the word anywhere in the line ("Lower School (Classes 1 to 8, ages 6 to 14)"). */
const PART_AGES = new RegExp(`${BRACKETED_AGES.source}|\\b${AGES_GIVEN}\\b`, 'gi');
/**
 * A part's year groups in brackets, read as the ages they hold: "the Prep School (Reception to Year 6)" 4 to 11, "the
 * Senior School (Years 7-11)" 11 to 16 (a pupil starts Year N at N + 4 and leaves it at N + 5).
 */
const BRACKETED_YEARS = /\(\s*(?:(reception)|years?\s+(\d{1,2}))\s*(?:-|\u2013|to)\s*(?:years?\s+)?(\d{1,2})\s*\)/gi;
/**
 * A sixth form listed as one of the parts beside a part given with its ages ("pupils in the Junior Department (ages 7 to
 * 11), the Senior School and the Sixth Form"): the school keeps pupils to 18.
 */
const SIXTH_FORM_PART = /(?:,|\band)\s+(?:the\s+|our\s+)?Sixth Form\b/;
function yearGroupAges(r: RegExpMatchArray): readonly [number, number] {
  return [r[1] ? 4 : Number(r[2]) + 4, Number(r[3]) + 5];
}
/**
 * A class or unit within the school, just before the ages it takes ("a nursery class for children aged 3 and 4"), or a
 * part of the school named as such with its ages beside it ("the whole School: the Nursery (ages 3 to 4), the Prep
 * School ...").
 */
const CLASS_FOR =
  /\b(?:(?:nursery|pre-?school|reception) (?:class(?:es)?|units?|provision)\s+(?:for\s+)?|(?:the|our|its) (?:nursery|pre-?school|reception)(?: (?:class(?:es)?|units?|provision))?\s*\()$/i;
// A name that ends on its kind ("Fenwick High", "Hollins Grammar") says secondary as "Fenwick High School" does.
const SECONDARY_NAME_END = /\b(?:high|grammar|comprehensive)\s*$/i;
// A lower school is the first tier of a three-tier system (ages 4 to 9): a primary, named so. In running text "the lower
// school" is often the younger years of a secondary, so only the name says it.
const PRIMARY_NAME = /\blower school\b/i;
// Most middle schools take pupils aged 9 to 13, who turn 13 there: deemed secondary, as checklist.md 2.23 counts them.
// A middle school that gives its ages (8 to 12) is read from them first.
const MIDDLE_NAME = /\bmiddle school\b/i;
const SCHOOL_NOUN = /\b(?:school|academy|college|nursery|setting|pupils|children|students|learners|boys|girls|young people)\b/i;
const OPENING_BLOCKS = 15;
// A name that says school ("Ysgol Cae Helyg", "Brookfield School"). One that says nursery ("Ysgol Feithrin ...", "... Nursery
// School") has been read as a nursery by its name already.
const SCHOOL_BY_NAME = /^ysgol\b|\bschool$/i;

// The schools a notice is for, named in its header lines: a federation or trust notice often heads itself with its
// schools' names ("Fenbrook CE Primary School | Ashwell Green Primary School") while the school it detects is the
// federation. Those names are the notice's own, unlike the destination schools ("... or Elmhurst High School") later on.
const HEADER_BLOCKS = 3;
const HEADER_LINE_MAX = 200;
// A proper name's last word before the phase noun ("Green Primary School", "CE Primary School"): bounded, so a line of
// capitalised words costs one short look per word.
const NAMED_SCHOOL =
  /\b[A-Z][\p{L}'\u2019.-]{0,30}\s+(Primary|Infant|Junior|First|Nursery|High|Secondary|Grammar|Middle|Special)\s+(?:School|Academy)s?\b/gu;
// Any school's name, of a kind or not ("Thornley Vale Academy"), counted against the names that give their kind.
const ANY_NAMED_SCHOOL = /\b[A-Z][\p{L}'\u2019.-]{0,30}\s+(?:School|Academy)\b/gu;
const NAMED_PHASE: Readonly<Record<string, Phase>> = {
  primary: 'primary',
  infant: 'primary',
  junior: 'primary',
  first: 'primary',
  nursery: 'nursery',
  high: 'secondary',
  secondary: 'secondary',
  grammar: 'secondary',
  middle: 'secondary',
  special: 'special',
};

/** The one phase of the schools named in the notice's header lines, or null (none named, or several phases). */
function headerNamedPhase(doc: NoticeDocument): Detection<Phase> | null {
  const phases = new Map<Phase, Evidence>();
  for (const b of doc.blocks.slice(0, HEADER_BLOCKS)) {
    // The header ends where the text starts: a sentence is running text, whose schools may be anyone's.
    if (b.text.length > HEADER_LINE_MAX || /[.!?]["'\u2019)]?\s*$/.test(b.text)) break;
    if (b.kind === 'list-item' || b.kind === 'table-row') continue;
    // A line of a body's schools where some name gives no kind ("Ashwell Primary Academy | ... | Thornley Vale Academy")
    // says nothing of the body's phase: the unnamed kind may be the other one.
    const named = [...b.text.matchAll(NAMED_SCHOOL)];
    if (named.length && [...b.text.matchAll(ANY_NAMED_SCHOOL)].length > named.length) continue;
    for (const m of named) {
      const phase = NAMED_PHASE[m[1]!.toLowerCase()]!;
      if (!phases.has(phase)) phases.set(phase, { text: b.text, where: b.where });
    }
  }
  const only = phases.size === 1 ? [...phases][0] : undefined;
  return only ? detected(only[0], [only[1]]) : null;
}

// From the early years to 13 or over is all-through: its oldest pupils turn 13 in its care, as a middle school's do
// (checklist.md 2.23), and its youngest are primary-age.
function phaseOfAges(low: number, high: number): Phase | null {
  if (low >= high || high > 19 || low > 16) return null;
  if (high <= 5) return 'nursery';
  if (low <= 5 && high >= 13) return 'all-through';
  if (high <= 12) return 'primary';
  if (low >= 9) return 'secondary';
  return null;
}

// Ages written as words ("between eleven and eighteen years old") read as figures.
const AGE_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  seven: '7',
  nine: '9',
  eleven: '11',
  thirteen: '13',
  fourteen: '14',
  sixteen: '16',
  eighteen: '18',
  nineteen: '19',
};
const AGE_WORD = new RegExp(`\\b(?:${Object.keys(AGE_WORDS).join('|')})\\b`, 'gi');
const inFigures = (text: string): string => text.replace(AGE_WORD, (w) => AGE_WORDS[w.toLowerCase()]!);

/** The opening blocks of running text, outside the NPD boilerplate: where a school says what it is. */
function openingProse(doc: NoticeDocument, npdBlocks: Set<number>): Block[] {
  // Counted in blocks of running text: a contents list of a dozen items above "1. About us" is not the opening.
  return doc.blocks.filter((b) => !npdBlocks.has(b.index) && b.kind !== 'list-item' && b.kind !== 'table-row').slice(0, OPENING_BLOCKS);
}

// The school saying what kind it is, as the subject of its own sentence: "Ysgol Nant y Gog is a community primary
// school", "We are a small rural infant school", "A special free school for pupils aged 5 to 19" (its type may follow
// the kind).
const KIND_AFTER_ARTICLE =
  "(?:a|an)\\s+(?:[\\w'-]+\\s+){0,4}?(primary|infant|junior|first|secondary|high|nursery|special|all-through)\\s+(?:(?:free|community|foundation|day|boarding|residential)\\s+)?(?:school|academy)\\b";
const SELF_KIND = new RegExp(`\\b(?:is|are)\\s+${KIND_AFTER_ARTICLE}`, 'i');
const KIND_PHASE: Record<string, Phase> = {
  primary: 'primary',
  infant: 'primary',
  junior: 'primary',
  first: 'primary',
  secondary: 'secondary',
  high: 'secondary',
  nursery: 'nursery',
  special: 'special',
  'all-through': 'all-through',
};

/** The opening sentence in which the school, by its name or as "we", says what kind of school it is. */
function selfDescribedKind(doc: NoticeDocument, npdBlocks: Set<number>, school: string | null): Detection<Phase> | null {
  const subject = new RegExp(`^(?:we|the school|our school${school ? `|(?:the\\s+)?${escapeRegExp(school)}` : ''})\\s+(?:is|are)\\b`, 'i');
  // Or its name with the kind beside it: "... pupils of Ysgol Bryn Celyn, a community primary school maintained by ...".
  const beside = school ? new RegExp(`${escapeRegExp(school)},\\s+${KIND_AFTER_ARTICLE}`, 'i') : null;
  for (const b of openingProse(doc, npdBlocks)) {
    for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
      if (SPECIAL_SCHOOL.test(sentence)) continue;
      const m = SELF_KIND.exec(sentence);
      const kind = m && subject.test(sentence.trim()) ? m : beside?.exec(sentence);
      if (kind) return detected(KIND_PHASE[kind[1]!.toLowerCase()]!, [{ text: sentence.trim(), where: b.where }]);
    }
  }
  return null;
}

const HEADER_AGES = new RegExp(String.raw`\b${AGES_GIVEN}\b(?!\s*(?:months?|weeks?|days?|hours?|%))`, 'i');
const HEADER_KIND = new RegExp(`\\b${KIND_AFTER_ARTICLE}`, 'i');

/**
 * The school as the site header describes it ("Brookfield Park School · A community special school for children aged 2
 * to 19"): the header is the school's own banner, so its kind outweighs the school-age words met in the text (a nursery
 * among the places data comes from), though not the text's own special or all-through words.
 */
function headerDescribedKind(doc: NoticeDocument): Detection<Phase> | null {
  const m = HEADER_KIND.exec(doc.chrome.header);
  if (m) return detected(KIND_PHASE[m[1]!.toLowerCase()]!, [{ text: m[0], where: 'site header' }]);
  // A special school gives its ages too ("Special school for learners aged 3 to 19"): its kind decides.
  const special = SPECIAL.exec(doc.chrome.header);
  if (special) return detected('special', [{ text: special[0], where: 'site header' }]);
  // Or the ages it teaches, as a banner line gives them: "Ages 4 to 18 · Primary, Secondary and Sixth Form".
  const ages = HEADER_AGES.exec(doc.chrome.header);
  const phase = ages && phaseOfAges(Number(ages[1]), Number(ages[2]));
  return phase ? detected(phase, [{ text: ages[0], where: 'site header' }]) : null;
}

// The school's own pupils from its youngest class to its oldest year: "every pupil ... from our Nursery class through to
// Year 13", "Kestrel Vale Academy - Nursery to Sixth Form", "from the Nursery to the Upper Sixth" (an independent school's
// Year 13). Spanning both ends makes it all-through.
const STAGE_SPAN =
  /\b(?:from\s+(?:our\s+|the\s+|its\s+)?)?(?:nursery|reception|early years)(?:\s+(?:class|classes|unit))?\s*(?:(?:right\s+|all\s+the\s+way\s+)?(?:through\s+)?to|[-\u2013\u2014]|through)\s*(?:the\s+end\s+of\s+)?(?:year\s+13|(?:the\s+|our\s+)?(?:sixth[-\s]form|upper\s+sixth))\b/i;

// Or a span to an earlier year, said with "from" in the running text: "teaching children from nursery (age 3) to the end
// of Year 6 (age 11)". Its ends give the ages: a nursery child is 3, a reception child 4, and a pupil leaves Year N at
// N + 5. Not a part's years in brackets ("the Prep School (Reception to Year 6)"), nor "children in Reception to Year 11"
// defining a word.
const YEAR_SPAN =
  /(?<!\([^()]{0,40})\bfrom\s+(?:our\s+|the\s+|its\s+)?(nursery|reception|early years)(?:\s+(?:class|classes|unit))?(?:\s*\([^()]{0,30}\))?\s*(?:(?:right\s+)?(?:through\s+)?to|through)\s*(?:the\s+end\s+of\s+)?year\s+(\d{1,2})\b/i;
const SPAN_START_AGE: Record<string, number> = { nursery: 3, 'early years': 3, reception: 4 };

/** The phase of the years the opening spans with "from", weaker than a special school's or all-through school's words. */
function yearsSpanned(doc: NoticeDocument, npdBlocks: Set<number>): Detection<Phase> | null {
  for (const b of openingProse(doc, npdBlocks)) {
    const m = YEAR_SPAN.exec(b.text);
    const phase = m && phaseOfAges(SPAN_START_AGE[m[1]!.toLowerCase()]!, Number(m[2]) + 5);
    if (phase) return detected(phase, [{ text: m![0], where: b.where }]);
  }
  return null;
}

// Or its parts named one by one in a sentence, a younger part and an older one: "It applies to the whole School: the
// Nursery, the Prep School (Reception to Year 6), the Senior School (Years 7 to 11) and the Sixth Form".
const YOUNGER_PART =
  /\b(?:the|our|its) (?:nursery|pre-?prep(?:aratory)?(?: school)?|prep(?:aratory)? school|infant school|junior school)\b/i;
const OLDER_PART = /\b(?:the|our|its) (?:senior school|upper school|sixth[- ]form(?! colleges?\b))\b/i;
// Only other parts between them, each perhaps with its ages or years in brackets: a list, not "our nursery shares a site
// with the sixth form". Or a span, "from our Nursery (age 3) through the Primary and Secondary phases to the Sixth Form",
// "from the age of three, in our Nursery, through the Prep and Senior Schools to the Sixth Form".
const PARTS_BETWEEN =
  /^(?:\s*\([^()]{0,40}\))?(?:\s*,\s*(?:the|our|its) [\w -]{1,30}?(?:\s*\([^()]{0,40}\))?)*(?:\s*,|\s+and|,\s*and)\s*$/i;
const SPAN_FROM = /\bfrom\b[^.;:]{0,40}$/i;
const SPAN_BETWEEN = /^[^.;:]{0,80}?\s(?:to|up to|into)\s+$/i;

/** All-through when the opening or the site header spans the school's stages from nursery or reception to the sixth form. */
function stagesSpanned(doc: NoticeDocument, npdBlocks: Set<number>): Detection<Phase> | null {
  const header = STAGE_SPAN.exec(doc.chrome.header);
  if (header) return detected('all-through', [{ text: header[0], where: 'site header' }]);
  for (const b of openingProse(doc, npdBlocks)) {
    const m = STAGE_SPAN.exec(b.text);
    if (m) return detected('all-through', [{ text: m[0], where: b.where }]);
    for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
      const younger = YOUNGER_PART.exec(sentence);
      const older = younger && OLDER_PART.exec(sentence);
      if (!younger || !older || older.index < younger.index) continue;
      const between = sentence.slice(younger.index + younger[0].length, older.index);
      const span = SPAN_FROM.test(sentence.slice(0, younger.index)) && SPAN_BETWEEN.test(between);
      if (PARTS_BETWEEN.test(between) || span)
        return detected('all-through', [{ text: sentence.slice(younger.index, older.index + older[0].length), where: b.where }]);
    }
  }
  return null;
}

/** The ages the school gives itself in its opening; not those of each school a body lists (`listed`: those blocks). */
function selfDescribedAges(doc: NoticeDocument, npdBlocks: Set<number>, listed: readonly Block[]): Detection<Phase> | null {
  const opening = openingProse(doc, npdBlocks).filter((b) => !listed.includes(b));
  for (const b of opening) {
    const m = SELF_AGES.exec(b.text);
    if (!m) continue;
    // The sentence from the verb on: "is an 11 to 16 secondary academy".
    const end = b.text.slice(m.index).search(/[.!?](?:\s|$)/);
    const clause = b.text.slice(m.index, end < 0 ? undefined : m.index + end);
    if (!SCHOOL_NOUN.test(clause)) continue;
    // A special school describing its ages is still special: the word in the sentence decides.
    if (SPECIAL_SCHOOL.test(clause)) return null;
    // Its sites or departments each with their ages ("on two sites, ages 3 to 11 and ages 11 to 18") span the school.
    const ranges = [...clause.matchAll(AGE_RANGE)].map((r) => [Number(r[1]), Number(r[2])] as const).filter(([l, h]) => l < h && h <= 19);
    const low = Math.min(Number(m[1]), ...ranges.map(([l]) => l));
    const high = Math.max(Number(m[2]), ...ranges.map(([, h]) => h));
    const phase = phaseOfAges(low, high);
    if (phase) return detected(phase, [{ text: clause.length > 120 ? `${clause.slice(0, 117)}...` : clause, where: b.where }]);
  }
  // A school that calls itself special in its opening ("Fernhill Park is a community special school ... We educate young
  // people aged 11 to 19") is special whatever ages a strapline gives.
  if (opening.some((b) => SELF_KIND.exec(b.text)?.[1]?.toLowerCase() === 'special')) return null;
  for (const b of opening) {
    const text = inFigures(b.text);
    const m = PUPILS_AGED.exec(text);
    // The ages of a class within the school ("six primary academies, each with a nursery class for children aged 3 and
    // 4") are that class's, not the school's.
    if (m && CLASS_FOR.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (m && SPECIAL_SCHOOL.test(text)) return null;
    if (!m) continue;
    // The school's parts each with their ages in one line ("Junior School (ages 7-11) | Senior School and Sixth Form
    // (ages 11-18)") span the school.
    // Other parts may give year groups instead: "Little Wrens Nursery (ages 2-4), the Prep School (Reception to Year 6)".
    const parts = [
      ...[...text.matchAll(PART_AGES)].map((r) => [Number(r[1] ?? r[3]), Number(r[2] ?? r[4])] as const),
      ...[...text.matchAll(BRACKETED_YEARS)].map(yearGroupAges),
    ].filter(([l, h]) => l < h && h <= 19);
    if (parts.length && SIXTH_FORM_PART.test(text)) parts.push([16, 18]);
    const spans = parts.length >= 2;
    const low = spans ? Math.min(...parts.map(([l]) => l)) : Number(m[1]);
    const high = spans ? Math.max(...parts.map(([, h]) => h)) : Number(m[2]);
    // A junior part beside a senior one is all-through even from 7: the school takes pupils of both phases.
    const bothPhases = spans && parts.some(([l, h]) => phaseOfAges(l, h) === 'primary') && parts.some(([l, h]) => l >= 9 && h >= 16);
    const phase = bothPhases ? 'all-through' : phaseOfAges(low, high);
    if (phase) return detected(phase, [{ text: spans ? b.text.slice(0, 160) : m[0], where: b.where }]);
  }
  return null;
}

// A trust or federation speaking of its own schools by kind: "our secondary academies", "six primary academies".
const OWN_KIND =
  /\b(?:our|its|the trust's|the trust\u2019s|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(primary|infant|junior|first|secondary|high)\s+(?:academies|schools)\b/gi;
// Or naming them after a colon: "It runs eight academies: Brackenfield Primary Academy, ..., Northgate High School",
// "The Trust operates the following academies: ...".
const RUNS_NAMED =
  /\b(?:runs?|operates?|is made up of|are made up of|comprises|consists of|brings together)\s+(?:[\w-]+\s+){0,2}?(?:academies|schools)\s*:/i;
// Or listing them, each with its ages (and perhaps its town): "(b) Mayfield Park Primary Academy (ages 4 to 11);",
// "Castle Rise Academy and Sixth Form, Tenwell (ages 11-18)".
const SCHOOL_WITH_AGES =
  /^\W{0,6}[A-Z][^()]{0,80}\b(?:School|Academy|College)(?:\s+and\s+Sixth\s+Form)?(?:,\s*[A-Z][\w'\u2019 -]{0,30}?)?\s*\((?:ages?|aged)\s+(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\b/;
// Or naming them in running text, each with its ages, in a sentence saying they are the body's own: "The Trust runs five
// academies: Meadowcroft Infant School (ages 4 to 7), ... and Harrowgate Academy (ages 11 to 18)", "Our family of
// schools is ...". Not the schools it works with ("our feeder schools are ...").
// Or the notice's own label of the schools it covers: "Applies to: Elm Primary Academy (ages 3-11) and ...".
const RUNS_SCHOOLS =
  /\b(?:applies to(?=\s*:)|(?:runs?|operates?|is made up of|are made up of|comprises|consists of|brings together)\s+(?:the\s+following\s+)?(?:[\w-]+\s+){0,2}?(?:academies|schools)|(?:our|its|the trust's|the trust\u2019s)\s+(?:family of\s+)?(?!feeder|partner|local|neighbouring|other)(?:[\w-]+\s+)?(?:academies|schools)\s+(?:is|are|includes?|comprises?))\b/i;
const APPLIES_TO_LABEL = /^\W{0,6}applies to\s*:/i;
const NAMED_WITH_AGES =
  /(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}\s+(?:School|Academy|College)\s*\((?:(?:ages?|aged)\s+)?(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\b/g;
// In such a sentence, a school named by its kind with no "School" after it: "Fenwick Primary, Oldbury Infant and ...".
const SHORT_NAMED_KIND =
  /(?<![\w'\u2019-])[A-Z][\w'\u2019-]+\s+(Primary|Infant|Junior|First|Secondary|High)\b(?!\s+(?:School|Academy|College)\b)/g;
// Or as items of a list under such a sentence, each naming a school (and perhaps its town) and its phase: "Our academies
// are:" then "Longmoor Academy - secondary", "Meadowgate Primary Academy, Cresswell: primary, ages 3 to 11".
const ITEM_SCHOOL_WITH_PHASE =
  /^\W{0,6}[A-Z][^()|]{0,80}\b(?:School|Academy|College)(?:,\s*[A-Z][\w'\u2019 -]{0,30}?)?\s*(?:[-\u2013\u2014:,(]\s*)(primary|infant|junior|first|secondary|high)\b/i;
// Among the schools a body says it runs, one named by its kind alone: "... and one secondary academy, Harrowden Vale".
const ONE_OF_KIND = /\b(?:one|a|an)\s+(primary|infant|junior|first|secondary|high)\s+(?:academy|school)\b/gi;
// A lead-in to a list or table of the body's own schools: a sentence saying it runs them (RUNS_SCHOOLS), "This notice
// applies to every academy in the Trust:", "This notice covers the following academies:". Not schools pupils come from
// or go on to.
const introducesOwnSchools = (text: string): boolean =>
  RUNS_SCHOOLS.test(text) ||
  (/\b(?:academ(?:y|ies)|schools)\b/i.test(text) &&
    /\b(?:trust|federation|every|each|all|covers|applies to)\b/i.test(text) &&
    !/\b(?:feeder|partner|move|moves|moving|go on|goes on|going on|transfer|other|local|neighbouring|nearby)\b/i.test(text));
/**
 * A paragraph of school names straight after a lead-in that introduces the body's own schools: "This notice covers all
 * seven academies in our trust:" / "Applegarth Primary Academy, ... and Greystone Academy (ages 11 to 16)."
 */
function namesAfterOwnLeadIn(doc: NoticeDocument, b: Block): boolean {
  const lead = doc.blocks[b.index - 1];
  return b.kind === 'paragraph' && lead !== undefined && isLeadIn(lead) && lead.kind !== 'list-item' && introducesOwnSchools(lead.text);
}

/** An item naming a school in a list whose lead-in introduces the body's own: "It runs the following academies:" / "- Holy Rood Catholic Primary Academy". */
function ownSchoolItem(doc: NoticeDocument, b: Block): boolean {
  if (b.kind !== 'list-item' || !/\b(?:School|Academy|College)\b/.test(b.text)) return false;
  const lead = leadInBefore(doc, b.index);
  return lead !== null && introducesOwnSchools(lead.text);
}

/** The paragraph before the table a row belongs to introduces the body's own schools. */
function tableLeadIsOwn(doc: NoticeDocument, row: number): boolean {
  let i = row;
  while (i >= 0 && doc.blocks[i]!.kind === 'table-row') i--;
  const lead = doc.blocks[i];
  return lead !== undefined && introducesOwnSchools(lead.text);
}
// Or as rows of a table naming a school, read with its column headers, then a later cell: its ages ("Academy: Harrowdene
// Park Academy | Phase: Secondary | Ages: 11-18") or its phase ("Academy: Kestrel Vale High School | Phase: Secondary").
const SCHOOL_ROW_THEN = '^[^|]{0,30}\\b(?:School|Academy|College)\\b[^|]{0,40}(?:\\|[^|]{0,60}){0,3}\\|\\s*';
const ROW_SCHOOL_WITH_AGES = new RegExp(`${SCHOOL_ROW_THEN}Ages?(?: range)?:\\s*(\\d{1,2})\\s*(?:-|\u2013|to)\\s*(\\d{1,2})\\b`);
const ROW_SCHOOL_WITH_PHASE = new RegExp(`${SCHOOL_ROW_THEN}Phase:\\s*(primary|infant|junior|first|secondary|high)\\b`, 'i');
const PRIMARY_KINDS = new Set(['primary', 'infant', 'junior', 'first']);
/** Kinds in a school's name that put it on one side or the other (not special or nursery). */
const PHASE_SIDES = new Set([...PRIMARY_KINDS, 'secondary', 'high']);

/** A body's own schools, read several ways (below), and the blocks that list them with their ages or phases. */
interface OwnSchools {
  allThrough: Detection<Phase> | null;
  /** Two or more of its own schools listed with their phases, every one of them primary (an infant, junior or primary). */
  primaryOnly: Detection<Phase> | null;
  listed: Block[];
}

/** Records that one of a body's own schools is of a kind ("primary", "infant", "secondary"), with the words that say so. */
type NoteKind = (kind: string, text: string, where: string) => void;

/** Its schools said by kind ("our primary academies", "six primary academies") or named after "runs ... schools:". */
function noteKindsSaid(doc: NoticeDocument, npdBlocks: Set<number>, note: NoteKind): void {
  for (const b of candidates(doc, OWN_KIND)) {
    if (npdBlocks.has(b.index)) continue;
    for (const m of b.text.matchAll(OWN_KIND)) note(m[1]!, m[0], b.where);
  }
  for (const b of candidates(doc, RUNS_NAMED)) {
    if (npdBlocks.has(b.index)) continue;
    const m = RUNS_NAMED.exec(b.text);
    if (!m) continue;
    const named = b.text.slice(m.index + m[0].length).split(/(?<=[.!?])\s/)[0]!;
    for (const n of named.matchAll(NAMED_SCHOOL))
      if (n[1]!.toLowerCase() !== 'special' && n[1]!.toLowerCase() !== 'nursery') note(n[1]!, n[0], b.where);
    for (const n of named.matchAll(ONE_OF_KIND)) note(n[1]!, n[0], b.where);
  }
}

/** Its schools as items of a list under a lead-in naming them as its own, each with its phase; how many there are. */
function noteListItemsWithPhase(doc: NoticeDocument, npdBlocks: Set<number>, note: NoteKind): number {
  let count = 0;
  for (const b of candidates(doc, ITEM_SCHOOL_WITH_PHASE)) {
    const m = b.kind === 'list-item' && !npdBlocks.has(b.index) ? ITEM_SCHOOL_WITH_PHASE.exec(b.text) : null;
    const lead = m && leadInBefore(doc, b.index);
    if (m && lead && introducesOwnSchools(lead.text)) {
      note(m[1]!, b.text, b.where);
      count++;
    }
  }
  return count;
}

/**
 * A body whose own schools include both primary and secondary schools is all-through for the checks: its older pupils
 * turn 13 in its care. Said by kind ("our primary academies ... our secondary academies"), by the names it runs, by its
 * schools named with their ages in running text, or by a list or table of its schools with their ages or phases (from 4
 * to 18 in all). One side alone makes it all-through nowhere; two or more listed schools, all primary, make it primary.
 */
function ownSchools(doc: NoticeDocument, npdBlocks: Set<number>): OwnSchools {
  const sides = new Map<'primary' | 'secondary', Evidence>();
  const note: NoteKind = (kind, text, where) => {
    const side = PRIMARY_KINDS.has(kind.toLowerCase()) ? 'primary' : 'secondary';
    if (!sides.has(side)) sides.set(side, { text, where });
  };
  noteKindsSaid(doc, npdBlocks, note);
  let itemsWithPhase = noteListItemsWithPhase(doc, npdBlocks, note);
  let low = Infinity;
  let high = -Infinity;
  const listed: Block[] = [];
  let aged = 0;
  // Every block is read for a listed school's ages; the whole-text scan spares most of them the sentence test.
  const mayRun = mayMatch(doc, RUNS_SCHOOLS);
  for (const b of doc.blocks) {
    const row = b.kind === 'table-row';
    const byPhase = row ? ROW_SCHOOL_WITH_PHASE.exec(b.text) : null;
    const m = (row ? ROW_SCHOOL_WITH_AGES : SCHOOL_WITH_AGES).exec(b.text);
    // The notice's own "Applies to:" label, as a line or as a row of its document-control table, names the body's
    // schools however it lists them; so does a list of them after a lead-in saying they are its own.
    const namesOnly = (!row && namesAfterOwnLeadIn(doc, b)) || APPLIES_TO_LABEL.test(b.text);
    const ownItem = !row && ownSchoolItem(doc, b);
    const runs = namesOnly || ownItem || (!row && mayRun(b.index) && RUNS_SCHOOLS.test(b.text));
    const inText = runs ? [...b.text.matchAll(NAMED_WITH_AGES)] : [];
    if (runs && !npdBlocks.has(b.index)) {
      for (const n of b.text.matchAll(SHORT_NAMED_KIND)) note(n[1]!, n[0], b.where);
      // Names alone after the lead-in say their kind in full: "Applegarth Primary Academy".
      if (namesOnly || ownItem)
        for (const n of b.text.matchAll(NAMED_SCHOOL)) if (PHASE_SIDES.has(n[1]!.toLowerCase())) note(n[1]!, n[0], b.where);
      // Each named school's own ages say its side: "Millbrook Academy (11-16)" is a secondary school.
      for (const a of inText) {
        const side = phaseOfAges(Number(a[1]), Number(a[2]));
        if (side === 'primary' || side === 'secondary') note(side, a[0], b.where);
      }
    }
    // A paragraph of names after such a lead-in lists them, whatever ages it gives: none is the body's own range.
    const ageds = inText.length >= 2 || namesOnly ? inText : m ? [m] : [];
    if (npdBlocks.has(b.index) || (!byPhase && !ageds.length && !namesOnly && !ownItem)) continue;
    listed.push(b);
    if (byPhase) {
      note(byPhase[1]!, b.text, b.where);
      if (tableLeadIsOwn(doc, b.index)) itemsWithPhase++;
    }
    for (const ages of ageds) {
      aged++;
      low = Math.min(low, Number(ages[1]));
      high = Math.max(high, Number(ages[2]));
    }
  }
  const primary = sides.get('primary');
  const secondary = sides.get('secondary');
  const primaryOnly = primary && !secondary && itemsWithPhase >= 2 ? detected('primary', [primary]) : null;
  if (aged >= 2 && phaseOfAges(low, high) === 'all-through')
    return {
      allThrough: detected('all-through', [{ text: `its schools, listed with their ages: ${low} to ${high}`, where: listed[0]!.where }]),
      primaryOnly: null,
      listed,
    };
  return { allThrough: primary && secondary ? detected('all-through', [primary, secondary]) : null, primaryOnly, listed };
}

// A notice titled for a school's nursery class ("Little Owls Nursery Class", "Wren Class (Nursery): Privacy Notice", "The
// Burrow: information for nursery families") is the early-years setting's own, whatever the school's name says. Not a
// menu line, nor a title that covers pupils too.
const NURSERY_CLASS_TITLE = /\bnursery class\b|\bnursery families\b|\(nursery\)/i;
const NOT_NURSERY_ONLY = /\||\b(?:pupils?|reception|whole school|students?)\b/i;
const TITLE_BLOCKS = 6;

function nurseryClassTitle(doc: NoticeDocument): Detection<Phase> | null {
  const title = doc.blocks
    .slice(0, TITLE_BLOCKS)
    .find((b) => b.kind === 'heading' && NURSERY_CLASS_TITLE.test(b.text) && !NOT_NURSERY_ONLY.test(b.text));
  return title ? detected('nursery', [{ text: title.text, where: title.where }]) : null;
}

/**
 * A title for a school's nursery class first, then the school's name, then the text (outside the NPD boilerplate): a
 * word that says what the school is decides when only one phase has one; with none, two or more distinct after-primary
 * hints make a secondary.
 */
export function detectPhase(doc: NoticeDocument, school: string | null, npdBlocks: Set<number>): Detection<Phase> {
  const nurseryClass = nurseryClassTitle(doc);
  if (nurseryClass) return nurseryClass;
  // A school name that is only the first of a body's schools listed with their ages names no phase of its own.
  const own = ownSchools(doc, npdBlocks);
  const byAges = selfDescribedAges(doc, npdBlocks, own.allThrough ? own.listed : []);
  if (own.allThrough && school !== null && own.listed.some((b) => b.text.includes(school))) return own.allThrough;
  // Alternative provision teaches the ages it gives: those decide before its name says special.
  if (byAges && school !== null && ALTERNATIVE_PROVISION.test(school) && !SPECIAL_SCHOOL.test(school)) return byAges;
  if (school) {
    // Alternative provision by name with no ages is read from the text below, where its stages may say its phase.
    const provisionByName = ALTERNATIVE_PROVISION.test(school) && !SPECIAL_SCHOOL.test(school);
    for (const [phase, re] of STRONG) {
      if (phase === 'special' && provisionByName) continue;
      if (re.test(school)) return detected(phase, [{ text: school, where: 'school name' }]);
    }
    if (SECONDARY_NAME_END.test(school)) return detected('secondary', [{ text: school, where: 'school name' }]);
    if (PRIMARY_NAME.test(school)) return detected('primary', [{ text: school, where: 'school name' }]);
  }
  // A school describing its ages decides before its name's weaker words (a middle school for pupils aged 8 to 12).
  if (byAges) return byAges;
  const bySpan = stagesSpanned(doc, npdBlocks);
  if (bySpan) return bySpan;
  if (school && MIDDLE_NAME.test(school)) return detected('secondary', [{ text: school, where: 'school name' }]);
  const byHeader = headerNamedPhase(doc);
  if (byHeader) return byHeader;
  // Each signal's first occurrence is all that is needed: a whole-text scan finds the blocks that may hold it.
  // Addresses name other pages' subjects ("privacy-information-early-years-foundation-stage-to-key-stage-3"), not the school.
  const clean = (t: string) => t.replace(WEB_ADDRESS, ' ').replace(TEMPLATE_NOISE, ' ');
  const found = new Map<Phase, Evidence>();
  for (const [phase, re] of STRONG) {
    const hit = firstMatch(doc, re, npdBlocks, clean);
    if (hit) found.set(phase, hit);
  }
  const hints = WEAK_SECONDARY.map((re) => firstMatch(doc, re, npdBlocks)).filter((e): e is Evidence => e !== null);
  // Alternative provision that gives no ages but speaks only of secondary stages ("Key Stage 4", "GCSEs") teaches those.
  const provision = found.get('special');
  const secondaryStage = found.get('secondary');
  if (
    provision &&
    secondaryStage &&
    !found.has('primary') &&
    !found.has('all-through') &&
    !SPECIAL_SCHOOL.test(provision.text) &&
    !firstMatch(doc, SPECIAL_SCHOOL, npdBlocks, clean)
  )
    return detected('secondary', [provision, secondaryStage]);
  for (const phase of ['special', 'all-through'] as const) {
    if (found.has(phase)) return detected(phase, [found.get(phase)!]);
  }
  // A special school's own words decide before the years it spans ("from Reception to Year 6") and the kinds of school a
  // trust runs.
  const byYears = yearsSpanned(doc, npdBlocks);
  if (byYears) return byYears;
  if (own.allThrough) return own.allThrough;
  if (own.primaryOnly) return own.primaryOnly;
  const bySiteHeader = headerDescribedKind(doc);
  if (bySiteHeader) return bySiteHeader;
  // A school with a nursery class speaks of its nursery too: the school-age word decides. Mixed early and secondary
  // words (e.g. "schools that the pupils attend after leaving us") settle nothing.
  const early = found.has('primary') ? 'primary' : found.has('nursery') ? 'nursery' : null;
  // A school by name whose only early words are a nursery's ("Ysgol Cae Helyg" and its nursery class): a primary school
  // with a nursery class, not a nursery setting, which says so in its name.
  // So is one whose children come from nurseries ("your child's nursery or previous school").
  const cameFromNursery = found.has('primary') ? null : firstMatch(doc, PREVIOUS_NURSERY, npdBlocks);
  const earlyWord = early === 'nursery' ? found.get('nursery')! : cameFromNursery;
  if (earlyWord && !found.has('secondary') && school !== null && SCHOOL_BY_NAME.test(school))
    return detected('primary', [{ text: school, where: 'school name' }, earlyWord]);
  if (early && !found.has('secondary')) return detected(early, [found.get(early)!]);
  // The school's own key stages, years or exams ("Key Stage 3 and Key Stage 4, Years 7-11") outweigh "primary" said only
  // of other schools, in the plural ("primary schools (Common Transfer File)"); "we are a primary school" still settles
  // nothing against them.
  const secondaryOwn = found.get('secondary');
  const primaryWord = found.get('primary');
  if (
    secondaryOwn &&
    primaryWord &&
    OWN_SECONDARY_STAGE.test(secondaryOwn.text) &&
    /^primar(?:y|ies)$/i.test(primaryWord.text) &&
    !firstMatch(doc, PRIMARY_NOT_PLURAL, npdBlocks)
  )
    return detected('secondary', [secondaryOwn]);
  if (!early && found.has('secondary')) return detected('secondary', [found.get('secondary')!]);
  const primaryHints = WEAK_PRIMARY.map((re) => firstMatch(doc, re, npdBlocks)).filter((e): e is Evidence => e !== null);
  if (found.size === 0 && hints.length >= 2 && primaryHints.length === 0) return detected('secondary', hints);
  if (found.size === 0 && primaryHints.length >= 2 && hints.length === 0) return detected('primary', primaryHints);
  // Mixed words, but the school says what kind it is ("Ysgol Nant y Gog is a community primary school"): the secondary
  // school its pupils move on to is named too. Not against its own key stages, years or exams ("... Our GCSE results").
  const byKind = selfDescribedKind(doc, npdBlocks, school);
  const ownStageAgainst = secondaryOwn !== undefined && OWN_SECONDARY_STAGE.test(secondaryOwn.text) && byKind?.value !== 'secondary';
  if (byKind && !ownStageAgainst) return byKind;
  return { value: 'unknown', from: 'default', evidence: [...found.values()] };
}
