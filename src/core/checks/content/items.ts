// Checklist data for the content checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';
import { PRIVATE_ADDRESSES } from '../quality/private-addresses';

// A denial of transfers not limited by a condition or to the usual course: "We do not send information outside the UK
// without protection" sends it, protected; "... abroad as part of our ordinary work" leaves the exceptions open; "...
// outside the EEA save where an adequacy decision ..." sends it where one applies.
const NOT_LIMITED =
  '(?![^.;]{0,60}\\b(?:without|unless|except|save (?:where|when|if|that|as|for)|other than (?:where|when|if)|(?:as|in) (?:a |the )?(?:part of|rule|course of) (?:our )?(?:ordinary|normal|usual|day-to-day|everyday|routine)|(?:ordinarily|normally|usually|routinely|generally|as a rule))\\b)';

/** Up to four words saying whose and which records are kept ("your main student", "a pupil's", "the whole education"). */
const WHOSE_RECORDS =
  "(?:(?:a|an|each|every|pupil|pupils'|pupil's|personal|student|students'|student's|your|this|the|main|whole|child's|their|our|school|education|educational) ){0,4}";

// Who receives pupil data: bodies and categories schools name (checklist.md 2.11), reused by the recipients list check.
const RECIPIENTS = [
  // "The council" is the local authority in a school's words; a school or student council is a body of pupils.
  'local authorit(?:y|ies)|\\bLA\\b|(?:county|borough|city|district|local|the) council\\b',
  'department for education|\\bDfE\\b',
  'welsh government',
  "schools? (?:that )?(?:the )?pupil'?s? (?:attend|go on to|move to)|(?:new|next|receiving|previous|other|secondary|feeder|junior|high|upper|middle) schools?",
  '\\bNHS\\b|school nurs(?:e|ing)|health (?:professionals|services|visitors|authorit)|medical teams?|doctors?|\\bGPs?\\b',
  "social (?:services|care|workers?)|children'?s services",
  'police',
  'educational psychologists?|speech and language|therapists?|family support',
  'careers (?:wales|services?|advisers?)|youth support services',
  'examination boards?|exam boards?|awarding bodies|\\bAQA\\b|\\bOCR\\b|\\bWJEC\\b|eduqas|edexcel',
  'ofsted|estyn',
  'counsell(?:ing|ors?)',
  'regional consortium|school effectiveness|\\bGwE\\b',
  'multi[- ]agenc',
  'specialists|consultants|advisors|agencies',
  'class ?dojo|seesaw|parentpay|arbor|\\bSIMS\\b|myconcern|cpoms|tapestry|google|microsoft|\\bhwb\\b|rockstars|catering (?:provider|company)',
];

// "Received from" with the verb before it: "we receive records from the previous school", "details are passed to us ...
// from the council". Not requests that come in ("the data requests we receive from the Department for Education").
const RECEIVED_FROM =
  '\\bfrom(?<=(?:(?<!\\brequests?\\s(?:that\\s)?(?:we\\s|i\\s)?)receive|obtain|get|collect|are given|are sent|is sent|be sent|comes?|is passed|are passed|is provided|are provided)\\b[^.]{0,80}from)';

// A sentence that hands records on and says nothing of what comes in: none of "received", "obtained", "comes", "sends us",
// "previous" or "former". A paragraph number before it ("6.3 When a child leaves ...") is not the sentence's end.
const NOTHING_COMES_IN =
  '^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?![^.]*\\b(?:receiv\\w*|obtain\\w*|comes?|came|(?:to|sends?|gives?|pass(?:es)?) us|previous|former)\\b)[^.]*';

// Bodies a source is left unnamed as: "some other organisations", "third parties", "various external sources".
const UNNAMED_BODIES =
  '(?:some |certain |various |a range of )?(?:other (?:organisations|bodies|sources)|third parties|external (?:organisations|bodies|sources))';

// The bodies that collect what a school returns by law: "required by the Welsh Government and the Council".
const GOVERNMENT_BODY = '(?:the )?(?:welsh government|department for education|dfe|government|local authority|la|council|county council)';

// A person as the subject, then up to `reach` characters that name no data: the pupil going somewhere, not their file
// ("if they leave to be home educated or move abroad", "if a child leaves the country").
const PERSON_GOING = (people: string, reach: number): string =>
  `\\b(?:${people})(?!['\u2019])\\b(?:(?!\\b(?:information|data|details|records?|files?)\\b)[^.?]){0,${reach}}`;

