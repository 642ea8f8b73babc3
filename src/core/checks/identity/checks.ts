// Evaluators for the identity checks: who the controller is, how to reach the school, and how to reach its DPO.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { phrases, evidenceOf, adjacentSentence } from '../match';
import { quoteSentence, type NoticeText, type Sentence } from '../../analysis/notice-text';
import { findCompanyNames, findNames, letterheadOver, nameWithoutKind, namedAsOtherSchool, titleCase } from '../../analysis/detect-school';
import {
  CONTACT_FIELD,
  ChannelOptionsSchema,
  PAGE_EDGE,
  blockChannels,
  describeChannels,
  findChannels,
  type Channel,
  type ChannelOptions,
} from './channels';
import { findOwn, isOwnBlock } from './scope';
import type { Evidence } from '../../report';
import type { Block } from '../../notice/types';
import type { ChecklistItem } from '../../schema/checklist';
import { messageFor, verdictFor } from '../verdict';
import { optionsOfCheck } from '../item-options';
import { escapeRegExp } from '../../escape-regexp';
import { EMAIL_SOURCE } from '../../contact-patterns';

const Phrases = z.array(z.string().min(1)).min(1);

export const ControllerIdentityOptionsSchema = z
  .object({
    controllerStatement: Phrases,
    otherController: Phrases,
    selfReference: Phrases,
    placeholder: Phrases,
    noticeCue: Phrases,
    subjectCue: Phrases,
    titleCue: Phrases,
    schoolDomain: Phrases,
  })
  .strict();
type ControllerIdentityOptions = z.infer<typeof ControllerIdentityOptionsSchema>;

export const ControllerContactOptionsSchema = ChannelOptionsSchema.extend({
  contactCue: Phrases,
  dpoTerms: Phrases,
  otherBodies: Phrases,
  otherOrganisations: Phrases,
  companies: Phrases,
  ownDesk: Phrases,
}).strict();
type ControllerContactOptions = z.infer<typeof ControllerContactOptionsSchema>;

export const DpoContactOptionsSchema = ChannelOptionsSchema.extend({
  dpoTerms: Phrases,
  dpoMailbox: Phrases,
  reference: Phrases,
  withheld: Phrases,
  contactHeading: Phrases,
  leadTerms: Phrases,
  otherDpo: Phrases,
}).strict();
type DpoContactOptions = z.infer<typeof DpoContactOptionsSchema>;

// Every school or trust name contains one of these words: only such sentences are worth the name search.
const NAME_GATE = /\b(?:school|academy|college|trust|ysgol|nurser|pre-?school|playgroup|kindergarten|federation|children's centre)/i;

function namesIn(text: string): string[] {
  return findNames(titleCase(text));
}

// Trusts and federations often carry names with no school noun ("Kestrel Vale Learning", "Star Academies"). Such a name
// is read only where the sentence presents it as an organisation: registered as a company or charity, called the
// controller, or said to be the body in charge of the data.
const ORG_RUN = "(?<![\\w'\u2019-])((?:The\\s+)?[A-Z][\\w'\u2019&-]*(?:\\s+(?:[A-Z][\\w'\u2019&-]*|of|and|for|&)){1,6})";
// The body named after saying what it does: "the trust that runs the academy, Meridian Learning Partnership".
const RUNS_THE_SCHOOL_THEN_NAME =
  '\\b(?:that|which)\\s+(?:runs|governs|manages|operates)\\s+(?:the|our|this)\\s+(?:academy|school|academies|schools)\\s*,\\s*';
const ORG_CUES = [
  // "X (company number 0841...)", "X, a charitable company limited by guarantee", "X, an exempt charity"
  `${ORG_RUN}\\s*(?:\\(|,)\\s*(?:an?\\s+|the\\s+)?(?:registered\\b|company\\b|charit|exempt charity|multi[- ]academy trust|academy trust)`,
  // "X is the data controller", "X is a multi-academy trust", "X is the organisation which is in charge of ..."
  `${ORG_RUN}\\s+(?:is|are|acts as)\\s+(?:(?:therefore|thus|also|legally|so)\\s+)?(?:the|a|an)\\s+(?:(?:joint\\s+)?(?:data\\s+)?controllers?\\b|controller\\b|(?:multi[- ]academy|academy|charitable)\\s+(?:trust|company)\\b|pupil referral unit\\b|short[- ]stay school\\b|(?:organisation|body)\\s+(?:which|that|who)\\s+(?:is|are)\\s+(?:in charge|responsible))`,
  // "X, acting through its management committee, is the controller": the name, an aside, then the statement.
  `${ORG_RUN}\\s*,[^,]{1,80},\\s*(?:is|are|acts as)\\s+(?:the|a|an)\\s+(?:joint\\s+)?(?:data\\s+)?controllers?\\b`,
  // "X ("the Centre") is the data controller": a bracketed short name between the name and the statement.
  `${ORG_RUN}\\s*\\([^()]{1,40}\\)\\s*(?:is|are|acts as)\\s+(?:the|a|an)\\s+(?:joint\\s+)?(?:data\\s+)?controllers?\\b`,
  // "X determines the purposes and means of processing", "X, the trust that runs Y, is legally responsible for deciding
  // what happens to it": the controller's role in the law's own terms, with or without an aside after the name.
  `${ORG_RUN}\\s*(?:,[^,]{1,80},\\s*)?(?:(?:that|which|who)\\s+)?(?:(?:decides?|determines?)\\s+(?:how|why|what|the\\s+purposes|the\\s+means)|(?:is|are)\\s+(?:legally\\s+)?responsible\\s+for\\s+(?:deciding|determining))\\b`,
  `${ORG_RUN}\\s*,[^,]{1,80},\\s*(?:is|are)\\s+(?:the\\s+)?(?:organisation|body)\\s+(?:which|that|who)\\s+(?:is|are)\\s+(?:in charge|responsible)`,
  // A labelled field: "Data controller: X, Mill Road ..."
  `\\bcontroller\\s*(?::|-|\u2013)\\s*${ORG_RUN}`,
  // The controller as the subject, named after the verb: "The 'controller' of your information is X".
  `\\bcontrollers?['"\u2019]?\\s+(?:(?:of|for)\\s+[^.]{1,80}?\\s+)?(?:is|are)\\s+${ORG_RUN}`,
  `\\b(?:trust|charity|company|organisation|organization|body)\\s+${RUNS_THE_SCHOOL_THEN_NAME}${ORG_RUN}`,
  // "We are X, the academy trust that runs ...": the notice's own "we" named.
  `\\bwe are\\s+${ORG_RUN},\\s+(?:the|a|an)\\s+(?:multi[- ]academy\\s+|academy\\s+)?(?:trust|charity|company|federation)\\b`,
  // "We, X, are the data controller" / "We are X ("the Trust")"
  `\\bwe,\\s+${ORG_RUN},\\s+are\\b`,
  `\\bwe are\\s+${ORG_RUN}\\s*\\(`,
  // The notice's author: "This notice is issued by X on behalf of its academies", "This policy is published by X".
  `\\b(?:notice|policy|statement)\\s+(?:is|was|has been)\\s+(?:issued|published|written|produced|provided|prepared)\\s+by\\s+${ORG_RUN}`,
].map((p) => new RegExp(p, 'g'));
// Words that make a capitalised run a role, a law or another body rather than the organisation's own name, or a street
// of the school's address ("X Academy, Ferrier Road, Westborough WB4 7NL, is the data controller").
const NOT_ORG =
  /\b(?:Road|Lane|Street|Avenue|Close|Drive|Crescent|Terrace|Governing|Governors?|Board|Body|Trustees?|Head ?teacher|Principal|Officer|Data|Protection|Controller|Regulations?|Act|GDPR|UK|Department|Council|Government|Authority|Commissioner|Secretary|State|Office|Service|Agency|NHS|ICO|DfE|Privacy|Notice|Policy|School|Academy|Trust|Federation|This|These|Our|Your|Each|Every|It|We|They)$|^(?:The\s+)?(?:Governing|Board|Head|Local|Department|Secretary|Information|Welsh|Data|This|Our|Your|Each|Every|It|We|They|In|At|For|If|When|Where|As|Under)\b/;

/** Organisation names a sentence presents as such, in reading order. */
function organisationsIn(text: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const re of ORG_CUES)
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim().replace(/^The\s+/, '');
      if (name.split(/\s+/).length >= 2 && !NOT_ORG.test(name)) found.push({ at: m.index, name });
    }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

// "Our schools are run by X", "Fenby Academy is part of X": the organisation that runs the school, not a supplier.
// "the Data Protection Officer at X School", "the office of X Academy": the name says where a role sits, in passing
// (checklist.md 2.1 partial), even in a sentence that speaks of this notice.
const ROLE_AT =
  /\b(?:officer|office|manager|lead|head ?teacher|principal|clerk|team|reception|administrator|governors?)\s+(?:at|of|for)\s+(?:the\s+)?$/i;

function roleAt(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && ROLE_AT.test(text.slice(Math.max(0, at - 40), at));
}

// "Ashby Vale School, School Lane, Ashby AB1 2CD": the name as the first part of a postal address, where the school can
// be written to, not a statement that the notice is its own (checklist.md 2.1 partial: the name only incidentally).
const ADDRESS_AFTER =
  /^\s*,\s*(?:[^.,]{1,40},\s*){0,3}?(?:[^.,]{0,40}\b(?:road|lane|street|avenue|close|drive|way|hill|crescent|place|terrace|gardens|green|row|park)\b|[^.]{0,80}\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)/i;

