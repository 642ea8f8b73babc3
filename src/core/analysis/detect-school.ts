// Finds the school's (or trust's) name: in the notice text, else in the page title or header, with where it was found.
import type { Block, NoticeDocument } from '../notice/types';
import type { Detection } from '../report';
import { escapeRegExp } from '../escape-regexp';

// Accented letters are kept whole (Welsh "Môr", "Ŵyl").
// "&" joins names as "and" does ("Oakfield Primary & Nursery School"); a bracketed church designation stays in the name
// ("St Peter's C of E (VA) Primary School"), and so does a Church in Wales school's ("St Elfed's Church in Wales VC Primary").
const NAME_WORD =
  "(?:[A-Z\u00C0-\u00DE\u0174\u0176][A-Za-z\u00C0-\u017F'\u2019.&-]{0,60}|of|the|and|&|St\\.?|CE|C of E|Church in Wales|RC|VC|VA|CP|\\((?:VA|VC|CE|C of E|RC|(?:Voluntary )?(?:Aided|Controlled))\\))";
// Welsh names run capitalised words together with the article or a preposition ("Ysgol Pen y Dyffryn", "Ysgol Bro'r Afon").
const WELSH_LINK = '(?:(?:y|yr|ar|o|a)\\s+)?';
// A Welsh name starts with its kind: a school ("Ysgol ..."), a Welsh-medium playgroup ("Cylch Meithrin Nant y Felin") or a
// day nursery ("Meithrinfa Cwm Aderyn").
const WELSH_KIND = '(?:Ysgol|Cylch Meithrin|Meithrinfa)';
// Hospital schools are often named as a service ("Kestrel House Hospital Education Service", "Medical Tuition Service").
const HOSPITAL_SERVICE = '(?:(?:Home and )?Hospital(?: and Home)? (?:Education|Teaching|Tuition)|Medical Tuition) Service';
// Early-years settings (nurseries, pre-schools, playgroups, childminding businesses, early years centres) and federations
// of schools are schools here too.
const SCHOOL_NOUN = `(?:Primary School|Junior School|Infant School|Infants School|High School|Secondary School|Grammar School|Community School|School|Academy|College|Church of England School|Pre-?[Ss]chool|Preschool|Day Nursery|Nursery|Nurseries|Playgroup|Kindergarten|Childminding|Children's Centre|Children\u2019s Centre|Early Years Centre|Pupil Referral Unit|(?:Schools? |Nursery )?Federation|${HOSPITAL_SERVICE})`;
// A company or charity that runs a setting keeps its suffix in its name ("Oak Tree Day Nursery Ltd"). A setting's noun
// followed by "Class" names a class of a school ("Acorns Nursery Class"), not the school. Shared with the notice-date
// phrases, which read a sign-off by "the trustees of Willowmead Pre-school CIO".
export const LEGAL_SUFFIX = '(?:\\s+(?:Ltd|Limited|CIO|SCIO|CIC|LLP|plc))?';
const NAME_RE = new RegExp(
  `\\b((?:${NAME_WORD}\\s+){1,6}${SCHOOL_NOUN}${LEGAL_SUFFIX})\\b(?!\\s+[Cc]lass(?:es)?\\b)|\\b(${WELSH_KIND}(?:\\s+${WELSH_LINK}${NAME_WORD}){1,4})`,
  'g',
);
const TRUST_RE =
  /\b((?:[A-Z][A-Za-z'.&-]{0,60}\s+){1,6}(?:Academy Trust|Learning Trust|Educational Trust|Multi[- ]Academy Trust|Schools Trust|Trust))\b/g;
// Role or service names that contain "School" but are not a school's name; nor its parents' association ("Friends of the
// School", "Friends of Oakfield School"), a charity of its own.
const NOT_A_NAME =
  /^(the |our |your |a |each |every |this |that |these |those |other |another |any |no |some |such |which |what |either |neither |both |friends of |(?:pupil|child|student|learner|parent)s?['\u2019]s? )|\b(business manager|data protection|nurs(e|ing)|effectiveness|improvement|census|transition|records|workforce|meals|website|office|policy|policies|development support|standards and framework)\b/i;
// "School" as a word of another thing's name: "Pupil Level Annual School Census", "Universal Infant Free School Meals",
// a council's "Teifi and Tywi School Improvement Partnership" or "... School Effectiveness Service".
const SCHOOL_AS_QUALIFIER = /^\s+(?:census|workforce|meals?|milk|returns?|improvement|effectiveness)\b/i;
const GENERIC =
  /^(?:the\s+)?(school|academy|college|primary school|secondary school|high school|pre-?school|nursery|day nursery|nursery school|playgroup|federation|(?:multi[- ])?academy trust)$/i;
// A name made only of kinds of setting ("Nursery School and Children's Centre", "Infant and Nursery School") names no one.
const KIND_WORDS = new Set(
  (
    'the and & of school schools academy college primary secondary high infant infants junior nursery pre-school preschool ' +
    "day children's childrens centre center playgroup federation trust multi-academy community sixth form special first " +
    'middle upper lower all-through free studio early years pupil referral unit home hospital medical education teaching ' +
    'tuition service'
  ).split(' '),
);
const onlyKindWords = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/\s+/)
    .every((w) => KIND_WORDS.has(w.replace(/\u2019/g, "'")));

// Words that mark another body's name that happens to run into "School" ("Derby City Council and the School").
// Not a hospital school's own name ("Hospital Education Service"), a setting named as a service.
const OTHER_BODY = new RegExp(
  `\\b(Council|Government|Department|Authority|Commissioner|Office|Service(?<!${HOSPITAL_SERVICE})|Agency|CC|CBC)\\b`,
);

// A provision whose name has no school noun ("The Harbour Centre", "Northgate House") named by what it is: "X is a
// short stay school", "X is a pupil referral unit", "X is an independent special school for ...", or in apposition: "The
// Harbour Centre, a pupil referral unit maintained by ...".
// A trust whose name has no "Trust" in it is named the same way: "Fernbrook Learning Partnership ("the trust") is a
// multi-academy trust".
const SETTING_KIND =
  '(?:short[- ]stay school|pupil referral unit|alternative provision(?: academy| school| setting)?|(?:independent |non-maintained |residential |day )*special school|independent school|free school|multi[- ]academy trust|academy trust)';
const NAMED_AS_SETTING = new RegExp(
  `\\b((?:${NAME_WORD}\\s+){1,5}?[A-Z][\\w'\u2019&-]*)(?:\\s*\\([^()]{1,60}\\))?(?:\\s+is|,)\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}?${SETTING_KIND}\\b`,
  'g',
);
// A notice's own title run on after a Welsh name ("Ysgol Bryn Derw Privacy Notice") is not part of the name.
const TITLE_WORDS = new Set(['Privacy', 'Pupil', 'Parent', 'Learner', 'Data', 'Notice', 'Policy']);
function withoutTitleTail(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && TITLE_WORDS.has(w.replace(/[^A-Za-z]+$/, '')));
  return cut < 0 ? name : words.slice(0, cut).join(' ');
}

/** Cut a run of capitalised words back to the name itself: "See the School" -> "School", "X Council and the Y School" -> "Y School". */
function trimName(raw: string): string {
  // A lower-case "the" not preceded by "of" starts the name afresh ("Church of the Holy Cross School" keeps it).
  const parts = raw.split(/(?<!\s)\s+(?=the\s)(?<!\bof\s+)the\s+/);
  // A capitalised sentence opener is not part of the name ("At Riverside Primary School we ...", "Only Nursery staff can
  // see ...").
  return (parts[parts.length - 1] ?? raw)
    .trim()
    .replace(
      /^(?:(?:At|In|From|To|For|By|With|Contact|Dear|Welcome|Here|Please|See|Visit|Email|Call|Write|Join|About|How|Why|What|When|Where|Who|Only|Some|Most|Many|If|Once|While|Whilst|Although|Because|Before|After|During|Unless|Until)\s+)+/,
      '',
    );
}

/** School and trust names in `text`, in reading order (a trust named first is usually the controller). */
/** A company or charity named as controller by its legal suffix ("Bright Start Childcare Ltd"): read only where the text calls it the controller. */
const COMPANY_RE = /\b((?:[A-Z][A-Za-z'\u2019&-]{0,60}\s+){1,6}(?:Ltd|Limited|CIO|CIC|LLP))\b\.?/g;

/** Company names in `text` (no school noun needed), for a controller statement's own subject. */
export function findCompanyNames(text: string): string[] {
  return [...text.matchAll(COMPANY_RE)]
    .map((m) => trimName(m[1]!.trim()).replace(/^(?:and|of|the)\s+/i, ''))
    .filter((n) => n.split(/\s+/).length >= 2 && !OTHER_BODY.test(n));
}

// A provision named by what it is may be called "The" and one word ("The Lantern is a pupil referral unit"): the article
// is then part of its name. Elsewhere a leading "the" or "and" is only the sentence's.
const ARTICLE_NAME = /^The\s+([A-Z][\w'\u2019&-]*)$/;
const GENERIC_PROVISION_NOUNS = new Set(['unit', 'provision', 'setting', 'base', 'hub', 'service']);
const namedWithArticle = (name: string): boolean => {
  const word = ARTICLE_NAME.exec(name)?.[1];
  return word !== undefined && !GENERIC_PROVISION_NOUNS.has(word.toLowerCase());
};

export function findNames(text: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const re of [NAME_RE, TRUST_RE, NAMED_AS_SETTING]) {
    for (const m of text.matchAll(re)) {
      const welsh = m[2] ? withoutTitleTail(m[2].trim()) : '';
      // A run that crosses a sentence end ("Welcome. The Bridge is ...") keeps only the last sentence's words.
      const run = re === NAMED_AS_SETTING ? m[1]!.split(/[.!?]\s+/).pop()! : (m[1] ?? welsh);
      const trimmed = trimName(run.trim());
      const bare = trimmed.replace(/^(?:and|of|the)\s+/i, '');
      const name = re === NAMED_AS_SETTING && namedWithArticle(trimmed) ? trimmed : bare;
      if (
        name &&
        !NOT_A_NAME.test(bare) &&
        !GENERIC.test(name) &&
        !onlyKindWords(name) &&
        !OTHER_BODY.test(name) &&
        name.split(/\s+/).length >= 2 &&
        !SCHOOL_AS_QUALIFIER.test(text.slice(m.index + m[0].length))
      )
        found.push({ at: m.index, name });
    }
  }
  // "Hillside Academy Trust": the trust named in full, not the "Hillside Academy" inside it.
  const whole = found.filter(
    (f) => !found.some((g) => g !== f && g.at <= f.at && g.at + g.name.length >= f.at + f.name.length && g.name.length > f.name.length),
  );
  return whole.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A name stated in an all-capitals title ("VICTORIA CP SCHOOL") is still a name. */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  // Words start after a space, a bracket or a hyphen, not an apostrophe ("ST ALDHELM'S" is "St Aldhelm's"); the small
  // words of a name stay small, and a church or community designation stays in capitals ("C of E (VA)", "CP").
  return s
    .toLowerCase()
    .replace(/(^|[\s(-])([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase())
    .replace(/(?<=\s)(?:Of|The|And)\b/g, (w) => w.toLowerCase())
    .replace(/\b(?:Cp|Ce|Va|Vc|Rc)\b/g, (w) => w.toUpperCase())
    .replace(/\bC of E\b/g, 'C of E');
}

/** Blocks that are wholly link text: menu items and "our schools" lists name other pages, not the notice's author. */
function linkOnlyBlocks(doc: NoticeDocument): Set<number> {
  const linked = new Map<number, number>();
  for (const l of doc.links) linked.set(l.block, (linked.get(l.block) ?? 0) + l.text.length);
  const out = new Set<number>();
  for (const [block, chars] of linked) {
    const b = doc.blocks[block];
    if (b && chars >= b.text.replace(/[\s|•·,>/-]+/g, '').length * 0.8) out.add(block);
  }
  return out;
}

// A letterhead: a name on a line of its own over a line saying what kind of body it is ("Kingfisher Learning Centre" /
// "Stainmoor Pupil Referral Unit for young people aged 11 to 16", "HARROWFELL LEARNING PARTNERSHIP" / "A multi-academy
// trust: ..."), among the document's first lines.
const LETTERHEAD_NAME = /^\s*(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|&)){1,6}\s*$/;
const LETTERHEAD_LINES = 4;
const KIND_LINE = new RegExp(`^\\s*(?:an?\\s+|the\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?${SETTING_KIND}\\b`, 'i');

/** The letterhead's name line, when the line under it says what kind of body it is (`kind`, tested on that line). */
export function letterheadOver(doc: NoticeDocument, kind: RegExp): Block | undefined {
  const top = doc.blocks.slice(0, LETTERHEAD_LINES);
  return top.find((b, i) => i + 1 < top.length && LETTERHEAD_NAME.test(titleCase(b.text)) && kind.test(top[i + 1]!.text));
}

function letterheadName(doc: NoticeDocument): Detection<string> | null {
  const line = letterheadOver(doc, KIND_LINE);
  if (!line) return null;
  const kind = doc.blocks[line.index + 1]!;
  return { value: titleCase(line.text).trim(), from: 'detected', evidence: [{ text: `${line.text} / ${kind.text}`, where: line.where }] };
}

/**
 * A school the text names as a source of the notice's data, or as where pupils and their records go, is another
 * school: "Ashcombe Park Infant School sends us their records", "records we receive from Ashcombe Park Infant School",
 * "the upper school your child moves to at the end of Year 8, usually Harling Vale High School", and any school named
 * after it in the same list ("usually Marbury Middle or St Edmund's Middle School").
 */
export function namedAsOtherSchool(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `${n}\\s+(?:sends?|sent|passes|passed|forwards?|forwarded|transfers?|transferred)\\s+(?:us|on)\\b|\\b(?:records?|information|data|files?|details|receive[sd]?|receiving|get|gets|obtain(?:s|ed)?|comes?|came|arrives?)\\b[^.]{0,40}\\bfrom\\s+(?:the\\s+)?${n}|\\b(?:moves?|moving|moved|go(?:es)?|going|went|transfers?|transferring|transferred|sent|sends?|pass(?:es|ed)?|forward(?:s|ed)?)\\b[^.]{0,60}\\b(?:to|usually|normally|often|mostly|such as|including)\\s+(?:[^.]{0,80}?(?:,|\\bor\\b|\\band\\b)\\s+)?(?:the\\s+)?${n}`,
    'i',
  ).test(text);
}

export function detectSchool(doc: NoticeDocument): Detection<string | null> {
  // A letterhead's name line outranks the kind line under it, which may name the provision it belongs to ("Heronsgate
  // Learning Base" over "Eastmoor Pupil Referral Unit for pupils aged 5 to 11").
  const letterhead = letterheadName(doc);
  if (letterhead) return letterhead;
  const menus = linkOnlyBlocks(doc);
  // The notice's own text first; a name that is only a link is used when the text names no school at all.
  for (const pass of [false, true]) {
    for (const b of doc.blocks) {
      if (menus.has(b.index) !== pass) continue;
      const text = titleCase(b.text);
      const names = findNames(text).filter((n) => !namedAsOtherSchool(text, n));
      if (names[0])
        return { value: names[0], from: 'detected', evidence: [{ text: b.text.length > 200 ? names[0] : b.text, where: b.where }] };
    }
  }
  for (const [text, where] of [
    [doc.chrome.pageTitle ?? '', 'page title'],
    [doc.chrome.header, 'site header'],
    [doc.chrome.footer, 'page footer'],
  ] as const) {
    const names = findNames(titleCase(text));
    if (names[0]) return { value: names[0], from: 'detected', evidence: [{ text: names[0], where }] };
  }
  return { value: null, from: 'default', evidence: [] };
}

// A church school's designation after its name: "C of E VC", "Church of England (Voluntary Aided)", "Church in Wales", "RC".
const DESIGNATION_WORDS = new Set(
  'c e of c.e. cofe ce rc vc va church england catholic roman methodist voluntary aided controlled'.split(' '),
);

/** The school's name without its kind words, when two or more words of its own are left ("Larkspur Meadow"). */
export function nameWithoutKind(school: string): string | null {
  const words = school.trim().split(/\s+/);
  let end = words.length;
  while (end > 0) {
    const word = words[end - 1]!.toLowerCase().replace(/[()]/g, '');
    // "Church in Wales" as a whole, not "Wales" alone ("Prince of Wales School" keeps "Prince of Wales").
    if (
      word === 'wales' &&
      words
        .slice(end - 3, end - 1)
        .join(' ')
        .toLowerCase() === 'church in'
    )
      end -= 3;
    else if (KIND_WORDS.has(word) || DESIGNATION_WORDS.has(word)) end--;
    else break;
  }
  return end < words.length && end >= 2 ? words.slice(0, end).join(' ') : null;
}
