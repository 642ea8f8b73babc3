// Evaluators for the government checks: census sharing, the National Pupil Database, signposts to government privacy information, youth support services.
import { z } from 'zod';
import { PhraseListSchema } from '../../checklist/schema';
import type { Evidence } from '../../report';
import type { NoticeLink } from '../../notice/types';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { evidenceOf, findSentences, phrases } from '../../scan/match';
import { linksOf } from './links';

const verdict = (status: Verdict['status'], message: string, evidence: Evidence[] = []): Verdict => ({ status, message, evidence });

function linkEvidence(ctx: AuditContext, links: readonly NoticeLink[], max = 2): Evidence[] {
  return links.slice(0, max).map((l) => ({ text: l.href ?? l.text, where: ctx.doc.blocks[l.block]?.where ?? '' }));
}

function linksMatching(ctx: AuditContext, re: RegExp): NoticeLink[] {
  return linksOf(ctx.doc).filter((l) => l.href !== null && re.test(l.href));
}

// ---------------------------------------------------------------------------------------------------------------
// census-sharing-statutory (EA 1996 s.537A; (England) Regs 2013 / (Wales) Regs 2007)

const CensusOptions = z
  .object({
    recipientEngland: PhraseListSchema,
    recipientWales: PhraseListSchema,
    /** Sharing or providing verbs tying the recipient to pupil data. */
    share: PhraseListSchema,
    /** The statutory collection: school census, PLASC, "statutory basis". */
    collection: PhraseListSchema,
    lawEngland: PhraseListSchema,
    lawWales: PhraseListSchema,
    /** The neutral gateway (s.537A) valid in both nations. */
    lawEither: PhraseListSchema,
  })
  .strict();

