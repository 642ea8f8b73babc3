// Evaluators for the government checks: census sharing, the National Pupil Database, signposts to government privacy information, youth support services.
import { z } from 'zod';
import { PhraseListSchema } from '../../schema/checklist';
import type { Evidence } from '../../report';
import type { NoticeLink } from '../../notice/types';
import type { ChecklistItem } from '../../schema/checklist';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { Sentence } from '../../analysis/notice-text';
import { verdictFor } from '../verdict';
import { adjacentSentence, evidenceOf, findSentences, phrases } from '../match';
import { linksOf } from './links';

function linkEvidence(ctx: AuditContext, links: readonly NoticeLink[], max = 2): Evidence[] {
  return links.slice(0, max).map((l) => ({ text: l.href ?? l.text, where: ctx.doc.blocks[l.block]?.where ?? '' }));
}

function linksMatching(ctx: AuditContext, re: RegExp): NoticeLink[] {
  return linksOf(ctx).filter((l) => l.href !== null && re.test(l.href));
}

/** The school's own statement that no pupil-level data goes to government (an independent school, say). */
function noPupilLevelReturn(ctx: AuditContext, phraseList: readonly string[]): Evidence[] {
  const re = phrases(phraseList);
  return evidenceOf(findSentences(ctx.doc, ctx.text, re, { includeNpd: true }), re, 1);
}

/** What marks a notice for a childcare club rather than a school (checklist.md 2.20: no census return of its own). */
const ChildcareClubOptions = {
  /** A club or wraparound care named in the notice's title lines. */
  clubTitle: PhraseListSchema,
  /** A club or wraparound care as the opening sentences describe the notice's subject. */
  clubSelfDescription: PhraseListSchema,
  /** Funded early education, for which a setting does return the Early Years Census: the items apply again. */
  clubFunded: PhraseListSchema,
};
type ChildcareClubOptionValues = { [K in keyof typeof ChildcareClubOptions]: string[] };

// The title lines: the page title, the first line, and the first heading near the top.
const TITLE_BLOCKS = 4;
const NOTICE_TITLE_BLOCKS = 6;
const NOTICE_TITLE = /\bprivacy (?:notice|policy|statement)\b/i;

/**
 * A notice for a breakfast, after-school or holiday club ("Little Owls Club", "Bookends Club: how we use your family's
 * information"), named so at the start of its title, that never speaks of funded early education: childcare, not a
 * school or a funded early-years setting, so no census return of its own goes to government (checklist.md 2.20, its
 * early-years rule). A school's notice mentioning its breakfast club is still the school's.
 */
function childcareClubNotice(ctx: AuditContext, clubRe: RegExp, selfRe: RegExp, fundedRe: RegExp): Evidence[] {
  // Each part of a page title is a title line: "Privacy notice | Pitchside Holiday Camps" ends on the site's name.
  const titleParts = (ctx.doc.chrome.pageTitle ?? '').split(/(?<!\s)\s+[|\u2013\u2014-]\s+/).filter((t) => t.trim());
  const titles: Evidence[] = titleParts.map((text) => ({ text, where: 'page title' }));
  // The title may take more than one heading line: "St Aidan's Primary School" / "Kestrels Breakfast and After-School Club".
  const top = ctx.doc.blocks.slice(0, TITLE_BLOCKS);
  const heading = top.find((b) => b.kind === 'heading');
  const secondLine = top[0]?.kind === 'heading' && top[1]?.kind === 'heading' ? top[1] : undefined;
  // Under a site header and a menu, the notice's own title is the heading that names it ("Hollybank Kids' Club - Privacy
  // notice for families").
  const named = ctx.doc.blocks.slice(0, NOTICE_TITLE_BLOCKS).find((b) => b.kind === 'heading' && NOTICE_TITLE.test(b.text));
  for (const b of [top[0], heading, secondLine, named]) if (b) titles.push({ text: b.text, where: b.where });
  // A line standing under the title, no sentence, is its subtitle: "Breakfast club, after-school club and holiday club".
  const subtitle = top[0]?.kind === 'heading' && top[1]?.kind === 'paragraph' && !/[.!?]$/.test(top[1].text) ? top[1] : undefined;
  if (subtitle) titles.push({ text: subtitle.text, where: subtitle.where });
  const club = titles.find((t) => clubRe.test(t.text)) ?? openingSelfDescription(ctx, selfRe);
  if (!club) return [];
  return findSentences(ctx.doc, ctx.text, fundedRe, { includeNpd: true }).length ? [] : [club];
}

/** A sentence of a paragraph among the first few blocks saying what the notice's subject is. */
function openingSelfDescription(ctx: AuditContext, selfRe: RegExp): Evidence | undefined {
  const opening = ctx.text.sentences.find(
    (s) => s.block < NOTICE_TITLE_BLOCKS && ctx.doc.blocks[s.block]?.kind === 'paragraph' && selfRe.test(s.text),
  );
  return opening && { text: opening.text, where: opening.where };
}

