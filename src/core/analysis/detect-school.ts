// Finds the school's (or trust's) name: in the notice text, else in the page title or header, with where it was found.
import type { NoticeDocument } from '../notice/types';
import type { Detection } from '../report';

const NAME_WORD = "(?:[A-Z][A-Za-z'\u2019.&-]*|of|the|and|St\\.?|CE|C of E|RC|VC|VA|CP)";
const SCHOOL_NOUN = '(?:Primary School|Junior School|Infant School|Infants School|High School|Secondary School|Grammar School|Community School|School|Academy|College|Church of England School)';
const NAME_RE = new RegExp(`\\b((?:${NAME_WORD}\\s+){1,6}${SCHOOL_NOUN})\\b|\\b(Ysgol(?:\\s+${NAME_WORD}){1,4})`, 'g');
const TRUST_RE = /\b((?:[A-Z][A-Za-z'.&-]{0,60}\s+){1,6}(?:Academy Trust|Learning Trust|Educational Trust|Multi[- ]Academy Trust|Schools Trust|Trust))\b/g;
// Role or service names that contain "School" but are not a school's name.
const NOT_A_NAME = /^(the |our |your |a |each |this |other |any )|\b(business manager|data protection|nurs(e|ing)|effectiveness|improvement|census|transition|records|workforce|meals|website|office|policy|policies|development support|standards and framework)\b/i;
const GENERIC = /^(?:the\s+)?(school|academy|college|primary school|secondary school|high school)$/i;
// Words that mark another body's name that happens to run into "School" ("Derby City Council and the School").
const OTHER_BODY = /\b(Council|Government|Department|Authority|Commissioner|Office|Service|Agency|CC|CBC)\b/;

/** Cut a run of capitalised words back to the name itself: "See the School" -> "School", "X Council and the Y School" -> "Y School". */
function trimName(raw: string): string {
  // A lower-case "the" not preceded by "of" starts the name afresh ("Church of the Holy Cross School" keeps it).
  const parts = raw.split(/(?<!\s)\s+(?=the\s)(?<!\bof\s+)the\s+/);
  // A capitalised sentence opener is not part of the name ("At Riverside Primary School we ...").
  return (parts[parts.length - 1] ?? raw).trim().replace(/^(?:(?:At|In|From|To|For|By|With|Contact|Dear|Welcome|Here|Please|See|Visit|Email|Call|Write|Join|About)\s+)+/, '');
}

/** School and trust names in `text`, in reading order (a trust named first is usually the controller). */
export function findNames(text: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const re of [NAME_RE, TRUST_RE]) {
    for (const m of text.matchAll(re)) {
      const name = trimName((m[1] ?? m[2] ?? '').trim()).replace(/^(?:and|of|the)\s+/i, '');
      if (name && !NOT_A_NAME.test(name) && !GENERIC.test(name) && !OTHER_BODY.test(name) && name.split(/\s+/).length >= 2) found.push({ at: m.index, name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A name stated in an all-capitals title ("VICTORIA CP SCHOOL") is still a name. */
export function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\bCp\b/, 'CP') : s;
}

export function detectSchool(doc: NoticeDocument): Detection<string | null> {
  for (const b of doc.blocks) {
    const names = findNames(titleCase(b.text));
    if (names[0]) return { value: names[0], from: 'detected', evidence: [{ text: b.text.length > 200 ? names[0] : b.text, where: b.where }] };
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
