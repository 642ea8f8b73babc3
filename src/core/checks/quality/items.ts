// Checklist data for the quality checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';
import { PRIVATE_ADDRESSES } from '../quality/private-addresses';
import { SAMPLE_ADDRESS, SAMPLE_PHONE } from '../sample-addresses';
import { OTHER_NATION_PRACTICE } from '../../analysis/detect-nation';
import { LEGAL_SUFFIX } from '../../analysis/detect-school';
import { TEMPLATE_INSTRUCTION_SOURCE } from '../../analysis/template-instruction';

/** Government sites that were closed: their links no longer work (checklist.md 2.27, 2.22). */
export const RETIRED_GOVERNMENT_HOSTS = [
  '^(?:www\\.)?education\\.gov\\.uk$',
  '(?:^|\\.)teachernet\\.gov\\.uk$',
  '(?:^|\\.)direct\\.gov\\.uk$',
  '(?:^|\\.)dcsf\\.gov\\.uk$',
];

/** A board that governs the school: it signs notices off, and its committees sign for it. */
const BOARD = '(?:governing\\s+body|governing\\s+board|trust\\s+board|board\\s+of\\s+(?:trustees|governors|directors))';
/** Who signs a notice off, in a date cue: governors, trustees, a committee, the owner, a named officer, or the council or
 * diocese whose template it is ("issued by Anyshire County Council Education Directorate, April 2022"). */
const SIGNER = `(?:governors|${BOARD}|trust|trustees|board|committee|directors|proprietors?|head\\s?teacher|owners?|manager|dpo|data\\s+protection\\s+(?:officer|lead)|principal|chief\\s+executive|ceo|bursar|clerk|chair|(?:senior\\s+)?leadership\\s+team|slt|(?:council|local\\s+authority|diocese|diocesan\\s+board(?:\\s+of\\s+education)?)(?:(?:\\s+[\\w&-]+){0,2}?\\s+(?:directorate|department|services?|team))?)`;
/** The body a signer belongs to: "the Board of Trustees of the Halden Learning Trust", "the Governing Body of Ysgol Bryn Hebog",
 * "the Audit and Risk Committee of the Board of Trustees", "the trustees of Willowmead Community Pre-school CIO". */
const SIGNER_OF = `(?:\\s+of\\s+(?:(?:the\\s+)?(?:[\\w'\u2019&.-]+\\s+){0,5}?(?:trust|school|academy|federation|pre-?school|nursery|partnership|company|charity|association|diocese|council)${LEGAL_SUFFIX}|ysgol(?:\\s+[\\w'\u2019-]+){1,4}|(?:the\\s+)?${BOARD}))?`;
/** A second signer: "by the Governing Body and Eastmoor Metropolitan Borough Council". */
const ALSO_SIGNED_BY = `(?:\\s+(?:and|&)\\s+(?:the\\s+)?(?:[\\w'\u2019.-]+\\s+){0,4}?${SIGNER}${SIGNER_OF})?`;
/**
 * Who signed the notice off: "by the governing body", "by: Board of Directors," (a document's header line), "at a
 * meeting of the Bramblecroft Pre-School committee held", "at the committee meeting of", "at the full governors' meeting
 * held", and a second signer beside the first.
 */
const SIGNED_OFF_BY = `(?:\\s+by(?:\\s*:\\s*|\\s+)(?:the\\s+|our\\s+)?(?:[\\w'\u2019.-]+,?\\s+){0,4}?${SIGNER}${SIGNER_OF}${ALSO_SIGNED_BY}|\\s+at\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+)?meeting\\s+of\\s+(?:the\\s+)?(?:[\\w'\u2019&.-]+\\s+){0,5}?${SIGNER}(?:\\s+held)?|\\s+at\\s+(?:a|an|the|its)\\s+(?:[\\w'\u2019&-]+\\s+){0,3}?${SIGNER}(?:['\u2019]s?)?\\s+meeting(?:\\s+(?:of|held))?)`;

// The notice pointed to after a verb of dating it: "it", "this", "this privacy notice" (a head's notice may call itself a
// letter: "I last updated this letter on ...").
const THE_NOTICE = '(?:it|this|(?:this|the|our)\\s+(?:privacy\\s+)?(?:page|notice|policy|document|statement|guide|leaflet|letter))';

