// Says which kind of notice a document is from its own title, headings and wording (pupil, workforce, governors, website, cookies).
import type { NoticeDocument } from '../notice/types';
import type { DocumentKind } from '../report';
import { countMatches } from '../scan/block-scan';

type ClassifiedKind = Exclude<DocumentKind, 'unknown' | 'other-policy'>;

/**
 * Cues per kind. Each is a word family or a term of art from the DfE templates and ICO guidance
 * (checklist.md §2.33): the pupil notice is about pupils, parents, the school census and the NPD; the
 * workforce notice about staff, contracts, payroll and the School Workforce Census; the governance notice
 * about governance roles and GIAS; a website policy about visitors, forms and analytics; a cookie notice about cookies.
 */
// The pupil notice's terms of art (census, NPD, UPN, educational record, attainment, youth support, learner records):
// a website policy or a staff notice has no reason to use them.
const PUPIL_TERMS_OF_ART: RegExp[] = [
  /\bschool census\b|\bearly years census\b|\bPLASC\b/gi,
  /\bnational pupil database\b|\bNPD\b/gi,
  /\beducational record\b/gi,
  /\bunique pupil number\b|\bUPN\b/g,
  /\battainment\b|\bexclusions?\b|\bfree school meals?\b/gi,
  /\byouth support services\b|\bcareers wales\b/gi,
  /\blearning records service\b|\bunique learner number\b/gi,
];

const CUES: Record<ClassifiedKind, RegExp[]> = {
  'pupil-notice': [
    /\bpupils?\b/g,
    /\bstudents?\b/g,
    /\blearners?\b/g,
    /\bparents?\b|\bcarers?\b/g,
    // An early-years setting speaks of children and families, not pupils.
    /\bchild(?:ren)?\b|\bfamil(?:y|ies)\b/gi,
    ...PUPIL_TERMS_OF_ART,
  ],
  'workforce-notice': [
    /\bstaff\b/gi,
    /\bemployees?\b|\bemployment\b/gi,
    /\bworkforce\b/gi,
    /\bpayroll\b|\bsalary\b|\bpay ?slips?\b|\bnational insurance\b/gi,
    /\bcontracts? of employment\b|\bemployment contracts?\b/gi,
    /\bteachers'? pensions?\b|\bLGPS\b|\blocal government pension\b|\bpension schemes?\b/gi,
    /\bHMRC\b/g,
    /\brecruitment\b|\bjob applicants?\b|\bapplication forms?\b/gi,
    /\bsickness\b|\babsence records?\b|\bqualifications\b|\bappraisals?\b/gi,
    /\bDBS\b|\bdisclosure and barring\b/g,
    /\beducation workforce council\b|\bSWAC\b/gi,
  ],
  'governors-notice': [
    /\bgovernors?\b/gi,
    /\bgovernance\b/gi,
    /\bgoverning (?:body|board)\b/gi,
    /\btrustees?\b/gi,
    /\bget information about schools\b|\bGIAS\b/gi,
    /\bgovernance roles?\b/gi,
    /\bterms? of office\b|\bbusiness interests?\b|\bregister of interests\b/gi,
    /\bclerk to the governors\b/gi,
  ],
  'website-privacy-policy': [
    /\b(?:this|our) (?:web ?site|site)\b/gi,
    // A health visitor is a nurse who visits families with young children, not someone visiting the website.
    /(?<!\bhealth )\bvisitors?\b|\bvisit (?:our|this) (?:web ?site|site)\b/gi,
    /\bcontact forms?\b|\bonline forms?\b|\benquiry forms?\b/gi,
    /\bIP address(?:es)?\b/gi,
    /\bweb ?analytics\b|\bgoogle analytics\b|\banalytics\b/gi,
    /\bbrowser\b|\bbrowsing\b/gi,
    /\bnewsletter sign-?ups?\b|\bmailing list\b/gi,
    /\bserver logs?\b|\baccess logs?\b/gi,
  ],
  'cookie-notice': [
    /\bcookies?\b/gi,
    /\bstrictly necessary\b/gi,
    /\bthird[- ]party cookies?\b/gi,
    /\bsession cookies?\b|\bpersistent cookies?\b/gi,
    /\b_ga\b|\b_gid\b|\bASP\.NET_SessionId\b|\bPHPSESSID\b/g,
  ],
};