function addressAt(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && ADDRESS_AFTER.test(text.slice(at + name.length));
}

// "... write to X School, Church Lane ...", "letters should be addressed to X School": the name is where post goes, even
// in a sentence that speaks of this notice ("If you have a question about this notice, write to ...").
const POST_TO =
  /\b(?:write|writing|post|send|sent|address(?:ed)?|deliver(?:ed)?)\s+(?:(?:it|them|letters?|your\s+\w+)\s+)?to\s+(?:the\s+)?$/i;

function postedTo(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && POST_TO.test(text.slice(Math.max(0, at - 40), at)) && addressAt(text, name);
}

// "run by the", "part of", or the body named after saying what it does: "the trust that runs the academy, Meridian ...".
const RUN_BY = new RegExp(
  `\\b(?:run|operated|governed|managed|sponsored)\\s+by\\s+(?:the\\s+)?$|\\b(?:part|a member)\\s+of\\s+(?:the\\s+)?$|${RUNS_THE_SCHOOL_THEN_NAME}$`,
  'i',
);

function runsTheSchool(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && RUN_BY.test(text.slice(Math.max(0, at - 40), at));
}

const OTHER_OWN_CONTROLLER =
  /\b(?:independent|separate)\s+(?:data\s+)?controllers?\b|\bin (?:its|their) own right\b|\bfor (?:its|their) own purposes\b/i;

/** School, trust and organisation names in a sentence. */
function allNamesIn(text: string): string[] {
  const names = namesIn(text);
  return [...names, ...organisationsIn(text).filter((o) => !names.some((n) => n.includes(o) || o.includes(n)))];
}

// Cues that a sentence presents an organisation ("company number", "in charge of"), for sentences with no school noun.
const ORG_GATE = /\b(?:company|charit|registered|controller|in charge|responsible|we are|we,)/i;

/** Who a "data controller" sentence says is the controller: the school, another body, or nobody named. */
function controllerSubject(text: string, at: number, o: ControllerIdentityOptions, names: string[]): 'school' | 'other' | 'unknown' {
  const self = new RegExp(phrases(o.selfReference).source, 'gi');
  const other = new RegExp(phrases(o.otherController).source, 'gi');
  // Matched over the whole sentence, so a pattern may look past `at` ("the ICO's register as a controller").
  const lastBefore = (re: RegExp, skip: readonly [number, number] | null = null): number => {
    let pos = -1;
    for (const m of text.matchAll(re)) if (m.index < at && !(skip && m.index > skip[0] && m.index < skip[1])) pos = m.index;
    return pos;
  };
  const nameBefore = Math.max(-1, ...names.map((n) => text.slice(0, at).lastIndexOf(n)));
  const schoolPos = Math.max(lastBefore(self), nameBefore);
  // "The governing body of X School, a community school maintained by Y Council, is the data controller": a body named
  // in an aside that describes the school is not the subject of the verb.
  const aside = describingAside(text, at);
  const otherPos = lastBefore(other, aside && schoolPos >= 0 && schoolPos < aside[0] ? aside : null);
  if (schoolPos >= 0 || otherPos >= 0) return schoolPos > otherPos ? 'school' : 'other';
  // "The data controller is X School" / "The data controller for ... is the DfE": read what follows.
  const after = text.slice(at);
  const firstOf = (re: RegExp): number => {
    const m = new RegExp(re.source, 'i').exec(after);
    return m ? m.index : Infinity;
  };
  const nameAfter = Math.min(Infinity, ...names.map((n) => (after.indexOf(n) >= 0 ? after.indexOf(n) : Infinity)));
  const s = Math.min(firstOf(self), nameAfter);
  const t = firstOf(other);
  if (s === Infinity && t === Infinity) return 'unknown';
  return s < t ? 'school' : 'other';
}

// A statement that points back to the sentence before for its subject: "The law calls this ...", "That is what makes ...".
const ROLE_POINTS_BACK = /\b(?:this|that|which|doing so|it|them)\b/i;

// The blocks that head a notice: a name, and under a letterhead's address and phone lines, the notice's title.
const TOP_BLOCKS = 6;

