// Checklist data for the cookies checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';

// Phrase lists are regex sources over normalised, lower-cased text (checklist.md §3).
const IMPLIED_CONSENT = [
  'by (?:continuing|continued) (?:to use|use of|to browse|browsing)',
  'if you continue (?:to use|to browse|browsing|using)',
  'deemed to (?:have )?(?:accept|consent|agree)',
  'implied consent',
  '(?:you|visitors) (?:agree|consent) to (?:our|the) use of cookies (?:by|when|if)',
];
const BROWSER_ONLY = [
  'browser settings',
  'modify your browser',
  '(?:change|adjust|set|configure) your (?:web )?browser',
  'browsers? (?:automatically |usually )?accepts? cookies',
  'settings (?:of|in) your (?:web )?browser',
];
// The 2012-era definition "asks permission to be placed on your computer's hard drive" is not a consent mechanism.
const BOILERPLATE = ['asks? permission to be placed', 'once you agree, the file is added'];
const OPT_IN = [
  '(?:only|not) (?:set|use|place|load|store|drop) (?:any )?(?:non-essential|optional|analytics?|marketing|advertising|these|other|third[- ]party|cookies)(?: cookies)?[^.]{0,40}(?:unless|until|if|without|before|once)',
  '(?:until|unless|only (?:if|when|after|once)) you (?:have )?(?:accept|consent|agree|opt in|allow|give|click)',
  'ask(?:s|ing)? (?:for )?your (?:consent|permission) (?:before|to set|to use|for)',
  'with your (?:prior |explicit )?(?:consent|permission)',
  '(?:cookie|consent) (?:banner|tool|manager|management platform|pop-?up|notice bar)',
  'accept all',
  'you can choose which (?:cookies|categories)',
  '\\b(?:cookiebot|cookieyes|onetrust|civic cookie control|complianz|termly|osano|iubenda|borlabs)\\b',
  '(?:switched|turned) off by default',
  '\\bopt[- ]in\\b',
];
const REJECT = [
  'reject all',
  '(?:reject|decline|refuse) (?:all |non-essential |optional |analytics? |marketing )?(?:cookies )?(?:using|via|on|in|from) (?:the|our) (?:banner|tool|settings|panel|pop-?up)',
  '(?:reject|decline|refuse) (?:all|non-essential|optional|analytics?|marketing)',
  '(?:necessary|essential) (?:cookies )?only',
  '\\btoggle',
  '(?:turn|switch) (?:them |these |it )?off',
  'without (?:accepting|consenting)',
];
const WITHDRAW = [
  'change your (?:cookie )?(?:settings|preferences|consent|choices?|mind)',
  'withdraw (?:your )?consent',
  'manage (?:your )?(?:cookie )?(?:settings|preferences|consent|choices)',
  'update your (?:cookie )?(?:settings|preferences|choices|consent)',
  'revisit (?:your )?(?:cookie )?(?:settings|choices|preferences)',
  '(?:cookie|privacy) (?:settings|preferences) (?:link|button|icon|page|panel|at the (?:foot|bottom))',
];
const BROWSER_INSTRUCTIONS = [
  '\\bbrowser\\b',
  '(?:block|remove|delete|clear) (?:and (?:remove|delete) )?cookies',
  '\\b(?:internet explorer|firefox|chrome|safari|opera|microsoft edge)\\b',
];
const ANALYTICS_MENTION = [
  '\\banalytics?\\b',
  'traffic log',
  'statistic',
  'how (?:visitors|people|users|you) use (?:our|the|this) (?:web)?site',
  'analy[sz]e (?:web |site |page )*traffic',
  'which pages',
];

