// Checklist data for the government checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';
import { RETIRED_GOVERNMENT_HOSTS } from '../quality/items';

// The school saying it sends no pupil-level data to government ("as an independent school we do not take part in the
// pupil-level school census", "no information about individual pupils goes to the National Pupil Database"): the NPD
// and the government's own privacy information are then not about its pupils (checklist.md 2.20-2.22).
const NO_PUPIL_LEVEL_RETURN = [
  "\\b(?:we|us|our (?:school|setting|nursery)|the (?:school|setting|nursery))\\b[^.]{0,60}\\b(?:do not|does not|don't|doesn't|never|are not|is not)\\b[^.]{0,20}\\b(?:take part in|complete|submit|send|return|make|participate in|provide|contribute to)\\b[^.]{0,30}\\b(?:pupil[- ]level|(?:school|early years) census|national pupil database|NPD)\\b",
  '\\b(?:pupil[- ]level|individual pupils?|identif(?:y|ies|iable))\\b[^.]{0,60}\\b(?:is|are) (?:therefore )?not (?:sent|submitted|passed|provided|returned|added) to the (?:national pupil database|NPD)\\b',
  // The pupils' own details said to stay out of it: "our pupils' details do not go into the DfE's National Pupil Database".
  "\\b(?:pupils?|children|child|students?)(?:'s|s'|\\u2019s|s\\u2019)? (?:personal )?(?:details|information|data|records)\\b[^.]{0,20}\\b(?:do not|does not|don't|doesn't|never|are not|is not)\\s+(?:go|goes|get|gets|sent|added|passed|included|entered)\\b[^.]{0,20}\\b(?:into|to|in)\\b[^.]{0,20}\\b(?:national pupil database|NPD)\\b",
];

// A notice about parents' own data beside a separate pupil notice: it points to the pupil notice for the child's data
// and says the parents' own details are not sent to government ("We do not send your own details to the Department for
// Education in the school census. The pupil privacy notice explains what is sent about your child."). The census, the
// NPD and the government's use of pupil data are then the pupil notice's subject, not this one's (checklist.md 2.20-2.22).
const PARENTS_OWN_NOTICE = {
  parentsOnlyPointer: [
    "\\b(?:our|the|a|separate) (?:separate )?(?:pupil|student|learner|child(?:ren)?'?s?) privacy notice\\b[^.]{0,40}\\b(?:explains|covers|sets out|describes|tells you|is about|says)\\b",
  ],
  parentsOnlyNotSent: [
    "\\b(?:do not|don't|never|does not|doesn't|are not|is not)\\s+(?:send|share|pass|give|provide|include|sent|shared|passed|given|provided|included)\\b[^.]{0,20}\\b(?:your own|your|parents'?|carers'?)\\s+(?:own\\s+)?(?:personal\\s+)?(?:details|information|data)\\b[^.]{0,40}\\b(?:department for education|dfe|welsh government|census)",
  ],
};

// The school saying it does not share with youth support services, as the end of its reasoning ("so we do not ...").
const SO_WE_DO_NOT_SHARE =
  '\\bso\\s+(?:we|the school|the academy)\\s+(?:do|does|will)\\s+not\\s+(?:share|pass|send|give)\\b[^.]{0,60}\\byouth support\\b';

/** What a childcare club is called, in its title or in the sentence saying what it is. */
const CLUB_KIND = '(?:clubs?|holiday camps?|wrap[- ]?around care|play ?schemes?)';
// A notice for a childcare club, named at the start of its title, with no funded early education: no census return of its
// own.
const CHILDCARE_CLUB = {
  // The title opens on the club's name: "Little Owls Club", "Bookends Club: how we use your family's information", "Early
  // Larks Breakfast Clubs".
  clubTitle: [`^\\W{0,3}(?:[\\w'\\u2019&-]+\\s+){0,4}?${CLUB_KIND}\\b`],
  // Or its opening says what it is: "Kestrel Kids is the after-school and holiday club at ...", "Clubhouse Kids is the
  // out-of-school childcare service run by ..." (not "Oakfield is a primary school with a breakfast club").
  clubSelfDescription: [
    `^(?:[\\w'\\u2019&-]+\\s+){1,4}(?:is|are)\\s+(?:the|an?|our)\\s+(?:(?!(?:school|academy|nursery|with|has|runs|offers|provides)\\b)[\\w'\\u2019-]+\\s+){0,5}?(?:${CLUB_KIND}|(?:childcare|care) service)\\b`,
  ],
  clubFunded: [
    "\\bfunded (?:early (?:education|years)|childcare|hours|entitlement)\\b|\\bfree early (?:education|years)\\b|\\bearly years'? census\\b|\\bearly (?:education|years) funding\\b|\\b(?:15|30|fifteen|thirty)[- ]hours?\\b",
  ],
};
const CLUB_MESSAGE = (what: string) =>
  `This notice is for a childcare club (so named in its title or opening) that mentions no funded early education: it makes no census return, so ${what}.`;