function evaluateControllerIdentity(ctx: AuditContext, o: ControllerIdentityOptions, item: ChecklistItem): Verdict {
  const ctrl = phrases(o.controllerStatement);
  const placeholder = phrases(o.placeholder);
  let named: { s: Sentence; name: string } | null = null;
  let anonymous: Sentence | null = null;
  let templated: Sentence | null = null;
  /** The sentence a controller statement points back to for its subject ("The law calls it the data controller"). */
  let antecedent: Sentence | null = null;
  const rejected: Sentence[] = [];
  // The school's name shortened to the words that tell it apart, as a sentence's subject: "Larkspur Meadow, a voluntary
  // controlled primary school, is the data controller" in the notice of "Larkspur Meadow C of E VC School".
  const shortName = ctx.school.value ? nameWithoutKind(ctx.school.value) : null;
  const shortSubject = shortName ? { name: shortName, opens: new RegExp(`^\\W*${escapeRegExp(shortName)}\\b`) } : null;
  for (const s of findOwn(ctx, ctrl)) {
    const m = ctrl.exec(s.text);
    if (!m) continue;
    if (placeholder.test(s.text)) {
      templated ??= s;
      continue;
    }
    // A company or charity counts only as the subject of the statement itself ("Oak Tree Childcare Ltd is the data controller").
    const companies = findCompanyNames(s.text).filter((n) => {
      const end = s.text.lastIndexOf(n, m.index);
      return end >= 0 && m.index - (end + n.length) <= 40;
    });
    // "X is an independent controller" / "in its own right" speaks of a supplier or partner, not of the notice's controller.
    const own = OTHER_OWN_CONTROLLER.test(s.text) ? namesIn(s.text) : allNamesIn(s.text);
    const names = [...own, ...companies.filter((c) => !own.includes(c) && !OTHER_OWN_CONTROLLER.test(s.text))];
    // The school's name as the notice gives it, though it has no school noun ("The Harbour Centre (through its management
    // committee) is the data controller", where an earlier sentence says what the centre is).
    const school = ctx.school.value;
    if (school && !names.includes(school) && !OTHER_OWN_CONTROLLER.test(s.text) && s.text.includes(school)) names.push(school);
    if (shortSubject && !names.length && shortSubject.opens.test(s.text)) names.push(shortSubject.name);
    let who = controllerSubject(s.text, m.index, o, names);
    // "We look after the information you give us. The law calls this being the data controller": the role pointed back
    // to is the one the sentence before gives its subject (read from its start: "The DfE collects ... from us" is not ours).
    if (who === 'unknown' && ROLE_POINTS_BACK.test(s.text.slice(0, m.index))) {
      // In text set one sentence to a line, the sentence before is the paragraph above, under the same heading.
      const before = adjacentSentence(ctx.text, s, -1, false);
      const beforeBlock = before ? ctx.doc.blocks[before.block] : undefined;
      const sameSection =
        beforeBlock !== undefined && beforeBlock.kind !== 'heading' && beforeBlock.section === ctx.doc.blocks[s.block]?.section;
      if (before && sameSection && !ctrl.test(before.text)) {
        const beforeNames = allNamesIn(before.text);
        who = controllerSubject(before.text, 0, o, beforeNames);
        // "X Trust, which runs the academy, is responsible for your information. The law calls it the data controller.":
        // the name the sentence before opens with is the one pointed back to.
        const opening = beforeNames.find((n) => before.text.indexOf(n) <= 4);
        if (who === 'school' && opening && !names.length) {
          names.push(opening);
          antecedent = before;
        }
      }
    }
    if (who === 'other') rejected.push(s);
    else if (names[0] && who === 'school') {
      // The name nearest before "data controller" is the controller ("X Academy, part of Y Trust, which is the data controller").
      named = { s, name: controllerNameBefore(s.text, m.index, names) ?? nameAfter(s.text, m.index, names) ?? names[0] };
      break;
    } else if (who === 'school') anonymous ??= s;
  }
  if (named) {
    // In a multi-academy trust the trust is the controller, not the academy (checklist.md 2.1 jurisdiction note).
    const trust = TRUST_BODY.test(named.name) ? null : trustRunningSchool(ctx, ctrl);
    if (trust) {
      return verdictFor(item, 'needs-review', 'academy-in-trust', [quoteSentence(named.s, ctrl), quoteSentence(trust.s)], {
        name: named.name,
        trust: trust.name,
      });
    }
    const evidence = [...(antecedent ? [quoteSentence(antecedent)] : []), quoteSentence(named.s, ctrl)];
    return verdictFor(item, 'pass', 'stated-controller', evidence, { name: named.name });
  }
  // "[insert name of trust] ... The trust is the data controller": the controller's name was never filled in, whatever
  // else the notice names (often the academy, which is not the controller).
  const unfilled = anonymous ? placeholderFor(ctx, anonymous, placeholder) : null;
  if (unfilled) {
    return verdictFor(item, 'partial', 'template-placeholder', [quoteSentence(unfilled, placeholder), quoteSentence(anonymous!, ctrl)], {
      rejectNote: '',
    });
  }

  // A school name heading the notice ("Allestree Woodlands School / Privacy Notice - Pupil Data") ties the name to it.
  const titleCue = phrases(o.titleCue);
  const top = ctx.doc.blocks.slice(0, TOP_BLOCKS).filter((b) => isOwnBlock(ctx, b.index));
  const topHasTitle = top.some((b) => titleCue.test(b.text)) || (ctx.doc.title !== null && titleCue.test(ctx.doc.title));
  // A provision whose name has no school noun ("Willowmere Learning Centre") is known by the name the notice gives it
  // elsewhere ("Willowmere Learning Centre is a pupil referral unit"), in capitals or not.
  const headingName = (text: string): string | undefined =>
    namesIn(text)[0] ??
    (ctx.school.value !== null && text.trim().toLowerCase() === ctx.school.value.toLowerCase() ? ctx.school.value : undefined);
  const topHeading = top.slice(0, 3).find((b) => b.kind === 'heading' && headingName(b.text));
  const anonNote = anonymous ? messageFor(item, 'unnamed-controller-note', { quote: quoteSentence(anonymous).text }) : '';
  if (topHeading && topHasTitle) {
    const name = headingName(topHeading.text)!;
    if (trustLeftUnnamed(ctx, anonymous, name))
      return trustUnnamed(item, anonymous!, name, ctrl, [{ text: topHeading.text, where: topHeading.where }]);
    const evidence: Evidence[] = [{ text: topHeading.text, where: topHeading.where }];
    if (anonymous) evidence.push(quoteSentence(anonymous, ctrl));
    // "The trust is the data controller": the sentence naming the body that runs the school says which trust.
    const runningBody = anonymous && THE_TRUST.test(anonymous.text) ? runningBodyNamed(ctx) : undefined;
    if (runningBody) evidence.push(quoteSentence(runningBody.s));
    return verdictFor(item, 'pass', anonymous ? 'headed-with-name' : 'headed-with-name-no-controller-word', evidence, { name });
  }

  // "The Trust is the data controller" under a letterhead naming the trust: that trust is the controller it means.
  const letterhead = anonymous && THE_TRUST.test(anonymous.text) ? letterheadTrust(ctx) : undefined;
  if (letterhead)
    return verdictFor(
      item,
      'pass',
      'named-and-controller',
      [{ text: letterhead.text, where: letterhead.where }, quoteSentence(anonymous!, ctrl)],
      { name: titleCase(letterhead.text).trim() },
    );

  // "The Trust is the data controller" where the notice gave a name "the Trust" as its defined term.
  const defined = anonymous && THE_TRUST.test(anonymous.text) ? definedAsTrust(ctx) : undefined;
  if (defined)
    return verdictFor(item, 'pass', 'named-and-controller', [quoteSentence(defined.s), quoteSentence(anonymous!, ctrl)], {
      name: defined.name,
    });

  // "The Foundation is the data controller" just after the sentence naming "Kestrel Down School Foundation": the short
  // form of a body the notice has just named.
  const shortForm = anonymous ? bodyShortFormNamed(ctx, anonymous) : undefined;
  if (shortForm)
    return verdictFor(item, 'pass', 'named-and-controller', [quoteSentence(shortForm.s), quoteSentence(anonymous!, ctrl)], {
      name: shortForm.name,
    });

  // Name elsewhere in the notice text: linked to the notice, or incidental.
  const noticeCue = phrases(o.noticeCue);
  const subjectCue = phrases(o.subjectCue);
  const otherBody = phrases(o.otherController);
  let incidental: { s: Sentence; name: string } | null = null;
  for (const s of findOwn(ctx, new RegExp(`${NAME_GATE.source}|${ORG_GATE.source}`, 'i'))) {
    let linked = anonymous !== null || noticeCue.test(s.text);
    // Once an incidental mention is known, only a sentence that could link the name is worth the name search.
    if (!linked && incidental && !subjectCue.test(s.text)) continue;
    // A name with no school noun counts only where its own sentence ties it to the notice or the data, never in passing:
    // suppliers are companies too.
    const schoolName = namesIn(s.text)[0];
    const orgName = organisationsIn(s.text)[0];
    // "We are X, the trust behind Y Academy": the notice's own "we" named, whichever name comes first in the sentence.
    const ourName = [schoolName, orgName].find(
      (n) => n !== undefined && new RegExp(`^we(?: are|'re)\\s+(?:the\\s+)?${escapeRegExp(n)}\\b`, 'i').test(titleCase(s.text)),
    );
    const name = ourName ?? schoolName ?? orgName;
    // Another body by its kind ("the NHS Trust is the data controller for health visiting records") is not the school.
    if (!name || otherBody.test(name)) continue;
    const opens =
      ourName !== undefined ||
      (new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}\\b`, 'i').test(titleCase(s.text)) && subjectCue.test(s.text));
    if (!schoolName && !opens && !noticeCue.test(s.text) && !runsTheSchool(s.text, name)) continue;
    // A school the data comes from ("Ashcombe Park Infant School sends us their records") is another school.
    if (namedAsOtherSchool(titleCase(s.text), name)) continue;
    // A name given only as someone's workplace ("the DPO for X School") is in passing, even beside "the School is the
    // data controller" (checklist.md 2.1 partial).
    const titled = titleCase(s.text);
    if (
      roleAt(titled, name) ||
      postedTo(titled, name) ||
      (!noticeCue.test(s.text) && addressAt(titled, name) && !subjectWithAddress(titled, name))
    )
      linked = false;
    if (linked || opens) {
      const evidence = [quoteSentence(s)];
      if (anonymous) evidence.push(quoteSentence(anonymous, ctrl));
      if (trustLeftUnnamed(ctx, anonymous, name)) return trustUnnamed(item, anonymous!, name, ctrl, [quoteSentence(s)]);
      const trust = anonymous && !TRUST_BODY.test(name) && !TRUST_BODY.test(anonymous.text) ? trustRunningSchool(ctx, ctrl) : null;
      if (trust) return verdictFor(item, 'needs-review', 'academy-in-trust', evidence, { name, trust: trust.name });
      // "The trust is the data controller" beside "X Academy ... is run by Y Partnership, a multi-academy trust": the
      // controller named is the trust, not the academy.
      const theTrust = anonymous !== null && THE_TRUST.test(anonymous.text);
      const trustName = theTrust
        ? allNamesIn(s.text).find((n) => n !== name && (runsTheSchool(titled, n) || /\btrust$/i.test(n)))
        : undefined;
      // Or in a sentence of its own: "Calder Mount Academy is an 11-18 academy. It is one of six run by Y Partnership".
      const runningBody = theTrust && !trustName ? runningBodyNamed(ctx) : undefined;
      if (runningBody && runningBody.s !== s) evidence.splice(1, 0, quoteSentence(runningBody.s));
      return verdictFor(item, 'pass', anonymous ? 'named-and-controller' : 'named-as-owner', evidence, {
        name: trustName ?? runningBody?.name ?? name,
      });
    }
    incidental ??= { s, name };
  }

  // "Northshire County Council is the data controller for pupils at Oakfield Community School": a maintained school's
  // notice may name its council as controller of the school's own records. The checklist wants the school or its
  // governing body, but an LA template can mean either; a reader should decide.
  // A pupil referral unit has no governing body of its own: its council is the controller in law, so the council stated
  // as controller of "the records this notice describes" is the notice's controller (checklist.md 2.1: "or LA").
  // The unit named as whose records they are ("... is the data controller for information held by Brookvale Learning
  // Centre") says the same as the notice cue.
  // The council may be named in the answer's first words and called controller after ("Who is in charge of your
  // information?" / "Calderbrook Borough Council. The law calls the council the data controller for what our service keeps").
  const unitName = ctx.school.value;
  const councilOfNotice = rejected
    .map((s) => ({
      s,
      name: councilCalledController(ctx, s),
    }))
    .find(
      ({ s, name }) =>
        name !== null &&
        (noticeCue.test(s.text) ||
          OUR_RECORDS.test(s.text) ||
          NAMED_BODYS_RECORDS.test(s.text) ||
          (unitName !== null && s.text.includes(unitName))),
    );
  if (councilOfNotice && (findOwn(ctx, REFERRAL_UNIT).length || findOwn(ctx, COUNCIL_RUN_SERVICE).length)) {
    return verdictFor(item, 'pass', 'council-controls-unit', [quoteSentence(councilOfNotice.s, ctrl)], { name: councilOfNotice.name! });
  }
  const councilForSchool = rejected.find((s) => COUNCIL_SUBJECT.test(s.text) && namesIn(s.text).length > 0);
  if (councilForSchool) {
    return verdictFor(item, 'needs-review', 'council-controller-for-school', [quoteSentence(councilForSchool, ctrl)], {
      name: namesIn(councilForSchool.text)[0]!,
    });
  }
  const rejectNote = rejected.length ? messageFor(item, 'other-controller-note', { quote: quoteSentence(rejected[0]!).text }) : '';
  if (templated) {
    return verdictFor(item, 'partial', 'template-placeholder', [quoteSentence(templated, placeholder)], { rejectNote });
  }
  if (incidental) {
    return verdictFor(item, 'partial', 'named-in-passing', [quoteSentence(incidental.s)], { name: incidental.name, anonNote, rejectNote });
  }
  for (const [text, where] of [
    [ctx.doc.chrome.pageTitle ?? '', 'page title'],
    [ctx.doc.title && !ctx.doc.blocks.some((b) => b.text === ctx.doc.title) ? ctx.doc.title : '', 'document title'],
    [ctx.doc.chrome.header, 'site header'],
    [ctx.doc.chrome.footer, 'page footer'],
  ] as const) {
    const name = namesIn(text)[0];
    if (name) {
      return verdictFor(item, 'partial', 'named-outside-text', [{ text: name, where }], { name, where, anonNote, rejectNote });
    }
  }
  const domain = phrases(o.schoolDomain);
  for (const s of findOwn(ctx, /@/)) {
    const email = findChannels(s.text, { ...CHANNEL_ONLY_EMAIL, notSchool: ['ico\\.org\\.uk', '\\.gov\\.(?:uk|wales)'] }).find((c) =>
      domain.test(c.value),
    );
    if (email) {
      return verdictFor(item, 'partial', 'email-domain-only', [quoteSentence(s)], { email: email.value, anonNote, rejectNote });
    }
  }
  if (anonymous) {
    return verdictFor(item, 'fail', 'controller-unnamed', [quoteSentence(anonymous, ctrl)], { rejectNote });
  }
  return verdictFor(item, 'fail', 'not-found', rejected.length ? evidenceOf(rejected, ctrl, 1) : [], { rejectNote });
}

/**
 * The name a controller statement makes the controller: the name nearest before "data controller" ("X Academy, part of
 * Y Trust, which is the data controller"), unless that name sits in an aside that closes just before the verb ("X
 * Academy, one of the schools in Y Trust, is the data controller"): then the name that opens the sentence.
 */
function controllerNameBefore(text: string, at: number, names: string[]): string | undefined {
  const before = names.filter((n) => text.slice(0, at).includes(n));
  if (!before.length) return undefined;
  const nearest = before.reduce((a, b) => (text.lastIndexOf(b, at) > text.lastIndexOf(a, at) ? b : a));
  const first = before.reduce((a, b) => (text.indexOf(b) < text.indexOf(a) ? b : a));
  const closesAside = CLOSES_ASIDE.test(text.slice(text.lastIndexOf(nearest, at) + nearest.length, at));
  return closesAside && first !== nearest && text.indexOf(first) <= 4 ? first : nearest;
}

/** The first name after a controller statement that names the controller after its verb ("The controller is X"). */
function nameAfter(text: string, at: number, names: string[]): string | undefined {
  const after = names.filter((n) => text.indexOf(n, at) >= 0);
  return after.length ? after.reduce((a, b) => (text.indexOf(b, at) < text.indexOf(a, at) ? b : a)) : undefined;
}

/**
 * The name opening its sentence with its address as an aside, then the sentence's verb: "X Academy, Chapel Road, Town
 * AB1 2CD, is one of six academies run by Y Trust" says what the school is, not where post goes.
 */
function subjectWithAddress(text: string, name: string): boolean {
  return new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}\\s*,[^.]{0,100}?,\\s*(?:is|are|was|has|belongs)\\b`, 'i').test(text);
}