export const COOKIES_ITEMS: ChecklistItemInput[] = [
  {
    id: 'ck-notice-present',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6 / Sch A1',
    title: 'A cookie notice exists',
    shortTitle: 'Cookie notice',
    guidance:
      'A website that stores cookies must tell visitors clearly what they are for. Publish a cookie notice (often a page called "Cookies") and link to it from every page.',
    lookedFor: 'a cookie heading ("How we use cookies", "Cookie policy"), a cookie table, or a separate cookie notice',
    options: {},
  },
  {
    id: 'ck-names-listed',
    area: 'cookies',
    severity: 'required',
    ref: 'ICO cookie guidance',
    title: 'Each cookie is named',
    shortTitle: 'Cookies named',
    guidance:
      'List each cookie by its real name (for example _ga, PHPSESSID), not just the company ("YouTube") or a type ("traffic log cookies"). A cookie scan of the site gives the exact names.',
    lookedFor: 'a cookie table or list giving cookie names',
    options: {
      unnamedCategory: [
        '\\bwe use (?:\\w+ ){0,2}(?:traffic log|analytics?|tracking|performance|statistics?|third[- ]party|marketing|advertising) cookies\\b',
        '\\b(?:traffic log|tracking) cookies\\b',
      ],
    },
  },
  {
    id: 'ck-purposes',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6 / Sch A1 para 2(1)(a)',
    title: 'Purpose of each cookie',
    shortTitle: 'What each cookie is for',
    guidance:
      'Say what each cookie (or group of cookies) is for, in plain words: "keeps you logged in", "counts visits so we can improve the site". Saying only when a cookie is set ("if we embed a video") is not a purpose.',
    lookedFor: 'a purpose beside each cookie ("used to", "helps us", "remembers", "keeps you logged in")',
    options: {
      purposeWords: [
        '\\bused? (?:to|for)\\b',
        '\\b(?:set|used|placed) by [^.]{1,60}? to [a-z]+',
        '\\bto (?:estimate|group|understand|deliver|personali[sz]e|serve|check|detect|test|save|support|monitor|optimi[sz]e|verify|authenticate|log you in)\\b',
        '\\buses? (?:it|this|them) (?:to|for)\\b',
        '\\bhelps?\\b',
        '\\bto (?:keep|remember|store|identify|distinguish|track|measure|analy[sz]e|count|enable|allow|provide|prevent|protect|record|collect|improve|show|display|play|balance|route|throttle|limit)\\b',
        '\\b(?:keeps?|remembers?|stores?|identif(?:y|ies)|distinguish(?:es)?|tracks?|measures?|counts?|enables?|allows?|prevents?|protects?|records?|collects?|registers?|throttles?)\\b',
        '\\banaly[sz](?:e|es|is)\\b',
        '\\bsecurity\\b',
        '\\bpreferences?\\b',
        '\\blogged in\\b',
        '\\bstatistic',
        '\\badvertis',
        '\\bmarketing\\b',
        '\\bload[- ]balanc',
        '\\bsession (?:state|id|identifier)\\b',
      ],
      // Sentences that say when or by whom a cookie is set, not what it is for (seed 004 L125).
      notPurpose: [
        '^(?:this |it |these |they )?(?:cookie )?(?:may|will|can|is|are)? ?(?:only )?(?:be )?set (?:if|when)',
        '^only set (?:if|when)',
        'set by them',
        'governed by (?:their|its) (?:own )?privacy',
        'can be found at',
        'see (?:their|its)',
      ],
      prosePurpose: [
        '\\bcookies? (?:help|helps|allow|allows|enable|enables) us\\b',
        '\\bwe use (?:\\w+ ){0,3}cookies? to\\b',
        '\\bthis helps us\\b',
        '\\bused to (?:identify|analy[sz]e|remember|keep|distinguish)\\b',
      ],
    },
  },
  {
    id: 'ck-duration',
    area: 'cookies',
    severity: 'required',
    ref: 'ICO cookie guidance',
    title: 'How long each cookie lasts',
    shortTitle: 'How long cookies last',
    guidance:
      'Give each cookie its lifetime: "session" (deleted when the browser closes) or a period such as "2 years". The ICO expects visitors to know how long cookies stay on their device.',
    lookedFor: 'an expiry or duration for each cookie ("session", "24 hours", "2 years")',
    options: {
      proseDuration: [
        '\\bsession cookies? (?:are|is) (?:deleted|removed|erased)',
        '(?:deleted|removed|expire[sd]?) when you close (?:your|the) browser',
        '\\bpersistent cookies? (?:remain|stay|last|are stored)[^.]{0,40}\\b(?:\\d+|until)',
        '\\bexpires? (?:after|in) \\d+ (?:minutes?|hours?|days?|weeks?|months?|years?)',
      ],
    },
  },
  {
    id: 'ck-third-parties',
    area: 'cookies',
    severity: 'required-if',
    ref: 'PECR reg 6; DUAA 2025 s.112',
    title: 'Third parties setting cookies are named',
    shortTitle: 'Third parties named',
    guidance:
      'Name every outside company whose cookies your pages cause to be set (Google Analytics, YouTube, Facebook and so on) and link to their privacy information. The school is responsible for the cookies its pages bring in.',
    lookedFor: 'the names of the companies that set cookies (Google, YouTube, Vimeo, Meta, X), with links to their policies',
    options: {
      thirdPartyWords: [
        '\\b(?:3rd|third)[- ]party (?:cookies?|services?|providers?|sites?)\\b',
        '\\bset by (?:them|third parties|other (?:sites|companies))\\b',
      ],
      analyticsMention: ANALYTICS_MENTION,
    },
  },
  {
    id: 'ck-prior-consent',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6(2)(b); UK GDPR Art 4(11), 7',
    title: 'Non-exempt cookies only after opt-in consent',
    shortTitle: 'Consent before cookies',
    guidance:
      'Analytics, advertising and video or social cookies may only be set after the visitor says yes, through a banner with "Accept" and an equally easy "Reject". "By continuing to use this site you agree" and "change your browser settings" are not consent.',
    lookedFor: 'a consent banner or tool with opt-in and a reject option, and a statement that non-essential cookies wait for consent',
    options: { impliedConsent: IMPLIED_CONSENT, browserOnly: BROWSER_ONLY, boilerplate: BOILERPLATE, optIn: OPT_IN, reject: REJECT },
  },
  {
    id: 'ck-strictly-necessary-accuracy',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6(4) / Sch A1 para 4',
    title: 'Nothing non-essential is labelled strictly necessary',
    shortTitle: 'Essential cookies labelled correctly',
    guidance:
      'Group cookies into "strictly necessary" (login, security, load balancing, remembering the cookie choice) and the rest. Analytics, video and social media cookies are never strictly necessary and need consent.',
    lookedFor: 'cookie categories (strictly necessary / analytics / functional / marketing) and which cookies are in each',
    options: {
      categorised: [
        'strictly necessary',
        '\\bessential cookies\\b',
        '\\bnecessary cookies\\b',
        '\\bnon-essential\\b',
        '\\b(?:functional|functionality|performance|analytics?|analytical|statistics?|statistical|marketing|advertising|targeting|preference|preferences) cookies\\b',
        '\\bcookie categor(?:y|ies)\\b',
      ],
      essentialClaim: [
        '\\bwe (?:only|just) use (?:strictly )?(?:necessary|essential) cookies\\b',
        '\\bonly (?:strictly )?(?:necessary|essential) cookies (?:are|will be) (?:used|set)\\b',
        "\\b(?:do not|does not|don't|doesn't) (?:require|need) (?:your )?consent\\b",
      ],
    },
  },
  {
    id: 'ck-withdraw-change',
    area: 'cookies',
    severity: 'required-if',
    ref: 'UK GDPR Art 7(3)',
    title: 'Consent can be changed or withdrawn on the site',
    shortTitle: 'Change cookie choices',
    guidance:
      'Visitors must be able to change their mind as easily as they said yes: add a "Cookie settings" link on every page. Instructions for blocking cookies in a browser are not enough on their own.',
    lookedFor: 'a way to change or withdraw cookie consent on the site ("cookie settings", "change your preferences", "withdraw consent")',
    options: { withdraw: WITHDRAW, browserInstructions: BROWSER_INSTRUCTIONS },
  },
  {
    id: 'ck-embedded-content',
    area: 'cookies',
    severity: 'recommended',
    ref: 'PECR reg 6 (instigated storage)',
    title: 'Embedded content (video, social) disclosed and gated',
    shortTitle: 'Videos and social media embeds',
    guidance:
      'Embedded YouTube or Vimeo videos, maps and social media feeds set their own cookies. Say so, and only load them after the visitor agrees (a "click to load" placeholder). YouTube\'s privacy-enhanced mode still stores data when the video plays.',
    lookedFor: 'mention of embedded videos, maps or social feeds, and that they load only after consent',
    options: {
      embedWords: ['\\bembed(?:ded|s)?\\b', '\\bwidgets?\\b', '\\b(?:videos?|maps?|feeds?) from\\b'],
      gated: [
        "(?:will not|won't|do not|don't|does not) (?:load|play|show|display|appear)[^.]{0,60}(?:until|unless)",
        '(?:only|not) (?:be )?(?:loaded|shown|displayed|played)[^.]{0,40}(?:after|until|once|unless|if) you (?:accept|consent|agree|allow|click)',
        'click to (?:load|play|view|show)',
        'blocked until',
        '(?:videos?|embeds?|content|maps?|feeds?) (?:are|is|will be) blocked',
      ],
      privacyMode: ['youtube-nocookie', 'privacy[- ]enhanced mode', 'dnt=1', 'do not track'],
    },
  },
  {
    id: 'ck-analytics-exception',
    area: 'cookies',
    severity: 'required-if',
    ref: 'PECR Sch A1 para 5 (from 5 Feb 2026)',
    title: 'Analytics without consent meets the statistical-purposes exception',
    shortTitle: 'Analytics without consent',
    guidance:
      'Since 5 February 2026 simple website statistics may run without consent only if the notice explains them, gives a simple free way to object, and the analytics company only processes the data for the school. Before that date, analytics always needed consent. Session-recording tools never qualify.',
    lookedFor:
      "for analytics set without consent: the statistical purpose, a free way to object (opt-out), and that the provider acts only as the school's processor",
    options: {
      exceptionFrom: '2026-02-05',
      analyticsMention: ANALYTICS_MENTION,
      statisticalPurpose: [
        '\\bstatistic',
        '\\baggregate',
        'improve (?:our|the|this) (?:web)?site',
        'how (?:visitors|people|users|you) use',
        'analy[sz]e (?:web |site |page )*traffic',
        'which pages',
      ],
      objectionRoute: [
        '\\bopt[- ]?out\\b',
        '\\bobject to\\b',
        '(?:turn|switch) off (?:analytics|these|statistics|this)',
        '\\btoggle',
        'gaoptout',
        'browser add-on',
        '\\buntick',
        '(?:decline|refuse|reject) (?:analytics|statistics)',
      ],
      processor: [
        '\\bprocessor\\b',
        'on our behalf',
        '(?:not|never) (?:be )?shared (?:with|except)',
        '(?:does|do|will) not share',
        'data processing (?:agreement|terms)',
        'data sharing (?:settings )?(?:is |are )?(?:turned |switched )?off',
      ],
    },
  },
  {
    id: 'ck-current-law',
    area: 'cookies',
    severity: 'quality',
    ref: 'PECR as amended by DUAA 2025',
    title: 'Cookie notice cites current law',
    shortTitle: 'Up-to-date cookie law',
    guidance:
      'Refer to the Privacy and Electronic Communications Regulations (PECR) as amended by the Data (Use and Access) Act 2025, not "EU cookie law" or the 2012 rules, and remove advice for obsolete browsers such as Internet Explorer or BlackBerry.',
    lookedFor: 'PECR or the Data (Use and Access) Act 2025; outdated wording such as "EU cookie law" or obsolete browser lists',
    options: {
      obsolete: [
        '\\beu cookie (?:law|directive)\\b',
        '\\be-?privacy directive\\b',
        '\\b(?:recent|new) (?:uk and eu|eu|european) (?:law|laws|legislation|directive)',
        '\\beu law on (?:handling )?cookies',
        '\\buk and eu law\\b',
        '\\bicc uk cookie guide',
        'came into force (?:in the uk )?on (?:25|26)(?:th)? may 2012',
        '\\binternet explorer\\b',
        'kb/196955',
        '\\bblackberry\\b',
        '\\bwindows phone\\b',
        'bin/answer\\.py',
      ],
      current: ['privacy and electronic communications', '\\bpecr\\b'],
      amended: ['data \\(use and access\\) act', 'data use and access act', '\\bduaa\\b', 'storage and access technologies', 'schedule a1'],
    },
  },
  {
    id: 'ck-last-updated',
    area: 'cookies',
    severity: 'recommended',
    ref: 'ICO guidance',
    title: 'Cookie notice is dated',
    shortTitle: 'Cookie notice dated',
    guidance:
      'Put a "last updated" date on the cookie notice and review it at least every two years, or whenever the website adds a new tool or embed.',
    lookedFor: 'a date on the cookie notice ("Last updated 3 March 2026")',
    options: {
      staleMonths: 24,
      dateCue: [
        'last (?:updated|reviewed|revised|modified)',
        '\\bupdated(?: on)?\\b',
        'effective (?:from|date)',
        'review(?:ed)? (?:date|on)',
        'date of (?:issue|review)',
        '\\bversion\\b',
        '^date\\b',
      ],
    },
  },
  {
    id: 'ck-personal-data-link',
    area: 'cookies',
    severity: 'recommended',
    ref: 'UK GDPR',
    title: 'Cookie notice links to the privacy notice',
    shortTitle: 'Link to privacy notice',
    guidance:
      "Cookie identifiers and IP addresses are personal data. Link the cookie notice to the school's privacy notice, or say what lawful basis applies and whether data goes abroad (Google, Meta and Vimeo are US companies).",
    lookedFor: "a link or reference to the school's privacy notice, or a statement that cookie data is personal data with its lawful basis",
    options: {
      privacyReference: [
        "\\b(?:our|the school'?s?|this school'?s?|the trust'?s?) (?:\\w+ )?privacy (?:notice|policy|statement)",
        '\\bsee (?:the |our )?privacy (?:notice|policy)',
      ],
      personalData: [
        '\\bpersonal (?:data|information)\\b[^.]{0,80}\\b(?:consent|lawful basis|uk gdpr|legitimate|transfer)',
        '\\blawful basis\\b',
        '\\buk gdpr\\b',
      ],
      // The widely copied 2012 template line ("A cookie in no way gives us access to your computer or any information about you") and its variants.
      misleading: [
        "(?:in no way|does not|doesn't|cannot|can't|will not|never) gives? us (?:any )?access to (?:your computer or )?any (?:personal )?information about you",
        "(?:do not|does not|don't|doesn't|never) (?:collect|store|contain|hold) (?:any )?personal (?:data|information)",
        'cannot (?:be used to )?identify you',
      ],
    },
  },
  {
    id: 'ck-all-observed-declared',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6(2)(a)',
    title: 'Every cookie the site actually sets is declared in its cookie table',
    shortTitle: 'All cookies declared',
    guidance:
      'Compare the cookie table with the cookies the site really sets (a cookie scan). Every cookie found should be in the table under its real name; remove entries for cookies the site no longer uses.',
    lookedFor: 'each cookie the site set, by name, in the cookie table',
    options: {},
  },
  {
    id: 'ck-declared-durations-match',
    area: 'cookies',
    severity: 'recommended',
    ref: 'ICO cookie guidance',
    title: 'Declared durations match observed expiry (within 1.5x)',
    shortTitle: 'Cookie lifetimes accurate',
    guidance:
      'The lifetimes in the cookie table should match what the site really sets. A cookie declared as "session" or "24 hours" that lasts a year misleads visitors.',
    lookedFor: 'observed expiry no more than 1.5 times the declared duration',
    options: { tolerance: 1.5 },
  },
  {
    // An addition beyond the canonical checklist: it needs the cookies seen after a reject, which only a capture can show.
    id: 'ck-reject-honoured',
    area: 'cookies',
    severity: 'required',
    ref: 'PECR reg 6',
    title: 'Rejecting cookies works: nothing that needs consent is set after "Reject"',
    shortTitle: 'Reject is honoured',
    guidance:
      'When a visitor clicks "Reject", analytics, advertising and video or social cookies must not be set, and any already set should be removed. Test the banner: reject, reload the page and check which cookies remain.',
    lookedFor: 'the cookies the site set after the visitor rejected cookies in its consent banner',
    addition: true,
    options: {},
  },
];
