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
  '(?:only|not) (?:set|use|place|load|store|drop) (?:any )?(?:non-essential|optional|analytics?|marketing|advertising|these|other|third[- ]party|cookies|them|it)(?: cookies)?[^.]{0,40}(?:unless|until|if|without|before|once)',
  '(?:until|unless|only (?:if|when|after|once)) you (?:have )?(?:accept|consent|agree|opt in|allow|give|click|choose|select|press|tap)',
  // "A banner asks whether you accept analytics cookies": the visitor is asked first.
  '\\b(?:banner|pop-?up|message|panel)\\b[^.]{0,40}\\basks?\\b[^.]{0,20}\\b(?:whether|if) you (?:accept|agree|consent|allow)',
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
  // Asked as a question ("whether you accept"), the visitor can also say no.
  '\\basks?\\b[^.]{0,20}\\b(?:whether|if) you (?:accept|agree|consent|allow)',
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
    messages: {
      'present-with-entries': 'A cookie notice is present, with {count} declared entries.',
      'present-with-one-entry': 'A cookie notice is present, with 1 declared entry.',
      'present-without-table': 'A cookie notice is present (no cookie table was found in it).',
      'nothing-about-cookies': 'The document given as the cookie notice says nothing about cookies.',
      'no-notice-no-cookies':
        'No cookie notice was given or found, and no cookies were observed (a capture without site permission returns none): check the site for a cookie page.',
      'no-notice-cookies-set': 'No cookie notice was given or found, but the site set {count} cookies ({names}).',
      'no-notice-one-cookie-set': 'No cookie notice was given or found, but the site set 1 cookie ({names}).',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so no cookie is named.',
      'types-without-names': 'The notice describes cookies by type but names none.',
      'no-cookie-table': 'No cookie names were found: there is no cookie table or list.',
      'no-real-names': 'No entry gives a real cookie name: {problems}.',
      'no-real-names-unexplained': 'No entry gives a real cookie name.',
      'some-named': '{count} entries named correctly, but {problems}.',
      'one-named': '1 entry named correctly, but {problems}.',
      'all-named': 'Every entry names its cookies ({names}).',
      'near-miss-note': '{count} names close to but not the real cookie name ({pairs})',
      'near-miss-one-note': '1 name close to but not the real cookie name ({pairs})',
      'company-only-note': '{count} entries naming only a company ({companies})',
      'company-only-one-note': '1 entry naming only a company ({companies})',
      'type-only-note': '{count} entries naming only a type of cookie',
      'type-only-one-note': '1 entry naming only a type of cookie',
      'unnamed-prose-note': 'cookies described by type without names',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so no purpose is given.',
      'general-only': 'Purposes are described in general terms, with no cookie table to tie them to cookies.',
      'none-given': 'No purpose is given for any cookie.',
      'every-entry': 'Every declared entry says what it is for ({count}).',
      'no-entry': 'No declared entry says what its cookie is for ({missing}); the text only says when they are set.',
      'some-entries': '{given} of {total} entries give a purpose; the others only say when or by whom the cookie is set ({missing}).',
    },
    options: {
      purposeWords: [
        '\\bused? (?:to|for)\\b',
        '\\b(?:set|used|placed) by [^.]{1,60}? to [a-z]+',
        '\\bto (?:estimate|group|understand|deliver|personali[sz]e|serve|check|detect|test|save|support|monitor|optimi[sz]e|verify|authenticate|log you in)\\b',
        '\\buses? (?:it|this|them) (?:to|for)\\b',
        '\\bhelps?\\b',
        '\\bto (?:keep|remember|store|identify|distinguish|track|measure|analy[sz]e|count|enable|allow|provide|prevent|protect|record|collect|improve|show|display|play|balance|route|throttle|limit)\\b',
        '\\b(?:keeps?|remembers?|stores?|identif(?:y|ies)|distinguish(?:es)?|tracks?|measures?|counts?|enables?|allows?|prevents?|protects?|records?|collects?|registers?|throttles?)\\b',
        // What a cookie does, in a table's purpose cell: "Maintains your session", "Saves your choices", "Determines whether ...".
        '\\b(?:maintains?|saves?|establish(?:es)?|determines?|indicates?|manages?|recogni[sz]es?|personali[sz]es?|checks?|tells?|gathers?|provides?|supports?|shows?|holds? (?:your|the|a) (?:session|preferences?|choices?|settings?|consent))\\b',
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so no cookie lifetime is given.',
      'every-entry': 'Every declared entry gives a lifetime ({count}).',
      'some-entries': '{given} of {total} entries give a lifetime; missing for {missing}.',
      'general-only': 'Lifetimes are described only in general terms (session / persistent), not for each cookie.',
      'none-for-entries': 'No expiry or duration is given for any of the {count} declared entries.',
      'none-for-one-entry': 'No expiry or duration is given for the one declared entry.',
      'none-given': 'No expiry or duration is given for any cookie.',
    },
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
    messages: {
      'none-found': 'No third-party cookies or embeds were found in the notice or the capture.',
      'no-notice': 'No cookie notice names the third parties: {gaps}.',
      'no-notice-none-named': 'No cookie notice names the third parties: none is named.',
      'no-company-named': 'Third-party cookies are in play but no company is named.',
      'no-company-named-gaps': 'Third-party cookies are in play but no company is named: {gaps}.',
      'named-with-gaps': 'Named: {companies}; but {gaps}.',
      named: 'The third parties are named: {companies}.',
      'analytics-unnamed-note': 'the analytics provider is not named',
      'companies-unnamed-note': 'cookies from {companies} are set but those companies are not named',
      'company-unnamed-note': 'cookies from {companies} are set but that company is not named',
    },
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
    messages: {
      'set-before-consent': '{count} non-essential cookies were set before any consent was given: {names}.',
      'set-before-consent-one': '1 non-essential cookie was set before any consent was given: {names}.',
      'set-after-reject': '{count} non-essential cookies were set after the visitor rejected cookies: {names}.',
      'set-after-reject-one': '1 non-essential cookie was set after the visitor rejected cookies: {names}.',
      'no-notice-nothing-needing-consent': 'No cookie notice, and no analytics, advertising or embed cookies were observed.',
      'no-notice-cookies-observed':
        'No cookie notice was found; {count} non-essential cookies were observed, {captured}: check the banner by hand.',
      'no-notice-one-cookie-observed':
        'No cookie notice was found; 1 non-essential cookie was observed, {captured}: check the banner by hand.',
      'implied-consent':
        'The notice relies on implied consent ("by continuing to use this site"), which is not valid consent under UK GDPR Art 4(11).',
      'opt-in-with-reject': 'The notice describes opt-in consent with a way to refuse.{verifiedNote}',
      'opt-in-without-reject': 'The notice describes asking for consent but no equally easy way to refuse ("Reject all").{verifiedNote}',
      'browser-settings-only':
        'The notice leaves cookie choices to browser settings. Browsers accept cookies by default, so this is not opt-in consent (PECR reg 6).',
      'strictly-necessary-only': 'The notice declares only strictly necessary cookies, which need no consent.',
      'no-consent-mechanism': 'The notice describes no way of asking for consent before non-essential cookies are set.',
      'verified-before-consent-note': ' The capture taken before consent showed no non-essential cookies.',
      'not-verified-accepted-note': ' Not verified: the cookies were captured after the visitor accepted cookies.',
      'not-verified-unknown-note': ' Not verified: the consent state of the capture is unknown.',
      'not-verified-no-capture-note': ' Not verified against the site: no observed cookies were given.',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so nothing is categorised.',
      mislabelled: 'Labelled strictly necessary but not: {cookies}.',
      'essential-claim-but-listed':
        'The notice says only essential cookies are used (or that no consent is needed), yet it lists {cookies}.',
      'essential-claim-but-set':
        'The notice says only essential cookies are used (or that no consent is needed), yet the site set {cookies}.',
      'not-categorised': 'Cookies are not categorised (strictly necessary or not), so visitors cannot tell which need consent.',
      categorised: 'Cookies are categorised and nothing non-essential is labelled strictly necessary.',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so there is no way to change cookie choices.',
      'on-site-control': 'Visitors can change or withdraw their cookie consent on the site.',
      'strictly-necessary-only': 'Only strictly necessary cookies are declared, so no consent needs withdrawing.',
      'browser-only':
        'Only browser instructions for blocking or deleting cookies are given; there is no cookie-settings control to withdraw consent (UK GDPR Art 7(3)).',
      'not-found': 'The notice gives no way to change or withdraw cookie consent.',
    },
    // No analytics wording: whether consent is in play is read from the cookie table, the capture and the vendors named.
    options: { withdraw: WITHDRAW, browserInstructions: BROWSER_INSTRUCTIONS, analyticsMention: [] },
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
    messages: {
      'none-found': 'No embedded videos, maps or social media content were found.',
      undisclosed: 'Embedded content sets cookies the notice does not disclose: {names}.',
      'no-notice': 'Embedded content sets cookies and there is no cookie notice to disclose it.',
      gated: 'Embedded content is disclosed and loads only after consent.',
      'set-on-arrival': 'Embeds are disclosed, but their cookies were set on arrival, with no consent banner found: {names}.',
      'set-early': 'Embeds are disclosed, but their cookies were set {capture}: {names}.',
      'privacy-mode':
        'Embeds are disclosed and use a privacy-enhanced mode, but youtube-nocookie still stores data when a video plays: gate embeds behind consent.',
      'not-gated': 'Embedded content is disclosed ({companies}) but not gated behind consent and no privacy-enhanced mode is mentioned.',
    },
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
    messages: {
      'no-analytics': 'No analytics cookies were found in the notice or the capture.',
      'consent-based': 'Analytics are set with consent, so the statistical-purposes exception is not relied on.',
      'no-notice': "Analytics cookies were set without consent ({names}) and there is no cookie notice to meet the exception's conditions.",
      'session-recording':
        '{vendors} records individual visits, which the statistical-purposes exception does not cover: consent is needed.',
      'before-exception': 'Analytics are used, and before {from} analytics cookies always needed prior consent (PECR reg 6).',
      'notice-predates-exception':
        'The cookie notice is dated {date}, before the exception existed ({from}), so it cannot rely on it: analytics need consent.',
      'no-objection-route': 'Analytics run without consent but the notice does not meet PECR Sch A1 para 5: it does not give {missing}.',
      'conditions-missing': 'Analytics run without consent; the notice offers a way to object but does not give {missing}.',
      'google-analytics-not-processor':
        'The notice meets the wording of the exception, but uses Google Analytics without saying Google acts only as a processor (data sharing off); standard GA4 is unlikely to qualify.',
      'conditions-met':
        'Analytics without consent: the notice states the statistical purpose, a free way to object, and that the provider acts as a processor.',
      'statistical-purpose-note': 'the statistical purpose',
      'objection-route-note': 'a simple, free way to object',
      'processor-note': "that the provider acts only as the school's processor",
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so no law is cited.',
      outdated:
        'The cookie notice uses outdated legal framing or obsolete browser advice (EU-era cookie law, Internet Explorer, BlackBerry).',
      'amended-law': 'The cookie notice reflects PECR as amended by the Data (Use and Access) Act 2025.',
      'pecr-before-2026':
        'PECR is cited, but the notice does not reflect the changes in force from 5 February 2026 (note only if it is otherwise consent-based).',
      'no-law': 'The cookie notice cites no law (PECR) and does not mention the 2026 changes.',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so there is no date.',
      undated: 'The cookie notice has no date.',
      stale: 'The cookie notice is dated {date}, more than {months} months before {asOf}.',
      'before-uk-gdpr': 'The cookie notice is dated {date}, before UK GDPR took effect.',
      dated: 'The cookie notice is dated {date}.',
    },
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
    messages: {
      'no-notice': 'No cookie notice was given or found, so there is no link to the privacy notice.',
      'linked-with-misleading-claim':
        'The notice points to the privacy notice but also claims cookies give no information about the visitor, which is wrong: cookie identifiers are personal data.',
      linked: 'The cookie notice links to the privacy notice or explains how cookie data is handled as personal data.',
      'inside-privacy-policy':
        'The cookie information is part of the website privacy policy itself, which explains how personal data is handled.',
      'misleading-claim':
        'The notice claims cookies give no information about the visitor; cookie identifiers are personal data, and there is no link to the privacy notice.',
      'not-found': 'The cookie notice neither links to the privacy notice nor says how cookie data is handled as personal data.',
    },
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
    messages: {
      'no-capture': 'No observed cookies were given, so the cookie table cannot be compared with what the site sets.',
      'empty-capture': 'The capture holds no cookies (a browser without permission for the site returns none): nothing to compare.',
      undeclared: '{count} cookies the site sets are not in the cookie table: {names}.',
      'undeclared-one': '1 cookie the site sets is not in the cookie table: {names}.',
      'roughly-declared': 'Every cookie is at least roughly declared, but {problems}.',
      'unlisted-necessary-note': '{count} strictly necessary cookies not listed ({names})',
      'unlisted-necessary-one-note': '1 strictly necessary cookie not listed ({names})',
      'loosely-declared-note': '{count} cookies covered only by a company name or a misspelt name ({pairs})',
      'loosely-declared-one-note': '1 cookie covered only by a company name or a misspelt name ({pairs})',
      'all-declared': 'All {count} observed cookies are declared by name.',
      'one-declared': 'The 1 observed cookie is declared by name.',
    },
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
    messages: {
      'no-capture': 'No observed cookies were given, so declared lifetimes cannot be checked.',
      'nothing-to-compare': 'Nothing to compare: no observed cookie has both a declared lifetime and a known expiry.',
      'all-within': 'All {count} compared cookies last no longer than 1.5 times their declared lifetime.',
      'one-within': 'The 1 compared cookie lasts no longer than 1.5 times its declared lifetime.',
      'some-longer': '{longer} of {total} cookies last more than 1.5 times their declared lifetime: {names}.',
    },
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
    messages: {
      'no-capture': 'No cookies were captured from the site, so what a reject leaves behind could not be seen.',
      'no-banner': 'No consent banner was found, so there was nothing to reject: the cookies were set on arrival.',
      'no-consent-manager': 'No consent banner was found, so there was nothing to reject ({note}).',
      'reject-not-captured': 'Cookies could not be captured after rejecting: {note}.',
      'reject-not-tried': 'The cookies were not captured after rejecting them: reject cookies in the banner, reload, and audit again.',
      'needing-consent-set': 'After "Reject", {count} cookies that need consent were still set: {cookies}.',
      'needing-consent-set-one': 'After "Reject", a cookie that needs consent was still set: {cookies}.',
      'unclear-set': 'After "Reject", {cookies} were still set: check whether they are strictly necessary.',
      'unclear-set-one': 'After "Reject", {cookies} was still set: check whether it is strictly necessary.',
      'only-necessary': 'After "Reject", only strictly necessary cookies were set ({count}).',
    },
    options: {},
  },
];