// Phrases are case-insensitive regular-expression sources over normalised text (straight quotes, hyphens, single spaces).
export const QUALITY_ITEMS: ChecklistItemInput[] = [
  {
    id: 'last-updated-date',
    area: 'quality',
    severity: 'recommended',
    ref: 'ICO right to be informed: review regularly',
    title: 'Notice is dated and current',
    shortTitle: 'Notice dated and current',
    guidance:
      'The ICO expects schools to review their privacy information regularly. Ask the school to put a "last updated" date on the notice and to review it at least every two years; a notice dated before 2021 was written before the UK GDPR and needs rewriting.',
    lookedFor:
      'a notice date ("last updated", "Date:", "version", "reviewed") or a review date, no older than 24 months and not before 1 January 2021',
    messages: {
      'no-date': 'No notice date found: looked for a "last updated", "Date:", "version" or review date.{undatedNote}{rejectedNote}',
      'undated-line-note': ' The notice has a "last updated" line with no date in it ({where}).',
      'rejected-dates-note': " Dates found but rejected as not the notice's date: {dates}.",
      'out-of-date': 'Dated but out of date: {problems}.',
      'dated-before-uk-gdpr-note': 'dated {date}, before the UK GDPR (1 January 2021)',
      'dated-too-long-ago-note': 'dated {date}, more than {limit} months before the audit',
      'review-date-passed-note': 'its review date {date} has passed',
      'review-date-only': 'No date of its own (when it was written or last updated); only a review date, {date}, which has not passed.',
      dated: 'Dated {date} ({months} months before the audit).',
      'borderline-month':
        'Dated {date}, with no day: depending on the day it is either within or just over {limit} months before the audit. Check the date by hand.',
    },
    options: {
      noticeDateCues: [
        'last\\s+(?:updated|reviewed|revised|amended|modified|edited|changed|checked|confirmed|verified)(?:\\s+(?:on|in))?',
        // "The last check was in January 2026", "the last review of this notice took place on 3 March 2026".
        '\\blast\\s+(?:check|review|update|revision|change)\\s+(?:(?:of|to)\\s+(?:this|the)\\s+(?:privacy\\s+)?(?:notice|page|policy|document)\\s+)?(?:was|took\\s+place|happened)(?:\\s+(?:on|in))?',
        // "We last looked over this notice in March 2026", "the governors last went through it on ...": the notice named after the verb.
        `\\blast\\s+(?:looked\\s+(?:at|over|through)|went\\s+(?:over|through)|checked|reviewed|updated|revised|amended|edited)\\s+${THE_NOTICE}(?:\\s+(?:on|in|at))?`,
        // "approved by the management committee in February 2026": whoever signs it off (governors, trustees, a committee, the owner).
        // "We checked it and reissued it in July 2026": "it" is the notice the sentence speaks of.
        // "Approved by the Board of Trustees of the Halden Learning Trust on ...", "adopted at a meeting of the committee held on ...".
        `\\b(?:updated|reviewed|revised|amended|written|wrote|approved|adopted|issued|re-?issued|refreshed|rewritten|published|agreed|ratified|signed\\s+off)(?:\\s+${THE_NOTICE})?${SIGNED_OFF_BY}?(?:\\s+(?:on|in|at))?`,
        // A notice signed off like a letter: "Mrs Joanna Tibbs, Headteacher, January 2026" (the signer's role, then the date).
        '\\b(?:head\\s?teacher|head\\s+of\\s+school|headmistress|headmaster|principal|executive\\s+head(?:teacher)?|chair\\s+of\\s+(?:the\\s+)?(?:governors|governing\\s+(?:body|board)|trustees))',
        // "Checked by the management committee: February 2024": checking names who did it, or it could be any record's.
        `\\bchecked(?:\\s+and\\s+\\w+)?${SIGNED_OFF_BY}(?:\\s+(?:on|in|at))?`,
        // A notice headed with the school year it is for ("Privacy notice for the 2025-26 school year", "Academic year 2025/26").
        '\\b(?:notice|policy|statement)\\s+for\\s+(?:the\\s+)?(?:(?:academic|school)\\s+year\\s+)?',
        '\\b(?:academic|school)\\s+year',
        '\\bdated?(?:\\s+of\\s+(?:this\\s+)?(?:notice|policy|version|issue|publication|approval|document))?',
        '\\bversion(?:\\s+(?:no\\.?|number|date))?(?:\\s*(?:[:-]\\s*)?v?\\d+(?:\\.\\d+)*)?',
        '\\bv\\d+(?:\\.\\d+)*',
        // "Version 4.2 · Effective 1 September 2026" as well as "Effective from ..." and "Effective date: ...".
        '\\beffective(?:\\s+(?:from|date|on))?',
        // "adopted by the governors with effect from 1 September 2026" (a law's start is a trap below).
        '\\bwith\\s+effect\\s+from',
        '\\bas\\s+(?:at|of)',
        // Welsh: "diweddarwyd ddiwethaf" (last updated), "dyddiad" (date), "fersiwn" (version).
        '\\bdiweddarwyd(?:\\s+ddiwethaf)?',
        '\\bdyddiad(?:\\s+(?:yr\\s+)?hysbysiad)?',
        '\\bfersiwn',
      ],
      reviewDateCues: [
        '\\breview\\s+date',
        // "Date for review: February 2026", "date for next revision".
        '\\bdate\\s+for\\s+(?:(?:the\\s+)?next\\s+)?(?:review|revision|renewal)',
        // "Next scheduled review: March 2026", "date of next planned review", "Next review of this notice: July 2027".
        `\\b(?:next|date\\s+of\\s+(?:the\\s+)?next|due\\s+for|further)\\s+(?:(?:scheduled|planned|formal|annual|full)\\s+)?review(?:\\s+of\\s+${THE_NOTICE})?(?:\\s+(?:date|due))?(?:\\s+(?:on|in|by))?`,
        // "... and shall be reviewed not later than March 2026", "It will next be reviewed in September 2027".
        '\\b(?:to|will|shall|must)\\s+(?:next\\s+|again\\s+|then\\s+)?be\\s+(?:reviewed|revised|updated|reconsidered)(?:\\s+(?:again\\s+)?(?:on|in|by|before|(?:not|no)\\s+later\\s+than))?',
        '\\b(?:next|due\\s+for)\\s+(?:revision|update|renewal)(?:\\s+(?:date|due))?(?:\\s+(?:on|in|by))?',
        '\\b(?:revision|review)\\s+due',
        '\\breview(?:ed)?\\s+(?:by|due|before)',
        '\\brenewal\\s+date',
        // "We will check it again by April 2027", "we will look at this notice again in September", "I'll look at it again".
        '(?:\\bwill|[\x27\u2019]ll)\\s+(?:check|review|revisit|look\\s+(?:at|over)|update)\\s+(?:it|this(?:\\s+(?:privacy\\s+)?notice)?|the\\s+(?:privacy\\s+)?notice)(?:\\s+again)?(?:\\s+(?:on|in|by|before))?',
      ],
      notNoticeDate: [
        '\\b(?:takes?|took|taken|taking)\\s+effect',
        // A law's start or the UK leaving the EU ("the UK GDPR replaced the GDPR on 1 January 2021", "after Brexit on ...").
        '\\b(?:act|gdpr|regulations?|law|legislation)\\b[^.]{0,40}\\b(?:replaced|became\\s+law|began\\s+to\\s+apply|started\\s+to\\s+apply|has\\s+applied|applied|applies)\\s+(?:from|since|on)\\b',
        '\\b(?:left|leaving|leave|exit(?:ed)?)\\s+(?:from\\s+)?the\\s+(?:eu|european\\s+union)\\b',
        '\\bbrexit\\b',
        '\\b(?:end\\s+of\\s+the\\s+(?:brexit\\s+)?transition\\s+period|ip\\s+completion\\s+day)\\b',
        '\\b(?:came|comes?|coming)\\s+into\\s+(?:force|effect)',
        '\\bin\\s+force\\b',
        // A law's start ("the UK GDPR applies with effect from 1 January 2021") is not the notice's date.
        '\\b(?:act|gdpr|regulations?|law|legislation)\\b[^.]{0,40}\\bwith\\s+effect\\s+from',
        '\\bcommenc(?:e|es|ed|ement)\\b',
        '\\bduration\\b',
        '\\bcopyright\\b',
        '\u00a9',
        '\\(c\\)\\s*\\d{4}',
        '\\bcovid\\b',
        '\\bcoronavirus\\b',
        '\\blockdown\\b',
        '\\bpandemic\\b',
        '\\bdate\\s+of\\s+birth\\b',
        '\\bborn\\b',
        // Another body's document dates ("the DfE published its guidance on ...") are not this notice's date.
        "\\b(?:dfe|department\\s+for\\s+education|welsh\\s+government|government|ico|information\\s+commissioner(?:'s\\s+office)?)\\b[^.]{0,30}\\b(?:published|updated|issued|revised|introduced|released)\\b",
        // A print or download stamp says when a copy was made, not when the notice was written.
        '\\b(?:printed|downloaded|print\\s+date)\\b',
      ],
      // The school's other documents, named by their topic anywhere earlier in the date's sentence ("our safeguarding
      // policy was updated in September 2026", "the Data Protection Policy was adopted by governors in March 2026"): their
      // dates are not this notice's (checklist.md 2.24). Not a title that goes on to name the notice ("Data protection policy
      // and privacy notice, last updated ..."), nor "this data protection policy", the notice itself.
      otherDocument: [
        // The cookie notice on the same page has a date of its own: "Cookie notice last updated: 10 February 2026".
        // So has its cookie list or table: "Cookie list checked: 3 November 2026".
        // So has its section, however it is called: "This cookie information was last checked on 12 May 2026", "The
        // information about cookies above was reviewed in March 2026".
        // Not a title naming both: "This privacy and cookie information was updated ...".
        '(?<!\\b(?:privacy|data\\s+protection)(?:\\s+notice)?\\s+(?:and|&)\\s+)\\bcookies?\\s+(?:notice|policy|statement|list|table|declaration|register|audit|information|details|section|page|guidance|settings)\\b',
        '\\b(?:information|details|section|list|table)\\s+(?:about|on|of)\\s+(?:(?:the|our)\\s+)?(?:use\\s+of\\s+)?cookies\\b',
        '(?<!\\bthis\\s)\\b(?:data\\s+protection|safeguarding|child\\s+protection|online\\s+safety|e-?safety|acceptable\\s+use|behaviou?r|attendance|complaints?|cctv|retention|records\\s+management|freedom\\s+of\\s+information|charging(?:\\s+and\\s+remissions?)?|admissions?|exclusions?|anti-?bullying|equality|accessibility|send|sen|health\\s+and\\s+safety|first\\s+aid|medical(?:\\s+conditions)?|whistle-?blowing|remote\\s+learning|information\\s+security|uniform|homework|curriculum)\\s+(?:policy|procedures?|schedule|plan|guidance|handbook|strategy)\\b(?![^.]{0,80}\\b(?:notice|this\\s+(?:page|document))\\b)',
      ],
      noticeSelf: [
        '\\b(?:this|the|our)\\s+(?:(?:pupil|school|academy|trust)\\s+)?(?:privacy\\s+)?notice\\b',
        // Not "this version of the menu": another text's version.
        '\\bthis\\s+(?:version|edition|page|document|policy|statement)\\b(?!\\s+of\\s+(?:the|our|its)\\s+(?!(?:\\w+\\s+)?(?:privacy\\s+)?notice\\b)\\w+)',
        // Or as a guide, perhaps by its kind: "this guide", "this easy read guide", "this short leaflet".
        '\\bthis\\s+(?:[\\w-]+\\s+){0,2}(?:guide|leaflet|booklet)\\b',
      ],
      // "brought it up to date" as well as "brought up to date".
      madeWords: [
        '\\b(?:written|wrote|revised|updated|put\\s+together|prepared|produced|drafted|brought\\s+(?:(?:it|this|them)\\s+)?up\\s+to\\s+date|checked|issued|re-?issued|reviewed|approved|amended|edited|compiled|agreed|adopted|published|rewritten|refreshed|changed|made|created)\\b',
      ],
      futureWords: ['\\b(?:will|shall|next|due|again|plan|plans|intend|going\\s+to|expect)\\b'],
      earlierWords: ['\\b(?:replaces?|replaced|replacing|supersedes?|superseded|first|previous|previously|earlier|original|former|old)\\b'],
      cueWindow: 100,
      staleAfterMonths: 24,
      staleBefore: '2021-01-01',
    },
  },
  {
    id: 'current-legislation',
    area: 'quality',
    severity: 'quality',
    ref: 'UK GDPR; DPA 2018',
    title: 'Cites current law (not DPA 1998 / EU GDPR / future-tense 2018)',
    shortTitle: 'Cites current law',
    guidance:
      'Since 1 January 2021 the law is the UK GDPR and the Data Protection Act 2018. A notice that cites the Data Protection Act 1998, the EU GDPR, or says the GDPR "will take effect in May 2018" is out of date and misdescribes pupils\' rights; ask the school to update it.',
    lookedFor:
      '"UK GDPR" or "Data Protection Act 2018" as the governing law, and no DPA 1998, EU GDPR (2016/679), Privacy Shield or future-tense May 2018 wording',
    messages: {
      'outdated-law': 'Cites outdated law: {findings}.',
      'ambiguous-law': 'Law named ambiguously or with EU-era framing: {findings}.',
      'current-law': 'Names the current law (UK GDPR / Data Protection Act) and no outdated law.',
      'no-law-named': 'Names no data protection law: looked for "UK GDPR" or "Data Protection Act 2018".',
      'generic-law-only':
        'Names no data protection law: looked for "UK GDPR" or "Data Protection Act 2018"; the notice only says "data protection law/legislation".',
    },
    options: {
      currentLaw: [
        '\\buk[\\s-]+gdpr\\b',
        '\\b(?:uk|united\\s+kingdom)\\s+general\\s+data\\s+protection\\s+regulations?\\b',
        '\\bdata\\s+protection\\s+act\\s*(?:,\\s*)?\\(?2018\\)?',
        '\\bdpa\\s*\\(?2018\\)?',
        // Not the 1998 Act, however its year is written ("Data Protection Act 1998", "of 1998", "(98)").
        '(?<!\\b(?:19)?98\\s)\\bdata\\s+protection\\s+act\\b(?!\\s*(?:,\\s*)?(?:\\(\\s*)?(?:of\\s+)?(?:19)?98\\b)',
      ],
      gdpr: ['\\bgdpr\\b', '\\bgeneral\\s+data\\s+protection\\s+regulations?\\b'],
      // The 1998 Act with its year written any way: "Data Protection Act 1998", "of 1998", "the 1998 Data Protection Act", "DPA 98".
      repealedLaw: [
        '\\bdata\\s+protection\\s+act\\s*(?:,\\s*)?(?:\\(\\s*)?(?:of\\s+)?(?:19)?98\\b',
        '\\bdpa\\s*(?:,\\s*)?(?:\\(\\s*)?(?:of\\s+)?(?:19)?98\\b',
        '\\b1998\\s+data\\s+protection\\s+act\\b',
      ],
      euLaw: [
        // "the EU GDPR", "the EU's GDPR", "the European Union's General Data Protection Regulation".
        "\\b(?:eu|european\\s+union)(?:['\u2019]s)?\\s+(?:gdpr|general\\s+data\\s+protection\\s+regulations?)\\b",
        '\\bregulation\\s*(?:\\(\\s*)?eu\\s*(?:\\)\\s*)?(?:no\\.?\\s*)?2016/679\\b',
        '\\b2016/679\\b',
        '\\beuropean\\s+(?:union\\s+)?general\\s+data\\s+protection\\s+regulations?\\b',
        '\\b(?:gdpr|general\\s+data\\s+protection\\s+regulations?)\\s*\\(\\s*eu\\s*\\)',
      ],
      euLawExcusedBy: [
        '\\buk[\\s-]+gdpr\\b',
        '\\bretained\\b',
        '\\bas\\s+it\\s+forms\\s+part\\s+of\\s+the\\s+law\\b',
        '\\beuropean\\s+union\\s+\\(withdrawal\\)\\s+act\\b',
        '\\bno\\s+longer\\b',
        '\\breplaced\\b',
        '\\bbrexit\\b',
        '\\bas\\s+amended\\b',
      ],
      futureTense2018: [
        '\\b(?:will|shall)\\s+(?:come\\s+into\\s+(?:force|effect)|take\\s+effect|apply|replace|be\\s+(?:introduced|enforced|in\\s+force|enforceable))\\b[^.]{0,80}\\b2018\\b',
        '\\b2018\\b[^.]{0,80}\\b(?:will|shall)\\s+(?:come\\s+into\\s+(?:force|effect)|take\\s+effect|replace|apply)\\b',
        '\\bcomes?\\s+into\\s+(?:force|effect)\\s+(?:on|in|from)\\s+(?:the\\s+)?(?:\\d{1,2}\\s?(?:st|nd|rd|th)?\\s+)?(?:of\\s+)?may\\s+(?:\\d{1,2}\\s?(?:st|nd|rd|th)?,?\\s+)?2018\\b',
        '\\b(?:new|forthcoming|upcoming)\\s+(?:general\\s+data\\s+protection\\s+regulation|gdpr|data\\s+protection\\s+(?:law|legislation|regulations?))\\b[^.]{0,80}\\b(?:from|by|in|on)\\s+(?:\\d{1,2}\\s?(?:st|nd|rd|th)?\\s+)?may\\s+(?:\\d{1,2}\\s?(?:st|nd|rd|th)?,?\\s+)?2018\\b',
      ],
      obsoleteLaw: [
        '\\b(?:eu|uk)[\\s-]+(?:us|u\\.s\\.)\\s+privacy\\s+shield\\b',
        '\\bprivacy\\s+shield\\b',
        '\\bsafe\\s+harbou?r\\s+(?:framework|scheme|principles|agreement)\\b',
        '\\b(?:uk\\s+and\\s+)?eu\\s+(?:cookie\\s+)?law\\s+on\\s+(?:handling\\s+)?cookies\\b',
        '\\beu\\s+cookie\\s+(?:law|directive)\\b',
      ],
      historical: [
        // Not "any legislation which supplements or replaces them": a definition's later laws, not history.
        '\\breplaced\\b|\\breplac(?:es|ing)\\b(?!\\s+(?:them|it)\\b)',
        '\\brepealed\\b',
        '\\bsuperseded\\b',
        '\\bformerly\\b',
        '\\bpreviously\\b',
        '\\bno\\s+longer\\b',
        '\\bprior\\s+to\\b',
        '\\binvalidated\\b',
        '\\bstruck\\s+down\\b',
        '\\bunder\\s+the\\s+old\\b',
        // "Before May 2018 schools were covered by the Data Protection Act 1998": the old law placed in the past.
        '\\b(?:before|until|up\\s+to)\\s+(?:(?:\\d{1,2}\\s+)?may\\s+)?2018\\b',
        '\\bused\\s+to\\b',
        '\\bin\\s+the\\s+past\\b',
        // An editing note on the notice's own wording: "References to the EU GDPR removed", "we have taken out references to ...".
        '\\breferences?\\s+to\\b[^.]{0,40}\\b(?:removed|deleted|taken\\s+out|replaced|updated)\\b',
        '\\b(?:removed|deleted|took\\s+out|taken\\s+out|replaced|updated)\\b[^.]{0,20}\\breferences?\\s+to\\b',
      ],
      euTransferBoundary: [
        '\\boutside\\s+(?:of\\s+)?the\\s+(?:eu|eea|european\\s+(?:union|economic\\s+area))\\b(?!\\s*(?:and|or|/)\\s*(?:the\\s+)?(?:uk|united\\s+kingdom)\\b)',
        '\\b(?:by|from)\\s+(?:either\\s+)?the\\s+(?:uk\\s+(?:or|and)\\s+)?eu\\s+governments?\\b',
        '\\beuropean\\s+commission\\b[^.]{0,60}\\badequa',
        '\\badequa\\w*[^.]{0,60}\\beuropean\\s+commission\\b',
      ],
      genericLaw: ['\\bdata\\s+protection\\s+(?:law|laws|legislation|regulations?)\\b'],
    },
  },
  {
    id: 'jurisdiction-consistency',
    area: 'quality',
    severity: 'quality',
    ref: 'Accuracy of Art 13(1)(c),(e)',
    title: "England and Wales content match the school's nation",
    shortTitle: 'England/Wales content matches',
    guidance:
      "England and Wales have different pupil-data laws and bodies: in Wales the Welsh Government collects census (PLASC) data under the (Wales) Regulations, in England the DfE under the (England) Regulations. A notice copied from the other nation tells parents the wrong law and the wrong recipient; ask the school to use its own nation's wording.",
    lookedFor:
      "law, bodies and web pages of the other nation used as the school's own (England: DfE, (England) Regulations, gov.uk NPD pages; Wales: Welsh Government, (Wales) Regulations, PLASC, gov.wales)",
    messages: {
      'mixes-nations': 'Mixes England and Wales content: {walesWhere} cites England-only law or bodies and {englandWhere} Wales-only ones.',
      'nation-unknown-consistent':
        "The school's nation was not determined; the notice does not mix England-only and Wales-only law or bodies.",
      'consistent-england': "Consistent with a school in England: no law or body of the other nation is used as the school's own.",
      'consistent-wales': "Consistent with a school in Wales: no law or body of the other nation is used as the school's own.",
      'other-nation-in-england': "A school in England cites the other nation's law or bodies: {findings}.",
      'other-nation-in-wales': "A school in Wales cites the other nation's law or bodies: {findings}.",
    },
    options: {
      englandOnly: [
        '\\(england\\)\\s+regulations\\b',
        '\\bgov\\.uk/government/publications/national-pupil-database',
        '\\bgov\\.uk/education/data-collection',
        '\\bgov\\.uk/contact-dfe\\b',
        '\\bgov\\.uk/data-protection-how-we-collect',
        '\\beducation,?\\s+health\\s+and\\s+care\\s+plans?\\b',
        '\\behcps?\\b',
        '\\bofsted\\b',
        '\\bsection\\s+507b\\b',
        '\\bdepartment\\s+for\\s+education\\b',
        '\\bdfe\\b',
        '\\b(?:schools|pupils|children)\\s+in\\s+england\\b',
        // Statutes whose school provisions reach England only: Wales has its own ALN and academies do not exist there.
        '\\bchildren\\s+and\\s+families\\s+act\\b',
        '\\bspecial\\s+educational\\s+needs\\s+and\\s+disability\\s+(?:\\(england\\)\\s+)?(?:regulations|code)\\b',
        '\\bsend\\s+code\\s+of\\s+practice\\b',
        '\\bacademies\\s+act\\b',
        // England's education minister, funding and testing agencies, and its statutory safeguarding guidance (Wales has the
        // Welsh Ministers and "Keeping Learners Safe").
        '\\bsecretary\\s+of\\s+state\\s+for\\s+education\\b',
        '\\beducation\\s+and\\s+skills\\s+funding\\s+agency\\b',
        '\\besfa\\b',
        '\\bstandards\\s+and\\s+testing\\s+agency\\b',
        '\\bkeeping\\s+children\\s+safe\\s+in\\s+education\\b',
        // England's early years framework (Welsh settings follow the Curriculum for Wales and the Welsh national minimum
        // standards for childcare).
        '\\bearly\\s+years\\s+foundation\\s+stage\\b',
        '\\beyfs\\b',
      ],
      departmentActor: ["\\bthe\\s+department(?:'s)?\\b(?!\\s+(?:of|for)\\b)"],
      departmentContext: [
        '\\bnpd\\b',
        '\\bpupil\\s+(?:information|data)\\b',
        '\\bdata\\s+sharing\\b',
        '\\breleases?\\s+data\\b',
        '\\bthird\\s+parties\\b',
        '\\bcommissioned\\b',
        // What DfE does with the census in its own text: "the department uses the census to decide funding".
        '\\bcensus\\b',
        '\\bstatistics\\b',
        '\\bfunding\\b',
      ],
      walesOnly: [
        '\\bwelsh\\s+government\\b',
        '\\bllywodraeth\\s+cymru\\b',
        '\\bwelsh\\s+ministers?\\b',
        '\\(wales\\)\\s+regulations\\b',
        '\\bgov\\.wales\\b',
        '\\bplasc\\b',
        '\\bpupil\\s+level\\s+annual\\s+school\\s+census\\b',
        '\\bestyn\\b',
        '\\bcareers\\s+wales\\b',
        '\\bindividual\\s+development\\s+plans?\\b',
        '\\b(?:schools|pupils|children)\\s+in\\s+wales\\b',
        // Acts and Measures of the Senedd, and the Welsh curriculum and learning platform.
        '\\(wales\\)\\s+(?:act|measure)\\b',
        '\\bcurriculum\\s+for\\s+wales\\b',
        '\\bhwb\\b',
      ],
      crossBorder: [
        '\\bunique\\s+learner\\s+numbers?\\b',
        '\\buln\\b',
        '\\blearning\\s+records?\\s+service\\b',
        // The same in Welsh: "y Gwasanaeth Cofnodion Dysgu", "rhif dysgwr unigryw".
        '\\bg?wasanaeth\\s+cofnodion\\s+dysgu\\b',
        '\\brhif(?:au)?\\s+dysgwr\\s+unigryw\\b',
        // A pupil changing school across the border: "moves to", "transferred from", "joins us from", "comes to us from".
        '\\b(?:move|moves|moving|moved|transfer|transfers|transferring|transferred|join|joins|joining|joined|come|comes|coming|came|arrive|arrives|arriving|arrived)\\s+(?:us\\s+|to\\s+us\\s+)?(?:to|from)\\s+(?:an?\\s+|the\\s+)?(?:(?:school|schools|college|setting)\\s+in\\s+)?(?:england|wales)\\b',
        // The move said first, the schools over the border among where pupils go: "schools a learner moves on to,
        // including schools in England".
        '\\b(?:move|moves|moving|moved|transfer|transfers|transferring|transferred|go|goes)\\s+(?:on\\s+|up\\s+)?to\\b[^.;]{0,60}\\b(?:schools?|colleges?|settings?)\\s+in\\s+(?:england|wales)\\b',
        // The school over the border named first, the move after: "other schools in England if a family moves".
        '\\b(?:schools?|colleges?|settings?)\\s+in\\s+(?:england|wales)\\b[^.;]{0,30}\\b(?:if|when|where|once)\\b[^.;]{0,30}\\b(?:move|moves|moving|moved|relocate|relocates|relocating|relocated)\\b',
        // "leaves us for a school in England".
        '\\b(?:leave|leaves|leaving|left)\\s+(?:us\\s+)?for\\s+(?:an?\\s+|the\\s+)?(?:school|college|setting)\\s+in\\s+(?:england|wales)\\b',
        '\\b(?:cross[- ]border|across\\s+the\\s+border)\\b',
        // A service both nations' schools use: the DfE's School to School (S2S) service carries Welsh schools' transfer
        // files too ("used by schools in both Wales and England").
        '\\bschool\\s+to\\s+school\\s+(?:\\(s2s\\)\\s+)?(?:service|system|website)\\b|\\bs2s\\b',
        '\\bboth\\s+(?:in\\s+)?(?:england\\s+and\\s+wales|wales\\s+and\\s+england)\\b',
        // The other nation's record as something a pupil arrives with: "any Individual Development Plan brought from a
        // previous school".
        '\\b(?:brought|received|transferred|sent|passed)\\s+(?:to\\s+us\\s+)?from\\s+(?:a|an|their|the|his|her)\\s+(?:previous|former|old|last|earlier)\\s+(?:school|setting|college)\\b',
        // The other nation's practice set against the school's own: "they send their census to the Welsh Government
        // rather than to the DfE" (the pattern nation detection reads too).
        OTHER_NATION_PRACTICE.source,
        '\\b(?:attends?|attended)\\s+(?:an?\\s+)?(?:school|college)\\s+in\\s+(?:england|wales)\\b',
        '\\b(?:lives?|living|resident)\\s+in\\s+(?:england|wales)\\b',
        // One school over the border, as where a pupil goes or comes from: "This may be a school in England, in which case
        // we send the file through the DfE's service".
        '\\b(?:an?|another)\\s+(?:school|college|setting)\\s+in\\s+(?:england|wales)\\b',
        // Schools over the border among a pupil's previous ones: "any previous school, including schools in England", "any
        // other school the pupil attended before, including schools in England".
        '\\b(?:previous|former|other|earlier|last)\\s+schools?\\b[^.;]{0,40}\\b(?:including|such as|even|whether)\\b[^.;]{0,20}\\b(?:schools?|those|ones)\\s+in\\s+(?:england|wales)\\b',
        // The school said to be over the border: "if that school is in England, the file goes through the DfE's service".
        '\\b(?:school|college|setting)s?\\s+(?:is|are)\\s+in\\s+(?:england|wales)\\b',
        // A pupil placed by a council over the border: "learners placed with us by a local authority in England".
        '\\bplaced\\s+(?:with\\s+us\\s+|here\\s+)?by\\s+(?:an?\\s+|their\\s+)?(?:home\\s+)?(?:local\\s+authorit(?:y|ies)|councils?)\\s+in\\s+(?:england|wales)\\b',
        '\\b(?:english|welsh)\\s+(?:local\\s+authorit(?:y|ies)|councils?)\\s+(?:that|which|who)\\s+(?:place|places|placed|fund|funds)\\b',
        // The same move said in Welsh: "ysgol yn Lloegr" (a school in England), "symud i ysgol yn Lloegr" (moves to a school
        // in England), "o Loegr" (from England).
        '\\b(?:ysgol|ysgolion|coleg|lleoliad)\\s+yn\\s+lloegr\\b',
        '\\bsymud\\s+(?:i|o)\\b[^.;]{0,40}\\b(?:lloegr|loegr)\\b',
      ],
    },
  },
  {
    id: 'links-public-and-working',
    area: 'quality',
    severity: 'quality',
    ref: 'UK GDPR Art 12(1)',
    title: "Links are public and working (no intranet, no bare 'here')",
    shortTitle: 'Links public and working',
    guidance:
      'Privacy information must be easily accessible (UK GDPR Art 12). Links to a council intranet, a SharePoint site or a test page do not open for parents, and "click here" with no address cannot be checked when the page is printed or copied. Ask the school to link to public pages and show the address.',
    lookedFor:
      'intranet, internal, SharePoint, test or local addresses; mistyped gov.uk addresses; "at the link below:" with no link; "here" as the only link text',
    messages: {
      'one-link-public': '1 link checked: all public addresses, none bare "here".',
      'links-public': '{count} links checked: all public addresses, none bare "here".',
      'no-links': 'No links in the notice, and no text pointing to a missing link.',
      'unusable-links': 'Links the public cannot use: {findings}.',
    },
    options: {
      ...PRIVATE_ADDRESSES,
      retiredHosts: RETIRED_GOVERNMENT_HOSTS,
      pointerToLink: [
        '\\b(?:link|links|address|url|website|web\\s+page)\\s+below',
        '\\b(?:at|via|on|using|from)\\s+(?:this|the\\s+following)\\s+(?:link|address|url|web\\s+page)',
        // "on this website" with nothing after it is the site the reader is on ("Cookies on this website"); only a
        // colon makes it point to an address that should follow.
        '\\b(?:at|via|on|using|from)\\s+(?:this\\s+website\\s*:|the\\s+following\\s+website)',
        // Not "the school they go to": a pupil going somewhere is attending it, not following a link.
        // Nor "a school to go to".
        // Nor "the provision you go to" (the reader attends it; "you can go to" still points).
        '\\b(?<!\\b(?:they|he|she|we|who|which|that|child|children|pupils?|students?|learners?)\\s+(?:(?:will|may|might|then|later|usually|normally|also|could|can|would)\\s+)?)(?<!\\byou\\s+)(?<!\\b(?:school|college|nursery|setting|somewhere|anywhere|place)\\s+to\\s+)go\\s+to',
        // Not someone seeing what is listed: "So that a volunteer can do the job well, they see:", "What the officer can
        // and can't see:".
        '\\b(?<!\\bwhat\\b[^.:;]{0,40})(?<!\\b(?:they|he|she|we|who|which|that|staff|volunteers?|teachers?|child|children|pupils?|students?|learners?)\\s+(?:(?:will|may|might|can|could|would|only|also|then|usually|normally|do|does)\\s+){0,2})(?:visit|see|click\\s+on)\\s*:',
      ],
      // Not "the address below:", which a postal address may follow in the same paragraph.
      pointerToLinkInText: ['\\b(?:link|links|url|web\\s+page)\\s+below\\s*:'],
      bareLinkText: [
        '\\b(?:click(?:ing)?|tap(?:ping)?|press(?:ing)?)\\s+here\\b',
        '\\b(?:page|site|website|webpage|web\\s+page|guidance|document|form|policy|link|notice|leaflet|charter|information|details),?\\s+here\\b(?!\\s+(?:is|are|was|were|in|on|at|we|you|to|for|by|about|explains?)\\b)',
        '\\b(?:visit|see|found|available|find|read|view|download|access)\\b[^.:]{0,40}\\bhere\\s*[.!]?\\s*$',
        // A longer title between the reader's verb and "here": "You can read how the Department for Education uses early
        // years data here."
        '\\b(?:you can|you may|please)\\s+(?:read|see|find out|view)\\b[^.:]{0,80}\\bhere\\s*[.!]?\\s*$',
        // Another body's explanation pointed to: "The DfE explain what they do with it here."
        '\\b(?:department|dfe|government|ico|council|local authority|la)\\b[^.:]{0,20}\\b(?:explains?|sets? out|describes?|publishes|tells? you)\\b[^.:]{0,40}\\bhere\\s*[.!]?\\s*$',
      ],
      deadLinkText: [
        '\\b(?:policy|policies|schedule|procedure|document|guidance|leaflet|form|charter|handbook|pdf)\\b',
        '^\\s*(?:click\\s+)?here\\s*$',
        '^\\s*(?:this\\s+)?link\\s*$',
      ],
      privateLocation: [
        // A document placed on a staff-only system or in a staff-only room: "our retention schedule is kept on the staff
        // shared drive", "the policy can be found on the school intranet". Not data said to be stored there (security).
        "\\b(?:policy|policies|schedule|procedure|guidance|handbook)\\b(?:(?!\\b(?:data|information|records|files)\\b)[^.]){0,60}\\b(?:is|are|can\\s+be|may\\s+be)\\s+(?:found|available|kept|held|saved|stored|published|viewed|read|accessed|located|posted|displayed)\\s+(?:on|in|via|through)\\s+(?:the\\s+|our\\s+)?(?:[\\w'\u2019]+\\s+){0,2}(?:intranet|shared\\s+drive|network\\s+drive|staff\\s+drive|s\\s*:\\s*drive|staff\\s*room|sharepoint|staff\\s+(?:area|portal|network))\\b",
      ],
      publicRoute: [
        '\\bon\\s+request\\b',
        '\\brequest\\s+a\\s+copy\\b',
        '\\b(?:ask|contact)\\b',
        '\\b(?:school\\s+)?office\\b',
        '\\breception\\b',
        '\\bwebsite\\b',
      ],
      orphanLinkTitles: [
        'contact dfe',
        'data collection and censuses for schools',
        'national pupil database:? user guide and supporting information',
        'how dfe shares personal data',
        'dfe external data shares',
        'national pupil database requests received',
        'personal information charter',
        'data protection: how we collect and share research data',
      ],
      icoReplaced: [
        "\\b(?:information\\s+commissioner'?s\\s+office|ico)\\s+at\\s+(?!https?:|www\\.|ico\\.org)(?:the\\s+)?[a-z][\\w' -]{0,30}?\\b(?:cc|cbc|mbc|council|county\\s+council|borough\\s+council)\\b",
      ],
      knownGovUkSegments: [
        'data-collection-and-censuses-for-schools',
        'national-pupil-database-user-guide-and-supporting-information',
        'data-protection-how-we-collect-and-share-research-data',
        'national-pupil-database-requests-received',
        'personal-information-charter',
        'how-dfe-shares-personal-data',
        'dfe-external-data-shares',
        'data-protection-and-privacy-privacy-notices',
        'complete-the-school-census',
        'privacy-information-early-years-foundation-stage-to-key-stage-3',
        'privacy-information-key-stage-4-and-5-and-adult-education',
        'data-management-information-privacy-notice',
        'data-collection-and-information-management-for-schools',
        'department-for-education',
      ],
      maxEditDistance: 2,
    },
  },
  {
    id: 'no-template-residue',
    area: 'quality',
    severity: 'quality',
    ref: 'UK GDPR Art 12(1)',
    title: 'No placeholders, empty lists, or text left from another organisation',
    shortTitle: 'No template leftovers',
    guidance:
      'A notice with "[insert school name]", unfinished choices, empty lists or paragraphs from a council or supplier contract was copied from a template and not finished, so parents are not told what the school really does. Ask the school to complete and proof-read it.',
    lookedFor:
      'placeholders ("[insert", "xxx"), template choices ("for / in"), lead-ins with no list, sentences cut off mid-way, Word artefacts ("[bookmark: _GoBack]"), council or supplier-agreement text',
    messages: {
      'no-residue': 'No placeholders, unfinished choices, empty lists, cut-off sentences or text from another organisation found.',
      residue: 'Template leftovers: {findings}.',
    },
    options: {
      placeholders: [
        // "[email protected]" is how a page hides an email address from scrapers, not a template field.
        '\\[(?!\\s*email\\s+protected\\s*\\])\\s*(?:insert|enter|add|type|name|school|academy|trust|date|link|url|local\\s+authority|la|dpo|contact|address|telephone|phone|e-?mail|details|your|x{2,}|\\.{3})\\b[^\\]]{0,60}\\]',
        '\\[\\s*(?:x{2,}|\\.{3})\\s*\\]',
        // A single X standing for a number left unfilled: "kept for [X] years" (not a ticked box "[x] I agree").
        '\\[\\s*x\\s*\\]\\s*(?:years?|months?|weeks?|days?|hours?)\\b',
        // A role in brackets where the person's name goes: a letter signed "[Chair of Governors]", "[Headteacher]".
        '\\[\\s*(?:(?:the|our)\\s+)?(?:chair(?:\\s+of\\s+(?:the\\s+)?governors)?|head\\s?teacher|head\\s+of\\s+school|principal|(?:school\\s+)?business\\s+manager|office\\s+manager|clerk(?:\\s+to\\s+(?:the\\s+)?governors)?|data\\s+protection\\s+(?:officer|lead)|dpo|signature|signatory)\\s*\\]',
        // A field naming what goes there by what it is of: "[provider of youth support services]", "[address of the
        // local authority]", "[supplier of the MIS]".
        '\\[\\s*(?:the\\s+)?(?:provider|supplier|company|organisation|organization|service|body|name|address|details|e-?mail|website|title|date|number|contact)\\s+of\\s+(?:the\\s+|your\\s+|our\\s+)?[a-z][a-z -]{0,50}\\]',
        // Or by what it is, last: "[Health Centre provider]", "[booking app name]", "[catering supplier]"; a party to a
        // contract by its kind alone too: "maintained by [CONTRACTOR]", "[supplier]".
        "\\[\\s*(?:(?:[a-z][a-z'-]*\\s+){1,4}(?:name|app|system|platform)|(?:[a-z][a-z'-]*\\s+){0,4}(?:contractor|provider|supplier|processor|company|organisation|organization)s?)\\s*\\]",
        // One of several bodies of a kind, numbered where its name goes: "[Partner School 3]", "[School 2]", "[College 1]".
        "\\[\\s*(?:[a-z][a-z'-]*\\s+){0,2}(?:school|academy|college|nursery|setting|trust|partner|provider|venue|site)\\s+\\d{1,2}\\s*\\]",
        // A council template's field for the part of the council using it: "HOW THE [SERVICE AREA] KEEPS INFORMATION SECURE".
        '\\[\\s*(?:the\\s+)?(?:service(?:\\s+area)?|department|directorate|team|unit)(?:\\s+name)?\\s*\\]',
        // A numbered field left blank: "[POLICY NO.]", "[charity number]", "[registration no]".
        '\\[\\s*(?:[a-z]+\\s+){1,3}(?:no\\.?|number|ref(?:erence)?)\\s*\\]',
        // The same field by its usual short name: "Ofsted number: [URN]", "[UPN]", "DfE number [LAESTAB]".
        '\\[\\s*(?:urn|upn|laestab|dfe\\s+(?:no\\.?|number)|ico\\s+(?:registration\\s+)?(?:no\\.?|number))\\s*\\]',
        // A name field run together, often inside an address: "dataprotection@[schoolname].sch.uk", "[SchoolName]".
        '\\[\\s*(?:your\\s*)?(?:school|academy|trust|setting|nursery|pre-?school|college)[\\s_-]?name\\s*\\]',
        // An instruction to whoever fills in the template: "[check with LA]", "[describe funding purpose]", "[TBC]".
        // Also addressed to whoever fills it in: "[Client to confirm period]", "[School to add]".
        // An editing note to the template's user, as "X to ..." or "X: ...": "[school to confirm]", "[Schools: add any
        // additional systems used locally here, e.g. ...]" (a note may run to a sentence).
        TEMPLATE_INSTRUCTION_SOURCE,
        '<\\s*(?:insert|enter|school\\s+name|name\\s+of)[^>]{0,60}>',
        '\\{\\s*(?:insert|school|name|date|trust)[^}]{0,40}\\}',
        // The same form field in braces: "{DPO name}", "{telephone number}".
        '\\{[^}\\n]{0,40}\\b(?:name|date|address|e-?mail|telephone|phone|number|postcode|details|website)s?\\b[^}\\n]{0,30}\\}',
        '(?<![a-z0-9])x{3,}(?![a-z0-9])',
        // A template's sample values left in: "Joe Bloggs, Office Manager", "Mr A. N. Other", "Anytown Primary Academy, 1 Any
        // Street", "dpo@schoolname.sch.uk".
        '\\b(?:joe|jane|john|joseph|fred)\\s+bloggs\\b',
        '\\b(?:(?:mr|mrs|ms|miss|dr)\\.?\\s+)?a(?:\\.\\s?|\\s)n(?:\\.\\s?|\\s)other\\b',
        '\\bany\\s?town\\b|\\bany\\s+(?:street|road|lane|avenue)\\b',
        SAMPLE_ADDRESS,
        SAMPLE_PHONE,
        // A count or a time left as two x's: "within XX working days", "open XX:XX to XX:XX".
        '(?<![a-z0-9])xx\\s+(?:working\\s+|school\\s+|calendar\\s+)?(?:days?|weeks?|months?|years?|hours?)\\b|(?<![a-z0-9])xx[:.]xx(?![a-z0-9])',
        // A number left half-written: "Direct line: 01632 965xxx".
        // (From the start of the digits only: a long run of digits is read once, not once for each digit.)
        '(?<!\\d)\\d{2,}\\s?x{2,}\\b',
        '\\bclick\\s+(?:or\\s+tap\\s+)?here\\s+to\\s+enter\\s+(?:text|a\\s+date)\\b',
        '\\bdelete\\s+as\\s+(?:appropriate|applicable|necessary)\\b',
        // A bracketed note to keep or cut a passage: "[... DELETE IF NOT APPLICABLE]", "[Remove this paragraph if your
        // school does not use biometrics]".
        '\\[[^\\]\\n]{0,160}\\b(?:delete|remove|omit)\\s+(?:this\\s+(?:paragraph|section|sentence|line|part|row|bullet|item)\\s+)?(?:if|where|when|unless)\\b[^\\]\\n]{0,100}\\]',
        '\\b(?:delete|remove)\\s+if\\s+not\\s+(?:applicable|appropriate|relevant|needed|required|used)\\b',
        // An instruction to whoever publishes the template: "replace text in grey before publishing", "tailor the
        // highlighted sections before publication".
        '\\b(?:replace|delete|remove|update|amend|edit|complete|customi[sz]e|tailor|check)\\b[^.\\n]{0,60}\\bbefore\\s+(?:publishing|publication|uploading|issuing|use)\\b',
        // A bracketed form field left blank ("[headteacher's name]", "[DPO email address]"); "[email protected]" is a page's
        // hidden address, not a template.
        '\\[(?![^\\]\\n]{0,12}\\bprotected\\b)[^\\]\\n]{0,40}\\b(?:name|date|address|e-?mail|telephone|phone|number|postcode|details|website)s?\\b[^\\]\\n]{0,30}\\]',
        // A person's post left as its field: "CCTV Data Controller Representative: [job title]", "[role]", "[surname]"
        // (a field with "name" in it is read by the form-field pattern below).
        '\\[\\s*(?:job\\s+title|role|position|post|title|surname|forename)s?\\s*\\]',
        // A cross-reference left unnumbered: "is given in Appendix [X]", "see section [x]".
        '\\b(?:appendix|annex|annexe|section|schedule|part|paragraph|page|table)\\s+\\[\\s*(?:x+|n|#|\\?+)\\s*\\]',
        // A date left as the names of its parts: "next reviewed in [MONTH YEAR]", "[day/month/year]", "[Term Year]".
        '\\[\\s*(?:day|month|year|term)(?:\\s{0,3}[/,-]?\\s{0,3}(?:day|month|year|term)){0,2}\\s*\\]',
        // A length of time left to fill in: "We hold pupil data for [time period]", "[retention period]".
        '\\[\\s*(?:(?:time|retention|storage|holding)\\s+)?(?:period|duration|timescale|time\\s*frame|length\\s+of\\s+time|number\\s+of\\s+(?:years|months))\\s*\\]',
        '\\bchoose an item\\b',
        '\\blorem ipsum\\b',
        // A page builder's default left in an accordion or block: "New question" / "Type your answer here", "Your text goes here".
        '\\b(?:type|enter|add|write|insert)\\s+(?:your\\s+)?(?:answer|text|content|description)\\s+here\\b|\\b(?:your\\s+)?(?:text|content)\\s+goes\\s+here\\b',
        '\\binsert\\s+(?:school|academy|trust|name|date|details|link|contact)\\b',
        // A date left as its pattern: "XX/XX/20XX", "dd/mm/yyyy", "reviewed in 20XX".
        '(?<![\\w/])(?:xx|dd)\\s?[/.-]\\s?(?:xx|mm)\\s?[/.-]\\s?(?:\\d{2})?(?:xx|yy){1,2}(?![\\w/])',
        '\\b(?:19|20)xx\\b',
        // The same pattern left as dots or underscores: "reviewed on ../../20..", "next review: __/__/____". Not a form's own
        // date line for the reader to fill in ("Date: __/__/____", "Signed ... Dated ../../....").
        '(?<!\\b(?:sign(?:ed|ature)?|dated?)\\s*:?\\s*)(?<![\\w/.])(?:\\.{2}|_{2})\\s?/\\s?(?:\\.{2}|_{2})\\s?/\\s?(?:\\d{2})?(?:\\.{2}|_{2}){1,2}(?![\\w/])',
        // A mail-merge field never merged: "<<DPO email>>", "«School»", "{{academy_name}}", "{school_name}".
        '<<[^<>\\n]{1,40}>>',
        '\\{\\{[^{}\\n]{1,40}\\}\\}',
        '\\{\\s*[a-z]+(?:_[a-z]+)+\\s*\\}',
        '\u00ab[^\u00bb\\n]{1,40}\u00bb',
        // A detail still to come: "Our DPO is TBC", a person left as "Mrs X", a number left as "? years".
        '\\b(?:tbc|tba|tbd)\\b',
        '\\b(?:mr|mrs|ms|miss|dr)\\.?\\s+x\\b(?![\\w-])',
        '(?<![\\w?])\\?\\s+(?:years?|months?|weeks?|days?)\\b',
        // A period still to fill in: "kept for XX years", "n months".
        '(?<![\\w-])(?:xx|n)\\s+(?:years?|months?|weeks?|days?)\\b',
        // A drafting note left for the author: "[DN: confirm wording]", "[Note to drafter: ...]", "[TODO ...]".
        '\\[\\s*(?:dn|drafting\\s+note|note\\s+to\\s+(?:drafter|editor|self|author)|editor\x27?s\\s+note|todo|to\\s+do|nb)\\s*[:\\-\u2013]',
        // A blank to write in, left in running text ("email the office at ______"); a form's own signature or date
        // line ("Signed: ______") is meant to be filled in by the reader, and a line of underscores or dots alone is a
        // divider or a reply slip's writing line.
        '(?<!\\b(?:sign(?:ed|ature)?|date|name|print(?:ed)?|class|form|year|group|relationship|tel(?:ephone)?|e-?mail|address|child|pupil|parent|carer)(?:[\\x27\\u2019]?s)?(?:\\s+name)?(?:\\s*\\([^)\\n]{0,30}\\))?\\s*:?\\s*)(?<!_)_{4,}(?!_)(?<!^\\s*_+)',
        '(?<!\\b(?:sign(?:ed|ature)?|date|name|print(?:ed)?|class|form|year|group|relationship)(?:\\s*\\([^)\\n]{0,30}\\))?\\s*:?\\s*)(?<!\\.)(?!(?<=^\\s*)\\.+\\s*$)\\.{5,}(?!\\s*\\d)',
      ],
      slashChoices: [
        // "to / from school" names both directions of a journey: a pair, not a choice left open.
        '\\b(?!to\\s+/\\s+from\\b|from\\s+/\\s+to\\b)(?:for|in|on|at|to|by|with|from|of|under|within|after|until)\\s+/\\s+(?:for|in|on|at|to|by|with|from|of|under|within|after|until)\\b',
        '\\[[^\\]/]{1,40}\\s/\\s[^\\]]{1,40}\\]',
        // "[25/30]", "[school/academy]": a choice of words or numbers in brackets (a bracketed address has dots or colons).
        "\\[[\\w £%'\u2019-]{1,30}/[\\w £%'\u2019-]{1,30}\\]",
        '\\b(?:school|academy|trust)\\s*/\\s*(?:academy|trust|school)\\s*/\\s*(?:academy|trust|school)\\b',
      ],
      editorArtefacts: [
        '\\[bookmark:?[^\\]]{0,200}\\]',
        '\\b_GoBack\\b',
        '\\berror!\\s+(?:bookmark\\s+not\\s+defined|reference\\s+source\\s+not\\s+found|no\\s+text\\s+of\\s+specified\\s+style)',
        '\\b(?:HYPERLINK|MERGEFIELD|PAGEREF)\\s+"',
        '\\[(?:comment\\s*\\d*|[A-Z]{1,3}\\d{1,3})\\]',
        // Tracked-change balloons printed with the text: "Formatted: Font: Arial, 11 pt".
        '\\bformatted:\\s+(?:font|indent|normal|justified|left|right|cent(?:er|re)d|line spacing|highlight|space|list|bulleted|numbered|english|no underline|underline|bold|italic|tab stops)\\b',
      ],
      listPromises: [
        '\\bto',
        '\\binclud(?:e|es|ing)(?:\\s+the\\s+following)?',
        // "the following:", "the following organisations:", "the following kinds of data:".
        // "the following about your child's health:".
        "\\b(?:the\\s+)?following(?:\\s+[a-z'\u2019]+){0,5}",
        // "are set out in this list:", "see the list:".
        '\\b(?:this|the|our)\\s+list',
        '\\bas\\s+follows',
        '\\bby',
        '\\bof',
        '\\bare',
        '\\bwith',
        '\\bsuch\\s+as',
        '\\bfor\\s+example',
        '\\be\\.g\\.?',
        '\\bbelow',
      ],
      cutOffEndings: [
        '\\b(?:the|a|an|of|to|for|with|and|or|at|by|from|via|on|in|is|are|our|your|including|e\\.g\\.?)',
        '\\bsuch\\s+as(?:\\s+the)?',
        '\\bcontact',
        ',',
        // A clause that stops at its verb, the object never written: "... their record goes with them. We also share".
        // Not a title's question clause ("What we collect and what we share").
        '(?<!\\b(?:what|how|why|who|whom|which|where|when|that)\\s+)\\b(?:we|they|the\\s+school|the\\s+academy)\\s+(?:also\\s+|may\\s+|will\\s+|can\\s+|then\\s+)?(?:share|send|pass|give|provide|use|collect|keep|hold|include)',
        // Or at its helping verb: "... and with your agreement they may".
        '(?<!\\b(?:what|how|why|who|whom|which|where|when|that|if|as|whenever)\\s+)\\b(?:we|they|you|it)\\s+(?:also\\s+)?(?:may|will|can|must|might|should|would|could)',
      ],
      councilAbbreviation: '\\b[A-Z]{1,4}(?:CBC|MBC|BC|CC|DC)\\b',
      notCouncils: ['BBC', 'ICC', 'ABC', 'PCC'],
      councilVerbs: [
        'uses?\\b',
        'will\\b',
        'may\\b',
        'can\\b',
        'holds?\\b',
        'processes\\b',
        'collects?\\b',
        'shares?\\b',
        'keeps?\\b',
        'needs?\\b',
        'must\\b',
        'might\\b',
        'would\\b',
        "'s\\b",
        'is\\s+the\\s+(?:data\\s+)?controller\\b',
      ],
      councilActor: ["\\b[Tt]he Council(?:'s)?\\b(?!\\s+(?:for|of|tax)\\b)(?!\\s*\\))"],
      councilAsController: [
        // "the Council will respond to your request within one month", "the Council aims to reply within a month"
        '\\b[Tt]he Council\\b[^.]{0,40}\\b(?:will|shall|must|aims? to|tries to|should|is required to)\\s+(?:respond|reply|answer)\\b',
        // "unhappy with how the Council has handled your personal information"
        "\\b[Tt]he Council\\s+(?:has\\s+)?(?:handled|mishandled|dealt with|processed)\\s+(?:your|you|the reader's)\\b",
        // the council's front desk given as the notice's: "The Council's opening hours are 9am to 5pm"
        "\\b[Tt]he Council's\\s+(?:opening\\s+(?:hours|times)|offices?\\s+(?:are|is)\\s+open)\\b",
        // "For any queries about this notice, please contact the Council's Education Data Team"
        "\\b(?:queries|questions|concerns)\\s+(?:about|on|regarding)\\s+this\\s+(?:notice|policy|document)\\b[^.]{0,60}\\b[Tt]he Council's\\b",
      ],
      councilOwnHoldings: [
        '\\b(?:it|the Council|the council|they)\\s+(?:holds?|keeps?|has\\s+(?:about|on))\\b',
        '\\bheld\\s+by\\s+the\\s+[Cc]ouncil\\b',
        "\\b(?:the\\s+)?[Cc]ouncil's\\s+own\\s+(?:records|information|data)\\b",
      ],
      councilServices: [
        '\\bcouncil\\s+tax\\b[^.]{0,60}\\b(?:waste|refuse|bins?|recycling|parking|planning)\\b',
        // The reader sent on to the council's desks for its own business: "For enquiries about Council Tax, please contact".
        '\\b(?:enquiries|queries|questions)\\s+(?:about|on|regarding)\\s+(?:your\\s+)?council\\s+tax\\b',
      ],
      councilSiblingServices: [
        '\\b(?:our|other)\\s+(?:other\\s+|wider\\s+)?council\\s+services\\b',
        // A council's corporate desks in its own voice: "please contact our Customer Feedback Team".
        '\\bour\\s+(?:corporate\\s+)?(?:customer\\s+(?:feedback|services?|relations|contact)|corporate\\s+complaints)\\s+(?:team|centre|center|unit|service)\\b',
      ],
      notLocalCouncils: [
        'school',
        'schools',
        'student',
        'pupil',
        'youth',
        'joint',
        'british',
        'arts',
        'research',
        'privy',
        'parish',
        'sports?',
        'careers',
        'governing',
      ],
      processorLabels: [
        '\\bsubject\\s+matter\\s+of\\s+the\\s+processing\\b',
        '\\bduration\\s+of\\s+the\\s+processing\\b',
        '\\bnature\\s+and\\s+purposes?\\s+of\\s+the\\s+processing\\b',
        '\\btypes?\\s+of\\s+personal\\s+data\\b',
        '\\bcategories\\s+of\\s+data\\s+subjects?\\b',
        '\\bplan\\s+for\\s+return\\s+and\\s+destruction\\b',
        '\\bsub[- ]?processors?\\b',
        '\\bprocessing,\\s+personal\\s+data\\s+and\\s+data\\s+subjects\\b',
      ],
      minProcessorLabels: 3,
    },
  },
];