const CLOSES_ASIDE = /^\s*,\s*(?:is|are|acts as)\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+)?(?:data\s+)?$/i;
// An aside that describes what comes before it: "X School, a community school maintained by Y Council, is ...".
const DESCRIBING_ASIDE =
  /,\s*(?:a|an|which is|one of|part of|maintained|run|funded)\b[^,]{0,120},\s*(?:is|are|acts as)\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+)?(?:data\s+)?$/i;

/** Where the describing aside closing just before a controller statement's verb lies in the sentence, if there is one. */
function describingAside(text: string, at: number): [number, number] | null {
  const m = DESCRIBING_ASIDE.exec(text.slice(0, at));
  return m ? [m.index, at] : null;
}
const TRUST_BODY = /\b(?:trust|federation|council|diocese|authority)\b/i;
const SCHOOL_NOUN = /\b(?:school|academy|college|ysgol|nursery|infants?|juniors?|primary)\b/i;
// A name set beside what it is: "the Meridian Learning Partnership, a multi-academy trust". A defined term may stand
// between the name and what it is: "Ridgeway Learning Partnership ("the Trust", "we") is a multi-academy trust".
const NAMED_AS_TRUST =
  /\b[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|&)){1,5}(?:\s*\([^)]{0,200}\))?,?\s+(?:is\s+)?(?:an?|the)\s+(?:(?:multi[- ]academy|academy|single[- ]academy|learning|educational)\s+)?trust\b/;