function evaluateCensus(ctx: AuditContext, o: z.infer<typeof CensusOptions>): Verdict {
  const nation = ctx.nation.value;
  const engRe = phrases(o.recipientEngland);
  const walRe = phrases(o.recipientWales);
  const shareRe = phrases(o.share);
  const collectionRe = phrases(o.collection);
  // The census sentence usually sits inside the NPD boilerplate, so it is searched there too.
  const sharing = findSentences(ctx.doc, ctx.text, phrases([...o.recipientEngland, ...o.recipientWales]), { includeNpd: true }).filter(
    (s) => shareRe.test(s.text) || collectionRe.test(s.text),
  );
  const lawEngRe = phrases(o.lawEngland);
  const lawWalRe = phrases(o.lawWales);
  const lawEng = findSentences(ctx.doc, ctx.text, lawEngRe, { includeNpd: true });
  const lawWal = findSentences(ctx.doc, ctx.text, lawWalRe, { includeNpd: true });
  const lawEither = findSentences(ctx.doc, ctx.text, phrases(o.lawEither), { includeNpd: true });
  if (!sharing.length) {
    return verdict('fail', 'No statutory sharing with the Department for Education or Welsh Government found: looked for "We share pupils\' data with the DfE on a statutory basis", the school census or PLASC.');
  }
  const right = sharing.filter((s) => (nation === 'wales' ? walRe.test(s.text) : nation === 'england' ? engRe.test(s.text) : true));
  const withCollection = right.filter((s) => collectionRe.test(s.text));
  const evidence = evidenceOf(withCollection.length ? withCollection : right.length ? right : sharing, collectionRe, 2);
  if (!right.length) {
    const who = nation === 'wales' ? 'the Department for Education (England)' : 'the Welsh Government';
    return verdict('partial', `Statutory sharing is described with ${who}, not the government of the school's nation (${nation}).`, evidence);
  }
  // A Welsh school citing the (England) Regulations 2013 names the wrong legal gateway (checklist.md 2.20, seed 000).
  if (nation === 'wales' && lawEng.length && !lawWal.length) {
    return verdict('partial', 'The Welsh Government is named, but the law cited is the Education (Information About Individual Pupils) (England) Regulations 2013; a Welsh school shares under the (Wales) Regulations 2007.', [...evidence.slice(0, 1), ...evidenceOf(lawEng, lawEngRe, 1)]);
  }
  if (nation === 'england' && lawWal.length && !lawEng.length) {
    return verdict('partial', 'The Department for Education is named, but the law cited is the (Wales) Regulations; an English school shares under the (England) Regulations 2013.', [...evidence.slice(0, 1), ...evidenceOf(lawWal, lawWalRe, 1)]);
  }
  const law = nation === 'wales' ? lawWal : nation === 'england' ? lawEng : [...lawEng, ...lawWal];
  const lawAll = [...law, ...lawEither];
  if (withCollection.length || lawAll.length) {
    const gateway = lawAll.length ? ' The legal gateway is cited.' : ' The legal gateway (s.537A Education Act 1996 / the pupil information regulations) is not cited, which is recommended.';
    return verdict('pass', `Statutory sharing with government is described.${gateway}`, [...evidence, ...evidenceOf(lawAll, undefined, 1)].slice(0, 3));
  }
  return verdict('partial', 'Sharing with government is mentioned, but neither the statutory collection (school census / PLASC) nor the law requiring it is given.', evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// national-pupil-database (DfE template; Welsh Government equivalent)

const NpdOptions = z
  .object({
    mention: PhraseListSchema,
    /** Welsh Government's own pupil-data statistics, the Wales equivalent of the NPD. */
    walesEquivalent: PhraseListSchema,
    /** DfE NPD guidance addresses (England). */
    englandLinks: PhraseListSchema,
    /** gov.wales addresses for Welsh pupil data and statistics. */
    walesLinks: PhraseListSchema,
    /** "The department" left as the actor in a Welsh notice (DfE text with the name swapped, checklist.md 2.21). */
    leftover: PhraseListSchema,
    /** Signposts whose address was lost ("visit the government page here", "go to:"). */
    lostLink: PhraseListSchema,
  })
  .strict();

function evaluateNpd(ctx: AuditContext, o: z.infer<typeof NpdOptions>): Verdict {
  const nation = ctx.nation.value;
  const mentionRe = phrases(o.mention);
  const mentions = findSentences(ctx.doc, ctx.text, mentionRe, { includeNpd: true });
  const walesEq = nation === 'wales' ? findSentences(ctx.doc, ctx.text, phrases(o.walesEquivalent), { includeNpd: true }) : [];
  if (!mentions.length && !walesEq.length) {
    return verdict('fail', `No National Pupil Database section: looked for "The National Pupil Database (NPD)"${nation === 'wales' ? ' or a description of how the Welsh Government uses pupil data for statistics' : ''}.`);
  }
  const opening = evidenceOf(mentions.length ? mentions : walesEq, mentionRe, 1);
  const engLinks = linksMatching(ctx, phrases(o.englandLinks));
  const walLinks = linksMatching(ctx, phrases(o.walesLinks));
  const lostRe = phrases(o.lostLink);
  const linkBlocks = new Set(linksOf(ctx.doc).filter((l) => l.href).map((l) => l.block));
  const lost = findSentences(ctx.doc, ctx.text, lostRe, { includeNpd: true }).filter((s) => !linkBlocks.has(s.block));
  if (nation === 'wales') {
    const leftoverRe = phrases(o.leftover);
    const leftover = ctx.text.sentences.filter((s) => ctx.text.npdBlocks.has(s.block) && leftoverRe.test(s.text));
    if (engLinks.length || leftover.length) {
      return verdict(
        'partial',
        `The NPD text was adapted to Wales but still ${[engLinks.length ? "links to DfE's England NPD guidance" : '', leftover.length ? 'names "the Department" as the actor' : ''].filter(Boolean).join(' and ')}.`,
        [...opening, ...linkEvidence(ctx, engLinks, 1), ...evidenceOf(leftover, leftoverRe, 1)],
      );
    }
    if (walLinks.length) return verdict('pass', "The Welsh pupil database is described, with a link to the Welsh Government's information.", [...opening, ...linkEvidence(ctx, walLinks, 1)]);
    return verdict('partial', 'The Welsh pupil database is described, but no gov.wales link is given.', [...opening, ...evidenceOf(lost, lostRe, 1)]);
  }
  if (engLinks.length) return verdict('pass', "The NPD is described, with a link to DfE's NPD guidance.", [...opening, ...linkEvidence(ctx, engLinks, 1)]);
  if (nation === 'unknown' && walLinks.length) return verdict('pass', 'The pupil database is described, with a link to government information.', [...opening, ...linkEvidence(ctx, walLinks, 1)]);
  return verdict(
    'partial',
    lost.length ? 'The NPD is described, but the link to the guidance was lost (the link text has no address).' : "The NPD is described, but there is no link to DfE's NPD guidance.",
    [...opening, ...evidenceOf(lost, lostRe, 1)],
  );
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
  })
  .strict();

function hostOf(href: string): string {
  return /^[a-z]+:\/\/([^/?#:]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
}

function evaluateGovData(ctx: AuditContext, o: z.infer<typeof GovDataOptions>): Verdict {
  const malformedRe = phrases(o.malformed);
  const links = linksMatching(ctx, phrases(o.links)).filter((l) => !malformedRe.test(l.href!));
  if (links.length) return verdict('pass', "The notice links to the government's own information about pupil data.", linkEvidence(ctx, links, 3));
  const namedRe = phrases(o.namedPages);
  const named = findSentences(ctx.doc, ctx.text, namedRe, { includeNpd: true });
  if (named.length) return verdict('pass', "The notice names the government page about how it uses pupil data.", evidenceOf(named, namedRe, 2));
  const signRe = phrases(o.signposts);
  const signposts = findSentences(ctx.doc, ctx.text, signRe, { includeNpd: true });
  const retiredRe = phrases(o.retiredHosts);
  const retired = linksOf(ctx.doc).filter((l) => l.href && retiredRe.test(hostOf(l.href)));
  if (retired.length && !signposts.length) {
    return verdict('partial', 'The only government link points to a closed government site, so it no longer works.', linkEvidence(ctx, retired, 1));
  }
  const malformed = linksOf(ctx.doc).filter((l) => l.href && malformedRe.test(l.href));
  if (signposts.length || malformed.length) {
    return verdict(
      'partial',
      malformed.length && !signposts.length
        ? 'The only government link is malformed.'
        : 'The notice points to the government website, but gives no address (the link text, such as "here", has no URL).',
      [...evidenceOf(signposts, signRe, 2), ...linkEvidence(ctx, malformed, 1)],
    );
  }
  return verdict('fail', 'No signpost to how the government uses pupil data: looked for gov.uk data-collection or privacy pages (or gov.wales in Wales), or "To contact DfE".');
}

// ---------------------------------------------------------------------------------------------------------------
// youth-support-services (EA 1996 s.507B; ESA 2008 s.14; Careers Wales in Wales)

const YouthOptions = z
  .object({
    /** The England section: youth support services, pupils aged 13+, s.507B. */
    mention: PhraseListSchema,
    /** The limit to name, address and date of birth, and the parent / pupil 16+ choice (ESA 2008 s.14). */
    limitation: PhraseListSchema,
    /** The Wales variant: Careers Wales (Career Choices Dewis Gyrfa). */
    walesCareers: PhraseListSchema,
    /** Residue and consent-based careers sharing that are not the statutory 13+ sharing (checklist.md 2.23). */
    traps: PhraseListSchema,
  })
  .strict();

const EARLY_YEARS = /\b(?:nurser(?:y|ies)|pre-?schools?|playgroups?|childminders?|early years|EYFS|funded)\b/i;

function evaluateYouth(ctx: AuditContext, o: z.infer<typeof YouthOptions>): Verdict {
  const phase = ctx.phase.value;
  const nation = ctx.nation.value;
  const phaseEvidence = ctx.phase.evidence.slice(0, 1);
  if (phase === 'primary') {
    // Early-years settings are read as primary (checklist.md 2.20, 2.23): say which one this is.
    const earlyYears = phaseEvidence.some((e) => EARLY_YEARS.test(e.text));
    return verdict('not-applicable', earlyYears ? 'An early-years setting has no children aged 13 or over.' : 'A primary school has no pupils aged 13 or over.', phaseEvidence);
  }
  const traps = phrases(o.traps);
  if (nation === 'wales') {
    const careersRe = phrases(o.walesCareers);
    const careers = findSentences(ctx.doc, ctx.text, careersRe, { exclude: traps });
    if (careers.length) return verdict('pass', 'Sharing with Careers Wales (the Welsh counterpart of youth support services) is described.', evidenceOf(careers, careersRe, 2));
    const englandForm = findSentences(ctx.doc, ctx.text, phrases(o.mention), { exclude: traps });
    // The DfE youth-support section rests on s.507B, which does not apply in Wales; the Welsh counterpart is Careers Wales.
    if (englandForm.length) return verdict('partial', 'Youth support services are described in the England (s.507B) form; a Welsh school should describe sharing with Careers Wales.', evidenceOf(englandForm, phrases(o.mention), 2));
    if (phase === 'unknown') return verdict('needs-review', 'Applies to Welsh secondary schools (Careers Wales); the school phase could not be told from the text.');
    return verdict('fail', 'A Welsh secondary should say that pupil information is shared with Careers Wales for careers guidance (ages 13-19); nothing was found.', phaseEvidence);
  }
  const mentionRe = phrases(o.mention);
  const mentions = findSentences(ctx.doc, ctx.text, mentionRe, { exclude: traps });
  if (mentions.length) {
    const limitRe = phrases(o.limitation);
    const sections = new Set(mentions.map((s) => s.section));
    const limits = findSentences(ctx.doc, ctx.text, limitRe).filter((s) => sections.has(s.section) || mentions.some((m) => Math.abs(m.block - s.block) <= 3));
    if (limits.length) return verdict('pass', 'Sharing with youth support services for pupils aged 13+ is described, with the option to limit it to name, address and date of birth.', [...evidenceOf(mentions, mentionRe, 1), ...evidenceOf(limits, limitRe, 2)]);
    return verdict('partial', 'Youth support services are mentioned, but not that sharing beyond name, address and date of birth needs consent, or that the right passes to the pupil at 16.', evidenceOf(mentions, mentionRe, 2));
  }
  if (phase === 'unknown') return verdict('needs-review', 'Applies only to schools with pupils aged 13+; the school phase could not be told from the text, and no youth support services section was found.');
  return verdict('fail', 'No youth support services section: a school with pupils aged 13+ should say it shares information with the local authority / youth support services (s.507B Education Act 1996).', phaseEvidence);
}

export const GOVERNMENT_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'census-sharing-statutory', optionsSchema: CensusOptions, evaluate: evaluateCensus }),
  defineCheck({ id: 'national-pupil-database', optionsSchema: NpdOptions, evaluate: evaluateNpd }),
  defineCheck({ id: 'how-government-uses-data', optionsSchema: GovDataOptions, evaluate: evaluateGovData }),
  defineCheck({ id: 'youth-support-services', optionsSchema: YouthOptions, evaluate: evaluateYouth }),
];