/** Words in a title or heading that name the audience outright. */
const TITLE_CUES: [ClassifiedKind, RegExp][] = [
  ['cookie-notice', /\bcookies?\b/i],
  ['governors-notice', /\bgovern(?:ors?|ance|ing)\b|\btrustees?\b/i],
  ['workforce-notice', /\bworkforce\b|\bstaff\b|\bemployees?\b|\bjob applicants?\b|\brecruitment\b/i],
  ['pupil-notice', /\bpupils?\b|\bstudents?\b|\blearners?\b|\bparents?\b|\bcarers?\b|\bchild(?:ren)?\b|\bfamil(?:y|ies)\b/i],
  ['website-privacy-policy', /\bweb ?site\b|\bonline\b/i],
];

const KINDS = Object.keys(CUES) as ClassifiedKind[];

/** The kinds that speak to people the school holds data about, rather than to visitors of its website. */
const PEOPLE_KINDS: readonly ClassifiedKind[] = ['pupil-notice', 'workforce-notice', 'governors-notice'];

/** Below this score a document says too little about any audience to be classed by its body. */
const MIN_SCORE = 3;

/** A title naming privacy and cookies together: "Privacy and cookie policy", "Privacy & cookies". */
const PRIVACY_AND_COOKIES = /\bprivacy\b[^|]{0,30}\bcookies?\b|\bcookies?\b[^|]{0,30}\bprivacy\b/i;

// The blocks that open a document, whose headings may stand for its title: a name, an address line, a document title,
// a line saying whom it is for.
const OPENING_BLOCKS = 6;
// What follows "for" in a heading: the audience it names ("A notice for parents, staff and visitors").
const AUDIENCE_AFTER_FOR = /\bfor\b(.*)$/i;

// Who a notice is for shows in its opening pages (the seed notices run to 6,000-13,000 characters): cues are counted
// in the first 100,000, so a 5 MB page costs no more to classify than a long notice.
const BODY_CHARS = 100_000;

// A cue's score stops growing at this many hits (1 + log2(4) = 3 points), so counting stops there too.
const MAX_COUNTED = 4;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < MAX_COUNTED && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

/** Per-kind evidence: one point per distinct cue present, plus a little for repetition (capped, so one word cannot win alone). */
function cueScores(countCue: (re: RegExp) => number): Record<ClassifiedKind, number> {
  const out = {} as Record<ClassifiedKind, number>;
  for (const kind of KINDS) {
    let score = 0;
    for (const re of CUES[kind]) {
      const n = countCue(re);
      if (n > 0) score += 1 + Math.log2(n);
    }
    out[kind] = score;
  }
  return out;
}