// Government or its returns named at all: "the Department for Education", "the census", "the National Pupil Database".
const GOVERNMENT_TALK = /\b(?:department for education|dfe|census|national pupil database|npd|welsh government|plasc)\b/i;
// Returns the setting says it does not make ("we do not send census or data returns about individual children to the
// council or to the Welsh Government"): that talk of government is no return.
const RETURNS_DENIED =
  /\b(?:do not|does not|don't|doesn't|never|not)\s+(?:(?:currently|yet|ever|have to|need to)\s+)?(?:send|make|complete|submit|take part in|contribute to)\b[^.]{0,40}\b(?:census|returns)\b/i;
// Funding the setting says it does not offer ("the Cylch does not offer funded Early Education places"): no funding.
const FUNDING_DENIED =
  /\b(?:does not|do not|doesn't|don't|cannot|can't|is not|are not|isn't|aren't|not|no|never)\s+(?:(?:currently|yet|able to|offer|offers|provide|provides|take|takes|receive|receives|claim|claims|any)\s+){0,3}(?:funded|free)\s+[\w-]+(?:\s+[\w-]+)?/gi;
// A school by its name ("Oakfield Nursery School", "Ysgol Feithrin ..."): a maintained nursery school returns the census.
const SCHOOL_BY_NAME = /\b(?:school|ysgol|academy)\b/i;

/**
 * An early-years setting that is no school (a day nursery, pre-school, crèche, childminder or nanny agency) and never
 * speaks of funded early education or of government: it returns no Early Years Census, so the census items do not
 * apply (checklist.md 2.20, its early-years rule). A nursery school, or one that names the census or the DfE, is read
 * as the items say.
 */
function unfundedEarlyYearsSetting(ctx: AuditContext, fundedRe: RegExp): Evidence[] {
  if (ctx.phase.value !== 'nursery' || SCHOOL_BY_NAME.test(ctx.school.value ?? '')) return [];
  const talk = findSentences(ctx.doc, ctx.text, GOVERNMENT_TALK, { includeNpd: true });
  if (talk.some((s) => !RETURNS_DENIED.test(s.text))) return [];
  const funded = findSentences(ctx.doc, ctx.text, fundedRe, { includeNpd: true });
  if (funded.some((s) => fundedRe.test(s.text.replace(FUNDING_DENIED, '')))) return [];
  return [...ctx.phase.evidence.slice(0, 1), ...evidenceOf(talk, RETURNS_DENIED, 1)];
}

/**
 * The childcare-club reading, once per audit: four checks ask, and the compiled patterns are shared by their text, so
 * each check's options key alike.
 */
function clubNotice(ctx: AuditContext, o: ChildcareClubOptionValues): Evidence[] {
  return ctx.memo.once(childcareClubNotice, ctx, phrases(o.clubTitle), phrases(o.clubSelfDescription), phrases(o.clubFunded));
}

/** A notice with no census return of its own: a childcare club, or an unfunded early-years setting. */
function noReturnOfItsOwn(
  ctx: AuditContext,
  o: ChildcareClubOptionValues,
): { reason: 'childcare-club' | 'early-years-unfunded'; evidence: Evidence[] } | null {
  const club = clubNotice(ctx, o);
  if (club.length) return { reason: 'childcare-club', evidence: club };
  const setting = ctx.memo.once(unfundedEarlyYearsSetting, ctx, phrases(o.clubFunded));
  return setting.length ? { reason: 'early-years-unfunded', evidence: setting } : null;
}

/** What marks a notice about parents' own data beside a separate pupil notice (both must be said). */
const ParentsOwnNoticeOptions = {
  /** A pointer to the separate pupil notice for the child's data. */
  parentsOnlyPointer: PhraseListSchema,
  /** The parents' own details said not to go to government. */
  parentsOnlyNotSent: PhraseListSchema,
};

function parentsOwnNotice(ctx: AuditContext, o: { parentsOnlyPointer: string[]; parentsOnlyNotSent: string[] }): Evidence[] {
  const notSentRe = phrases(o.parentsOnlyNotSent);
  const notSent = findSentences(ctx.doc, ctx.text, notSentRe);
  if (!notSent.length) return [];
  const pointerRe = phrases(o.parentsOnlyPointer);
  const pointer = findSentences(ctx.doc, ctx.text, pointerRe);
  return pointer.length ? [...evidenceOf(notSent, notSentRe, 1), ...evidenceOf(pointer, pointerRe, 1)] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// census-sharing-statutory (EA 1996 s.537A; (England) Regs 2013 / (Wales) Regs 2007)

const CensusOptions = z
  .object({
    recipientEngland: PhraseListSchema,
    recipientWales: PhraseListSchema,
    /** Sharing or providing verbs tying the recipient to pupil data. */
    share: PhraseListSchema,
    /** The government handing data to the school ("gives us"): the other direction. */
    incoming: PhraseListSchema,
    /** The school handing data over, which keeps a sentence that also has data coming in. */
    outgoing: PhraseListSchema,
    /** The statutory collection: school census, PLASC, "statutory basis". */
    collection: PhraseListSchema,
    lawEngland: PhraseListSchema,
    lawWales: PhraseListSchema,
    /** The neutral gateway (s.537A) valid in both nations. */
    lawEither: PhraseListSchema,
    /** The school says it makes no pupil-level census return: the item does not apply. */
    noPupilCensus: PhraseListSchema,
    ...ParentsOwnNoticeOptions,
    ...ChildcareClubOptions,
  })
  .strict();

function evaluateCensus(ctx: AuditContext, o: z.infer<typeof CensusOptions>, item: ChecklistItem): Verdict {
  const verdict = (status: Verdict['status'], reason: string, evidence: Evidence[] = []) => verdictFor(item, status, reason, evidence);
  const nation = ctx.nation.value;
  const engRe = phrases(o.recipientEngland);
  const walRe = phrases(o.recipientWales);
  const shareRe = phrases(o.share);
  const collectionRe = phrases(o.collection);
  // The census sentence usually sits inside the NPD boilerplate, so it is searched there too.
  const incomingRe = phrases(o.incoming);
  const outgoingRe = phrases(o.outgoing);
  const sharing = findSentences(ctx.doc, ctx.text, phrases([...o.recipientEngland, ...o.recipientWales]), { includeNpd: true }).filter(
    (s) => collectionRe.test(s.text) || (shareRe.test(s.text) && !(incomingRe.test(s.text) && !outgoingRe.test(s.text))),
  );
  const lawEngRe = phrases(o.lawEngland);
  const lawWalRe = phrases(o.lawWales);
  const lawEng = findSentences(ctx.doc, ctx.text, lawEngRe, { includeNpd: true });
  const lawWal = findSentences(ctx.doc, ctx.text, lawWalRe, { includeNpd: true });
  const lawEither = findSentences(ctx.doc, ctx.text, phrases(o.lawEither), { includeNpd: true });
  const noCensusRe = phrases(o.noPupilCensus);
  const noCensus = findSentences(ctx.doc, ctx.text, noCensusRe);
  if (noCensus.length) return verdict('not-applicable', 'no-pupil-census', evidenceOf(noCensus, noCensusRe, 1));
  const parentsOnly = parentsOwnNotice(ctx, o);
  if (parentsOnly.length) return verdict('not-applicable', 'parents-own-notice', parentsOnly);
  const notReturning = noReturnOfItsOwn(ctx, o);
  if (notReturning) return verdict('not-applicable', notReturning.reason, notReturning.evidence);
  if (!sharing.length) {
    return verdict('fail', 'not-found');
  }
  const right = sharing.filter((s) => (nation === 'wales' ? walRe.test(s.text) : nation === 'england' ? engRe.test(s.text) : true));
  // The collection may be named a sentence or two later in the same paragraph ("... to the Department for Education.
  // The law says we must do this. It is called the school census."), or in the heading the sharing sits under ("The
  // Early Years Census" over "Every January we send some facts about your child to the council.").
  const withCollection = right.filter(
    (s) =>
      collectionRe.test(s.text) ||
      collectionRe.test(ctx.doc.blocks[s.block]?.text ?? '') ||
      collectionRe.test(ctx.doc.sections[s.section]?.heading ?? ''),
  );
  const first = withCollection[0];
  const collectionNearby = first
    ? ctx.text.sentences.filter((s) => (s.block === first.block || s.section === first.section) && collectionRe.test(s.text))
    : [];
  const evidence = evidenceOf(
    withCollection.length ? [...withCollection, ...collectionNearby] : right.length ? right : sharing,
    collectionRe,
    2,
  );
  if (!right.length) {
    return verdict('partial', nation === 'wales' ? 'dfe-named-in-wales' : 'welsh-government-named-in-england', evidence);
  }
  // A Welsh school citing the (England) Regulations 2013 names the wrong legal gateway (checklist.md 2.20, seed 000).
  if (nation === 'wales' && lawEng.length && !lawWal.length) {
    return verdict('partial', 'wales-cites-england-law', [...evidence.slice(0, 1), ...evidenceOf(lawEng, lawEngRe, 1)]);
  }
  if (nation === 'england' && lawWal.length && !lawEng.length) {
    return verdict('partial', 'england-cites-wales-law', [...evidence.slice(0, 1), ...evidenceOf(lawWal, lawWalRe, 1)]);
  }
  const law = nation === 'wales' ? lawWal : nation === 'england' ? lawEng : [...lawEng, ...lawWal];
  const lawAll = [...law, ...lawEither];
  if (withCollection.length || lawAll.length) {
    return verdict(
      'pass',
      lawAll.length ? 'described-with-gateway' : 'described-without-gateway',
      [...evidence, ...evidenceOf(lawAll, undefined, 1)].slice(0, 3),
    );
  }
  return verdict('partial', 'sharing-without-collection', evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// national-pupil-database (DfE template; Welsh Government equivalent)

const NpdOptions = z
  .object({
    mention: PhraseListSchema,
    /** Welsh Government's own pupil-data statistics, the Wales equivalent of the NPD. */
    walesEquivalent: PhraseListSchema,
    /** A Wales-equivalent sentence that only points to where the Welsh Government explains its use. */
    walesSignpostOnly: PhraseListSchema,
    /** DfE NPD guidance addresses (England). */
    englandLinks: PhraseListSchema,
    /** gov.wales addresses for Welsh pupil data and statistics. */
    walesLinks: PhraseListSchema,
    /** "The department" left as the actor in a Welsh notice (DfE text with the name swapped, checklist.md 2.21). */
    leftover: PhraseListSchema,
    /** Signposts whose address was lost ("visit the government page here", "go to:"). */
    lostLink: PhraseListSchema,
    /** The school says it sends no pupil-level data to government: the check does not apply. */
    noPupilLevelReturn: PhraseListSchema,
    ...ParentsOwnNoticeOptions,
    ...ChildcareClubOptions,
  })
  .strict();

/** A sentence that says something about the database, beyond its name as a label over an address. */
function describesDatabase(s: { text: string }): boolean {
  const words = s.text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/national pupil data(?:base|set)|\(?\bNPD\b\)?/gi, ' ')
    .match(/[a-z]{2,}/gi);
  return (words?.length ?? 0) >= 4;
}

/** A heading naming the database with running text or a list of its own under it. A "label: address" line is not a
 * heading: what follows it is the next fragment, not a description. */
function describedUnder(ctx: AuditContext, block: number): boolean {
  const here = ctx.doc.blocks[block];
  const next = ctx.doc.blocks[block + 1];
  if (!here || /\b(?:https?:\/\/|www\.)/i.test(here.text)) return false;
  if (!next || next.kind === 'heading') return false;
  return describesDatabase({ text: next.text });
}

function evaluateNpd(ctx: AuditContext, o: z.infer<typeof NpdOptions>, item: ChecklistItem): Verdict {
  const verdict = (status: Verdict['status'], reason: string, evidence: Evidence[] = []) => verdictFor(item, status, reason, evidence);
  const nation = ctx.nation.value;
  const noReturn = noPupilLevelReturn(ctx, o.noPupilLevelReturn);
  if (noReturn.length) return verdict('not-applicable', 'no-pupil-level-return', noReturn);
  const parentsOnly = parentsOwnNotice(ctx, o);
  if (parentsOnly.length) return verdict('not-applicable', 'parents-own-notice', parentsOnly);
  const notReturning = noReturnOfItsOwn(ctx, o);
  if (notReturning) return verdict('not-applicable', notReturning.reason, notReturning.evidence);
  const mentionRe = phrases(o.mention);
  const mentions = findSentences(ctx.doc, ctx.text, mentionRe, { includeNpd: true });
  const walesEq =
    nation === 'wales'
      ? findSentences(ctx.doc, ctx.text, phrases(o.walesEquivalent), { includeNpd: true, exclude: phrases(o.walesSignpostOnly) })
      : [];
  if (!mentions.length && !walesEq.length) {
    // The database described in other words ("the Department's national store of pupil records") with its guidance linked.
    const linked = nation === 'wales' ? [] : linksMatching(ctx, phrases(o.englandLinks));
    if (linked.length) return verdict('pass', 'england-linked', linkEvidence(ctx, linked, 1));
    return verdict('fail', nation === 'wales' ? 'not-found-wales' : 'not-found');
  }
  const opening = evidenceOf(mentions.length ? mentions : walesEq, mentionRe, 1);
  const engLinks = linksMatching(ctx, phrases(o.englandLinks));
  const walLinks = linksMatching(ctx, phrases(o.walesLinks));
  const lostRe = phrases(o.lostLink);
  const linkBlocks = new Set(
    linksOf(ctx)
      .filter((l) => l.href)
      .map((l) => l.block),
  );
  const lost = findSentences(ctx.doc, ctx.text, lostRe, { includeNpd: true }).filter((s) => !linkBlocks.has(s.block));
  if (nation === 'wales') {
    const leftoverRe = phrases(o.leftover);
    const leftover = ctx.text.sentences.filter((s) => ctx.text.npdBlocks.has(s.block) && leftoverRe.test(s.text));
    if (engLinks.length || leftover.length) {
      return verdict(
        'partial',
        engLinks.length && leftover.length
          ? 'wales-links-to-england-and-names-the-department'
          : engLinks.length
            ? 'wales-links-to-england'
            : 'wales-names-the-department',
        [...opening, ...linkEvidence(ctx, engLinks, 1), ...evidenceOf(leftover, leftoverRe, 1)],
      );
    }
    if (walLinks.length) return verdict('pass', 'wales-linked', [...opening, ...linkEvidence(ctx, walLinks, 1)]);
    return verdict('partial', 'wales-no-link', [...opening, ...evidenceOf(lost, lostRe, 1)]);
  }
  // A bare "National Pupil Database: <address>" line links the guidance but describes nothing (checklist.md 2.21 wants
  // an NPD paragraph plus the link).
  if (engLinks.length && !mentions.some((m) => describesDatabase(m) || describedUnder(ctx, m.block)))
    return verdict('partial', 'link-without-description', [...opening, ...linkEvidence(ctx, engLinks, 1)]);
  if (engLinks.length) return verdict('pass', 'england-linked', [...opening, ...linkEvidence(ctx, engLinks, 1)]);
  // The guidance's address written out with no scheme ("Read more: gov.uk/government/publications/national-pupil-..."),
  // in or under a sentence that says what the database is: a reader can type it in.
  const englandRe = phrases(o.englandLinks);
  const writtenAddress = findSentences(ctx.doc, ctx.text, englandRe, { includeNpd: true });
  if (writtenAddress.length && mentions.some((m) => describesDatabase(m) || describedUnder(ctx, m.block)))
    return verdict('pass', 'england-linked', [...opening, ...evidenceOf(writtenAddress, englandRe, 1)]);
  if (nation === 'unknown' && walLinks.length)
    return verdict('pass', 'nation-unknown-linked', [...opening, ...linkEvidence(ctx, walLinks, 1)]);
  return verdict('partial', lost.length ? 'link-lost' : 'no-link', [...opening, ...evidenceOf(lost, lostRe, 1)]);
}

// ---------------------------------------------------------------------------------------------------------------
// how-government-uses-data (DfE "How Government uses your data"; gov.wales privacy notice)

const GovDataOptions = z
  .object({
    /** Addresses of DfE / Welsh Government data-collection and privacy pages (not the NPD user guide). */
    links: PhraseListSchema,
    /** Malformed versions of those addresses, which do not count (checklist.md 2.22). */
    malformed: PhraseListSchema,
    /** A named page a reader can find without a link. */
    namedPages: PhraseListSchema,
    /** Signposts with no address ("visit the government page here", "Contact DfE"). */
    signposts: PhraseListSchema,
    /** Hosts of closed government sites: a link there is a signpost that no longer works. */
    retiredHosts: PhraseListSchema,
    /** The school says it sends no pupil-level data to government: the check does not apply. */
    noPupilLevelReturn: PhraseListSchema,
    ...ParentsOwnNoticeOptions,
    ...ChildcareClubOptions,
  })
  .strict();

function hostOf(href: string): string {
  return /^[a-z]+:\/\/([^/?#:]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
}

function evaluateGovData(ctx: AuditContext, o: z.infer<typeof GovDataOptions>, item: ChecklistItem): Verdict {
  const verdict = (status: Verdict['status'], reason: string, evidence: Evidence[] = []) => verdictFor(item, status, reason, evidence);
  const malformedRe = phrases(o.malformed);
  const links = linksMatching(ctx, phrases(o.links)).filter((l) => !malformedRe.test(l.href!));
  if (links.length) return verdict('pass', 'linked', linkEvidence(ctx, links, 3));
  const noReturn = noPupilLevelReturn(ctx, o.noPupilLevelReturn);
  if (noReturn.length) return verdict('not-applicable', 'no-pupil-level-return', noReturn);
  const parentsOnly = parentsOwnNotice(ctx, o);
  if (parentsOnly.length) return verdict('not-applicable', 'parents-own-notice', parentsOnly);
  const notReturning = noReturnOfItsOwn(ctx, o);
  if (notReturning) return verdict('not-applicable', notReturning.reason, notReturning.evidence);
  const namedRe = phrases(o.namedPages);
  const named = findSentences(ctx.doc, ctx.text, namedRe, { includeNpd: true });
  if (named.length) return verdict('pass', 'page-named', evidenceOf(named, namedRe, 2));
  const signRe = phrases(o.signposts);
  const signposts = findSentences(ctx.doc, ctx.text, signRe, { includeNpd: true });
  const retiredRe = phrases(o.retiredHosts);
  const retired = linksOf(ctx).filter((l) => l.href && retiredRe.test(hostOf(l.href)));
  if (retired.length && !signposts.length) {
    return verdict('partial', 'retired-site', linkEvidence(ctx, retired, 1));
  }
  const malformed = linksOf(ctx).filter((l) => l.href && malformedRe.test(l.href));
  if (signposts.length || malformed.length) {
    return verdict('partial', malformed.length && !signposts.length ? 'malformed-link' : 'signpost-without-address', [
      ...evidenceOf(signposts, signRe, 2),
      ...linkEvidence(ctx, malformed, 1),
    ]);
  }
  return verdict('fail', 'not-found');
}

// ---------------------------------------------------------------------------------------------------------------
// youth-support-services (EA 1996 s.507B; ESA 2008 s.14; Careers Wales in Wales)

const YouthOptions = z
  .object({
    /** The England section: youth support services, pupils aged 13+, s.507B. */
    mention: PhraseListSchema,
    /** The parent / pupil 16+ choice to limit sharing to name, address and date of birth (ESA 2008 s.14). */
    limitation: PhraseListSchema,
    /** The name, address and date of birth scope alone, with no choice given to anyone. */
    scopeOnly: PhraseListSchema,
    /** Looser words of choice that count only beside the scope. */
    scopeChoice: PhraseListSchema,
    /** The Wales variant: Careers Wales (Career Choices Dewis Gyrfa). */
    walesCareers: PhraseListSchema,
    /** The pupil's own choice placed at an age other than 16: the limit is then misdescribed. */
    wrongTransferAge: PhraseListSchema,
    /** Residue and consent-based careers sharing that are not the statutory 13+ sharing (checklist.md 2.23). */
    traps: PhraseListSchema,
    /** What the limit keeps: name, address and date of birth in any order or form, or "the basic details". */
    scopeWords: PhraseListSchema,
    /** The pupil's own choice from 16 (the right passes to the pupil at 16, ESA 2008 s.14). */
    pupilOwnChoice: PhraseListSchema,
    /** The parent or carer as one who holds the choice before 16. */
    parentChooser: PhraseListSchema,
    /** The student as the one who chooses, in a setting whose students are all 16 or over. */
    studentChooser: PhraseListSchema,
    /** A setting whose students are all 16 or over (a 16-19 academy, a sixth-form college). */
    postSixteenOnly: PhraseListSchema,
    /** The youth section said to be left out or not to apply to this school. */
    declaredNotIncluded: PhraseListSchema,
    /** A sentence turning down the one before it: "... so this does not apply here". */
    turnedDownNext: PhraseListSchema,
    ...ChildcareClubOptions,
  })
  .strict();

// A sub-heading of the youth section that names the pupils by age ("Students aged 16 and over", "Pupils aged 16+"), or
// a question that goes on to the next age ("Q: And at 16?"): the choice under it is still about the 13+ sharing.
const AGE_GROUP_HEADING =
  /^\W*(?:q\s*[:.]\s*)?(?:(?:pupils|students|learners|young people|children) (?:aged )?1[3-9](?:\+| and over| or over| and above| or older)?|over[- ]1[3-9]s?|1[3-9](?:\+| and over| or over)|(?:(?:and|so|what about|what happens|what changes) )?(?:at|from|after) (?:age )?1[3-9])\W*$/i;

/**
 * Youth support services, judged only where the school may have pupils aged 13 or over: with the phase unknown a
 * shortfall is a person's to judge (checklist.md 2.23 detector notes: "applicability unknown"), never a gap reported.
 */
function evaluateYouth(ctx: AuditContext, o: z.infer<typeof YouthOptions>, item: ChecklistItem): Verdict {
  const found = youthVerdict(ctx, o, item);
  if (ctx.phase.value !== 'unknown' || (found.status !== 'partial' && found.status !== 'fail')) return found;
  return verdictFor(item, 'needs-review', 'phase-unknown-shortfall', found.evidence, {
    shortfallNote: ` If it has such pupils: ${found.message}`,
  });
}

/** The oldest age the blocks holding the phase's evidence give the pupils ("a school for children aged 3 to 11"), or null. */
function oldestAge(ctx: AuditContext): number | null {
  const places = new Set(ctx.phase.evidence.map((e) => e.where));
  const ages = ctx.doc.blocks
    .filter((b) => places.has(b.where))
    .map((b) => AGE_RANGE.exec(b.text))
    .filter((m): m is RegExpExecArray => m !== null);
  // Or the opening's own description, when the phase was read from a heading ("Larkspur House School is a maintained
  // special school for pupils aged 2 to 11").
  if (!ages.length)
    for (const b of ctx.doc.blocks.slice(0, OPENING_BLOCKS)) {
      const m = SPECIAL_FOR_AGES.exec(b.text);
      if (m) ages.push(m);
    }
  return ages.length ? Math.max(...ages.map((m) => Number(m[2]))) : null;
}
const AGE_RANGE = /\b(?:aged?|ages)\s+(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\b/i;
const SPECIAL_FOR_AGES = new RegExp(String.raw`\bspecial school\b[^.]{0,60}?${AGE_RANGE.source}`, 'i');
const OPENING_BLOCKS = 12;

/** Every pupil has left before 16, by the ages the school gives itself: the right that passes at 16 never arises here. */
const leavesBeforeSixteen = (ctx: AuditContext): boolean => (oldestAge(ctx) ?? Infinity) < 16;

function youthVerdict(ctx: AuditContext, o: z.infer<typeof YouthOptions>, item: ChecklistItem): Verdict {
  const verdict = (status: Verdict['status'], reason: string, evidence: Evidence[] = []) => verdictFor(item, status, reason, evidence);
  const phase = ctx.phase.value;
  const nation = ctx.nation.value;
  const phaseEvidence = ctx.phase.evidence.slice(0, 1);
  // No child in an early-years setting or a primary school is 13 or over (checklist.md 2.20, 2.23).
  if (phase === 'nursery') return verdict('not-applicable', 'early-years-setting', phaseEvidence);
  if (phase === 'primary') return verdict('not-applicable', 'primary-school', phaseEvidence);
  // A holiday or after-school club is no school: the 13+ sharing is a school's duty (s.507B), whatever ages it takes.
  const club = clubNotice(ctx, o);
  if (club.length) return verdict('not-applicable', 'childcare-club', club);
  // A special school or unit that gives its ages ("a school for children aged 3 to 11") may have no pupil of 13.
  const top = phase === 'special' ? oldestAge(ctx) : null;
  if (top !== null && top < 13) return verdictFor(item, 'not-applicable', 'pupils-under-13', phaseEvidence, { top: String(top) });
  const traps = phrases(o.traps);
  if (nation === 'wales') {
    const careersRe = phrases(o.walesCareers);
    const careers = findSentences(ctx.doc, ctx.text, careersRe, { exclude: traps });
    if (careers.length) return verdict('pass', 'careers-wales', evidenceOf(careers, careersRe, 2));
    const englandForm = findSentences(ctx.doc, ctx.text, phrases(o.mention), { exclude: traps });
    // The DfE youth-support section rests on s.507B, which does not apply in Wales; the Welsh counterpart is Careers Wales.
    if (englandForm.length) return verdict('partial', 'england-form-in-wales', evidenceOf(englandForm, phrases(o.mention), 2));
    if (phase === 'unknown') return verdict('needs-review', 'wales-phase-unknown');
    return verdict('fail', 'wales-not-found', phaseEvidence);
  }
  const mentionRe = phrases(o.mention);
  const notIncludedRe = phrases(o.declaredNotIncluded);
  const found = findSentences(ctx.doc, ctx.text, mentionRe, { exclude: traps });
  // "The youth support section of the model notice is not included here": a sentence that names the section only to
  // leave it out describes no sharing. Where nothing else names it, the school with 13+ pupils has none (checklist.md 2.23).
  // So does one whose next sentence turns it down ("Schools pass some pupil information to youth support services once
  // pupils reach 13. Our pupils leave us at the end of Year 8, so this does not apply at Whitmore Brook.").
  const turnedDownRe = phrases(o.turnedDownNext);
  const turnedDown = (s: Sentence) => {
    const next = adjacentSentence(ctx.text, s, 1);
    return next !== undefined && turnedDownRe.test(next.text);
  };
  const declined = found.filter((s) => notIncludedRe.test(s.text) || turnedDown(s));
  // A heading over the turned-down sentence names the section, no sharing of its own.
  const isHeading = (s: Sentence) => ctx.doc.blocks[s.block]?.kind === 'heading';
  const mentions = found.filter((s) => !declined.some((d) => d.block === s.block || (isHeading(s) && d.section === s.section)));
  if (!mentions.length && declined.length) {
    // The sentence that turns the sharing down is quoted beside the one naming it.
    const first = declined[0]!;
    const next = notIncludedRe.test(first.text) ? undefined : adjacentSentence(ctx.text, first, 1);
    const declinedEvidence = evidenceOf(next ? [first, next] : [first], notIncludedRe, 2);
    return phase === 'unknown'
      ? verdict('needs-review', 'declared-not-included-phase-unknown', declinedEvidence)
      : verdict('fail', 'declared-not-included', declinedEvidence);
  }
  if (mentions.length) {
    const sections = new Set(mentions.map((s) => s.section));
    // A few blocks either side reach across a sub-heading of the youth section ("Pupils aged 16+"), not across a heading
    // of another topic: "parents and pupils can request access" under "Your rights" is no choice over the 13+ sharing.
    const headingsBetweenAreYouth = (a: number, b: number) => {
      for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) {
        const block = ctx.doc.blocks[i];
        if (block?.kind === 'heading' && !mentionRe.test(block.text) && !AGE_GROUP_HEADING.test(block.text)) return false;
      }
      return true;
    };
    const near = (re: RegExp) =>
      findSentences(ctx.doc, ctx.text, re).filter(
        (s) =>
          sections.has(s.section) || mentions.some((m) => Math.abs(m.block - s.block) <= 3 && headingsBetweenAreYouth(m.block, s.block)),
      );
    // What the option keeps and who holds it are read beside the 13+ sharing, not anywhere in a long section: a list of
    // the data held ("names, addresses, dates of birth") or "an 11 to 16 school" further up is not the option.
    const beside = (re: RegExp) =>
      findSentences(ctx.doc, ctx.text, re).filter((s) =>
        mentions.some(
          (m) =>
            Math.abs(m.block - s.block) <= 3 &&
            (m.section === s.section || (s.block > m.block && headingsBetweenAreYouth(m.block, s.block))),
        ),
      );
    const scopeRe = phrases(o.scopeOnly);
    const scope = near(scopeRe);
    const limitRe = phrases(o.limitation);
    const limits = [...near(limitRe), ...(scope.length ? near(phrases(o.scopeChoice)) : [])];
    const wrongAgeRe = phrases(o.wrongTransferAge);
    const wrongAge = near(wrongAgeRe);
    if (limits.length && wrongAge.length)
      return verdict('partial', 'limit-wrong-age', [...evidenceOf(mentions, mentionRe, 1), ...evidenceOf(wrongAge, wrongAgeRe, 1)]);
    if (limits.length) {
      const opening = evidenceOf(mentions, mentionRe, 1);
      // A choice with nothing said of what it keeps ("parents may object to this sharing") is not the option to limit the
      // sharing to name, address and date of birth (checklist.md 2.23).
      const scopeWordsRe = phrases(o.scopeWords);
      if (!beside(scopeWordsRe).length) return verdict('partial', 'choice-without-scope', [...opening, ...evidenceOf(limits, limitRe, 1)]);
      // Where every student is 16 or over the choice is the student's own; given to the parent, it is given to the wrong
      // person (ESA 2008 s.14).
      const postSixteenRe = phrases(o.postSixteenOnly);
      if (findSentences(ctx.doc, ctx.text, postSixteenRe).length) {
        // The age alone says nothing there ("everyone here is 16 or over"): the student must be the one who chooses.
        if (!beside(phrases(o.studentChooser)).length)
          return verdict('partial', 'choice-given-to-parent-post-16', [...opening, ...evidenceOf(limits, limitRe, 1)]);
      } else if (!leavesBeforeSixteen(ctx) && !beside(phrases(o.pupilOwnChoice)).length) {
        // The parent's choice with nothing on the pupil's own from 16: the DfE section and s.14 give both. Not where every
        // pupil leaves before 16 (a middle school "for children aged 9 to 13"): no pupil's choice is theirs while here.
        return verdict('partial', 'choice-without-pupil-at-16', [...opening, ...evidenceOf(limits, limitRe, 1)]);
      } else if (!beside(phrases(o.parentChooser)).length) {
        // The pupil's own choice from 16 with no parent holding it before then: pupils of 13 to 15 are left with no one
        // who may limit the sharing (DfE section; ESA 2008 s.14).
        return verdict('partial', 'choice-without-parent', [...opening, ...evidenceOf(limits, limitRe, 1)]);
      }
      return verdict('pass', 'described-with-limit', [...opening, ...evidenceOf(limits, limitRe, 2)]);
    }
    if (scope.length)
      return verdict('partial', 'limit-without-choice', [...evidenceOf(mentions, mentionRe, 1), ...evidenceOf(scope, scopeRe, 1)]);
    return verdict('partial', 'limit-not-described', evidenceOf(mentions, mentionRe, 2));
  }
  if (phase === 'unknown') return verdict('needs-review', 'phase-unknown');
  return verdict('fail', 'not-found', phaseEvidence);
}

export const GOVERNMENT_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'census-sharing-statutory', optionsSchema: CensusOptions, evaluate: evaluateCensus }),
  defineCheck({ id: 'national-pupil-database', optionsSchema: NpdOptions, evaluate: evaluateNpd }),
  defineCheck({ id: 'how-government-uses-data', optionsSchema: GovDataOptions, evaluate: evaluateGovData }),
  defineCheck({ id: 'youth-support-services', optionsSchema: YouthOptions, evaluate: evaluateYouth }),
];