export const CONTENT_ITEMS: ChecklistItemInput[] = [
  {
    id: 'purposes',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(c)',
    title: 'Purposes of processing',
    shortTitle: 'Why data is used',
    guidance:
      'The notice must say why the school uses pupil information, for example to support learning, keep children safe and meet legal duties.',
    lookedFor: 'a purposes list ("We use pupil data to:") or purpose statements ("to support pupil learning", "to provide pastoral care")',
    messages: {
      listed: 'Purposes are listed after "{lead}".',
      described: 'Purposes are described in the text.{emptyListNote}',
      answered: 'Purposes are given under "{lead}", as what the school uses information to do.',
      'empty-list-note': ' The list after "{lead}" is empty, but the narrative still gives purposes.',
      'empty-list': 'A purposes lead-in is followed by nothing (the list was dropped), and no purposes are described elsewhere.',
      'one-statement': 'Only one purpose statement was found; there is no list of purposes.',
      'general-purpose-only':
        'Purposes are named only in general terms ("{quote}"); no list or description of what the data is used for: check by hand.',
      'heading-only': 'A purposes heading ("{lead}") stands with no purposes under it, and none are described elsewhere.',
      'not-found':
        'No purposes found: looked for a purposes list ("We use pupil data to:") or statements such as "to support pupil learning".',
    },
    options: {
      leadIns: [
        'why (?:do )?we (?:collect|use|process|hold)',
        // Up to two words before "data" ("We use this personal data to:", "We hold our pupils' information for:").
        "we (?:collect and )?(?:use|process|hold|keep) (?:(?:the|this|that|these|your|our|pupil'?s?|pupils'|personal|student|parent/guardian|child'?s?|children'?s?) ){0,2}(?:data|information)(?: to| for)?\\s*:",
        'we do so (?:to|for)',
        'purposes? (?:of|for which)',
        '(?:we )?use (?:the|this|your|pupil|personal) (?:data|information) (?:to|for)\\s*:',
        'in order to\\s*:',
        '(?:following|these) (?:purposes|reasons)',
        'uses? (?:the |this |pupil |personal )?(?:data|information)[^:.]{0,40}\\b(?:for|to)\\b[^:.]{0,30}:',
      ],
      headings: [
        'why (?:do )?we (?:collect|use)',
        'how (?:and why )?we use',
        'purposes? of',
        '^purposes?$',
        'use of (?:pupil|personal) (?:data|information)',
        // A question heading: "What do we use it for?", "What is the information used for?", or asked by the reader:
        // "Q: What do you use it for?", "What will you use my child's information for?".
        "what (?:do|does|will) (?:we|you|the (?:school|academy|trust)) use (?:it|them|this|these|(?:the |this |your |my |pupil |your child'?s |my child'?s |personal )?(?:data|information)) for",
        'what (?:is|are) (?:it|they|(?:the |this |your |pupil |personal )?(?:data|information)) used for',
        // The same as a statement: "What we use it for", "4. What we use it for, and our lawful basis".
        "\\bwhat (?:we|the (?:school|academy|trust)) uses? (?:it|them|this|these|(?:the |this |your |pupil |your child'?s |personal )?(?:data|information)) for\\b",
      ],
      narrative: [
        // The school may speak of itself by name: "The Trust uses pupil information to run its academies".
        '(?:\\bwe|\\bthe (?:school|academy|trust|college|federation|nursery)) (?:also )?uses? (?:pupil |student |learner |personal |the |this |your |contact )?(?:data|information|software|systems) to',
        "to support (?:pupils?|students?|learners?|children)?(?:'s|')? ?(?:learning|their learning|future planning)",
        'to monitor (?:and report on )?(?:pupil |student )?(?:progress|attainment|attendance)',
        'to (?:track|check|measure) (?:pupil |student |their )?(?:progress|attainment)',
        "(?:look after|support|promote) (?:pupils'?|students'?|learners'?|their|children'?s) (?:wellbeing|well-being|welfare)",
        'pastoral (?:care|needs)',
        'to keep (?:children|pupils|students) safe|to safeguard',
        'to assess the quality',
        'to (?:comply with|meet) (?:the law|our legal|the statutory|our statutory)',
        'electronic payments for school meals|to manage school (?:meals|trips|budgets)',
        'to keep (?:pupils, )?parents(?:,| and) carers (?:informed|up to date)',
        'record details about progress',
      ],
      traps: ['third parties who promote', 'conducting research or analysis', 'producing statistics'],
      // A purpose named only by its kind ("used for educational purposes only"): the topic is met, the detail is not.
      generalPurpose: [
        "\\b(?:use[sd]?|using|process(?:e[sd]|ing)?|held|hold|collect(?:ed|s)?|kept|keep)\\b[^.]{0,60}\\bfor\\s+(?:(?:educational|education|school|schooling|administrative|administration|legitimate|lawful|official|specific|its|our|the\\s+school'?s)\\s+)+purposes\\b",
      ],
      minNarrative: 2,
    },
  },
  {
    id: 'data-categories',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 14(1)(d)',
    title: 'Categories of personal data',
    shortTitle: 'Types of data held',
    guidance:
      'The notice should list the kinds of information the school holds, such as contact details, attendance, assessment, medical and special educational needs information.',
    lookedFor: 'a category list ("The categories of pupil information that we process include:") or several categories named together',
    messages: {
      listed: 'Categories of data are listed after "{lead}".',
      'named-in-text': 'Categories of data are named in the text.',
      'table-column': 'Categories of data are listed in a table\'s "{column}" column.',
      'empty-list': 'The category list after "{lead}" is empty{impliedNote}.',
      'implied-note': '; categories are only implied elsewhere ({terms})',
      'implied-only': 'No list of data categories; some are only implied ({terms}).',
      'empty-list-only':
        'The category list after "{lead}" is empty (probably lost in extraction), and no category of data is named anywhere else.',
      'not-found':
        'No categories of personal data found: looked for a list such as "The categories of pupil information that we process include:".',
    },
    options: {
      leadIns: [
        'categories of (?:pupil |personal |student |parent/guardian |child )?(?:information|data)',
        'information collected',
        '(?:type|types|kind|kinds) of (?:personal )?(?:data|information)',
        '(?:information|data) (?:that )?we (?:collect|hold|process)(?:,? (?:hold|process|share))*(?: (?:about|on) (?:pupils|you|your child))?(?: includes?)?\\s*:',
        'the (?:personal )?(?:data|information) we (?:collect|hold|process) includes?',
      ],
      headings: [
        'categories of',
        'what (?:type|types|kind) of (?:data|information)',
        // "Types of student information", "Kinds of pupil data"; "What we hold" standing alone as a title.
        '^(?:the )?(?:types?|kinds?) of (?:(?:pupil|student|learner|child|personal)\\s+)?(?:data|information)\\b',
        '^what (?:(?:information|data) )?(?:we|the school|the academy) (?:collect|hold|keep)\\s*\\??$',
        '^(?:the )?information (?:we|that we) (?:collect|hold)',
        '^information collected',
        // A question the list under it answers: "What do we keep about you?", "What information does the school hold?".
        '\\bwhat (?:(?:personal )?(?:information|data|details) )?(?:do|does|will) (?:we|the school|the academy|the trust|the nursery|school) (?:collect|hold|keep|have|store|record|gather|write down|note down|note|know)\\b',
        '\\bwhat (?:(?:personal )?(?:information|data|details) )?we (?:collect|hold|keep|have|store|record|gather|write down|note down|note|know) (?:about|on)\\b',
      ],
      terms: [
        '\\bnames?\\b',
        'address(?:es)?',
        'dates? of birth',
        'unique pupil number|\\bUPN\\b|pupil numbers?',
        'contact (?:details|information)',
        'characteristics',
        'ethnicity|ethnic (?:origin|background|group)',
        'nationality|country of birth',
        'free school meal',
        'attendance|absences?|\\battend(?:s|ed|ing)?\\b',
        'assessment|attainment|exam(?:ination)? results|test results',
        'medical|health|allerg|dietary',
        'special educational needs|\\bSEND?\\b|additional learning needs|\\bALN\\b',
        'behaviour(?:al)?|exclusions?',
        'safeguarding',
        '\\bCCTV\\b',
        'photo(?:graph)?s|images',
        'biometric',
        'modes? of travel',
      ],
      minTermsInSentence: 3,
      // The header of a table's data column; a processor schedule's "Type of Personal Data" rows are key-value pairs, not a column.
      tableHeaders: [
        '^(?:the )?(?:pupil |personal )?(?:information|data)(?: (?:we hold|held|collected))?$',
        '^what (?:we hold|we collect|information)',
        '^(?:type|types|kind|kinds|categor(?:y|ies)) of (?:pupil |personal )?(?:information|data)$',
        // A bare "Category" column beside its examples: the rows' kinds of data decide (two or more are needed).
        '^(?:data )?categor(?:y|ies)$',
        '^record(?: type)?s?$',
      ],
      // "The National Pupil Database ... contains information about pupils": what the Department holds, not the school.
      // A list item that opens with what the data is for ("to monitor progress", "so that we can contact you").
      purposeItem: ['^\\s*(?:to|so that|so we can|in order to)\\b'],
      traps: ['national pupil database', '\\bNPD\\b'],
    },
  },
  {
    id: 'data-sources',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 14(2)(f)',
    title: 'Where the data comes from',
    shortTitle: 'Where data comes from',
    guidance:
      'Schools receive pupil information from previous schools, the local authority and other agencies, not just from parents; the notice should say so.',
    lookedFor: 'a named source such as the previous school, the Common Transfer File, the local authority or the Learning Records Service',
    messages: {
      'named-source': 'The notice says where pupil data comes from besides the family.',
      'family-only':
        'The only source given is the family ("information you provide"); no previous school, Common Transfer File, local authority or other source is named.',
      'unnamed-sources':
        'Data is said to come from "{quote}" as well as the family, but no source is named (such as the previous school or the local authority): check by hand.',
      'not-found':
        'No source of data found: looked for a previous school, Common Transfer File, local authority or other organisation the school receives data from.{npdNote}',
      'npd-sources-note':
        " The sentence on where the National Pupil Database's data comes from is about government's sources, not the school's, so it was not counted.",
    },
    options: {
      named: [
        'common transfer file|\\bCTF\\b',
        // The channel files arrive by, as arriving: "sent outside the school by secure file transfer" is the way out.
        '\\bsecure file transfer(?<=\\b(?:receive|receives|received|receiving|arrive|arrives|arrived|comes?|came|from|obtain|obtained)\\b[^.]{0,80}secure file transfer)',
        'learning records service',
        // "from" comes first and the verb is checked behind it, so the scan only does work where "from" occurs (5 MB notices stay fast).
        `${RECEIVED_FROM} (?:their |your |your child'?s |the pupil'?s |a |the )?(?:previous|former|last|old|other|primary|feeder) (?:school|setting|nursery|education provider)`,
        `${RECEIVED_FROM} (?:the |our |your )?(?:local authorit(?:y|ies)|\\bLA\\b|council|department for education|\\bDfE\\b|welsh government|NHS|health (?:professionals|services|visitors)|social (?:services|care|workers?)|police|other (?:agencies|schools|professionals))`,
        '(?:information|data) (?:we receive|received) from',
        // A body as the giver: "we may be given information by the police", "details are passed to us by children's services".
        "\\bby(?<=\\b(?:given|sent|passed|passed on|provided|supplied|forwarded|shared with us|told|notified|informed)\\b[^.]{0,80}by) (?:the |our |your |their |a )?(?:(?:previous|former|last|old|primary|feeder) (?:school|setting|nursery)|local authorit(?:y|ies)|\\bLA\\b|(?<!school |student |pupil )council|department for education|\\bDfE\\b|welsh government|NHS|health (?:professionals|services|visitors)|social (?:services|care|workers?)|children'?s services|police|doctors?|\\bGPs?\\b|other (?:agencies|schools|professionals))",
        // ... or as the subject of sending: "their old school sends their file over", "the council tells us".
        "\\b(?:(?:previous|former|last|old|primary|feeder) (?:school|setting|nursery)s?|local authorit(?:y|ies)|(?<!school |student |pupil )council|social workers?|children'?s services|police) (?:(?:will|may|also|usually|normally|then|often|can) )*(?:(?:sends?|pass(?:es)?|forwards?|transfers?|hands?)\\b[^.]{0,50}\\b(?:us|over|across)\\b|(?:gives?|provides?|shares?|supplies|tells?|lets?|informs?|notif(?:y|ies))\\b[^.]{0,50}\\bus\\b)",
        'sources? (?:of|for) (?:this |the |your |pupil )?(?:information|data)\\s*(?:include|are|is)',
      ],
      // Sources that stay unnamed: "from other organisations", "from third parties" say that data comes from elsewhere,
      // not from whom (checklist.md 2.9 wants a source named).
      unnamed: [
        `${RECEIVED_FROM} ${UNNAMED_BODIES}`,
        // The data as the subject, passive: "In some cases personal data will be supplied by third parties, for example ...".
        `\\b(?:data|information|details)\\b[^.]{0,40}\\b(?:is|are|be|been)\\s+(?:supplied|provided|given|sent|passed(?: on)?)\\s+(?:to (?:us|the school|the academy)\\s+)?by ${UNNAMED_BODIES}`,
      ],
      sourceLeadIns: [
        '\\b(?:receive|receives|received|obtain|obtains|get|gets|collect|collects|(?:are|is)\\s+(?:also\\s+)?(?:given|sent)|comes?|came)\\b[^.:]{0,80}\\bfrom\\s*:\\s*-?\\s*$',
      ],
      // Bodies that name the unnamed others when given beside them: "from other organisations, such as the council".
      sourceBodies: [
        '\\b(?:previous|former|last|old|primary|feeder|other) (?:school|schools|setting|nursery)\\b',
        '\\b(?:local authorit(?:y|ies)|council|department for education|DfE|welsh government|NHS|health|social (?:services|care|workers?)|police|school nurs\\w*|doctors?|GPs?|therapists?|paediatricians?|learning records service|common transfer file|CTF|youth offending|courts?|educational psychologists?|CAMHS)\\b',
      ],
      implicit: [
        '(?:information|data) (?:that )?you (?:provide|give|supply)',
        'registration forms?|admission forms?|data collection (?:sheets?|forms?)',
        '(?:provided|given|supplied|passed) (?:to us )?(?:by|from) (?:you|parents|carers|pupils|families)\\b',
        // The family as where the school gets it: "we collect most of this information from you", "we obtain most of this
        // information directly from pupils" (data, not a request).
        '\\b(?:collect|get|obtain|receive|gather)(?:s|ed|ing)?\\b[^.]{0,40}\\b(?:information|data|details|it|this|them)\\b[^.]{0,20}\\bfrom (?:you|parents|carers|families|your family|(?:the )?(?:pupils?|students?)(?: themselves)?)\\b',
      ],
      traps: [
        'securely collected from a range of sources',
        'range of sources including schools, local authorities and awarding bodies',
        // The Department's database as what is assembled from others' data: "The NPD is put together from information sent in
        // by schools, local authorities and exam boards" names the Department's sources, not the school's (checklist.md 2.9).
        "\\b(?:npd|national pupil database|(?:dfe|department)(?:'s)? database)\\b[^.]{0,30}\\b(?:is|are) (?:put together|built|compiled|made up|assembled|formed|populated|fed)\\b",
      ],
      // Records the school sends on leave it: they are not a source (checklist.md 2.9).
      outgoing: [
        "\\bfrom (?:their|the|our|a|your child's) (?:[\\w-]+ ){0,2}(?:school|academy|setting) to (?:their|the|a|an|your child's) (?:[\\w-]+ ){0,3}(?:provider|school|college|institution|setting)",
        // "We send your records to your next school using the CTF", unless the same sentence also says what comes in.
        `${NOTHING_COMES_IN}\\b(?:send|sends|sent|pass|passes|passed|transfer|transfers|transferred|forward|forwards|forwarded)\\b[^.]{0,60}\\bto (?:your|their|the|a|an|his|her|any|each) (?:next|new|receiving|future|destination) (?:school|setting|provider|college)`,
        // The school as the sender through the file, with no school named as the destination: "If your child moves to a
        // school in England, we send their record through the Common Transfer File".
        `${NOTHING_COMES_IN}\\b(?:we|the school|the academy)\\s+(?:will\\s+|then\\s+|also\\s+)?(?:send|pass|transfer|forward)\\b[^.]{0,60}\\b(?:through|via|by|using|in)\\s+(?:the\\s+|a\\s+)?(?:common transfer file|ctf)\\b`,
        // Another school that takes the record in: "the secondary school your child moves on to, which receives their record
        // through the Common Transfer File".
        '\\b(?:school|setting|college|academy)\\b[^.;]{0,80}\\b(?:which|that|who)\\s+(?:then\\s+)?(?:receives?|gets?)\\b[^.;]{0,40}\\b(?:through|via|by|in|using)\\s+(?:the\\s+|a\\s+)?(?:common transfer file|ctf)\\b',
      ],
      // A lead-in that hands data on and takes none in: "We share information with:", "The people we pass information to are:".
      outgoingLeadIns: [
        '^(?![^:]*\\b(?:receiv\\w*|obtain\\w*|comes?|came|from|(?:to|with|give|send|pass) us)\\b)[^:]*\\b(?:share|shares|pass|passes|send|sends|give|gives|hand|hands|disclose|discloses|provide|provides|forward|forwards)\\b[^:]{0,60}\\b(?:with|to)\\b',
      ],
      // "Our Data Protection Officer is provided by the council", "support is given by the NHS": a service, not data.
      services: [
        // Also without the verb: "schools share a Data Protection Officer provided by the Council".
        // And with the terms between: "Our Data Protection Officer is provided under a service level agreement by the Council".
        '\\b(?:data protection officer|dpo|officer|service|support|advice|training|cover|counselling)\\s+(?:(?:is|are|will be|has been)\\s+)?(?:(?:also|currently|normally)\\s+)?(?:provided|supplied|given|delivered|offered)(?:\\s+[\\w-]+){0,6}?\\s+by\\b',
        // Things, not data: "retention guidance provided to schools by the local authority", "School meals in Bro Morlais are
        // provided by the Council's catering service", "a Hwb account, provided by the Welsh Government".
        '\\b(?:guidance|meals?|lunch(?:es)?|catering|transport|accounts?|software|systems?|platforms?|equipment|devices?|laptops?|tablets?|tools?|insurance|funding|places?|services?|broadband|licen[cs]es?)\\b(?:\\s+[\\w\\u2019\\x27-]+){0,4}?,?\\s+(?:(?:is|are|will be|has been|have been)\\s+)?(?:provided|supplied|given|delivered|offered|funded)\\s+(?:to (?:schools|us|pupils|the school)\\s+)?by\\b',
      ],
      // A table of who receives what: "Recipient | What we share | Why", "Who we share with | Information".
      outgoingHeaders: [
        '^(?![^|]*\\b(?:from|sources?|receiv\\w*|obtain\\w*)\\b)[^|]*\\b(?:recipients?|(?:shared|passed|sent|disclosed|given) (?:with|to)|(?:we|who we) (?:share|pass|send|disclose|give)\\w*|what (?:we|is) (?:share|shared|pass|passed|send|sent))\\b',
      ],
    },
  },
  {
    id: 'statutory-or-voluntary',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(2)(e)',
    title: 'Whether providing data is mandatory, and the consequences',
    shortTitle: 'Compulsory or optional',
    guidance:
      'Parents must be told which information they have to give the school and which is optional; the DfE wording "we will inform you whether you have a choice" is enough.',
    lookedFor: '"mandatory ... voluntary" or "we will inform you whether you are required to provide ... or if you have a choice"',
    messages: {
      'choice-stated':
        'The notice says which information must be provided and which is optional (or that it will say so when collecting it).',
      'required-only':
        'Says some data must be provided (by law or the rules), but not which data is voluntary or what happens if it is not provided.',
      'optional-only': 'Says some data is optional, but not which data must be provided or what happens if it is not.',
      'amounts-only':
        'Says some information is mandatory and some voluntary, but not which is which, nor that the school will say so when it asks.',
      'not-found':
        'Nothing found on whether providing data is compulsory: looked for "mandatory"/"voluntary" statements or "we will tell you whether you have a choice".',
    },
    options: {
      choice: [
        // "... some of it you give voluntarily" is the voluntary side too.
        'mandatory[^.]{0,120}\\b(?:voluntar(?:y|ily)|optional|choice)',
        '(?:voluntar(?:y|ily)|optional)[^.]{0,120}\\bmandatory',
        // The compulsory side as a duty in law: "some of what we ask is voluntary and some is a legal requirement".
        '\\b(?:voluntar(?:y|ily)|optional)\\b[^.]{0,120}\\b(?:required by law|legal(?:ly)? requir\\w*|statutory requirement)',
        '\\b(?:required by law|legal(?:ly)? requir\\w*|statutory requirement)\\b[^.]{0,120}\\b(?:voluntar(?:y|ily)|optional)\\b',
        // Amounts said with "compulsory": read only with the amount, so which items (or the promise) decide, as above.
        '\\b(?:majority|most|mostly|bulk|much of|a lot of|largely|some|parts? of|certain)\\b[^.]{0,80}\\bcompulsory\\b[^.]{0,120}\\b(?:voluntar(?:y|ily)|optional)\\b',
        // Also "the School will state whether its provision is required".
        '(?:(?:inform|tell|let) you|\\b(?:will|shall) (?:state|say|indicate|make (?:it )?clear))(?: at the point of collection)? (?:whether|if) (?:you are|it is|this is|providing|its provision|the information)[^.]{0,80}(?:required|mandatory|compulsory|choice|optional)',
        'if you have a choice',
        // The same promise in plain words, after the two sides: "When we ask, we always say which is which".
        '\\b(?:say|says|tell you|tells you|let you know|make it clear|makes it clear|show|shows|explain|explains|indicate|indicates|mark|marks|state|states|point out|points out)\\b[^.]{0,20}\\bwhich is which\\b',
        // The forms said to show which is which: "every form shows which questions are required and which you can skip".
        // Or "which questions must be answered and which may be left blank".
        '\\bwhich (?:questions |items |answers |details |fields |boxes |parts )?(?:(?:are|is) (?:required|compulsory|mandatory|needed)|must be (?:answered|given|provided|completed|filled in|supplied))\\b[^.]{0,60}\\bwhich (?:you (?:can|may) (?:skip|leave|miss out|choose)|(?:are|is) (?:optional|voluntary|up to you)|(?:can|may) be (?:left (?:blank|empty|out)|skipped|missed out))',
        '(?:whether|which) (?:information|data|it) is (?:mandatory|compulsory|required) (?:or|and which is) (?:optional|voluntary)',
        // The promise that optional questions are marked when asked: "anything optional is clearly marked as optional",
        // "where the provision of data is optional, this is stated on the form".
        '\\b(?:optional|voluntary)\\b[^.]{0,100}\\b(?:is|are|will be|gets?)\\s+(?:clearly |always |plainly )?(?:marked|labelled|labeled|flagged|shown|indicated|identified|highlighted|stated|made clear)\\b',
        '\\b(?:marked|labelled|labeled|flagged|shown|indicated|identified|highlighted) (?:clearly )?as (?:optional|voluntary)\\b',
        // The compulsory ones marked instead, the rest left plain: "Questions that must be answered are marked with an
        // asterisk", "required fields are starred on the form".
        '\\b(?:questions?|items?|answers?|details|fields?|boxes|parts|sections?)\\b (?:that |which )?(?:must be (?:answered|given|provided|completed|filled in|supplied)|(?:are|is) (?:required|compulsory|mandatory))\\b[^.]{0,20}\\b(?:are|is|will be)\\s+(?:clearly |always )?(?:marked|labelled|labeled|flagged|starred|highlighted|shown)\\b',
        '\\b(?:required|compulsory|mandatory) (?:questions|items|answers|details|fields|boxes|parts|sections) (?:are|will be)\\s+(?:clearly |always )?(?:marked|labelled|labeled|flagged|starred|highlighted|shown)\\b',
      ],
      // One side only, the optional one: "You do not have to tell us your child's religion." Not a reason for a request
      // ("You do not have to give a reason for asking to see your information").
      // Or the rest, after what is needed was named: "Everything else, such as photo permission, is optional".
      optionalOnly: [
        "you (?:do not|don't) have to (?:provide|give|tell)(?! (?:us )?(?:a |any )?reasons?\\b)",
        '\\b(?:everything|anything) else\\b[^.]{0,40}\\b(?:is|are) (?:optional|voluntary|up to you)\\b',
      ],
      required: [
        'requires? us to collect[^.]{0,60}(?:by law|legally|statutory)',
        'requires? us to collect',
        // The duty to hold or have what families give: "the EYFS requires us to hold certain information about every
        // child", "something the law requires us to hold or to pass on, for example the details ...".
        '\\brequires? us to (?:hold|have|obtain|gather)\\b[^.]{0,40}\\b(?:information|data|details)\\b',
        // The duty said of schools in general, the kinds it covers set off by commas: "requires schools, including units, to collect".
        '\\brequires? (?:all |every )?(?:schools?|academies|the (?:school|academy|unit|setting|trust))\\b(?:,[^,.]{0,60},)? to collect',
        '(?:required|obliged) (?:by law )?to (?:collect|gather|obtain)',
        // The school's duty to collect, said with the law that sets it, whatever purpose follows: "We have to collect much
        // of this information by law, so that we can ... send the returns the Welsh Government requires".
        '\\b(?:we|the (?:school|academy|setting|nursery|unit|trust)) (?:have to|has to|must|need to|needs to) (?:collect|gather|obtain|ask for)\\b[^.,;]{0,50}\\b(?:by law|legally|under (?:the )?law|in law)\\b',
        '(?:is|are) mandatory',
        // What the family gives or the school asks for said to be owed, not a duty to share it or to delete: "most of the
        // information you give us is required by law".
        // Or what the school holds: "The majority of the personal data the Centre holds is required by law".
        '\\b(?:information|data|details) (?:that )?(?:you (?:give|provide|supply|tell)|(?:we|the (?:school|academy|centre|center|college|trust|unit|setting|nursery)) (?:ask|asks|collect|collects|request|requests|need|needs|hold|holds))\\b[^.]{0,40}\\b(?:is|are) (?:required by law|legally required|compulsory|a legal requirement)\\b(?! to)',
        // A share of what the school holds, said to be owed, with no clause of who gives it: "Some information is
        // required by law under the EYFS, and we cannot offer a place without it".
        '\\b(?:some|most|much|certain|parts?) (?:of (?:the|this|our|your) )?(?:information|data|details) (?:is|are) (?:required by law|legally required|compulsory|a legal requirement)\\b(?! to)',
        // Or owed to the bodies that collect it: "Much of this information is required by the Welsh Government and the
        // Council by law".
        `\\b(?:some|most|much|certain|parts?) (?:of (?:the|this|our|your) )?(?:information|data|details) (?:is|are) required by ${GOVERNMENT_BODY}(?:,? (?:and|or) ${GOVERNMENT_BODY})?\\b(?! to)`,
        // A share of what a form asks, said to be owed, whoever sets the rule: "Some of the information on our registration
        // form is required by Ofsted's registration requirements".
        '\\b(?:some|most|much|certain|parts?|a lot) (?:of )?(?:the |this |our |your )?(?:information|data|details|questions) (?:on|in) (?:the|our|your|this) (?:[\\w-]+ ){0,2}forms? (?:is|are) (?:required|needed|compulsory|mandatory|a (?:legal )?requirement)\\b(?! to)',
        '\\b(?:legal|statutory) (?:duty|obligation|requirement) to (?:collect|gather|obtain|hold)\\b',
        '(?:you|parents) (?:are|must) (?:legally )?(?:required|obliged) to (?:provide|give)',
        // The family's duty said plainly of what was just named: "most of it is needed for our legal duties, and you must
        // provide it". Not the question a heading asks ("Do you have to give it to us?").
        '(?<!\\b(?:do|does|will|would|should|must|why)\\s)\\b(?:you|parents(?: and carers)?) (?:must|have to|need to) (?:provide|give|supply) (?:it|this|them|these|that information)\\b',
        // What is asked for said to be needed by law: "Most of the information we ask for, we need by law", "... we need in
        // order to meet our legal duties as a school" (not a duty to share: "we need to send it ... by law").
        "\\b(?:we|the school|the academy) (?:need|needs|must have|require|requires)(?! to)\\b[^.]{0,25}\\b(?:by law|legally|under the law|in law|(?:for|to (?:meet|fulfil|carry out|comply with)) (?:our|its|the school's) (?:legal|statutory) (?:duties|duty|obligations?|requirements?))\\b",
        // What cannot be done without the details named, the consequence that makes them owed: "we cannot accept a booking
        // without your child's name, school and emergency contacts".
        "\\b(?:cannot|can't|could not|couldn't|are unable to|is unable to|(?:will|would) not be able to|won't be able to) (?:(?:accept|offer|take|confirm|process|hold|keep) (?:a |an |the |your |their )?(?:child's )?(?:booking|place|registration|application|enrolment|admission)s?|(?:register|admit|enrol|look after|care for) (?:your child|a child|children|them))\\b[^.]{0,20}\\bwithout\\b",
        // What the school asks families for, said to be owed: "some of what we ask for is a legal requirement".
        '\\b(?:what|(?:the )?(?:information|details|data)(?: that)?) we (?:ask(?: you)? for|request(?: from you)?) (?:is|are) (?:a )?(?:legal(?:ly)? requir\\w*|required|compulsory|mandatory|statutory)',
      ],
      traps: ['required (?:by law,? )?to (?:provide|share|pass) information about our pupils', 'statutory data collections'],
      // A share of the data, not items: "the majority", "some ... and some ...", "part of it", "not everything".
      portion: ['\\b(?:majority|most|mostly|bulk|much of|a lot of|largely|in the main|some|parts? of|certain|not (?:all|everything))\\b'],
      // The items named: "your child's name and address must be given; ethnicity is optional".
      whichItems: [
        '\\b(?:names?|address(?:es)?|dates? of birth|ethnic\\w*|religio\\w*|medical|health|dietary|photo\\w*|emergency contacts?|nationality|languages?|special educational needs)\\b',
      ],
      // Or the forms marking them, or the promise to say so.
      whichMarked: [
        '\\b(?:which is which|say (?:which|whether)|mark(?:s|ed)?|label(?:s|led|ed)?|indicated|(?:tell|inform|let) you|make (?:it |this |that )?(?:clear|plain)|say so|flag\\w*|show\\w*|advise you|notif\\w*|aware|be told|explain\\w*|indicat\\w*|whether|if you have a choice|(?:point|time) of collection|on the forms?|consent)\\b',
      ],
      // A side said of items named: "ethnicity is optional", "their name must be given".
      sideWords: ["\\b(?:mandatory|compulsory|required|must|voluntar\\w*|optional|up to you|need not|(?:do not|don't) have to)\\b"],
    },
  },
  {
    id: 'recipients',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(e)',
    title: 'Recipients or categories of recipients',
    shortTitle: 'Who data is shared with',
    guidance:
      'The notice must name who the school shares pupil information with, such as the local authority, the next school, the NHS or the Department for Education.',
    lookedFor: 'a list such as "We routinely share pupil information with:" or named recipients (local authority, DfE, NHS, next school)',
    messages: {
      listed: 'Recipients are listed after "{lead}".',
      'empty-list': 'The recipients list after "{lead}" is empty and no recipient is named elsewhere.',
      'empty-list-some-named': 'The recipients list after "{lead}" is empty; only some recipients are named elsewhere ({named}).',
      'named-in-text': 'Recipients are named in the text ({named}).',
      'one-named': 'Only one recipient is named ({named}); no list of who receives pupil data.',
      'unnamed-parties-only':
        'Sharing is mentioned, but only with unnamed "{quote}": no recipient or kind of recipient is named. Check by hand.',
      'sharing-rule-only':
        'No recipients named. The "we do not share ... without consent unless the law allows" sentence states a sharing rule, not who receives the data, so it was not counted.',
      'not-found':
        'No recipients found: looked for a list such as "We routinely share pupil information with:" or named bodies (local authority, DfE, NHS, next school).',
    },
    options: {
      leadIns: [
        // The school as subject too: "The academy shares data with the organisations in the table below:".
        '(?:routinely |regularly |may |also )?(?:share|shares|sharing) (?:pupil |personal |student |this |your |the |some )?(?:information|data)?\\s*(?:with|to)\\b',
        'who (?:do )?we share',
        '(?:organisations|people|services|bodies|agencies|recipients|third parties)[^:]{0,60}(?:we|that we) (?:may |routinely |regularly )?share',
        'recipients',
        // An aside before the list: "We share information, only as much as is needed, with:".
        '\\b(?:share|shares) (?:pupil |personal |student |this |the |some )?(?:information|data), [^,:]{1,50}, (?:with|to)\\s*:',
        '(?:disclose|pass|provide|give|send) (?:pupil |personal |this )?(?:information|data) to',
        // Whose data said after it: "We share information about pupils with:", "We may disclose details about pupils to".
        '\\b(?:share|disclose|pass|provide|give|send) (?:pupil |personal |student |this |the |some )?(?:information|data|details|records) (?:about|on|of|relating to) (?:our |your |the )?(?:pupils?|students?|children|child)\\b(?: and (?:their )?(?:families|parents))?\\s*(?:with|to)\\b',
      ],
      headings: [
        'who (?:do )?we share',
        // The parent's question: "Who do you share it with?".
        'who (?:do|does|will) (?:you|the (?:school|academy|trust)) share',
        'sharing (?:pupil |personal )?(?:information|data)',
        // Any verb of handing data over: "Who we give information to", "Who the academy sends records to".
        'who (?:do )?(?:we|the (?:school|academy|trust|college)) (?:shares?|pass(?:es)?|gives?|sends?|discloses?|provides?|passes on)\\b',
        'recipients',
      ],
      shareVerbs: [
        'share',
        'sharing',
        'shared',
        'pass(?:es|ed)? (?:on )?',
        'disclos',
        'provide',
        'report back',
        'have access',
        'send',
        'sent to',
        'transfer',
        'forward',
        // The data as subject of a verb of being handed over, or of going where it may or will go: "information may go to
        // the council", "records are handed to the exam board", "your details might be seen by the school nurse". A
        // plain "the file goes to the next school" is left to the retention and transfer reading around it.
        '\\b(?:information|data|details|records?|files?|it|copies)(?: (?:may|might|will|can|could|would|also|sometimes|then|usually|only))+ go (?:on |out )?to\\b',
        '\\bhand(?:s|ed|ing)? (?:(?:it|them|this|these|details|information|data|records?) )?(?:on |over )?to\\b',
        '\\b(?:seen|viewed|accessed|read) by\\b',
        '\\b(?:made available|supplied|released|given) to\\b',
      ],
      recipients: RECIPIENTS,
      // Parties left unnamed: sharing is admitted but nobody is identified ("third parties where necessary").
      unnamedParties: [
        '\\bthird[- ]part(?:y|ies)\\b',
        '\\bother (?:organisations|organizations|agencies|bodies|professionals|partners|services|people)\\b',
        '\\b(?:outside|external) (?:organisations|organizations|agencies|bodies|partners|parties)\\b',
      ],
      traps: [
        "(?:do not|don't|will not|never) share[^.]{0,80}without (?:your )?consent",
        'third parties who promote',
        // The Department's own onward sharing (checklist.md 2.11 trap): "the Department for Education can pass it on to
        // outside bodies that promote the education or well-being of children".
        '(?:bodies|organisations|organizations|others|third parties) (?:that|who|which) promote the (?:education|well-?being)',
        '(?:department for education|\\bdfe|the department|secretary of state)(?: then| can| may| will| does| also| itself| in turn)* (?:share|pass|disclose|release|provide|give|supply|make)s?\\b[^.]{0,12}\\b(?:on|onward|it|them|this|the data|that data|pupil data|information)\\b',
        'releases data to third parties',
        'in order to (?:sell|market)',
      ],
      minNamed: 2,
    },
  },
  {
    id: 'international-transfers',
    area: 'notice',
    severity: 'required-if',
    ref: 'UK GDPR Art 13(1)(f)',
    title: 'Transfers outside the UK and safeguards',
    shortTitle: 'Data sent abroad',
    guidance:
      'The notice should say whether pupil data is stored or sent outside the UK (many school apps are US-based) and, if so, how it is protected.',
    lookedFor:
      '"outside the UK", "where in the world", adequacy or standard contractual clauses, or "we do not transfer your data outside the UK"',
    messages: {
      'no-transfer-stated': 'The notice says personal data is not transferred outside the UK.',
      'no-transfer-beyond-eea':
        'The notice says personal data is not sent outside the EEA (under the UK GDPR the boundary is the UK: see the current-law check).',
      'denied-and-admitted':
        'The notice says in one place that data does not leave the UK and in another that some is held or sent abroad, so it does not say plainly whether data leaves the UK.',
      'transfer-and-safeguards': 'The notice says when data may leave the UK and how it is protected.',
      'transfer-without-safeguards':
        'Transfers outside the UK are mentioned, but not how the data is protected (adequacy, contract clauses or other safeguards).',
      'safeguard-without-transfer': 'A transfer safeguard is named, but not whether or where data leaves the UK.',
      'vague-hosting': 'Only vague hosting talk ("the cloud") with no statement of where data is stored or whether it leaves the UK.',
      'not-found':
        'Nothing on transfers outside the UK: looked for "outside the UK", "where in the world", adequacy or contract safeguards, or "we do not transfer data outside the UK".{toolsNote}',
      'overseas-tools-note': ' The notice names tools usually hosted abroad ({tools}).',
    },
    options: {
      location: [
        // The UK by any of its names, its borders included: "outside Britain", "beyond the UK's borders".
        "(?:outside|beyond) (?:of )?(?:the )?(?:UK|United Kingdom|Great Britain|Britain|EEA|European Economic Area|EU|European Union)(?:'s borders)?",
        'leaves? the (?:UK|United Kingdom|country)',
        // "servers outside this country": the UK as the reader's own country.
        '(?:outside|beyond) (?:of )?(?:this|our|the) country',
        '(?:stored|held|hosted|processed|kept) (?:on (?:systems|servers) )?(?:(?:based|located) )?(?:with)?in (?:the UK|the United Kingdom|Great Britain|Britain|England|Wales|Scotland)\\b',
        'abroad|overseas|other countr(?:y|ies)|third countr(?:y|ies)|international(?:ly)? (?:transfer|organisation)',
        'where in the world',
        // The UK said not to hold it all: "servers, which may not always be in the UK".
        '\\bnot (?:always |necessarily |all )?(?:be |kept |held |stored |located |based )?(?:in|within) (?:the UK|the United Kingdom|Britain|this country)\\b',
        '(?:servers?|data cent(?:re|er)s?) (?:located |based )?in the (?:USA|US|United States)',
        '\\bin the (?:United States|USA|U\\.S\\.A?\\.?)(?!\\w)|\\bin (?:America|Canada|Australia|India|the EU|the EEA)\\b',
        // Data placed in the EU or EEA (a statement about data, not the law that applies there).
        '\\b(?:stored|held|hosted|processed|kept|located|based|sent|transferred|store|hold|host|keep|keeps) (?:[\\w-]+ ){0,3}(?:in|within|to) (?:the )?(?:European Union|European Economic Area|Europe)\\b',
      ],
      // The apps that hold the data stand for it too: "some of the apps we use are run by companies based in other
      // countries".
      dataContext: [
        'data',
        'information',
        'transfer',
        'stor(?:e|ed|age)',
        'host',
        'process',
        'sen[dt]',
        'leave',
        'record',
        'server',
        '\\bapps?\\b',
        'software',
      ],
      denial: [
        `(?:do not|don't|will not|won't|never|does not) (?:transfer|send|store|process|move|host)[^.]{0,80}(?:outside|beyond|abroad|overseas)${NOT_LIMITED}`,
        // The school's choice of suppliers: "we do not use any service that stores children's records abroad".
        "(?:do not|don't|will not|won't|never) use (?:any )?(?:services?|apps?|suppliers?|providers?|systems?|companies|software|platforms?|tools?) (?:that|which|who) (?:transfer|send|store|keep|hold|process|move|host)s?\\b[^.]{0,60}(?:outside|beyond|abroad|overseas)",
        // Not a share of it ("most pupil data is stored in the UK"): the rest may not be.
        '(?<!\\b(?:most|some|much|almost|nearly)\\s)\\b(?:all|your|pupil) (?:personal )?(?:data|information) (?:is|are) (?:only )?(?:stored|held|hosted|processed|kept) (?:with)?in the (?:UK|United Kingdom)',
        `not (?:be )?(?:transferred|sent|stored) (?:outside|beyond|abroad|overseas)${NOT_LIMITED}`,
        'only (?:stored|held|hosted|processed) (?:with)?in the (?:UK|United Kingdom)',
        // The denial carried by the subject: "None of the information we hold is sent outside the UK", "no pupil data leaves the UK".
        '\\b(?:none of|no)\\b[^.]{0,60}\\b(?:is|are|will be|gets?|ever) (?:ever )?(?:transferred|sent|stored|held|hosted|processed|moved|kept) (?:outside|beyond|abroad|overseas)',
        '\\bno (?:[\\w-]+ ){0,3}(?:ever )?(?:leaves?|goes) (?:the UK|the United Kingdom|abroad|overseas)\\b',
        // "Nothing leaves the UK", "nothing we hold is stored abroad".
        '\\bnothing\\b[^.]{0,40}\\b(?:ever )?(?:leaves?|goes|is (?:ever )?(?:transferred|sent|stored|held|hosted|kept)) (?:outside (?:of )?)?(?:the UK|the United Kingdom|abroad|overseas)\\b',
      ],
      // Data said to be abroad: outside the UK, overseas, or in a named foreign place (not "stored in the UK").
      placedAbroad: [
        "(?:outside|beyond) (?:of )?(?:the )?(?:UK|United Kingdom|Great Britain|Britain|EEA|European Economic Area|EU|European Union)(?:'s borders)?",
        'leaves? the (?:UK|United Kingdom|country)',
        '(?:outside|beyond) (?:of )?(?:this|our|the) country',
        'abroad|overseas|other countr(?:y|ies)|third countr(?:y|ies)',
        '\\bin the (?:United States|USA|U\\.S\\.A?\\.?)(?!\\w)|\\bin (?:America|Canada|Australia|India|the EU|the EEA)\\b',
      ],
      // A transfer supposed, not stated: "if data is ever sent abroad", "where this happens", "should we need to".
      supposed: [
        '^\\W*(?:if|where|should|when|whenever|in the (?:unlikely )?event|in (?:the )?future|in (?:rare|exceptional) cases)\\b',
        '\\b(?:if|should|were|where|unless)\\b[^.]{0,40}\\b(?:ever|need|needs|needed|transfer\\w*|sen[dt]|stor\\w*|mov\\w*|process\\w*)\\b',
        '\\b(?:trips?|visits?|exchanges?|holidays?)\\b',
        // A condition set on a move that has not happened: "suppliers must seek our agreement before any data is moved abroad".
        '\\bbefore\\s+(?:any|some|the|their|our|your|it|its|data|information)\\b[^.]{0,40}\\b(?:is|are|gets?|being)\\s+(?:moved|sent|transferred|stored|held|taken|processed)\\b',
        // A move abroad forbidden, not made: "our contracts do not allow it to be moved abroad without our agreement", "do
        // not allow them to move it abroad".
        "\\b(?:do not|does not|don't|doesn't|will not|won't|cannot|can't|may not|must not|never)\\s+(?:allow|permit|let)\\b[^.]{0,40}\\b(?:mov(?:e|ed)|sen[dt]|transfer(?:red)?|stored?|hold|held|take|taken|process(?:ed)?)\\b",
      ],
      safeguards: [
        // Not the adequacy of something else: "a review of the adequacy of our careers guidance".
        '\\badequacy\\b(?! of\\b)',
        // The adequacy finding in plain words: "countries the UK recognises as protecting data adequately".
        'adequate (?:protection|level of protection)|protects? (?:personal )?(?:data|information) adequately|adequately protect',
        // EU-era names of the same contracts still count (checklist.md 2.12): "EU model contract clauses".
        'standard contractual clauses|model (?:contract(?:ual)? )?clauses|standard (?:data protection )?contract clauses',
        'international data transfer (?:agreement|addendum)|\\bIDTA\\b|UK addendum',
        // The UK's own approved terms, by description: "the safeguards approved under UK data protection law".
        '\\bapproved (?:safeguards|contract(?:ual)? (?:clauses|terms))|\\bsafeguards approved (?:under|by)\\b',
        'appropriate safeguards|additional protections|equivalent (?:protection|level of protection)',
        'robust contract|contractual (?:protections|safeguards)',
        // The contracts said to carry them: "the contracts with them include the safeguards that the law requires for such
        // transfers", "the contracts require the same standard of protection as UK law".
        '\\bcontracts?\\b[^.;]{0,40}\\b(?:include|includes|contain|contains|provide|provides|require|requires|set out|sets out|give|gives)\\s+(?:the\\s+)?(?:same\\s+)?(?:safeguards|protections|standard of protection|level of protection)\\b',
        // A contract binding the receiver, or protection held to the UK's level: "protected to UK standards by a written agreement".
        '\\b(?:written|legally binding|binding|legal|formal) (?:agreement|contract)s?\\b',
        '\\bprotected (?:to|at) (?:the same|UK|British) (?:standards?|level)\\b',
        // The same level in plain words: "look after your information as carefully as the law in the UK says they must".
        // Not "as well as the UK", which adds a place.
        '\\bas (?:carefully|safely|securely|strictly|closely|thoroughly) as\\b[^.;]{0,40}\\b(?:UK|United Kingdom|British)\\b',
        'binding corporate rules',
        // The UK's adequacy regulations by their public name: "the UK-US data bridge".
        'data (?:privacy|protection) framework|UK extension|\\bdata bridges?\\b',
      ],
      // Hosting said only as "the cloud", whatever the verb: "keep their data on cloud servers", "save work to the cloud",
      // "stored in the companies' cloud data centres".
      vague: [
        // Or the systems themselves said to be there: "several systems we use are provided in the cloud".
        "\\b(?:stor(?:e|es|ed|ing)|held|holds?|hosted|hosts?|kept|keeps?|keeping|sav(?:e|es|ed|ing)|upload(?:s|ed)?|provided|run|runs|operated)\\b[^.]{0,60}\\b(?:in|on|to|into) (?:(?:the|a|an|our|their|its|own|[\\w-]+(?:'s|s')) ){0,3}cloud\\b",
        // Written in brackets too: "online (cloud) services".
        'cloud\\)?[- ](?:based|storage|services?|hosted|providers?|servers?|systems?|platforms?|data cent(?:re|er)s?)',
        // Data kept on a provider's own servers, with no word of where they are: "log-in details may be stored on their servers".
        "\\b(?:stor(?:e|es|ed|ing)|held|holds?|hosted|hosts?|kept|keeps?)\\b[^.]{0,60}\\b(?:on|in) (?:their|its|the (?:company|provider|supplier)'s|external|third[- ]party|(?:our |the )?(?:suppliers|providers)['\u2019])\\s+servers?\\b",
        // The same with the owner named after: "held on servers operated by our suppliers", "by those suppliers".
        '\\b(?:stor(?:e|es|ed|ing)|held|holds?|hosted|hosts?|kept|keeps?)\\b[^.]{0,60}\\b(?:on|in) servers (?:operated|run|owned|managed|provided) by (?:our|the|their|those|these|external|third[- ]party) (?:suppliers|providers|companies|service providers)\\b',
      ],
      personAbroad: [
        '\\b(?:famil(?:y|ies)|pupils?|students?|child(?:ren)?|learners?|parents?|carers?|they|you|he|she|he or she|someone)(?: (?:has|have|had|is|are|may|might|will))? (?:move[sd]?|moving|go(?:es|ing)?|went|gone|relocate[sd]?|relocating|emigrate[sd]?|emigrating|li(?:ve[sd]?|ving)) (?:to (?:live |study )?)?(?:abroad|overseas|outside (?:the )?(?:UK|United Kingdom)|to another country)\\b',
        // The same verb after another of the person's: "if they leave to be home educated or move abroad".
        `${PERSON_GOING('famil(?:y|ies)|pupils?|students?|child(?:ren)?|learners?|they|he or she', 60)}\\b(?:or|and) (?:move[sd]?|moving|relocate[sd]?|relocating|emigrate[sd]?|emigrating|go(?:es)? to live) (?:abroad|overseas|outside (?:the )?(?:UK|United Kingdom)|to another country)\\b`,
        // A pupil going to a school abroad: "if your child leaves for a school outside the UK".
        `${PERSON_GOING('pupils?|students?|child(?:ren)?|learners?|they|he or she', 30)}\\b(?:leaves?|left|leaving|moves?|moved|moving|goes|going|transfers?|transferring) (?:to|for) (?:a |an |another )?(?:new )?(?:school|college|setting|nursery) (?:outside (?:the )?(?:UK|United Kingdom)|abroad|overseas|in another country)\\b`,
        // "If a child leaves to be educated at home or leaves the country": the pupil leaving, not the data. Not "does my
        // child's information ever leave the country?". The pupil may be "they": "(for example if they leave the country)".
        `${PERSON_GOING('famil(?:y|ies)|pupils?|students?|child(?:ren)?|learners?|they|he or she', 40)}\\b(?:leaves?|left|leaving) (?:the (?:country|UK|United Kingdom)|England|Wales)\\b`,
        // A trip or visit abroad names an activity, not where data is kept: "passport details for overseas trips".
        '\\b(?:abroad|overseas|foreign|international) (?:school )?(?:trips?|visits?|travel|holidays?|exchanges?|residentials?|tours?)\\b',
        '\\b(?:trips?|visits?|travel|holidays?|exchanges?|residentials?|tours?) (?:abroad|overseas)\\b',
      ],
      // Not a sending that has nowhere to go: "if there is no next school to send it to (for example if your child moves
      // abroad), we keep the file".
      followsAbroad: [
        "(?<!\\b(?:not|never|cannot|can't|won't|unable to)\\s(?:be\\s)?)(?<!\\bno\\s(?:[\\w-]+\\s){0,3}to\\s)\\b(?:send|sends|sent|forward|forwards|forwarded|pass(?:es|ed)? (?:it |them |their [\\w ]{1,30})?on|transfer|transfers|transferred|share|shares|shared|give|gives|given)\\b",
      ],
      domestic: [
        'common transfer file|\\bCTF\\b',
        'post[- ]?16 (?:provider|institution|transition)',
        'transfer of (?:student|pupil) data from',
        'transfer(?:s|red)? to (?:a |another |their |the )?(?:new |next |secondary )?school',
        'school to school',
      ],
      guidance: [
        "^(?:the\\s+)?(?:ico|information commissioner(?:'s office)?)\\s+(?:publishes|provides|has|gives|offers)\\b",
        '^(?:for|see)\\s+(?:more\\s+|further\\s+)?(?:guidance|advice|information)\\b[^.]{0,40}\\b(?:see|visit|at|go to)\\b',
      ],
      overseasTools: [
        'class ?dojo',
        'google (?:workspace|classroom|drive|apps for education|for education|forms|meet)|g suite',
        'microsoft (?:365|office 365|teams|onedrive|forms)|office 365|\\bO365\\b',
        'seesaw',
        'tapestry',
        '\\bzoom\\b',
        'padlet',
        'showbie',
        'dropbox',
        'mailchimp',
        'survey ?monkey',
        'flipgrid|\\bflip\\b',
        'kahoot',
        'quizlet',
        'edmodo',
        'canva',
      ],
    },
  },
  {
    id: 'retention',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(2)(a)',
    title: 'Retention period or criteria',
    shortTitle: 'How long data is kept',
    guidance:
      'The notice must say how long pupil records are kept, or link to a retention schedule the public can open (many schools keep them until the pupil is 25).',
    lookedFor: 'a period ("until the pupil reaches 25", "for 6 years"), criteria, or a public link to a retention schedule',
    messages: {
      'period-given': 'A retention period or criterion is given.',
      'named-schedule': 'Retention follows a named, publicly available schedule.',
      'linked-schedule': 'Retention follows a schedule the notice links to.',
      'referred-with-problems': 'Retention is referred to, but {problems}.',
      'placeholder-period': 'Retention is referred to, but {problems}.',
      'placeholder-period-note': 'the period was left as template text',
      'private-schedule-link-note': 'the schedule link points to an intranet or internal address the public cannot reach',
      'part-of-data-only':
        'Retention is described only for part of the data (one processing activity), with no period for pupil records generally.',
      'period-for-part-only':
        'A retention period is given only for part of the data (e.g. one processing activity), not for pupil records generally.',
      'one-kind-only':
        'A retention period is given only for one kind of record, not for pupil records or personal data generally, and no schedule is linked.',
      'schedule-without-link': 'Points to a retention schedule or policy, but gives no period and no public link to it.',
      'no-period': 'Retention is mentioned without a period, criteria or schedule (e.g. only "as long as necessary").',
      'not-found':
        'No retention period found: looked for how long pupil data is kept, criteria, or a link to a retention schedule.{npdNote}',
      'npd-retention-note':
        ' "Retention and use of the data" in the National Pupil Database text is about DfE\'s conditions on third parties, so it was not counted.',
    },
    options: {
      topic: [
        'retain(?:ed|s)?|retention',
        'how long',
        // Up to four words for whose and which records: "we keep your main student record until you are 25", "we keep a
        // pupil's main file until their 25th birthday". Not the principle alone ("we never keep your personal information
        // for longer than we need it").
        `(?:hold|keep|store)s? ${WHOSE_RECORDS}(?:data|information|records?|files?)[^.]{0,40}\\b(?:for|until)\\b(?! (?:any )?longer than)`,
        '(?:keep|kept|hold|held|retain|retained|store|stored)s? [^.]{0,40}\\bfor (?:\\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|twenty-five) (?:years?|months?)',
        // The same with the count never filled in ("kept for XX years"): retention is the topic, the period is residue.
        '(?:keep|kept|hold|held|retain|retained|store|stored)s? [^.]{0,40}\\bfor \\[?(?:xx?|n|\\?)\\]? (?:years?|months?)',
        // Shorthand that can only be a retention period: "Student record: DOB + 25 years", "6 years after the pupil leaves".
        "(?:date of birth|\\bDOB\\b)(?: of (?:the|a|your|each|their) (?:pupil|child|student|learner)|(?: of)? (?:the )?(?:pupil|child|student|learner)'?s?)?\\s*(?:\\+|plus)\\s*\\d+",
        // Not the time of another act: "for contacting former students more than two years after they have left". The
        // lookahead first: a look back over 60 characters tried at every position made this pattern a third of the scan.
        '(?=\\b(?:\\d|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty))(?<!\\b(?:contact(?:s|ed|ing)?|invit(?:e|es|ed|ing)|writ(?:e|es|ing) to|e-?mail(?:s|ed|ing)?|send(?:s|ing)?)\\b[^.,;:]{0,60})\\b(?:\\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|twenty-five) (?:years?|months?) (?:after|from) (?:the |a )?(?:pupil|child|student|they|he or she)\\b[^.]{0,20}\\b(?:leaves?|left|leaving)\\b',
        '(?:kept|held|stored) (?:securely )?(?:for (?:a |the )?(?:set |minimum |maximum )?(?:period|length|time|\\d|as long)|until)',
        // A table column headed by keeping, read with each row: "Kept for: 3 years", "Retention period: until 25".
        '\\b(?:kept|held|stored|retained|keep it|hold it) for:',
        'storing (?:pupil|personal) (?:data|information)',
        // Also with the period between: "shredded six months after the start of term".
        '(?:deleted|destroyed|disposed of|shredded|erased|wiped) (?:(?:\\d+|one|two|three|four|five|six|seven|ten|twelve|a) (?:years?|months?|weeks?|days?) )?(?:after|when|once|at the end)',
        // "..., then securely destroyed": the end of a period just given.
        '\\bthen (?:securely |safely |confidentially )?(?:deleted|destroyed|disposed of|shredded|erased|wiped)\\b',
        // The record named just before: "your file goes to your next school ... we keep it until your 25th birthday".
        '\\b(?:keep|keeps|hold|holds|retain|retains|store|stores)\\s+(?:it|them)\\s+(?:securely |safely )?(?:until|for)\\b',
        // The list of periods by another name is the topic itself: "our records timetable".
        '\\b(?:records?|retention) (?:timetable|calendar)\\b',
        // Keeping governed by a document: "stored in accordance with the timescales laid down in our data handling policy",
        // "we keep pupil records in line with our records management policy" (a pointer: see schedule).
        '\\b(?:keep|keeps|kept|hold|holds|held|store|stores|stored|retain|retains|retained)\\b[^.]{0,60}\\b(?:in line with|in accordance with|according to|as set out in|set out in|laid down in|in keeping with|as (?:stated|described|required) (?:in|by))\\b[^.]{0,60}\\b(?:polic(?:y|ies)|schedules?|guidelines|timetable)\\b',
        // Kept for the child's time at the school: "we keep a pupil's file while they are taught here".
        `(?:hold|keep|store)s? ${WHOSE_RECORDS}(?:data|information|records?|files?)[^.]{0,40}\\b(?:while|whilst|for as long as|as long as) (?:your |the |their |a )?(?:child|pupil|student|you|they|he or she)\\b`,
        // Records said to stay for a time: "pupil records stay with us while you are a pupil here".
        '\\b(?:records?|files?|information|data)\\s+(?:stays?|remains?)\\s+(?:with us|with the (?:school|academy|trust)|at (?:the|our) (?:school|academy))\\s+(?:while|whilst|until|for)\\b',
      ],
      headings: [
        '\\bhow long\\b[^.?]{0,40}\\b(?:keep|kept|hold|held|retain|retained|store|stored)\\b',
        // The keeping said first: "Where is the information kept, and for how long?".
        '\\b(?:keep|kept|hold|held|retain|retained|store|stored)\\b[^.?]{0,40}\\bhow long\\b',
        '\\bretention\\b|\\bretain',
        '\\b(?:keeping|storing|retaining)\\b[^.?]{0,30}\\b(?:and|&)\\s+(?:deleting|disposing|destroying|deletion|disposal|destruction)\\b',
        '\\b(?:deleting|deletion of|disposal of|disposing of|destroying|destruction of)\\s+(?:pupil |personal |your )?(?:data|information|records)\\b',
      ],
      headingTraps: ['\\bsafe|\\bsecur|\\bprotect'],
      // "How we protect your information and how long we keep it": the section is about keeping too.
      plainHeadings: [
        '\\bhow long\\b[^.?]{0,40}\\b(?:keep|kept|hold|held|retain|retained|store|stored)\\b',
        '\\b(?:keep|kept|hold|held|retain|retained|store|stored)\\b[^.?]{0,40}\\bhow long\\b',
        '\\bretention\\b',
      ],
      erasureRight: [
        '\\b(?:you (?:can|may|could) (?:also )?(?:ask|request)|(?:the )?right to|ask us to|request that)\\b[^.]{0,150}\\b(?:delet|eras|destroy|remov|forgotten)',
      ],
      period: [
        // Not how often or how soon ("reviewed every 2 years", "a reply within one month"): that is no keeping period.
        '(?<!\\b(?:every|within|each|per)\\s)\\b\\d+\\s*(?:\\+\\s*)?(?:years?|months?|weeks?|days?)\\b',
        '(?<!\\b(?:every|within|each|per)\\s)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty[- ]five|fifty)\\s+(?:years?|months?|weeks?|days?)\\b',
        // One period said as "a year" or with a further one: "deleted a year after they leave", "this year and one further
        // year". Not how often ("once a year", "twice a year", "every year").
        '(?<!\\b(?:once|twice|times|every|each|per|within)\\s)\\b(?:a|one further|one more|a further|another) (?:year|month|term)\\b(?! (?:group|olds?|\\d))',
        '(?:age|aged) (?:of )?\\d{2}',
        '\\d{2}(?:st|nd|rd|th) birthday',
        "(?:date of birth|\\bDOB\\b)(?: of (?:the|a|your|each|their) (?:pupil|child|student|learner)|(?: of)? (?:the )?(?:pupil|child|student|learner)'?s?)?\\s*(?:\\+|plus)\\s*\\d+",
        'until (?:the|your|a|each|every) (?:pupil|child|student) (?:reaches|is|turns|leaves)',
        // Written to the pupil: "until you turn 25", "until they are 25".
        '\\buntil (?:you|they|he or she) (?:reach|reaches|turn|turns|are|is) (?:the age of )?\\d{2}\\b',
        '(?:after|following) (?:the )?(?:pupil|child|student) (?:leaves|has left)',
        // An end the family can foresee: "for as long as your child is at the school", "while you attend".
        '\\b(?:for as long as|as long as|while|whilst) (?:your |the |their |a )?(?:child|pupil|student|you|they) (?:is|are|remains?|attends?|stays?) (?:(?:at|in|with) )?(?:the |our |this )?(?:school|academy|nursery|trust|us)\\b',
        // Or as their time being taught or on roll: "while they are taught by us", "as long as your child is on our roll".
        '\\b(?:for as long as|as long as|while|whilst) (?:your |the |their |a )?(?:child|pupil|student|young person|you|they|he or she) (?:is|are) (?:taught|educated|registered|enrolled) (?:by us|here|with us|at (?:the |our |this )?(?:school|academy|nursery))\\b',
        "\\b(?:for as long as|as long as|while|whilst) (?:your |the |their |a )?(?:child|pupil|student|young person|you|they|he or she) (?:is|are) on (?:our|the) (?:school'?s? )?roll\\b",
        // The same end said as the reader's time as a pupil: "while you are a pupil here", "as long as they are a student with us".
        '\\b(?:for as long as|as long as|while|whilst) (?:your |the |their )?(?:child|you|they|he or she) (?:is|are|remains?) (?:a |our )?(?:pupil|student|learner)s? (?:here|at|with|of)\\b',
      ],
      namedSchedule: ['information and records management society|\\bIRMS\\b|records management toolkit for schools'],
      schedule: [
        'retention (?:schedule|policy|guidelines)',
        // A schedule named in a sentence about keeping data is the retention schedule: "our full schedule is published at".
        '\\b(?:our|the|this|that|a|full|complete|published) schedule\\b',
        // The list of periods by another name: "our records timetable", "the retention timetable".
        '\\b(?:records?|retention) (?:timetable|calendar)\\b',
        // Or by what it sets out: "our full list of how long we keep each kind of record is on our policies page".
        '\\b(?:list|table|guide|breakdown|summary) (?:of|showing|setting out) how long\\b',
        '\\bhow long (?:we|the (?:school|academy|trust)) (?:keeps?|holds?|retains?) (?:each|every|different|all the) (?:kinds?|types?|sorts?|categor(?:y|ies)) of\\b',
        'records management (?:policy|schedule)',
        '(?:data|records) retention',
        // The document said to govern the keeping, whatever its name: "in line with our data handling policy".
        '\\b(?:in line with|in accordance with|according to|as set out in|set out in|laid down in|in keeping with|as (?:stated|described|required) (?:in|by))\\b[^.]{0,60}\\b(?:polic(?:y|ies)|schedules?|guidelines|timetable)\\b',
      ],
      // Not a heading that names pupils too ("Pupils and parents: how long we keep information"), nor the notice's own
      // title naming its readers ("Privacy information for families").
      otherPeopleHeadings: [
        "^(?!.*\\b(?:pupils?|child|children|students?|learners?|young (?:people|person)|privacy|notice)\\b).*?\\b(?:parents?|carers?|families|family members|staff|employees|visitors|governors|trustees|volunteers|(?:job )?applicants|contractors)(?:'s?|\u2019s?)?\\b(?! of\\b)",
      ],
      subset: [
        '\\bCCTV\\b|footage|recordings',
        'transition',
        'for the purpose of',
        // Not the stage named as a time ("the last school they attend before post-16 education").
        '(?<!\\b(?:before|after|into) )\\bpost[- ]16\\b',
        // Money records are one kind of record, not pupil or family records generally.
        '\\b(?:payment|payments|financial|finance|income|accounting)\\b[^.;]{0,20}\\brecords\\b', // Records of one activity: a referral and its evidence, log-ins to an online service, a biometric template.
        '\\breferral (?:records?|forms?|papers?|paperwork|files?)\\b',
        // A referral or application that came to nothing: "papers that do not lead to a placement".
        '\\b(?:does|do|did) not (?:lead|result) (?:to|in) (?:a |an )?(?:placement|place|admission|offer)\\b',
        // The record that a file was passed on, not the file itself: "a copy of the transfer record is kept until 25".
        '\\b(?:transfer|handover|hand-over) (?:records?|logs?|receipts?|slips?)\\b',
        '\\b(?:online|user|learning|email|platform|student|pupil|their|his|her) accounts?\\b',
        '\\bbiometric (?:templates?|data|information)\\b|\\b(?:finger|face) templates?\\b',
        // The move between primary and secondary school: transition data by another name.
        '\\b(?:year 6|year 7|y6|y7)\\b',
        '\\b(?:move|moves|moving|transfer|transfers|transferring) (?:up )?to (?:secondary|high|senior|upper) school\\b',
        // Data of one outing or visit: "information we collect for school trips is deleted after the trip".
        '\\b(?:school |day |residential )?(?:trips?|outings?|residentials?)\\b',
        // Records of one activity or one medium: a visitors' book, photographs for displays, mailboxes, appeal papers.
        "\\bvisitors?['\\u2019]? (?:logs?|books?|records?|badges?|sign[- ]in (?:sheets?|records?))\\b|\\bsign(?:ing)?[- ]in (?:sheets?|logs?|books?)\\b",
        '\\b(?:photographs?|photos?|images?|videos?) (?:used|taken|displayed|shown|published|on (?:our|the) (?:website|displays?|social media))\\b',
        '\\b(?:emails?|e-mails?|mailboxes?) (?:are|is) (?:deleted|kept|held|stored|retained)\\b',
        '\\b(?:appeals?|admissions appeals?) (?:papers?|records?|files?|documents?)\\b',
        // Records of the school's other people, not of pupils or their families: "Volunteer records are kept for six years",
        // "Information about governors is kept ...".
        "\\b(?:governors?|trustees?|volunteers?|visitors?|staff|employees?|contractors?)['\\u2019]?s?['\\u2019]? (?:records?|files?|information|details|data)\\b|\\b(?:records?|files?|information|details|data) (?:about|on|of|relating to) (?:our |the |school |any )?(?:governors?|trustees?|volunteers?|visitors?|staff|employees?|contractors?)\\b",
        // Applications from people who never joined: one group of records, not pupils' or students' records.
        '\\b(?:unsuccessful|withdrawn|rejected) (?:applications?|applicants?)\\b|\\b(?:apply|applied) (?:but|and) (?:do not|don\x27t|did not|never) (?:enrol|join|start|take up)',
      ],
      passedOn: [
        '\\b(?:file|files|record|records)\\b[^.;]{0,60}\\b(?:goes|go|passes|pass|passed|is sent|are sent|sent|moves?|is transferred|are transferred|transferred|travels?)\\b[^.;]{0,40}\\b(?:next|new|receiving)\\s+(?:school|placement|setting|academy|provider|college)\\b',
        // The file said to go with the child, wherever they go next: "their main file goes with them", "the pupil record
        // moves up with your child".
        '\\b(?:file|files|record|records)\\b[^.;]{0,30}\\b(?:goes|go|moves?|travels?|follows?|passes|pass|is passed|are passed)\\b (?:on |up |across )?with (?:them|him or her|you|your child|the (?:pupil|child|student))\\b',
        // The move said first: "When you go to secondary school, your school file goes with you."
        '\\b(?:when|once|if) (?:you|they|your child|a pupil|pupils|the pupil|children|a child) (?:go|goes|move|moves|leave|leaves|transfer|transfers) (?:on |up )?to (?:a |another |their |your |the )?(?:new |next |secondary |junior |high |middle |upper )?(?:school|academy|college|setting)\\b[^.;]{0,30}\\b(?:file|files|record|records)\\b[^.;]{0,20}\\b(?:goes|go|passes|pass|is passed|are passed|is sent|are sent|moves?|travels?|follows?) (?:on )?(?:with|to)\\b',
      ],
      recordNouns: [
        // "Paper" before another word is the medium ("paper copies of consent forms"), not the record; a "sixth form" or a
        // "form tutor" is a stage or a class of the school, not a form filled in.
        '\\b(?:records?|files?|registers?|(?<!\\bsixth )forms?(?! (?:tutors?|groups?|teachers?|class(?:es)?|rooms?)\\b)|reports?|papers|paper(?! \\w)|paperwork|scripts?|plans?|logs?|books?|footage|recordings?|photographs?|photos|images?|videos?|accounts?|templates?|results|details|information|data|journals?|messages|documents?|entries|notes|letters|applications?|minutes)\\b',
      ],
      // The records in general: whose they are, which copy, how much of them ("the pupil's main file", "all other records").
      generalNouns: ['records?|files?|information|data|details|documents?|paperwork|papers?|notes|entries'],
      generalQualifiers: [
        'pupil',
        'pupils',
        'student',
        'students',
        'learner',
        'learners',
        'child',
        'children',
        'young',
        'person',
        'people',
        'your',
        'their',
        'his',
        'her',
        'our',
        'its',
        'the',
        'a',
        'an',
        'each',
        'every',
        'all',
        'any',
        'other',
        'most',
        'some',
        'this',
        'these',
        'those',
        'such',
        'main',
        'whole',
        'full',
        'core',
        'own',
        'central',
        'permanent',
        'remaining',
        'school',
        'educational',
        'education',
        'personal',
        'pupil-level',
        'individual',
        'family',
        'personnel',
        'staff',
        'contact',
        'copy',
        'copies',
        'paper',
        'electronic',
        'digital',
        'written',
        'his/her',
      ],
      // Words of the clause around the noun, where its qualifiers stop ("we keep accident records": "keep" is no qualifier).
      clauseWords: [
        'we',
        'you',
        'they',
        'it',
        'keep',
        'keeps',
        'kept',
        'hold',
        'holds',
        'held',
        'retain',
        'retains',
        'retained',
        'store',
        'stores',
        'stored',
        'delete',
        'deletes',
        'deleted',
        'destroy',
        'destroyed',
        'of',
        'for',
        'and',
        'or',
        'to',
        'in',
        'on',
        'with',
        'by',
        'from',
        'about',
        'at',
        'are',
        'is',
        'be',
        'been',
        'will',
        'then',
        'that',
        'which',
        'only',
        'also',
        'when',
        'where',
        'if',
        'while',
        'after',
        'until',
        'than',
        'as',
        'so',
        'but',
        'both',
        'including',
        'include',
        'includes',
        'example',
        'e.g',
        'eg',
        'such',
        'like',
        'except',
        'unless',
        'apart',
        'besides',
        // Whether and how a record is handed on: "If we cannot send the file on, we keep it until 25" keeps the file itself.
        'can',
        'cannot',
        'send',
        'sends',
        'sent',
        'pass',
        'passes',
        'passed',
        'forward',
        'forwards',
        'forwarded',
      ],
      placeholder: [
        '\\[(?:time period|insert|period|x)[^\\]]{0,200}\\]',
        'for / in accordance',
        '\\bfor xx?\\b',
        // A count left as letters: "kept for XX years", "for x-y years", "until the child is XX".
        '(?<![\\w-])(?:xx|x|n|\\?)\\s*(?:-\\s*(?:xx|x|y|n)\\s*)?(?:years?|months?|weeks?|days?)\\b',
      ],
      ...PRIVATE_ADDRESSES,
      // The Department's terms for those it gives NPD extracts ("which must accept tight conditions on the retention, use
      // and security of what they receive") are not the school's retention (checklist.md 2.13).
      traps: [
        'retention and use of (?:the|that|this|such) data',
        'duration of the processing',
        'security arrangements and retention',
        '\\bconditions (?:on|for|about|covering) (?:the |their )?(?:retention|storage|keeping)\\b',
        '\\bretention,? use and security\\b',
      ],
    },
  },
  {
    id: 'security-measures',
    area: 'notice',
    severity: 'recommended',
    ref: 'UK GDPR Art 32 (transparency good practice)',
    title: 'How the data is kept secure',
    shortTitle: 'Keeping data secure',
    guidance:
      'Good practice is to tell families how the school protects their information, for example access controls, encryption and staff training.',
    lookedFor: 'a security section or measures such as encryption, access controls, password protection or staff training',
    messages: {
      'measures-described': 'The notice describes how the school keeps data secure.',
      'held-securely-only': 'Says data is held securely, but names no measures (access controls, encryption, training).',
      'not-found':
        'Nothing on how the school keeps data secure: looked for a security section or measures such as encryption and access controls.{otherBodyNote}',
      'other-body-note': " Security text about the Department / Welsh Government or a one-off upload was not counted as the school's.",
      'government-keeping-only':
        "Nothing on how the school keeps data secure: the only such statement is in a paragraph about the Department / Welsh Government's own keeping.",
    },
    options: {
      measures: [
        'how (?:do )?we (?:protect|secure|keep) (?:your |pupil |personal )?(?:information|data)(?: safe| secure)?',
        'encrypt(?:ion|ed)',
        'pseudonymis',
        'access controls?|controlling access|restricted access|role[- ]based access',
        // Passwords that guard the data, not a password that is itself data held ("the password you set for collecting
        // your child").
        'password[- ](?:protected|protection|controlled)|\\b(?:protected|secured|locked) (?:by|with) (?:a |strong |unique )?passwords?|\\b(?:strong|secure|unique|complex|individual) passwords?|\\bpasswords? (?:and|or|,) (?:encryption|access|two|multi|firewalls?|locked)|\\b(?:encryption|encrypted|access controls?|firewalls?),? (?:and|or) passwords?|\\b(?:behind|needs?|requires?|with) (?:a |their own |an individual )?(?:user ?name and )?(?:log-?in and )?passwords?\\b(?! (?:you|for collect))|\\bpasswords? (?:on|for) (?:all |our |the |every )?(?:systems?|computers?|devices|laptops|accounts|files|documents|networks?)\\b',
        'firewalls?|anti-?virus',
        // A second step at sign-in, and a record of who opened what.
        '(?:two|2|multi)[- ](?:step|factor)|\\b(?:2fa|mfa)\\b',
        '(?:audit|access) (?:logs?|trails?)|logs? of who',
        // "Access to files is restricted by role", "access to records is limited to the staff who need it".
        '\\baccess\\b[^.]{0,40}\\b(?:is|are) (?:strictly )?(?:restricted|limited|controlled)\\b',
        '(?:appropriate|technical and organisational|organisational and technical) (?:security )?measures',
        'locked (?:cabinets?|filing|cupboards?|rooms?)',
        // The same in plain words: "Paper records are locked away", "kept under lock and key".
        '\\blocked (?:away|up)\\b|\\bunder lock and key\\b',
        // Devices guarded by passwords: "Computers and tablets have passwords".
        '\\b(?:computers?|laptops?|tablets?|devices|systems?|ipads?)\\b[^.]{0,30}\\b(?:have|has|need|use)\\s+(?:strong |secure |individual )?passwords?\\b',
        'training (?:for|of) (?:our |all )?staff|staff (?:are|receive) (?:trained|training)',
        'secure (?:servers?|networks?|systems)',
        // Named protections in other words: "protected servers", "secure email", "data protection training every year".
        // Not a supplier named by its product ("our secure email provider, who act as processors").
        '\\b(?:protected|encrypted) (?:servers?|networks?|systems|devices|laptops)\\b|\\bsecure (?:e-?mail|file transfer|portals?|messaging)\\b(?! (?:providers?|suppliers?|compan(?:y|ies)))',
        '\\b(?:data protection|information security|cyber ?security) training\\b|\\btrained in (?:data protection|information security|cyber ?security)\\b',
        // Assurance of the measures themselves: a recognised certification or an outside test of them.
        'cyber essentials|\\biso(?:/iec)? ?27001\\b|penetration test|pen[- ]test|vulnerability (?:scans?|scanning|tests?|testing)',
        // Access on a need-to-know basis: "can be opened only by staff who need it", "only staff who need to see it".
        '\\bonly (?:by |to )?(?:the )?(?:staff|members of staff|people|employees|those)(?: members)? (?:who|that) (?:need|require)',
        '\\bneed-to-know\\b|\\bon a need to know basis\\b',
        // Said of the staff: "staff only see what they need", "staff can only open the records they need".
        '\\b(?:staff|employees|colleagues)\\b[^.]{0,15}\\bonly (?:see|access|open|view|look at|have access to)\\b[^.]{0,30}\\b(?:need|needs|require|requires)\\b',
        // The same restriction said from the other side: "We will protect it from anyone who is not entitled to see it",
        // "kept from unauthorised access".
        '\\b(?:protect|protects|protected|protecting|guard|guards|guarded|keep|keeps|kept|safe)\\b[^.]{0,40}\\bfrom (?:anyone|anybody|people|those|someone) (?:who (?:is|are) )?not (?:entitled|authorised|authorized|allowed|permitted) to (?:see|access|view|read|have)\\b|\\b(?:from|against) unauthori[sz]ed (?:access|people|persons|users|disclosure)\\b',
      ],
      general: [
        '(?:hold|keep|store)s? (?:pupil |personal |your )?(?:data|information|records)[^.]{0,40}securely',
        '(?:held|kept|stored) securely|(?:held|kept|stored) in a secure',
        'securely (?:held|stored|kept)',
        'keep (?:your |pupil |personal )?(?:data|information|records) (?:safe|secure)',
      ],
      traps: [
        "(?:department(?: for education)?|dfe|welsh government)(?:'s)? (?:has|have|uses|operates|runs) (?:robust|rigorous|strict|stringent)",
        'stringent controls',
        'security arrangements and retention',
        'securely (?:uploaded|deleted|transferred|sent)',
        // How the Department's database was filled ("The NPD holds information gathered securely from schools"), not how
        // the school keeps what it holds.
        '(?:gathered|collected|obtained|received) securely from\\b',
        // The channel a pupil's file arrives by ("the CTF or secure file transfer from their previous school"): how the
        // data is collected, not how the school protects what it holds.
        '\\bsecure file transfers? (?:from|when|if|as)\\b',
        // Or named beside the Common Transfer File as the way a pupil's file moves between schools: "the previous school,
        // by means of the Common Transfer File or secure file transfer".
        '\\b(?:common transfer files?|ctf)\\b[^.;]{0,30}\\bsecure file transfers?\\b|\\bsecure file transfers?\\b[^.;]{0,30}\\b(?:common transfer files?|ctf)\\b',
        'outside of the council',
      ],
    },
  },
  {
    id: 'biometrics-consent',
    area: 'notice',
    severity: 'required-if',
    ref: 'Protection of Freedoms Act 2012 ss.26-28',
    title: 'Biometric data: parental consent',
    shortTitle: 'Biometrics consent',
    guidance:
      'If the school uses fingerprints or other biometrics (for example for cashless catering), the law requires written parental consent and an alternative for any child who refuses.',
    lookedFor: 'a biometric mention with a statement that written parental consent is obtained (Protection of Freedoms Act 2012)',
    messages: {
      'not-mentioned': 'No biometric processing is mentioned (fingerprints, facial recognition, biometric catering).',
      'not-used': 'The notice says biometric data is not used.',
      'consent-stated': 'Biometric data is used with a statement about parental consent.',
      'consent-not-sought':
        "Biometric data is used, and the notice says parental consent is not sought; the Protection of Freedoms Act 2012 requires written parental consent before a child's biometric data is processed.",
      'no-consent-statement':
        'Biometric data is mentioned, but there is no statement that parents are asked for written consent (Protection of Freedoms Act 2012) or that the child can refuse.',
      'learner-consent-only':
        "Biometric data is used, and consent is asked of the student, with no parent named; the Protection of Freedoms Act 2012 requires a parent's written consent for a pupil under 18.",
    },
    options: {
      mention: [
        'biometric',
        'finger ?prints?|thumb ?prints?|finger (?:scan|recognition)',
        // A finger used to pay or sign in ("pay with your finger", "finger template"), not finger food or finger painting.
        "\\b(?:your|their|a|the|pupils?'?s?|child'?s?) (?:finger|thumb)\\b(?! (?:food|paint|puppet))|\\bfinger (?:templates?|images?|readers?|scanners?|pads?)\\b",
        'facial recognition|face recognition',
        'protection of freedoms act',
      ],
      // Not a sign that biometrics are used: the Act alone in a list of statutes (it also governs CCTV), and the
      // definition of special category data ("genetic or biometric data used to identify someone").
      notEvidence: [
        '^(?:the )?protection of freedoms act(?: 2012)?[;,.]?$',
        // Biometrics for staff alone ("a fingerprint reader for staff entry only"): no pupil's data.
        '\\b(?:for|by) (?:our )?staff(?: members)?(?: (?:entry|access|use))? only\\b|\\bonly (?:for|by) (?:our )?staff\\b',
        '\\bgenetic(?: data)?,? (?:or|and) biometric|\\bbiometric(?: data)?,? (?:or|and) genetic',
        // An immigration document ("passport, visa or biometric residence permit"), not biometric data the school processes.
        '^(?![\\s\\S]*\\b(?:finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition|canteen|cashless|catering)\\b)[\\s\\S]*\\bbiometric residence (?:permits?|cards?)\\b',
        // Biometrics as one kind in the definition of special category data ("information the law says needs more care:
        // health, ethnicity, religion, biometrics ..."), with no use of them named in the sentence.
        // What any school would have to do if it used them ("If a school uses biometric systems, it must obtain written
        // consent"): a rule about schools in general, as a council template states it, not this school's use.
        '\\b(?:if|where|when) (?:a|any|the) (?:school|academy|setting|provider)s? (?:uses?|has|operates?|introduces?|wants? to use)\\b',
        '^(?=[\\s\\S]*\\b(?:special categor|sensitive|more (?:care|protection))[a-z]*\\b)(?=[\\s\\S]*\\b(?:ethnic|religio|sexual|genetic|political|trade union)[a-z]*\\b)(?![\\s\\S]*\\b(?:canteen|catering|cashless|library|lunch|payments?|paying|registered|register|sign in|fingerprints?)\\b)[\\s\\S]*\\bbiometrics?\\b',
      ],
      // Consent named only as a legal condition ("Article 9(2)(a), explicit consent, for the canteen system"): a label
      // for the basis, not a statement that parents are asked in writing or that the pupil may refuse (checklist.md 2.31).
      consentLabel: [
        '\\barticle\\s*[69]\\s*\\(\\s*[12]\\s*\\)\\s*\\(\\s*a\\s*\\)',
        // "processed on the basis of explicit consent", "the condition we rely on is consent".
        '\\b(?:basis|bases|condition|ground|grounds)\\b[^.]{0,30}\\b(?:explicit\\s+)?consent\\b',
        '\\bexplicit\\s+consent\\b',
        // Consent given by the pupil alone: the Act asks a parent, and lets the pupil refuse.
        "\\b(?:consent|permission|agreement) (?:of|from) (?:the |each |every |your |a )?(?:pupil|student|child)(?:ren)?\\b(?!['\\u2019]s)",
        "\\b(?:pupil|student|child)(?:ren)?['\\u2019]?s?['\\u2019]? (?:own )?(?:consent|permission|agreement)\\b",
        // "Pupils over 13 can give their own consent": the pupil consenting for themselves, with no parent asked.
        '\\b(?:their|his or her|his|her) own (?:consent|permission|agreement)\\b',
      ],
      consentDetail: [
        '\\b(?:parents?|carers?|guardians?|written|in writing|ask(?:s|ed)?|obtain(?:s|ed)?|refuse[sd]?|objects?|alternative)\\b',
      ],
      // Consent asked of the student, not a parent: "We ask each student for consent before registering them", "Students
      // who want to use it sign a consent form". The Act asks a parent of anyone under 18.
      learnerConsent: [
        '\\bask(?:s|ed|ing)?\\s+(?:(?:each|every|the|all|our|any)\\s+)?(?:pupils?|students?|learners?)\\s+(?:for|to\\s+(?:give|sign))\\s+(?:their\\s+|his\\s+or\\s+her\\s+|a\\s+)?(?:own\\s+)?(?:written\\s+)?(?:consent|permission|agreement)\\b',
        '\\b(?:pupils?|students?|learners?)\\s+(?:(?:who|that)\\s+(?:want|wish|choose|would\\s+like|decide)\\s+to\\s+[^.]{1,40}?\\s+)?(?:sign|give|complete|fill\\s+in|return)s?\\s+(?:a\\s+|the\\s+|their\\s+)?(?:own\\s+)?(?:written\\s+)?(?:consent|permission)\\b',
      ],
      // Whoever stands for the family in a consent sentence: the Act's consent is theirs.
      parentNamed: ['\\b(?:parents?|parental|carers?|guardians?|famil(?:y|ies)|mums?|dads?)\\b'],
      // "We will not process biometric data unless a parent has consented" is a condition, not a denial.
      notUsed: [
        // Biometrics by kind as well as by name: "we don't use fingerprint or face-recognition systems".
        // Or of the system: "The UTC does not operate any biometric recognition system".
        // "The Trust does not currently operate any biometric recognition system" (an adverb between).
        // Or of what a system does: "GateBook ... does not recognise faces or fingerprints".
        "(?:do not|don't|does not|doesn't|will not|never) (?:(?:currently|presently|now|at present|routinely|ever) )?(?:use|process|collect|hold|have|operate|run|recogni[sz]e)[^.]{0,30}(?:biometric|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)(?![^.]*\\b(?:unless|until|without|except|other than)\\b)",
        // A use that has ended: "We stopped using fingerprint recognition in 2025", "the school no longer uses biometrics".
        '\\b(?:stopped|ceased|discontinued|no longer)\\s+(?:using|uses?|operat(?:es?|ing)|running|runs?|collect(?:s|ing)?|process(?:es|ing)?|the use of)\\s+(?:any\\s+|the\\s+|our\\s+|its\\s+)?(?:biometric|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)(?![^.]*\\b(?:unless|until|except|other than)\\b)',
        // Something said not to be used for it: "ID card photographs are not used for facial recognition".
        '\\b(?:is|are|will)\\s+(?:not|never)\\s+(?:be\\s+)?used\\s+(?:for|in|with)\\s+(?:any\\s+)?(?:biometric|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)(?![^.]*\\b(?:unless|until|without|except|other than)\\b)',
        // A system said not to be one: "GateBook is not a biometric system", "the pads aren't biometric".
        "\\b(?:is|are|was)\\s+not\\s+(?:a\\s+|an\\s+)?biometric\\b|\\b(?:isn't|aren't|isn\u2019t|aren\u2019t)\\s+(?:a\\s+|an\\s+)?biometric\\b",
        // "None of our academies uses biometric systems", "Neither school currently uses fingerprint recognition".
        // And of people: "Nobody at the school uses fingerprints", "No one here uses face recognition".
        '\\b(?:none of (?:our|the|its) (?:schools|academies|settings)|neither (?:school|academy)|(?:nobody|no one|no-one)(?: (?:at|in) (?:the|our|this) (?:school|academy|college|nursery|setting)| here)?) (?:currently )?(?:uses?|processes|collects|holds|has|operates?|runs?)[^.]{0,30}(?:biometric|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)(?![^.]*\\b(?:unless|until|without|except|other than)\\b)',
        // "No biometric data shall be processed unless a parent has consented" is the consent condition, not a denial.
        // Said of the person too: "No child's fingerprint, face or voice is used to identify them".
        "\\bno (?:(?:child|pupil|student|learner|one)['\u2019]s )?(?:biometric|finger ?print|thumb ?print|fac(?:e|ial)[- ]recognition)(?![^.]*\\b(?:unless|until|without|except|other than)\\b)",
        // A question on them answered "No": "Do you use fingerprints or face recognition? | Answer: No."
        '\\b(?:use|have|collect|process)\\b[^?.]{0,60}\\b(?:biometric|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)\\b[^?.]{0,40}\\?[\\s|]*(?:answer\\s*:\\s*)?no\\b',
        // A non-biometric means set against biometrics: "cashless catering (which uses cards, not fingerprints)", "a PIN
        // rather than a fingerprint". Not one kind against another ("face recognition rather than fingerprints").
        // What the means is for may stand between: "a four-digit PIN for cashless payments, not fingerprints".
        '\\b(?:cards?|pins?|pin numbers?|codes?|passwords?|cash|photos?|photographs?|names?|lanyards?|fobs?)(?: (?:for|to) [^.,;]{1,40})?,? (?:and )?(?:not|rather than|instead of) (?:a |by |with |using )?(?:biometrics?|biometric data|finger ?prints?|thumb ?prints?|fac(?:e|ial)[- ]recognition)\\b',
        // A field answered "None": "Biometric systems in use: None", "Biometrics used - none", "... used at our school: None".
        '\\b(?:biometric|finger ?print)[^.:]{0,40}\\b(?:in use|used)(?: (?:at|in|by) (?:our|the|this) (?:school|academy|nursery|setting))?\\s*[:-]\\s*(?:none|no|n/a)\\b',
        // The field's value after its label, as a table row reads: "Biometric systems: | None in use".
        '\\b(?:biometric|finger ?print)s?(?: (?:systems?|data|technology))?\\s*[|:\\u2013-](?:\\s*\\|)?\\s*(?:none|n/a|not used)\\b(?!\\s+of\\b)',
      ],
      consent: [
        'consent',
        'permission',
        '(?:parents?|carers?|you) (?:must|will|need to) (?:agree|opt in)',
        // "only if your parents agreed in writing", "with a parent's written agreement".
        '\\bagreed? in writing\\b',
        '\\bwritten (?:agreement|permission)\\b',
        // "only if your parent has said yes in writing", "signed form from home".
        '\\b(?:said|says|say) yes\\b',
        '\\b(?:yes|agree|agreed|agreement|permission|consent(?:ed)?)\\b[^.]{0,20}\\bin writing\\b',
        '\\bsigned (?:the |a |our )?(?:consent )?(?:form|agreement|permission|consent)\\b',
        // A form that comes back signed, or is signed by a parent: "unless that form is returned signed by a parent".
        '\\bsigned by (?:a |the |your |their |one )?(?:parents?|carers?|guardians?)\\b',
        '\\b(?:form|agreement)\\b[^.]{0,40}\\bsigned\\b',
        // Opting in, and being asked whether the child may take part: "only after a parent has opted in in writing".
        '\\bopt(?:s|ed|ing)?[- ]in\\b',
        '\\bask(?:s|ed|ing)?\\b[^.]{0,30}\\b(?:whether|if)\\b[^.]{0,40}\\b(?:may|can|could)\\s+(?:use|join|be enrolled|be registered|register|take part)\\b',
        '(?:object|refuse|opt out)',
        'alternative (?:means|arrangement|way|method)',
      ],
      // Consent said not to be sought: "we do not ask parents for consent", "no consent is needed".
      consentDenied: [
        "\\b(?:do not|don't|does not|doesn't|will not|won't|never|are not required to|need not)\\s+(?:ask|seek|request|obtain|need|require|get)\\b[^.]{0,40}\\b(?:consent|permission|agreement)",
        '\\b(?:consent|permission|agreement)\\b[^.]{0,30}\\b(?:is|are|will be)\\s+not\\s+(?:needed|required|sought|necessary|asked for)',
        '\\bno (?:parental |written )?(?:consent|permission) (?:is|will be) (?:needed|required|sought|necessary)',
      ],
    },
  },
  {
    id: 'parents-carers-data',
    area: 'notice',
    severity: 'recommended',
    ref: 'UK GDPR Art 13/14',
    title: "Parents' and carers' own data covered",
    shortTitle: 'Parents’ own data',
    guidance:
      'The notice should say what the school holds about parents and carers themselves (contact details, relationship, payments) and why, or link to a separate parent notice.',
    lookedFor: "a statement about parents' and carers' own information and its purpose, or a link to a parent privacy notice",
    messages: {
      statement: 'The notice says what it holds about parents and carers and why.',
      'about-the-reader':
        'The notice sets apart what it holds about the parent reading it (a part headed "About you" in a notice to parents).',
      'separate-notice': 'The notice points to a separate privacy notice for parents and carers.',
      'listed-only': "Parents' details appear only as an item in the pupil data, with no statement of what is held about parents or why.",
      'held-unspecified':
        'The notice says it holds information about parents and carers, but not what that information is or why it is held.',
      'not-found':
        "Nothing about parents' and carers' own data: looked for a statement such as \"we hold parents' contact details for emergencies\" or a parent privacy notice.",
    },
    options: {
      statement: [
        // The family named by its role: "data about the adults connected to each pupil", "the adults responsible for them".
        '(?:information|data|details) (?:about|of|on|relating to) (?:your |their |the )?(?:parents|carers|guardians|families|you as a parent|adults (?:connected|linked|related) (?:to|with)|adults (?:responsible for|who (?:care|look) (?:for|after)))',
        'categories of (?:parent|carer|guardian|family)',
        "(?:the )?(?:parent|carer|guardian)(?:/(?:guardian|carer))?'?s? (?:data|information|details)\\s*(?:to|for|:)",
        "(?:use|hold|keep|collect|process) (?:the )?(?:parent|carer|guardian)(?:/(?:guardian|carer))?'?s? (?:data|information|contact details)",
        // The school's own verb on the parents' details by kind: "We hold parents' and carers' names, addresses and ...".
        "\\b(?:we|the (?:school|academy|trust)) (?:also )?(?:(?:hold|keep|collect|record|store|ask for)s?|process(?:es)?) (?:the )?(?:parents?|carers?|guardians?)(?:'s|s'|')? (?:(?:and|&|/|or) (?:parents?|carers?|guardians?)(?:'s|s'|')? )?(?:own )?(?:full )?(?:names?|contact|phone|telephone|mobile|emails?|email addresses|home addresses|addresses|bank|payment)",
        // The kinds first, whose they are after: "We keep the names, addresses, phone numbers and email addresses of parents".
        '\\b(?:we|the (?:school|academy|trust|nursery)) (?:also )?(?:(?:hold|keep|collect|record|store|ask for)s?|process(?:es)?) (?:the )?(?:full )?(?:names?|contact details|phone numbers|telephone numbers|email addresses|home addresses|addresses)\\b[^.]{0,80}\\b(?:of|for) (?:the |each |every )?(?:parents?|carers?|guardians?)\\b',
        "(?:parents|carers|guardians)'? (?:own )?(?:personal )?(?:data|information|contact details) (?:is|are) (?:used|held|kept|collected)",
        'use (?:the |their |your )?contact (?:information|details) to (?:keep|contact|inform|tell|update|reach) (?:[\\w]+, )*(?:pupils,? )?(?:parents|carers|families)',
      ],
      separateNotice: [
        // "a privacy notice for parents", and in a pupils' notice "for your parents and carers".
        "privacy notice for (?:your |their )?parents|parent(?:s|/carers?)?'? privacy notice|privacy notice \\((?:for )?parents",
        // "our separate Parent and Carer Privacy Notice", "the Parents' and Carers' Privacy Notice".
        "\\b(?:parents?|carers?|guardians?)(?:'s|s'|')?\\s*(?:and|&|/|or)\\s*(?:parents?|carers?|guardians?)(?:'s|s'|')?\\s+privacy\\s+(?:notice|statement)",
        // "explained in a separate notice for parents and carers", "our notice covering families".
        '\\b(?:separate|own|other|another) (?:privacy )?(?:notice|statement) (?:for|about|covering|written for) (?:your |their )?(?:parents|carers|families)',
        // The other notice's subject said after a verb: "A separate privacy notice explains how we use information about
        // parents and carers". Not one about pupils that parents may ask for.
        '\\b(?:separate|other|another) (?:privacy )?(?:notice|statement)\\b[^.]{0,50}\\b(?:information|data|details)(?: (?:we|the school) (?:hold|keep|use|collect|process))? (?:about|of|on|relating to) (?:you as )?(?:(?:the|our) )?(?:parents|carers|guardians|families)',
        // The parents named as the ones the other notice is for: "Parents and carers have a separate privacy notice",
        // "families are covered by their own notice", "have their own, longer notice", and in a children's notice "Your
        // grown-ups have their own privacy notice". Not a pupil notice parents may ask for.
        '\\b(?:parents?|carers?|guardians?|families|grown-?ups)\\b[^.]{0,30}\\b(?:have|has|get|are given|are covered by)\\b (?:a |an |their )?(?:(?:own|separate)\\b,? )+(?:(?:longer|shorter|fuller|full|more detailed)\\b,? )?(?:privacy )?(?:notice|statement)',
      ],
      listed: [
        "parental contact|contact details (?:for|of) parents|parents?'? (?:names?|contact details|details)|emergency contacts?|relationship to (?:the )?(?:pupil|student|learner)\\b",
        // The details named first, then whose: "names, addresses and telephone numbers of parents and carers".
        '\\b(?:names?|address(?:es)?|(?:tele)?phone numbers?|mobile numbers?|emails?|email addresses)\\b[^.;]{0,60}\\bof (?:your |their |the |a |each )?(?:parents?|carers?|guardians?)\\b',
        // Both roles named before the details: "parent and carer names and phone numbers", "parents' and carers' emails".
        "\\b(?:parents?|carers?)'?s? (?:and|&|/|or) (?:parents?|carers?)'?s? (?:names?|contact|phone|telephone|mobile|emails?|addresses)\\b",
      ],
    },
  },
];