const UNFUNDED_MESSAGE = (what: string) =>
  `This notice is for an early-years setting that is not a school and mentions neither funded early education nor government returns (or says it has none): it makes no Early Years Census return, so ${what}.`;

export const GOVERNMENT_ITEMS: ChecklistItemInput[] = [
  {
    id: 'census-sharing-statutory',
    area: 'notice',
    severity: 'required',
    ref: 'Education Act 1996 s.537A; Education (Information About Individual Pupils) (England) Regs 2013 / (Wales) Regs 2007',
    title: 'Statutory sharing with DfE or Welsh Government',
    shortTitle: 'Census sharing with government',
    guidance:
      'Schools must send pupil data to the Department for Education (England) or the Welsh Government (Wales) through the school census / PLASC; the notice should say so and cite the right law for its nation.',
    lookedFor:
      '"We share pupils\' data with the DfE / Welsh Government on a statutory basis", the school census or PLASC, and the pupil information regulations',
    messages: {
      'not-found':
        'No statutory sharing with the Department for Education or Welsh Government found: looked for "We share pupils\' data with the DfE on a statutory basis", the school census or PLASC.',
      'dfe-named-in-wales':
        "Statutory sharing is described with the Department for Education (England), not the government of the school's nation (wales).",
      'welsh-government-named-in-england':
        "Statutory sharing is described with the Welsh Government, not the government of the school's nation (england).",
      'wales-cites-england-law':
        'The Welsh Government is named, but the law cited is the Education (Information About Individual Pupils) (England) Regulations 2013; a Welsh school shares under the (Wales) Regulations 2007.',
      'england-cites-wales-law':
        'The Department for Education is named, but the law cited is the (Wales) Regulations; an English school shares under the (England) Regulations 2013.',
      'described-with-gateway': 'Statutory sharing with government is described. The legal gateway is cited.',
      'described-without-gateway':
        'Statutory sharing with government is described. The legal gateway (s.537A Education Act 1996 / the pupil information regulations) is not cited, which is recommended.',
      'sharing-without-collection':
        'Sharing with government is mentioned, but neither the statutory collection (school census / PLASC) nor the law requiring it is given.',
      'parents-own-notice':
        "This notice is about parents' own data: it says their details are not sent to government and points to the pupil notice for what is sent about the child.",
      'childcare-club': CLUB_MESSAGE('there is no statutory sharing with government to describe'),
      'early-years-unfunded': UNFUNDED_MESSAGE('there is no statutory sharing with government to describe'),
      'no-pupil-census':
        'The notice says the school does not return the pupil-level census (for example an independent school), so there is no statutory pupil-level sharing to describe.',
    },
    appliesTo: 'pupil-notice',
    options: {
      recipientEngland: ['department for education|\\bDfE\\b|secretary of state'],
      recipientWales: ['welsh government|llywodraeth cymru|welsh ministers'],
      // Every verb of handing data over: "supply individual pupil records to the Secretary of State", "give", "transfer".
      share: [
        'share',
        'provide',
        'pass',
        'send',
        // The passive: "some information about pupils is sent to the Department for Education".
        '\\bsent\\b',
        'submit',
        'report',
        'return',
        'suppl(?:y|ies|ied|ying)',
        '\\bgiv(?:e|es|en|ing)\\b',
        'transfer',
        'disclos',
        'forward',
        'ma(?:ke|de|kes) available',
        // The government as the one receiving: "the Department receives pupil-level information from us".
        '\\b(?:receiv(?:e|es|ed|ing)|gets?|obtains?|collects?)\\b[^.]{0,80}\\bfrom (?:us|the school|schools|the academy|the unit|this school)\\b',
        // Told in plain words: "what we have to tell the DfE", "we notify the Department when a pupil leaves".
        '\\btell(?:s|ing)?\\b|\\btold\\b|\\bnotif(?:y|ies|ied|ying)\\b|\\binform(?:s|ed|ing)?\\b',
      ],
      // Data coming to the school from the government ("the DfE gives us access to records") is not sharing with it,
      // unless the sentence also has the school handing data over.
      incoming: [
        '\\b(?:gives?|given|sends?|sent|provides?|provided|pass(?:es|ed)?|shares?|shared|suppl(?:y|ies|ied)|transfer(?:s|red)?|forward(?:s|ed)?|tells?|told|notif(?:y|ies|ied)|informs?|informed)\\s+(?:on\\s+)?(?:to\\s+|with\\s+)?us\\b',
      ],
      outgoing: ['\\bwe\\b[^.]{0,30}\\b(?:share|pass|send|disclose|provide|give|report|submit|suppl|return|transfer|tell|notify|inform)'],
      collection: [
        "school census|early years'? census|\\bcensus\\b",
        '\\bPLASC\\b|pupil level annual school census',
        'statutory (?:basis|data collections?|returns?)',
        'post[- ]16 data collection|national data collection|\\bNDC\\b|welsh examinations database',
        'daily attendance data',
        // A sixth-form or further-education college's statutory return: the Individualised Learner Record.
        '\\bindividuali[sz]ed learner records?\\b|\\bILR\\b',
      ],
      // The census regulations, not the Education (Pupil Information) Regulations on seeing the educational record.
      lawEngland: ['(?<!pupil information\\)\\s?)\\(england\\) regulations'],
      lawWales: ['(?<!pupil information\\)\\s?)\\(wales\\) regulations'],
      lawEither: ['section 537a|s\\.? ?537a'],
      // The school saying it makes no pupil-level census return ("As an independent school we do not take part in the
      // termly pupil-level census"): like an unfunded early-years setting, it has none to describe (checklist.md 2.20).
      ...PARENTS_OWN_NOTICE,
      ...CHILDCARE_CLUB,
      noPupilCensus: [
        "\\b(?:do not|does not|don't|doesn't|never|not)\\s+(?:take part in|participate in|complete|submit|return|make|contribute to)\\b[^.]{0,40}\\bpupil[- ]level\\b[^.]{0,30}\\bcensus",
        '\\bnot (?:required|obliged|expected) to (?:take part in|complete|submit|return|make)\\b[^.]{0,40}\\bpupil[- ]level\\b[^.]{0,30}\\bcensus',
      ],
    },
  },
  {
    id: 'national-pupil-database',
    area: 'notice',
    severity: 'recommended',
    ref: 'DfE model privacy notice',
    title: 'National Pupil Database section',
    shortTitle: 'National Pupil Database',
    guidance:
      "The DfE template explains that census data goes into the National Pupil Database and links to DfE's guidance; a Welsh school should describe the Welsh Government's own database with gov.wales links.",
    lookedFor:
      '"The National Pupil Database (NPD)" with a link to the DfE NPD guidance (or, in Wales, the Welsh Government equivalent with a gov.wales link)',
    messages: {
      'not-found': 'No National Pupil Database section: looked for "The National Pupil Database (NPD)".',
      'not-found-wales':
        'No National Pupil Database section: looked for "The National Pupil Database (NPD)" or a description of how the Welsh Government uses pupil data for statistics.',
      'wales-links-to-england': "The NPD text was adapted to Wales but still links to DfE's England NPD guidance.",
      'wales-names-the-department': 'The NPD text was adapted to Wales but still names "the Department" as the actor.',
      'wales-links-to-england-and-names-the-department':
        'The NPD text was adapted to Wales but still links to DfE\'s England NPD guidance and names "the Department" as the actor.',
      'wales-linked': "The Welsh pupil database is described, with a link to the Welsh Government's information.",
      'wales-no-link': 'The Welsh pupil database is described, but no gov.wales link is given.',
      'england-linked': "The NPD is described, with a link to DfE's NPD guidance.",
      'nation-unknown-linked': 'The pupil database is described, with a link to government information.',
      'link-without-description':
        "The National Pupil Database is named only as a label over a link to DfE's guidance; the notice does not say what it is or how pupils' data goes into it.",
      'link-lost': 'The NPD is described, but the link to the guidance was lost (the link text has no address).',
      'no-link': "The NPD is described, but there is no link to DfE's NPD guidance.",
      'no-pupil-level-return':
        "The notice says the school sends no pupil-level data to the Department for Education, so the National Pupil Database does not hold its pupils' records.",
      'parents-own-notice':
        "This notice is about parents' own data, which does not go into the National Pupil Database; it points to the pupil notice for the child's data.",
      'childcare-club': CLUB_MESSAGE('the National Pupil Database holds nothing from it'),
      'early-years-unfunded': UNFUNDED_MESSAGE('the National Pupil Database holds nothing from it'),
    },
    appliesTo: 'pupil-notice',
    options: {
      // Also by what it is: "the Welsh Government keeps this in its national pupil-level datasets".
      mention: ['national pupil(?:[- ]level)? data ?(?:base|set)|\\bNPD\\b'],
      walesEquivalent: [
        'welsh government uses? (?:pupil|this|the) (?:data|information)',
        'education statistics for wales',
        // "It uses this information to fund and plan education and to publish official statistics", "... and uses them to
        // plan and fund education and to produce official statistics".
        // Or of the database the returns are built into: "It uses the database to produce statistics".
        '\\buses? (?:(?:this|the|pupil|that|these) (?:data|information|database|records|returns)|them|it)\\b[^.]{0,80}\\b(?:official |national )?statistics',
        'statistics (?:on|about) (?:schools|education) in wales',
        // The returns or the database said to be used for statistics, passively: "It keeps the returns in its national pupil
        // data for Wales, which is used to produce education statistics".
        '\\b(?:is|are) used (?:to (?:produce|publish|compile|create|make)|for)\\b[^.]{0,60}\\bstatistics\\b',
        // "The Welsh Government uses PLASC to fund schools, to produce national statistics and to support research", "The
        // Welsh Government uses it to count how many children are in Welsh schools and to plan money and teachers".
        '\\bwelsh government (?:uses?|holds?|links?|keeps?|combines?)\\b[^.]{0,160}\\b(?:statistics|research|count|counts|plan|plans|planning|fund|funds|funding)\\b',
      ],
      // "How the Welsh Government uses the data is explained at gov.wales/...": a signpost to its privacy notice (checklist
      // 2.22), not a description of its pupil database.
      walesSignpostOnly: [
        '\\b(?:is|are) (?:explained|described|set out) (?:at|on|in)\\b|^(?:for (?:more )?(?:information|details) (?:on|about)|to (?:find out|see|read)) how\\b',
      ],
      englandLinks: [
        'gov\\.uk/government/(?:publications|collections)/national-pupil-database',
        'find-npd-data',
        'gov\\.uk/government/publications/dfe-external-data-shares',
        'gov\\.uk/guidance/national-pupil-database',
      ],
      walesLinks: ['gov\\.wales', 'llyw\\.cymru'],
      leftover: ['\\bthe department\\b(?! for)', 'children in england', 'schools in england'],
      ...PARENTS_OWN_NOTICE,
      ...CHILDCARE_CLUB,
      noPupilLevelReturn: NO_PUPIL_LEVEL_RETURN,
      lostLink: [
        '\\bhere\\s*\\.?$',
        '(?:go to|visit|see)\\s*(?::\\s*)?$',
        "please (?:look on|visit) the (?:welsh )?government'?s? (?:website|page|site)",
      ],
    },
  },
  {
    id: 'how-government-uses-data',
    area: 'notice',
    severity: 'recommended',
    ref: 'DfE model privacy notice',
    title: "Signpost to the government's own privacy information",
    shortTitle: 'How government uses the data',
    guidance:
      "Families should be pointed to the government's own explanation of what it does with pupil data (gov.uk for DfE, gov.wales for the Welsh Government), with a working address.",
    lookedFor: 'a gov.uk or gov.wales link to the data-collection, data-sharing or privacy pages, or "To contact DfE"',
    messages: {
      linked: "The notice links to the government's own information about pupil data.",
      'page-named': 'The notice names the government page about how it uses pupil data.',
      'retired-site': 'The only government link points to a closed government site, so it no longer works.',
      'malformed-link': 'The only government link is malformed.',
      'signpost-without-address':
        'The notice points to the government website, but gives no address (the link text, such as "here", has no URL).',
      'not-found':
        'No signpost to how the government uses pupil data: looked for gov.uk data-collection or privacy pages (or gov.wales in Wales), or "To contact DfE".',
      'no-pupil-level-return':
        "The notice says the school sends no pupil-level data to the Department for Education, so the government's use of pupil data does not concern its pupils.",
      'parents-own-notice':
        "This notice is about parents' own data, which is not sent to government; it points to the pupil notice for what is sent about the child.",
      'childcare-club': CLUB_MESSAGE("the government's use of pupil data does not concern it"),
      'early-years-unfunded': UNFUNDED_MESSAGE("the government's use of pupil data does not concern it"),
    },
    appliesTo: 'pupil-notice',
    options: {
      links: [
        'gov\\.uk/education/data-collection-and-censuses-for-schools',
        // The research-data page, at the root or under the section GOV.UK files it in ("/guidance/").
        'gov\\.uk/(?:guidance/)?data-protection-how-we-collect-and-share-research-data',
        'gov\\.uk/contact-dfe',
        'personal-information-charter',
        'gov\\.uk/government/publications/(?:privacy-information|dfe-external-data-shares|national-pupil-database-requests-received|data-protection-and-privacy)',
        'gov\\.uk/government/organisations/department-for-education',
        'gov\\.uk/guidance/(?:complete-the-school-census|school-census)',
        'gov\\.wales/(?:data-management|data-collection|statistics-and-research|.*privacy)',
        'llyw\\.cymru',
      ],
      malformed: ['data-collectionand', 'censuses-for-school(?!s)'],
      ...PARENTS_OWN_NOTICE,
      ...CHILDCARE_CLUB,
      noPupilLevelReturn: NO_PUPIL_LEVEL_RETURN,
      retiredHosts: RETIRED_GOVERNMENT_HOSTS,
      namedPages: [
        'personal information charter',
        'how government uses your data[^.]{0,40}gov',
        'privacy information:? (?:early years|key stage)',
        // The titles of the GOV.UK pages the data-collection and research-data addresses lead to, pointed to in a
        // sentence (a bare title in the site menu points nowhere).
        '\\b(?:page|see|read|visit|look (?:on|at|for)|search (?:for|on)|gov\\.uk)\\b[^.]{0,80}\\b(?:how (?:we|the department|dfe) collects? and shares? research data|data collection and censuses for schools)',
      ],
      signposts: [
        "visit the (?:welsh )?government'?s? (?:page|site|website)",
        "please look on the (?:welsh )?government(?:'s)? (?:website|page|site)",
        // "can be found on the government's website": a pointer with no address or page name.
        // ... or on gov.uk with no page named: "use the contact form on the gov.uk website".
        "\\b(?:on|at|from) the (?:(?:welsh |uk )?government(?:'s)?|gov\\.uk|gov\\.wales) (?:website|web site|site|pages?)\\b",
        // The department's own site pointed to with no address: "how the DfE uses your data: please look at their website".
        "\\b(?:department for education|dfe|welsh government)\\b[^.]{0,80}\\b(?:visit|see|look (?:at|on)|go to|check|read|on|at)\\s+(?:their|its|the (?:department'?s?|dfe'?s?)) (?:own )?(?:website|web site|site|pages?)\\b",
        // "To find out what the Department for Education does with pupil information, and how to ask it what it holds
        // about your child, click here."
        '(?:government|dfe|department)[^.]{0,120}\\bhere\\s*\\.?$',
        '^(?:to )?contact dfe\\s*:?$',
        'how (?:the )?government uses (?:your|pupil) data',
      ],
    },
  },
  {
    id: 'youth-support-services',
    area: 'notice',
    severity: 'required-if',
    ref: 'Education Act 1996 s.507B; Education and Skills Act 2008 s.14',
    title: 'Sharing with youth support services (pupils aged 13+, England)',
    shortTitle: 'Youth support services (13+)',
    guidance:
      'Schools with pupils aged 13 or over in England pass information to the local authority for youth support services; parents (or pupils from 16) can limit this to name, address and date of birth. Welsh secondaries share with Careers Wales instead.',
    lookedFor:
      '"Youth support services", "Pupils aged 13+", section 507B, and the option to limit sharing to name, address and date of birth (Careers Wales in Wales)',
    messages: {
      'early-years-setting': 'An early-years setting has no children aged 13 or over.',
      'primary-school': 'A primary school has no pupils aged 13 or over.',
      'childcare-club':
        "This notice is for a childcare club (so named in its title or opening), not a school: sharing with youth support services is a school's duty.",
      'pupils-under-13': 'The school teaches pupils up to age {top} only: none is 13 or over.',
      'careers-wales': 'Sharing with Careers Wales (the Welsh counterpart of youth support services) is described.',
      'england-form-in-wales':
        'Youth support services are described in the England (s.507B) form; a Welsh school should describe sharing with Careers Wales.',
      'wales-phase-unknown': 'Applies to Welsh secondary schools (Careers Wales); the school phase could not be told from the text.',
      'wales-not-found':
        'A Welsh secondary should say that pupil information is shared with Careers Wales for careers guidance (ages 13-19); nothing was found.',
      'described-with-limit':
        'Sharing with youth support services for pupils aged 13+ is described, with the option to limit it to name, address and date of birth.',
      'limit-wrong-age':
        'The option to limit sharing to name, address and date of birth is given, but the choice is said to pass to the pupil at an age other than 16 (it passes at 16).',
      'limit-without-choice':
        'Youth support services are mentioned and the sharing is limited to name, address and date of birth, but the notice does not say that parents (or the pupil from 16) can choose to limit it or agree to more.',
      'limit-not-described':
        'Youth support services are mentioned, but not that sharing beyond name, address and date of birth needs consent, or that the right passes to the pupil at 16.',
      'choice-without-scope':
        'Youth support services are mentioned with a choice for parents or pupils, but not what the choice keeps: the option is to limit the sharing to name, address and date of birth.',
      'choice-without-pupil-at-16':
        "Youth support services are mentioned with the parent's option to limit sharing to name, address and date of birth, but not that the choice passes to the pupil at 16.",
      'choice-without-parent':
        "Youth support services are mentioned with the pupil's own option from 16 to limit sharing to name, address and date of birth, but not that a parent or carer holds that choice for pupils aged 13 to 15.",
      'choice-given-to-parent-post-16':
        "Every student here is 16 or over, so the choice to limit youth support sharing to name, address and date of birth is the student's own; the notice gives it to the parent or carer.",
      'declared-not-included':
        'The notice says the youth support services section is left out or does not apply, but the school has pupils aged 13 or over: the sharing with the local authority and the option to limit it are not described.',
      'declared-not-included-phase-unknown':
        'The notice says the youth support services section is left out or does not apply; whether the school has pupils aged 13 or over could not be told from the text.',
      'phase-unknown':
        'Applies only to schools with pupils aged 13+; the school phase could not be told from the text, and no youth support services section was found.',
      'phase-unknown-shortfall':
        'Applies only to schools with pupils aged 13+, and the school phase could not be told from the text: a person must judge.{shortfallNote}',
      'not-found':
        'No youth support services section: a school with pupils aged 13+ should say it shares information with the local authority / youth support services (s.507B Education Act 1996).',
    },
    appliesTo: 'pupil-notice',
    options: {
      mention: [
        'youth support services?',
        // "youth support and careers services", "the youth support and careers service".
        'youth support (?:and|&) careers?(?: advice| guidance)? services?',
        'pupils aged 1[36]\\s*\\+',
        '(?:age|aged) (?:of )?13\\b[^.]{0,120}(?:local authority|youth)',
        'section 507b|s\\.? ?507b',
        '13[- ](?:to[- ])?19[- ]year[- ]olds',
        // The service named in plain words: "the council's youth service", "the local authority's young people's service".
        "\\byouth services?\\b|\\byoung people'?s (?:support )?services?\\b",
        // The same service named by the people who run it: "the council's youth support team", "a youth support worker".
        '\\byouth support (?:teams?|workers?|officers?|providers?|provision)\\b',
        // The council's duty to young people at 16 and after, by its work: "the council's Participation Team", "its duty to
        // support young people's participation in education or training".
        "\\bparticipation (?:teams?|services?|officers?|workers?|(?:and|&) careers? services?)\\b|\\b(?:young people'?s?|their) participation in (?:education|learning)(?:,)? (?:or|and) training\\b",
      ],
      // The choice itself: who may limit the sharing, or agree to more, and that it passes to the pupil at 16.
      limitation: [
        'this right (?:is )?transfer(?:s|red)? to (?:the )?(?:child|pupil|young person)',
        '(?:once|when) (?:they|he or she|the pupil|your child) (?:reach(?:es)?|turns?|is) (?:the )?(?:age )?(?:of )?16',
        '(?:aged|age) 16\\s*(?:\\+|or over|and over)[^.]{0,80}(?:object|opt out|ask|request|tell)',
        // "where a parent provides their consent, other information will be shared": the consent that widens the default.
        '(?:parents?|carers?|guardians?)[^.]{0,60}consent',
        // "passed only with the consent of a parent", "with parental agreement".
        '\\b(?:consent|agreement|permission) (?:of|from) (?:a |the |their |your |his or her )?(?:parents?|carers?|guardians?)\\b|\\bparental (?:consent|agreement|permission)\\b',
        // The same said the other way round: "if your parents agree, we tell them a bit more", "anything beyond that goes
        // only if a parent says yes".
        '(?:parents?|carers?|guardians?)[^.]{0,40}\\b(?:agrees?|says? yes|gives? (?:their )?permission)\\b[^.]{0,60}\\b(?:more|further|other|extra)\\b',
        '\\b(?:more|further|other|extra|anything (?:beyond|else))\\b[^.]{0,60}(?:parents?|carers?|guardians?)[^.]{0,30}\\b(?:agrees?|says? yes|gives? (?:their )?permission)\\b',
      ],
      // The limit's scope stated as what is shared: with nobody given a choice ("for pupils aged 13 and over we share only
      // their name, address and date of birth") it describes the default, not the option (checklist.md 2.23).
      // Said of several pupils too: "students' names, addresses and dates of birth".
      scopeOnly: ['\\bnames?, address(?:es)? and dates? of birth'],
      // Looser words of choice, which count only beside that scope: "if you prefer, we will restrict what we send to
      // name, address and date of birth", "a parent can ask for this", "students over 16 can email us on their own behalf".
      scopeChoice: [
        '\\b(?:the|that|this) (?:choice|decision|right) (?:is|becomes|passes|belongs|rests|vests)\\b',
        // "the right previously exercisable by the parent passes to the student".
        '\\b(?:the|that|this) (?:choice|decision|right)\\b[^.;]{0,60}\\b(?:passes|transfers|moves|goes) to (?:the |your )?(?:student|pupil|child|young person|learner)\\b',
        '\\b(?:once|when|after) (?:you are|you turn|you reach) 16\\b|\\b(?:reached|reaches) (?:the age of )?16\\b|\\b(?:16th|sixteenth) birthday\\b',
        "\\bso instructs?\\b|\\bonly with (?:the )?(?:parental|a parent's|the pupil's|their|your) (?:consent|agreement|permission)",
        '(?:parents?|carers?|guardians?)[^.]{0,60}(?:\\bagrees?\\b|\\bsays? (?:yes|no)\\b)',
        // An objection counts only beside the scope it sets: "parents can opt out" with no name, address and date of
        // birth may be about anything else, or about stopping the sharing, which the law does not offer (checklist.md 2.23).
        '(?:parents?|carers?|guardians?)[^.]{0,60}(?:opt out|object|ask us not)',
        '\\b(?:parents?|carers?|guardians?|pupils?|students?|young (?:person|people)|you|they|he|she)\\b[^.;]{0,30}\\b(?:can|may|could|is able to|are able to)\\b[^.;]{0,30}\\b(?:ask|request|instruct|direct|elect|tell us|object|opt out|restrict|limit|choose|decide)',
        '(?:parents?|carers?|guardians?)\\b[^.]{0,60}\\b(?:requests?|asks?|instructs?|tells? us)\\b',
        // More sent only on someone's say-so: "unless the family is happy for us to send more", "unless a carer agrees".
        // Or less sent on it: "unless you tell us not to".
        '\\bunless\\b[^.;]{0,30}\\b(?:parents?|carers?|guardians?|famil(?:y|ies)|you)\\b[^.;]{0,20}\\b(?:agrees?|(?:is|are) happy|consents?|wants?|asks?|tells? us)\\b',
        // "As you are over 16, this is your decision."
        "\\b(?:this|that|it) is (?:your|their|the (?:student|pupil|young person)'s) (?:own )?(?:decision|choice)\\b",
        '\\bif (?:you|they|a parent|the parent|the pupil) (?:prefer|wish|want|would (?:rather|prefer|like)|choose|ask)\\b|\\bon (?:their|your|his|her) own behalf\\b|\\bto have us (?:send|share|pass|give|limit|restrict)\\b',
      ],
      // The choice said to pass to the pupil at an age other than 16 (Education and Skills Act 2008 s.14 gives it at 16):
      // "young people may decide this themselves once they are 18", "from 18 pupils can make this choice".
      wrongTransferAge: [
        // "That choice stays with your parents until you turn 18": it is kept from the pupil past 16.
        '\\b(?:themselves|this right|the right|that right|this decision|that decision|the decision|this choice|that choice|the choice)\\b[^.]{0,50}\\b(?:once|when|from|at|after|until|till)\\b[^.]{0,25}?\\b(?:1[0-57-9]|[2-9]\\d)\\b',
        '\\b(?:once|when|from|at|after) (?:they are |they turn |they reach |pupils are |the pupil is |the age of |age |aged )?(?:1[0-57-9]|[2-9]\\d)\\b,?[^.]{0,40}\\b(?:decide|make this (?:choice|decision)|take over|this right|the right|themselves)\\b',
      ],
      walesCareers: ['careers wales', 'career choices dewis gyrfa', 'gyrfa cymru'],
      // Name, address and date of birth in any order or form ("names, dates of birth and addresses", "name, address and
      // DOB", "birthday"), or the same called the basic details.
      scopeWords: [
        '\\bnames?\\b[^.;]{0,40}\\baddress(?:es)?\\b[^.;]{0,40}\\b(?:dates? of birth|DOB|birthdays?|birth ?dates?)\\b',
        '\\bnames?\\b[^.;]{0,40}\\b(?:dates? of birth|DOB|birthdays?|birth ?dates?)\\b[^.;]{0,40}\\baddress(?:es)?\\b',
        '\\b(?:who (?:you are|they are) and where (?:you|they) live)\\b',
        '\\bbasic (?:identifying |contact )?(?:details|information)\\b|\\bthe basics\\b',
      ],
      // The pupil's own choice at 16: "from 16 the pupil decides", "pupils aged 16 or over can ask this themselves", "on
      // their sixteenth birthday the right passes to them". Not "post-16 providers" or "16 to 19 year olds".
      pupilOwnChoice: [
        // "Once you're 16" as well as "once you are 16".
        "\\b(?:aged?|turns?|turned|turning|reach(?:es|ed)?|once|when|from|at|after|over|until|till|is|are|be|you['’]re|they['’]re) (?:the age (?:of )?|age |aged )?(?:16|sixteen)\\b(?!\\s*(?:-|–|to)\\s*\\d)",
        '\\b(?:16|sixteen)\\s*(?:\\+|or over|and over|or older|and above|or above)',
        // "upon attaining 16", "on a pupil attaining the age of 16".
        '\\battain(?:s|ed|ing)? (?:the age (?:of )?)?(?:16|sixteen)\\b|\\bage (?:of )?(?:16|sixteen)\\b(?!\\s*(?:-|–|to)\\s*\\d)',
        '\\b(?:16th|sixteenth) birthday\\b',
      ],
      // The parent or carer as the chooser, or the reader addressed ("if you prefer, we will restrict ...", "your choice"):
      // a notice to families speaks to the parent, with the pupil of 16 in the third person.
      parentChooser: ['\\b(?:parents?|carers?|guardians?|parental|famil(?:y|ies)|you|your)\\b'],
      // "you can ask us to send only your name ...", "students may tell us", "that decision is yours", "for yourself".
      studentChooser: [
        '\\b(?:you|students?|learners?|young (?:person|people))\\b[^.;]{0,30}\\b(?:can|may|could|are able to|is able to)\\b[^.;]{0,30}\\b(?:ask|tell|instruct|choose|decide|request|object|opt out|limit|restrict)',
        "\\b(?:is|becomes) (?:yours|theirs|the student'?s|the learner'?s)\\b|\\b(?:for |by )?(?:yourself|themselves)\\b",
        // "this is your decision", "unless you tell us not to", "if you want us to share only ..., tell Student Services".
        "\\b(?:this|that|it) is (?:your|the student'?s|the learner'?s) (?:own )?(?:decision|choice)\\b|\\bunless you tell us\\b|\\bif you (?:want|wish|prefer|would (?:rather|prefer|like))\\b",
      ],
      // "Aldergate is a 16-19 academy", "a sixth form college", "everyone here is over 16".
      postSixteenOnly: [
        '\\b(?:is|are|as) an? (?:16|sixteen) ?(?:-|–|to) ?19 (?:academy|college|free school|school|institution|provider|centre)\\b',
        '\\b(?:is|are|as) an? sixth[- ]form college\\b',
        '\\b(?:everyone|every (?:student|learner)|(?:all (?:of )?)?(?:our|the) (?:students|learners))\\b[^.]{0,30}\\b(?:is|are) (?:all )?(?:aged )?(?:over 16|16 or over|16 and over|at least 16|16\\s*\\+)',
      ],
      // "... is not included in this notice", "this section does not apply to our school".
      declaredNotIncluded: [
        '\\b(?:is|are|has been|have been) (?:not included|left out|omitted|removed)\\b|\\b(?:does|do) not apply (?:to (?:us|our|this|the))?|\\bnot (?:applicable|relevant) (?:to (?:us|our|this|the)|here)\\b',
        // The school turning the sharing down for a reason of its own: "... before the age at which schools must share,
        // so we do not share pupil information with youth support services" (a middle school's pupils turn 13 there).
        SO_WE_DO_NOT_SHARE,
      ],
      // The sentence after the sharing turning it down: "... once pupils reach 13. Our pupils leave us at the end of Year 8,
      // so this does not apply here." Not a limit of whom it touches ("This does not apply to pupils under 13"), nor a
      // condition ("It does not apply if you ask us ...").
      turnedDownNext: [
        '\\b(?:this|it|that)\\s+(?:section\\s+|part\\s+)?(?:does|do)\\s+not\\s+apply\\b(?!\\s+(?:(?:to|for)\\s+(?:pupils|students|children|young|those|anyone|learners|you)|if|when|where|unless)\\b)',
        '\\b(?:this|it|that)\\s+(?:section\\s+|part\\s+)?is not (?:applicable|relevant)\\b',
        // "... so this sharing is handled by the high school rather than by us."
        '\\b(?:is|are) (?:handled|done|dealt with|carried out|made) by\\b[^.]{0,60}\\brather than (?:by )?us\\b',
        SO_WE_DO_NOT_SHARE,
      ],
      traps: [
        'for more information about services for young people',
        'so long as we have consent',
        // The service telling the school about a pupil is data coming in, not the 13+ sharing out.
        "\\b(?:youth|young people'?s) (?:support )?services?\\b[^.]{0,40}\\b(?:lets us know|tells us|sends us|informs us|passes (?:on )?to us|shares with us)\\b",
      ],
      ...CHILDCARE_CLUB,
    },
  },
];