// A name given "the Trust" as its defined term: 'Aldercombe Learning Partnership (the "Trust")', '... ("the Trust", "we")'.
const DEFINED_AS_TRUST =
  /\b([A-Z][\w'\u2019&-]{0,40}(?:\s+(?:[A-Z][\w'\u2019&-]{0,40}|of|and|&)){1,5})\s*\(\s*(?:[Hh]ereafter\s+|[Rr]eferred to as\s+)?["'\u201c\u2018]?(?:[Tt]he\s+)?["'\u201c\u2018]?(?:Trust|TRUST)\b/;
// "The Trust is the data controller" said without the trust's name.
const THE_TRUST = /\b(?:the|our)\s+(?:(?:multi[- ]academy\s+|academy\s+)?trust|partnership)\b/i;
// A letterhead: the trust's name on a line of its own, what it is on the next ("HARROWFELL LEARNING PARTNERSHIP" / "A
// multi-academy trust: company limited by guarantee ...").
const TRUST_DESCRIBED = /^\s*(?:an?\s+)?(?:multi[- ]academy|academy|single[- ]academy)\s+trust\b/i;
/** The first sentence giving a name "the Trust" as its defined term, with that name. */
function definedAsTrust(ctx: AuditContext): { s: Sentence; name: string } | undefined {
  for (const s of findOwn(ctx, /\btrust\b/i)) {
    const m = DEFINED_AS_TRUST.exec(s.text);
    if (m) return { s, name: m[1]! };
  }
  return undefined;
}

// A controller statement's subject as a body's short form ("The Foundation is the data controller"), and where to look
// for the body's full name: the statement's own paragraph and the one before it.
const SHORT_FORM_SUBJECT = /^\s*(?:the|our)\s+(trust|foundation|partnership|federation|charity|corporation)\b/i;
const SHORT_FORM_REACH = 1;
/** The sentence just before an unnamed controller statement that names the body its short form means, with that name. */
function bodyShortFormNamed(ctx: AuditContext, anonymous: Sentence): { s: Sentence; name: string } | undefined {
  const noun = SHORT_FORM_SUBJECT.exec(anonymous.text)?.[1];
  if (!noun) return undefined;
  const capitalised = noun[0]!.toUpperCase() + noun.slice(1).toLowerCase();
  const named = new RegExp(`\\b[A-Z][\\w'\u2019&-]*(?:\\s+(?:[A-Z][\\w'\u2019&-]*|of|and|&)){0,6}\\s+${capitalised}\\b`);
  let found: { s: Sentence; name: string } | undefined;
  for (const s of findOwn(ctx, named)) {
    if (s.block > anonymous.block || s.block < anonymous.block - SHORT_FORM_REACH) continue;
    if (s === anonymous) break;
    const m = named.exec(s.text);
    if (m && !/^(?:The|Our|This|A|An)\s/.test(m[0])) found = { s, name: m[0] };
  }
  return found;
}

// "Fernhill Primary Academy is one of three schools run by Tamsworth Learning Partnership, a charitable company ...": a
// body with no school noun, council or diocese in its name that runs the school is the trust "the trust" then means.
const NOT_A_TRUST = /\b(?:council|diocesan|diocese|authority|governing|governors?)\b/i;
/** The first sentence naming the body that runs the school, with that body, when it is no school, council or diocese. */
function runningBodyNamed(ctx: AuditContext): { s: Sentence; name: string } | undefined {
  for (const s of findOwn(
    ctx,
    /\b(?:run|operated|governed|managed|sponsored)\s+by\b|\b(?:that|which)\s+(?:runs|governs|manages|operates)\b/i,
  )) {
    const titled = titleCase(s.text);
    const name = allNamesIn(titled).find((n) => runsTheSchool(titled, n) && !SCHOOL_NOUN.test(n) && !NOT_A_TRUST.test(n));
    if (name) return { s, name };
  }
  return undefined;
}

/** The line naming the trust over the line that says it is one, or undefined. */
const letterheadTrust = (ctx: AuditContext): Block | undefined => letterheadOver(ctx.doc, TRUST_DESCRIBED);

/**
 * True when an unnamed controller statement makes "the Trust" the controller, the name found is a school's, and no
 * trust is named anywhere in the notice: the controller is then never named (checklist.md 2.1: for an academy the
 * controller is the trust).
 */
function trustLeftUnnamed(ctx: AuditContext, anonymous: Sentence | null, name: string): boolean {
  // A name with no school noun ("Brackenford Learning") may itself be the trust's.
  if (!anonymous || TRUST_BODY.test(name) || !SCHOOL_NOUN.test(name) || !THE_TRUST.test(anonymous.text)) return false;
  // A trust named as such, or a name set beside what it is: "the Meridian Learning Partnership, a multi-academy trust".
  const trustNamed = (text: string) =>
    allNamesIn(titleCase(text)).some((n) => /\btrust$/i.test(n)) || NAMED_AS_TRUST.test(text) || DEFINED_AS_TRUST.test(text);
  return (
    !(ctx.doc.title !== null && trustNamed(ctx.doc.title)) &&
    !findOwn(ctx, /\btrust\b/i).some((t) => trustNamed(t.text)) &&
    !runningBodyNamed(ctx) &&
    !letterheadTrust(ctx)
  );
}

function trustUnnamed(item: ChecklistItem, anonymous: Sentence, name: string, ctrl: RegExp, evidence: Evidence[]): Verdict {
  return verdictFor(item, 'partial', 'trust-unnamed', [...evidence, quoteSentence(anonymous, ctrl)], { name });
}
// "one of the eight schools in X Trust": the school is one of several in the trust, so the trust is a multi-academy trust.
// ("Part of X Trust" alone may be a single-academy trust or a partnership, where the academy's own name may be right.)
const IN_TRUST = /\b(?:one of\b[^.]{0,60}?\b(?:in|of|within|run by))\s+(?:the\s+)?$/i;

/**
 * The trust a notice says its school belongs to, when no controller statement makes that trust (or "the trust") the
 * controller: the notice then names the academy where the trust should be.
 */
function trustRunningSchool(ctx: AuditContext, ctrl: RegExp): { s: Sentence; name: string } | null {
  const controllers = findOwn(ctx, ctrl);
  const trustIsController = controllers.some((s) => {
    // A trust named in the statement, other than as the body the school belongs to, is the controller it names
    // ("X Trust runs Y Academy and is the data controller", "The data controller is X Trust").
    const text = titleCase(s.text);
    const trustNamed = namesIn(text).some((n) => /\btrust$/i.test(n) && !IN_TRUST.test(text.slice(0, text.indexOf(n))));
    return trustNamed || /\b(?:the|our)\s+(?:academy\s+)?trust\b/i.test(s.text);
  });
  if (trustIsController) return null;
  for (const s of findOwn(ctx, /\btrust\b/i)) {
    const text = titleCase(s.text);
    const name = namesIn(s.text).find((n) => /\btrust$/i.test(n) && IN_TRUST.test(text.slice(0, text.indexOf(n))));
    if (name) return { s, name };
  }
  return null;
}

// A named council as the subject of a controller statement: "Northwold County Council is the controller of ...". It
// starts only where a word does (not inside "County-County-..."), so hostile text costs linear time.
const COUNCIL_NAME_SOURCE =
  "(?<![\\w'-])((?:[A-Z][\\w'-]+\\s+){1,4}(?:(?:County|Borough|City|District|Metropolitan)\\s+(?:Borough\\s+)?)?Council)";
const COUNCIL_NAMED_CONTROLLER = new RegExp(
  `${COUNCIL_NAME_SOURCE}\\s+(?:is|acts as|remains)\\s+(?:(?:therefore|thus|also|legally|so)\\s+)?(?:the\\s+)?(?:data\\s+)?controller\\b`,
);
// "the council" called the controller, its name given elsewhere in the block: "The law calls the council the data controller".
const COUNCIL_CALLED_CONTROLLER = /\bthe (?:council|local authority)\b[^.]{0,40}\b(?:data )?controller\b/i;
// The records the notice speaks of, in its own voice: "the information our service keeps", "what we hold", or the unit
// itself: "the information the service holds", "the personal information the Service collects and uses", "personal data
// processed by the Service", "information held by the crèche".
const OUR_RECORDS =
  /\b(?:our|we|the (?:service|unit|centre|cr[eè]che|setting))\b[^.]{0,20}\b(?:keeps?|holds?|records?|service|collects?|uses?|processe?s?)\b|\b(?:processed|held|kept|used) by the (?:service|unit|centre|cr[eè]che|setting)\b/i;
// The records of a body called by a short name of its own: "the information Y Bont holds about pupils".
const NAMED_BODYS_RECORDS =
  /\b(?:information|data|records)\s+(?:that\s+|which\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:holds|keeps|collects|uses|processes)\b/;
const COUNCIL_NAME = new RegExp(`${COUNCIL_NAME_SOURCE}\\b`);
/**
 * The council a sentence calls the controller, by name. "The Council is the data controller" is the council its block
 * names ("... is run by Eastwold County Council. The Council is ...").
 */
function councilCalledController(ctx: AuditContext, s: Sentence): string | null {
  const named = COUNCIL_NAMED_CONTROLLER.exec(s.text)?.[1];
  if (named) return /^the\s/i.test(named) ? (councilNamedIn(ctx, s) ?? named) : named;
  return COUNCIL_CALLED_CONTROLLER.test(s.text) ? councilNamedIn(ctx, s) : null;
}

const COUNCIL_LOOKBACK_BLOCKS = 40;
/**
 * The council "the council" in a sentence means: the one its block names, or else the one named last before it ("Glanrhyd
 * County Borough Council ("the Council", "we") uses personal information ..." two paragraphs up).
 */
function councilNamedIn(ctx: AuditContext, s: Sentence): string | null {
  // A bounded look back: a page of many such sentences and no council name stays linear.
  for (let b = s.block; b >= Math.max(0, s.block - COUNCIL_LOOKBACK_BLOCKS); b--) {
    const named = COUNCIL_NAME.exec(ctx.doc.blocks[b]?.text ?? '')?.[1];
    if (named) return named;
  }
  return null;
}
// A pupil referral unit, also called a short stay school or a pupil support centre.
const REFERRAL_UNIT = /\b(?:pupil referral units?|short[- ]stay schools?|PRUs?)\b/;
// A service the council runs itself, with no governing body of its own: "The Medical Tuition Service is run (or
// maintained) by Westshire County Council", "the service is provided by the local authority", "The Council provides the
// Service under section 19", "Skylark Hospital School is Castlebridge City Council's education service", "The school is
// not a separate legal body: it is a council service", "The crèche does not exist as a separate organisation". Not a
// school said to be run by its council, whose governing body may be the controller (a reader decides, below).
const COUNCIL_RUN_SERVICE = new RegExp(
  `\\b(?:service|centre|center|provision|team)\\s+(?:is|are)\\s+(?:run|operated|provided|managed|maintained)\\s+by\\s+(?:the\\s+(?:council|local authority)\\b|${COUNCIL_NAME_SOURCE})|\\bthe\\s+(?:council|local authority)\\s+(?:runs|operates|provides|manages)\\s+the\\s+(?:service|centre|provision)\\b|\\b(?:is|are)\\s+(?:the\\s+(?:council|local authority)|${COUNCIL_NAME_SOURCE})['\\u2019]s\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,3}(?:service|provision)\\b|\\b(?:is|are)\\s+(?:a|the)\\s+(?:council|local authority)\\s+service\\b|\\bnot\\s+(?:exist\\s+as\\s+)?a\\s+separate\\s+(?:legal\\s+)?(?:body|entity|person|organi[sz]ation)\\b`,
  'i',
);
// A council or local authority as the subject of a controller statement about a school's pupils ("... for pupils at X School").
const COUNCIL_SUBJECT =
  /^(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,4}(?:(?:County|Borough|City|District|Metropolitan)\s+(?:Borough\s+)?Council|Council|local authority)\b[^.]{0,40}\bcontroller\b[^.]{0,60}\b(?:for|of|at|held by)\s+(?:the\s+)?(?:pupils?|children|personal (?:data|information)|information|records?)\b[^.]{0,30}\b(?:at|of|in|attending)\b/i;

// The kind of body an unnamed controller statement speaks of ("the trust is the data controller").
const CONTROLLER_NOUN = /\b(school|academy|trust|federation|college|nursery|pre-?school|setting|governing (?:body|board))\b/i;

/** A placeholder beside an unnamed controller statement, where the name of the body it speaks of belongs. */
function placeholderFor(ctx: AuditContext, anonymous: Sentence, placeholder: RegExp): Sentence | null {
  const noun = CONTROLLER_NOUN.exec(anonymous.text)?.[1]?.toLowerCase();
  if (!noun) return null;
  const same = new RegExp(`\\b${noun.split(/\s+/)[0]}`, 'i');
  // Only in the statement's own paragraph: a placeholder elsewhere is residue, not the controller's missing name.
  for (const s of findOwn(ctx, placeholder)) {
    if (s.block !== anonymous.block) continue;
    const m = new RegExp(placeholder.source, 'i').exec(s.text);
    if (m && same.test(m[0])) return s;
  }
  return null;
}

// Only the email pattern, for reading a school's identity from its address.
const CHANNEL_ONLY_EMAIL: Omit<ChannelOptions, 'notSchool'> = {
  email: EMAIL_SOURCE,
  phone: '(?!)',
  postcode: '(?!)',
  contactUrl: '(?!)',
};

// Words that show a block also gives the school's own desk, not only the DPO's.
const SCHOOL_STAFF_DESK =
  /\b(?:(?:school|nursery|academy|college|setting|main|front) office|the office|reception|admin(?:istration)?|head ?teacher|(?:business|data|office|nursery|setting|centre) manager|(?:(?:data|finance) and )?(?:compliance|admin(?:istration)?|office|business|operations) team|bursar|clerk)\b/i;

const CARE_OF = /\b(?:c\/o|care of)\s+([^.;]{1,100})/i;
const COUNCIL_SWITCHBOARD =
  /\b(?:council|local authority|diocese)(?:'s|\u2019s)?\s+(?:main\s+|general\s+|central\s+)?(?:switchboard|contact centre|call centre|customer services?(?: centre)?)\b/i;
const REGULATOR = /\binformation commissioner(?:'s|s)?\b|\bICO\b/i;

/**
 * Whose desk a contact block reaches: a council's or diocese's desk (admissions, county hall) is another body's channel,
 * and a supplier's line reaches the company (checklist.md 2.2), unless the same text says the desk is the school's own.
 */
function deskOf(ctx: AuditContext, text: string, o: ControllerContactOptions): 'school' | 'regulator' | 'other-organisation' | 'company' {
  // "School Office, c/o Schools Support Team, Lowmoor County Council": the school's name on another body's desk.
  const careOf = CARE_OF.exec(text)?.[1];
  if (careOf && phrases(o.otherOrganisations).test(careOf)) return 'other-organisation';
  // "To contact the school, telephone the County Council's main switchboard and ask to be put through": the line reaches
  // the council's desk, whoever the caller then asks for (unless the text gives the school's own office too).
  if (COUNCIL_SWITCHBOARD.test(text) && !SCHOOL_STAFF_DESK.test(text)) return 'other-organisation';
  // "Contact your child's school office, or Bro Teifi County Council Education Services:" / "Canolfan Addysg ...": the
  // channels that follow belong to the party named last before them, as with a DPO named after the head teacher.
  if (namedLastBeforeChannels(text, o, ctx.school.value) === 'other-organisation') return 'other-organisation';
  if (phrases(o.ownDesk).test(text) || (ctx.school.value && text.includes(ctx.school.value))) return 'school';
  // The regulator's own block ("Information Commissioner's Office - Wales" / "2nd Floor, Churchill House ...").
  if (REGULATOR.test(text)) return 'regulator';
  if (phrases(o.otherOrganisations).test(text)) return 'other-organisation';
  return phrases(o.companies).test(text) ? 'company' : 'school';
}

// Another party offered in a clause of its own (", or Bro Teifi County Council:", "or write to the Diocesan Office"),
// not one joined to the school's desk before a shared channel ("the school office or the diocese on 01632 ...").
const ALTERNATIVE_PARTY = /,\s*or\b|\bor\s+(?:write|contact|e-?mail|call|phone|ring|telephone|speak|send)\b/i;

/**
 * Whose channels a text gives, by the party the words just before each name last in the sentence or lead-in that
 * introduces it: another organisation (a council, diocese) when every channel is its, the school's when any is the
 * school's own desk, null when no lead-in names either.
 */
function namedLastBeforeChannels(
  text: string,
  o: ControllerContactOptions,
  schoolName: string | null,
): 'school' | 'other-organisation' | null {
  const at = [...new Set(findChannels(text, o).map((c) => text.indexOf(c.value)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const ownDesk = new RegExp(phrases(o.ownDesk).source, 'gi');
  const otherOrg = new RegExp(phrases(o.otherOrganisations).source, 'gi');
  let owner: 'school' | 'other-organisation' | null = null;
  let from = 0;
  // Each channel belongs to the party its own lead-in names last; one whose lead-in names none ("... WB1 2AH (telephone
  // 01632 ...)") belongs to the party before it.
  for (const channel of at) {
    const before = text.slice(from, channel);
    const lead = before.slice(before.search(/[^.!?]*$/));
    from = channel;
    const own = Math.max(lastMatchAt(lead, ownDesk), schoolName ? lead.lastIndexOf(schoolName) : -1);
    const other = lastMatchAt(lead, otherOrg);
    if (own < 0 && other < 0) continue;
    // Offered as the alternative ("... school office, or the Council's ..."), or the only party its lead-in names ("you
    // can also telephone the Diocesan Schools Team on ..."); not a body the school is described by ("our school,
    // maintained by Lowmoor County Council, on 01632 ...").
    const others = other > own && (own < 0 || ALTERNATIVE_PARTY.test(lead.slice(own, other)));
    if (!others) return 'school';
    owner = 'other-organisation';
  }
  return owner;
}

/**
 * Whether the channels of a block reach another body than the school (a council, diocese or supplier), read with the
 * rest of its contact block, by the controller-contact item's own lists: a route to the school's office or head
 * teacher is not completed by them (checklist.md 2.15).
 */
export function reachesAnotherBody(ctx: AuditContext, block: number): boolean {
  const o = optionsOfCheck(ctx.checklist, 'controller-contact', ControllerContactOptionsSchema);
  return o !== null && blockDesk(ctx, block, contactBlockText(ctx, block, o), o) !== 'school';
}

/**
 * Whose desk a block's channels reach, read with its contact block; a channel line that names another body itself
 * ("Telephone: 0300 555 0142 (County Council Contact Centre)") reaches that body, whatever heading it sits under
 * ("Contact the school").
 */
function blockDesk(ctx: AuditContext, block: number, group: string, o: ControllerContactOptions): ReturnType<typeof deskOf> {
  const line = ctx.doc.blocks[block]!.text;
  if (group !== line && deskOf(ctx, line, o) === 'other-organisation') return 'other-organisation';
  return deskOf(ctx, group, o);
}

/**
 * A line that is little more than a channel: labelled, with its hours, or an address line ("Email: ...", "Phone: 01632
 * 960505 (Monday to Friday, 9am to 4pm)", "Bishop's House, 3 Minster Yard, Ravensmoor RV1 4AZ").
 */
function isBareChannelLine(ctx: AuditContext, block: number, o: ChannelOptions): boolean {
  const b = ctx.doc.blocks[block]!;
  if (b.kind === 'heading' || b.text.length > 120) return false;
  let rest = b.text;
  for (const c of blockChannels(ctx.doc, block, o)) rest = rest.split(c.value).join(' ');
  return rest.split(/[^\p{L}]+/u).filter(Boolean).length <= BARE_LINE_WORDS;
}

/** Words besides its channels a contact line may hold: a label, opening hours, a house and street. */
const BARE_LINE_WORDS = 8;

/** Lines of a contact block read as one: how many lines above a bare channel line the block names its desk. */
const CONTACT_BLOCK_LINES = 5;

/**
 * A bare channel line ("Email: ...", "Tel: ...") with the lines of its contact block above it, which say whose desk it
 * reaches: back to its label (a line with no channel, or one that says more, such as "Information Governance Unit,
 * Glanmorfa County Borough Council"). Any other block's text as it is.
 */
function contactBlockText(ctx: AuditContext, block: number, o: ChannelOptions): string {
  const b = ctx.doc.blocks[block]!;
  if (!isBareChannelLine(ctx, block, o)) return b.text;
  const lines = [b.text];
  for (let i = block - 1; i >= 0 && block - i <= CONTACT_BLOCK_LINES; i--) {
    const above = ctx.doc.blocks[i]!;
    const below = ctx.doc.blocks[i + 1]!;
    // In plain text an address typed line under line is one block, whatever short lines of it read as headings
    // ("Bro Morlais County Borough Council" / "Canolfan Ddinesig, Heol y Castell" / "Llanfor BM4 6TN").
    const sameBlock = above.line !== undefined && below.line === above.line + 1;
    if (above.kind === 'heading' && sameBlock && above.text.length <= 90) {
      lines.unshift(above.text);
      continue;
    }
    // A heading over nothing but the contact lines is their label ("Customer Service Centre" / "Tel: ...").
    if (above.kind === 'heading' && above.section === b.section) {
      lines.unshift(above.text);
      break;
    }
    if (above.section !== b.section || above.text.length > 240) break;
    lines.unshift(above.text);
    // The first line without a channel of its own is the block's label ("Customer Service Centre", "School office").
    if (!isBareChannelLine(ctx, i, o) || !blockChannels(ctx.doc, i, o).length) break;
  }
  return lines.join('\n');
}

/** How far back from a channel its owner is looked for: the words that introduce it ("or email the DPO at"). */
const OWNER_REACH = 100;

/** Where the last match of a global pattern in `text` starts, or -1. */
function lastMatchAt(text: string, global: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(global)) last = m.index;
  return last;
}

/**
 * Whether a channel in `text` is the DPO's by the words just before it: the DPO is the last party named in its
 * sentence before it ("write to the Headteacher, or email the Data Protection Officer at dpo@..."), so a school desk
 * named earlier in the sentence owns no channel there.
 */
function ownedByDpo(text: string, value: string, dpo: RegExp): boolean {
  const at = text.indexOf(value);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - OWNER_REACH), at);
  const sentence = before.slice(before.search(/[^.!?]*$/));
  const dpoAt = lastMatchAt(sentence, new RegExp(dpo.source, 'gi'));
  return dpoAt >= 0 && dpoAt > lastMatchAt(sentence, new RegExp(SCHOOL_STAFF_DESK.source, 'gi'));
}

/** True when a block is about the DPO: it mentions one, or sits under a DPO heading or lead-in. */
function isDpoBlock(ctx: AuditContext, block: number, dpo: RegExp): boolean {
  const b = ctx.doc.blocks[block];
  if (!b) return false;
  if (dpo.test(b.text)) return true;
  const heading = ctx.doc.sections[b.section]?.heading ?? '';
  if (dpo.test(heading)) return true;
  const prev = ctx.doc.blocks[block - 1];
  return !!prev && prev.section === b.section && /:\s*-?\s*$/.test(prev.text) && dpo.test(prev.text);
}

/** The sentences of one block, from an index built once per audit (a long page has tens of thousands). */
function sentencesOf(ctx: AuditContext, block: number): Sentence[] {
  return ctx.memo.once(sentencesByBlock, ctx.text).get(block) ?? [];
}

function sentencesByBlock(text: NoticeText): Map<number, Sentence[]> {
  const byBlock = new Map<number, Sentence[]>();
  for (const s of text.sentences) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  return byBlock;
}

// A front-desk mailbox ("office@", "admin@", "enquiries@") in a sentence of its own beside the DPO's reaches the school.
const DESK_MAILBOX = /^(?:office|admin(?:istration)?|enquiries|enquiry|info|reception|school)@/i;

// A mailbox that is itself the DPO's ("dpo@", "dataprotection@", "gdpr@"), whoever's domain it is on.
const DPO_MAILBOX = /^(?:[\w.+-]{0,64}dpo|data\.?protection|gdpr)[\w.+-]{0,64}@/i;

/**
 * In a block about the DPO, a sentence that does not speak of the DPO and gives the school's, trust's or setting's own
 * channel ("The trust's registered office is ...", "Hollybush Nursery School, Hollybush Road, E17 ...") reaches the school.
 */
function ownDeskBesideDpo(
  ctx: AuditContext,
  block: number,
  o: ControllerContactOptions,
  dpo: RegExp,
  ownDesk: RegExp,
  otherOrg: RegExp,
): { channels: Channel[]; text: string } | null {
  for (const s of sentencesOf(ctx, block)) {
    if (dpo.test(s.text) || otherOrg.test(s.text)) continue;
    const channels = findChannels(s.text, o).filter((c) => !DPO_MAILBOX.test(c.value));
    if (!channels.length) continue;
    const ownName = (ctx.school.value !== null && s.text.includes(ctx.school.value)) || namesIn(s.text).length > 0;
    const deskMailbox = channels.some((c) => c.kind === 'email' && DESK_MAILBOX.test(c.value));
    if (ownName || deskMailbox || ownDesk.test(s.text) || /\b(?:write to|contact|email|call|phone) us\b/i.test(s.text))
      return { channels, text: s.text };
  }
  return null;
}

function evaluateControllerContact(ctx: AuditContext, o: ControllerContactOptions, item: ChecklistItem): Verdict {
  const dpo = phrases(o.dpoTerms);
  const dpoOnly: Array<{ channels: Channel[]; evidence: Evidence }> = [];
  const otherOrgOnly: Array<{ channels: Channel[]; evidence: Evidence }> = [];
  const companyOnly: Array<{ channels: Channel[]; evidence: Evidence }> = [];
  const ownDesk = phrases(o.ownDesk);
  const otherOrg = phrases(o.otherOrganisations);
  for (const b of ctx.doc.blocks) {
    if (!isOwnBlock(ctx, b.index)) continue;
    const channels = blockChannels(ctx.doc, b.index, o);
    if (!channels.length) continue;
    const evidence = { text: b.text.length > 320 ? `${b.text.slice(0, 317)}...` : b.text, where: b.where };
    const group = contactBlockText(ctx, b.index, o);
    // An outsourced DPO's mailbox reaches the DPO, not the school (seed 002: only the LA's DPO email).
    if (
      (isDpoBlock(ctx, b.index, dpo) || (group !== b.text && dpo.test(group))) &&
      (!SCHOOL_STAFF_DESK.test(group) || channels.every((c) => ownedByDpo(b.text, c.value, dpo)))
    ) {
      // ... but the school's or trust's own address or office line beside it reaches the school.
      const desk = ownDeskBesideDpo(ctx, b.index, o, dpo, ownDesk, otherOrg);
      if (desk) {
        return verdictFor(item, 'pass', 'school-desk-beside-dpo', [{ text: desk.text, where: b.where }], {
          channels: describeChannels(desk.channels),
        });
      }
      dpoOnly.push({ channels, evidence });
      continue;
    }
    // A council's or diocese's desk (admissions, county hall) is another body's channel, not the school's.
    const body = blockDesk(ctx, b.index, group, o);
    // The regulator's channels are never the school's (checklist.md 2.2 trap).
    if (body === 'regulator') continue;
    if (body === 'other-organisation') {
      otherOrgOnly.push({ channels, evidence });
      continue;
    }
    if (body === 'company') {
      companyOnly.push({ channels, evidence });
      continue;
    }
    return verdictFor(item, 'pass', 'channel-given', [evidence], { channels: describeChannels(channels) });
  }
  // Checklist.md 2.2: the page's own footer or contact block is read alongside the notice.
  for (const [text, where] of [
    [ctx.doc.chrome.footer, 'page footer'],
    [ctx.doc.chrome.header, 'site header'],
  ] as const) {
    const channels = findChannels(text, o);
    if (channels.length) {
      return verdictFor(
        item,
        'pass',
        where === 'page footer' ? 'footer-channel' : 'header-channel',
        [{ text: describeChannels(channels), where }],
        { channels: describeChannels(channels) },
      );
    }
  }
  const cue = phrases(o.contactCue);
  const otherBodies = phrases(o.otherBodies);
  const notSchool = phrases(o.notSchool);
  const promised = findOwn(ctx, cue).filter((s) => !otherBodies.test(s.text) && !notSchool.test(s.text));
  if (otherOrgOnly.length) {
    return verdictFor(
      item,
      'partial',
      'other-organisation-only',
      [otherOrgOnly[0]!.evidence, ...(dpoOnly[0] ? [dpoOnly[0].evidence] : [])],
      {
        channels: describeChannels(otherOrgOnly[0]!.channels),
      },
    );
  }
  if (dpoOnly.length) {
    return verdictFor(item, 'partial', 'dpo-channel-only', [dpoOnly[0]!.evidence, ...evidenceOf(promised, cue, 1)], {
      channels: describeChannels(dpoOnly[0]!.channels),
    });
  }
  if (promised.length) {
    return verdictFor(item, 'partial', 'contact-without-channel', evidenceOf(promised, cue, 2));
  }
  if (companyOnly.length) {
    return verdictFor(item, 'fail', 'company-only', [companyOnly[0]!.evidence], {
      channels: describeChannels(companyOnly[0]!.channels),
    });
  }
  const others = findOwn(ctx, notSchool);
  const evidence = evidenceOf(others, notSchool, 1);
  if (!others.length) return verdictFor(item, 'fail', 'not-found', evidence);
  return verdictFor(item, 'fail', 'ico-or-government-rejected', evidence, { quote: quoteSentence(others[0]!, notSchool).text });
}

// Words that point a channel back at the person just named ("contact her on ...", "they can be reached at ...").
const POINTS_BACK = /\b(?:them|her|him|they|their|she|he)\b/i;
// The school as a whole, for other matters: "For anything else about this notice, write to the school at ...".
const SCHOOL_AT_LARGE = /\b(?:(?:write to|contact|call|phone|ring|e-?mail) the school|(?:for|about) anything else)\b/i;

/**
 * True when, in a block that mentions the DPO, every channel sits in a sentence of its own that gives the school's desk
 * instead ("Our DPO oversees compliance. Contact the school office on ..."): the DPO still has no channel (checklist.md 2.3).
 */
function onlyDeskChannels(ctx: AuditContext, block: number, o: DpoContactOptions, dpo: RegExp): boolean {
  const withChannel = sentencesOf(ctx, block).filter((s) => findChannels(s.text, o).length > 0);
  return (
    withChannel.length > 0 &&
    withChannel.every(
      (s) => !dpo.test(s.text) && (SCHOOL_STAFF_DESK.test(s.text) || SCHOOL_AT_LARGE.test(s.text)) && !POINTS_BACK.test(s.text),
    )
  );
}

/** A row's first column label, as a table with a header row reads it ("Role: Data Protection Officer | Name: ..."). */
const FIRST_COLUMN = /^\s*([^:|]{1,30}):\s/;

/**
 * The next row of the same table, whose rows are records under one header row ("Role: Data Protection Officer" /
 * "Role: Data Manager | Email: ..."): another person's row, not more of the DPO's (a card set out as "Name: ..." /
 * "Email: ..." labels its rows differently).
 */
function rowOfAnotherRecord(row: Block, next: Block): boolean {
  if (row.kind !== 'table-row' || next.kind !== 'table-row' || row.table !== next.table) return false;
  const label = FIRST_COLUMN.exec(row.text)?.[1];
  return label !== undefined && label === FIRST_COLUMN.exec(next.text)?.[1];
}

// A line that is the role alone ("Data Protection Officer", "Our DPO contact details") labels the lines under it as a
// heading would, even where the text gives it no heading mark.
const DPO_LABEL =
  /^\s*(?:(?:our|the|your|school'?s?|trust'?s?|academy'?s?|contact(?:ing)?)\s+)*(?:data protection officer|dpo)(?:\s*\(dpo\))?(?:\s+(?:contact\s+)?details)?\s*:?\s*$/i;

// A line of a postal address: short, with no sentence's end or label's colon ("Suite 3, Quayside Chambers", "NE1 3DQ").
const ADDRESS_LINE = /^[^.:;!?]{2,60}$/;
const ADDRESS_LINES = 6;

/**
 * After a lead-in ("The DPO may be contacted in writing at:"), the block ending a postal address set out a line to each
 * part down to its postcode (plain text reads each short line as a heading), or -1 when no such address follows.
 */
function postalAddressEnd(blocks: readonly Block[], leadIn: number, o: DpoContactOptions): number {
  for (let j = leadIn + 1; j < blocks.length && j <= leadIn + ADDRESS_LINES && ADDRESS_LINE.test(blocks[j]!.text); j++) {
    if (findChannels(blocks[j]!.text, o).some((c) => c.kind === 'postcode')) return j;
  }
  return -1;
}

// A line of a contact card under the role ("Mr Alan Reece", "Email: ...", "Provided by: ..."): plain text reads each
// short line as a heading, but these continue the card rather than open a new section.
const PERSON_LINE = /^\s*(?:mr|mrs|ms|miss|mx|dr)\.?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s*$/i;
const isCardLine = (text: string): boolean => PERSON_LINE.test(text) || CONTACT_FIELD.test(text);

// A line of an address card naming a government body or the regulator ("Data Protection Officer / Welsh Government /
// Cathays Park"): the card is that body's DPO, not the school's (checklist.md 2.3 traps).
const OTHER_BODY_LINE =
  /^\s*(?:the\s+)?(?:welsh\s+government|llywodraeth\s+cymru|department\s+for\s+education|dfe|information\s+commissioner'?s?\s+office|ico)\s*[,.]?\s*$/i;

// A DPO said not to exist: "we are not required to appoint a Data Protection Officer, and we have not done so", "the law
// does not require us to appoint a DPO", "there's no separate Data Protection Officer", "we have decided not to appoint a
// statutory Data Protection Officer" (not "if there is no DPO").
const NO_DPO =
  /(?<!\bif there is )\bno (?:separate |dedicated |formal |designated |appointed )?(?:data protection officer|dpo)\b|\b(?:not (?:legally |strictly |formally )?(?:required|obliged|needed|necessary)(?: for us)? to (?:appoint|have|designate|name)|(?:decided|chosen|chose|opted|elected) not to (?:appoint|have|designate|name)|(?:does not|do not|doesn't|don't) (?:require|oblige) (?:us|me|(?:the|our) [a-z-]{2,20}) to (?:appoint|have|designate|name)|(?:have|has) not (?:appointed|designated)|haven't (?:appointed|got)|do(?:es)? not have|don't have)\b[^.]{0,20}\b(?:an? )?(?:data protection officer|dpo)\b/i;

// How much of the footer after its DPO label is the DPO's card: a name, a service, an email and a phone.
const FOOTER_CARD_CHARS = 200;

function evaluateDpoContact(ctx: AuditContext, o: DpoContactOptions, item: ChecklistItem): Verdict {
  const dpo = phrases(o.dpoTerms);
  const other = phrases(o.otherDpo);
  const mailbox = phrases(o.dpoMailbox);
  const lead = phrases(o.leadTerms);
  const blocks = ctx.doc.blocks;
  const mentions: number[] = [];
  for (const b of blocks) {
    // A notice that says it has no DPO names none; the lead it names instead is read below (checklist.md 2.3).
    if (!isOwnBlock(ctx, b.index) || !dpo.test(b.text) || other.test(b.text) || NO_DPO.test(b.text)) continue;
    mentions.push(b.index);
    // The channel may sit in the mention itself or just after it (under a "Data Protection Officer" heading,
    // or after "contact our DPO:"), but not past the next heading.
    const leadIn = /:\s*-?\s*$/.test(b.text);
    const addressEnd = leadIn ? postalAddressEnd(blocks, b.index, o) : -1;
    const reach = Math.max(b.kind === 'heading' || leadIn || DPO_LABEL.test(b.text) ? 4 : 1, addressEnd - b.index);
    // A list item that is a whole sentence is a point of its own: the list's next point is not its channel, unless it is
    // one ("- Email: dpo@...").
    const pointOfItsOwn = b.kind === 'list-item' && /[.!?]$/.test(b.text.trim());
    for (let i = b.index; i < blocks.length && i <= b.index + reach; i++) {
      const next = blocks[i]!;
      if (OTHER_BODY_LINE.test(next.text)) {
        // The card is that body's: its "Data Protection Officer" line mentions no DPO of the school's.
        if (i === b.index + 1 && DPO_LABEL.test(b.text)) mentions.pop();
        break;
      }
      // Nor a paragraph naming a lead ("Day-to-day questions go to our Data Protection Lead, who you can email at ..."): its
      // channel reaches the lead, not the DPO (checklist.md 2.3).
      if (
        i > b.index &&
        ((next.kind === 'heading' && !isCardLine(next.text) && i > addressEnd) ||
          (pointOfItsOwn && !isCardLine(next.text)) ||
          rowOfAnotherRecord(b, next) ||
          !isOwnBlock(ctx, i) ||
          other.test(next.text) ||
          lead.test(next.text))
      )
        break;
      const channels = blockChannels(ctx.doc, i, o);
      // The paragraph after a sentence naming the DPO may give the school's desk instead ("Our DPO is Mr X." / "The school
      // office can be reached at ..."): under a heading or label, a card's lines are the DPO's own.
      if (channels.length && !((i === b.index || reach === 1) && onlyDeskChannels(ctx, i, o, dpo))) {
        const evidence: Evidence[] = [{ text: b.text, where: b.where }];
        if (i !== b.index) evidence.push({ text: next.text, where: next.where });
        return verdictFor(item, 'pass', 'channel-given', evidence, { channels: describeChannels(channels) });
      }
    }
  }
  // "Contact our DPO (details below)": the first channel in a later contact section.
  const reference = phrases(o.reference);
  const contactHeading = phrases(o.contactHeading);
  const withheld = phrases(o.withheld);
  for (const m of mentions) {
    // "whose details can be obtained from the office (details below)": the office is below, the DPO's details are not.
    if (!reference.test(blocks[m]!.text) || withheld.test(blocks[m]!.text)) continue;
    for (let i = m + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!isOwnBlock(ctx, i) || !contactHeading.test(ctx.doc.sections[b.section]?.heading ?? '')) continue;
      const channels = blockChannels(ctx.doc, i, o);
      if (channels.length) {
        return verdictFor(
          item,
          'pass',
          'details-later',
          [
            { text: blocks[m]!.text, where: blocks[m]!.where },
            { text: b.text, where: b.where },
          ],
          {
            channels: describeChannels(channels),
          },
        );
      }
    }
  }
  // "The DPO's contact details are shown in the footer": the page footer's part that names the DPO.
  for (const m of mentions) {
    if (!PAGE_EDGE.test(blocks[m]!.text) || withheld.test(blocks[m]!.text)) continue;
    const footer = ctx.doc.chrome.footer;
    const at = footer.search(dpo);
    if (at < 0) continue;
    const part = footer.slice(at, at + FOOTER_CARD_CHARS);
    const channels = findChannels(part, o);
    if (channels.length)
      return verdictFor(
        item,
        'pass',
        'details-later',
        [
          { text: blocks[m]!.text, where: blocks[m]!.where },
          { text: part, where: 'page footer' },
        ],
        { channels: describeChannels(channels) },
      );
  }
  // A DPO mailbox ("dpo@...") anywhere is itself the DPO's channel. A "dataprotection@" mailbox given for a lead
  // ("Our Data Protection Lead can be contacted at dataprotection@...") reaches the lead, not the DPO (checklist.md 2.3).
  // The DfE's or Welsh Government's DPO mailbox is that body's, not the school's (checklist.md 2.3 traps).
  const mailboxIn = (b: Block) =>
    isOwnBlock(ctx, b.index) && !other.test(b.text)
      ? blockChannels(ctx.doc, b.index, o).find((c) => (c.kind === 'email' || c.kind === 'link') && mailbox.test(c.value))
      : undefined;
  // The lead named in the block or as the heading it sits under ("Data Protection Lead" / "Mrs A, Business Manager, dataprotection@...").
  // A bare channel line is read with the lines of its card above it ("Our Data Protection Lead is Mrs A ..." / "Email: ...").
  const givenForLead = (b: Block, value: string) => {
    const heading = ctx.doc.sections[b.section]?.heading ?? '';
    const card = contactBlockText(ctx, b.index, o);
    return !/dpo/i.test(value) && (lead.test(card) || (lead.test(heading) && !dpo.test(heading))) && !dpo.test(card);
  };
  for (const b of blocks) {
    const box = mailboxIn(b);
    if (!box || givenForLead(b, box.value) || !(mentions.length || /dpo/i.test(box.value))) continue;
    // A mailbox the notice gives as its lead's anywhere is the lead's here too ("contact Mrs A at dataprotection@").
    const value = box.value.toLowerCase();
    if (blocks.some((c) => c !== b && givenForLead(c, box.value) && mailboxIn(c)?.value.toLowerCase() === value)) continue;
    return verdictFor(item, 'pass', 'dpo-mailbox', [{ text: b.text, where: b.where }], { mailbox: box.value });
  }
  if (mentions.length) {
    return verdictFor(
      item,
      'partial',
      'mentioned-without-channel',
      mentions.slice(0, 2).map((i) => ({ text: blocks[i]!.text, where: blocks[i]!.where })),
    );
  }
  const leads = findOwn(ctx, lead);
  if (leads.length) {
    return verdictFor(item, 'partial', 'lead-not-dpo', evidenceOf(leads, lead, 2));
  }
  const others = findOwn(ctx, other);
  const evidence = evidenceOf(others, other, 1);
  if (!others.length) return verdictFor(item, 'fail', 'not-found', evidence);
  return verdictFor(item, 'fail', 'other-body-dpo-rejected', evidence, { quote: quoteSentence(others[0]!, other).text });
}

export const IDENTITY_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'controller-identity', optionsSchema: ControllerIdentityOptionsSchema, evaluate: evaluateControllerIdentity }),
  defineCheck({ id: 'controller-contact', optionsSchema: ControllerContactOptionsSchema, evaluate: evaluateControllerContact }),
  defineCheck({ id: 'dpo-contact', optionsSchema: DpoContactOptionsSchema, evaluate: evaluateDpoContact }),
];