/** Every audience a title names, first named first ("Privacy notice for staff and governors": staff, then governors). */
function titleKinds(text: string): ClassifiedKind[] {
  const found: { kind: ClassifiedKind; at: number }[] = [];
  for (const [kind, re] of TITLE_CUES) {
    const m = re.exec(text);
    if (m) found.push({ kind, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.kind);
}

/**
 * A whole-school privacy policy: a title naming pupils among other audiences ("Staff, pupil and parent privacy policy"),
 * or a "website" or "privacy and cookies" title over a body about pupils and families, is the pupil notice when the
 * whole text says so.
 */
function wholeSchoolPolicy(named: ClassifiedKind[], scores: Record<ClassifiedKind, number>, termsOfArt: number): boolean {
  const pupil = scores['pupil-notice'];
  // A cookie table scores high on cookie cues however short the rest is: it is a section of the page, not a rival audience.
  const others = Math.max(...named.filter((k) => k !== 'pupil-notice' && k !== 'cookie-notice').map((k) => scores[k]));
  if (named.includes('pupil-notice')) return pupil >= others;
  const siteOnly = named.every((k) => k === 'website-privacy-policy' || k === 'cookie-notice');
  return siteOnly && termsOfArt >= 2 && pupil >= others;
}

/** How many of the pupil notice's terms of art the document uses. */
const pupilTermsOfArt = (doc: NoticeDocument): number => PUPIL_TERMS_OF_ART.filter((re) => countMatches(doc, re, 1, BODY_CHARS) > 0).length;

/** A heading of its own for the pupils' part: short, and naming pupils or families before any other audience. */
const pupilPart = (headings: readonly string[]): boolean => headings.some((h) => h.length <= 80 && titleKinds(h)[0] === 'pupil-notice');

/**
 * Classify a document. The title decides when it names an audience and the body does not contradict it;
 * otherwise the body's cues decide; a discovery `hint` (from the link text) breaks a close call.
 */
export function classifyDocument(doc: NoticeDocument, hint?: DocumentKind): DocumentKind {
  const title = [doc.title, doc.chrome.pageTitle].filter(Boolean).join(' | ');
  const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const scores = cueScores((re) => countMatches(doc, re, MAX_COUNTED, BODY_CHARS));
  const headingText = headings.join('\n');
  const headingScores = cueScores((re) => count(re, headingText));
  for (const kind of KINDS) scores[kind] += headingScores[kind];

  // A school privacy notice that ends with its cookie table is still the school's notice: cookies win only
  // when the rest of the text says little about any audience (the last rule below).
  // A title like "Privacy and cookie policy" names two subjects, not a cookie notice's audience: where the body speaks to pupils and
  // families, staff or governors (as much as a document needs to be classed at all), the cookies are a part of the page,
  // read by the cookie checks as such. A page of cookies alone, or of cookies and website visitors, is read as before.
  const privacyAndCookies = PRIVACY_AND_COOKIES.test(title || headings[0] || '') && PEOPLE_KINDS.some((k) => scores[k] >= MIN_SCORE);
  const ranked = KINDS.filter((k) => !privacyAndCookies || k !== 'cookie-notice').sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const second = ranked[1]!;

  const titled = titleKinds(title);
  // With no audience in the title, the first heading may name it; failing that, an opening heading saying whom the
  // notice is for: a school's name, then "Privacy notice", then "For families, staff and volunteers". Not one naming
  // its sender ("A letter from the Chair of Governors").
  const opening = doc.blocks.slice(0, OPENING_BLOCKS).filter((b) => b.kind === 'heading');
  const firstHeading = headings[0] ? titleKinds(headings[0]) : [];
  const namedKinds = titled.length
    ? titled
    : firstHeading.length
      ? firstHeading
      : (opening.map((b) => titleKinds(AUDIENCE_AFTER_FOR.exec(b.text)?.[1] ?? '')).find((k) => k.length) ?? []);
  const kindsNamed = privacyAndCookies ? namedKinds.filter((k) => k !== 'cookie-notice') : namedKinds;
  const named = kindsNamed[0] ?? null;
  if (named && named !== 'pupil-notice') {
    if (wholeSchoolPolicy(kindsNamed, scores, pupilTermsOfArt(doc))) return 'pupil-notice';
  }
  if (named && scores[named] >= scores[top] * 0.5) return named;
  // A page of notices for several audiences ("Part A: Pupils and families" / "Part B: Staff, governors and volunteers")
  // holds the pupil notice: its part headed for pupils, with the pupil notice's terms of art, is what the checks read.
  if ((!named || named === 'pupil-notice') && top !== 'pupil-notice' && pupilPart(headings) && pupilTermsOfArt(doc) >= 2)
    return 'pupil-notice';

  if (scores[top] < MIN_SCORE) return hint && hint !== 'unknown' ? hint : 'unknown';
  if (hint && hint !== 'unknown' && hint !== top && hint in scores && scores[hint as ClassifiedKind] >= scores[top] * 0.8) return hint;
  if (top === 'cookie-notice' && scores[second] >= scores[top] * 0.6) return second;
  return top;
}
