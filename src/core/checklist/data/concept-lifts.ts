// Meaning-based second looks for the content checks: what each check means, as concepts that must co-occur in one
// sentence (or lead-in with its list, or table row with its headers), for notices that say it in their own words.
// Concepts are defined in src/core/concepts/lexicon.ts. A lift never overrides a trap: it only applies to the
// statuses in `from`, which each evaluator uses for "nothing found" (fail) or "only part found" (partial).
import type { z } from 'zod';
import type { ConceptLiftSchema } from '../../schema/checklist';

type Lift = z.input<typeof ConceptLiftSchema>;

// Parents as the source of the pupil's data, as holders of rights, or in the notice's title are not data held about them.
const PARENT_DATA_DOUBT_VETO = [
  'rights',
  'rightsCue',
  'rightAccess',
  'complain',
  'noticeTitle',
  'comeFrom',
  'sendUs',
  'giveUs',
  'fromParents',
  'parentsToldUs',
];

// The reader's choices taken back, and the use stopping (withdraw-consent).
const CHOICES_TAKEN_BACK = {
  all: ['choiceWord', 'anyTime', 'stopUsing'],
  none: ['withdrawnAlready', 'cookieTerm', 'infoPointer', 'withdrawalEvent'],
};

// A list of the data held, or consent to photographs or fingerprints, is not the choice over the 13+ sharing
// (checklist.md 2.23): that choice never names health, attendance, behaviour, safeguarding or images.
const YOUTH_CHOICE_VETO = ['catHealth', 'catAttendance', 'catBehaviour', 'catSafeguarding', 'catMedia'];

// A notice read as England's that describes sharing with Careers Wales, the Welsh service: a choice found apart from
// the 13+ sharing may be the choice over that service, so it lifts nothing (checklist.md 2.23 Wales variant).
const YOUTH_WELSH_SERVICE = [{ all: ['careersWalesBody'] }];

// The 13+ sharing itself: the age, the youth service and the council said together. In a list of recipients they must
// stand in one item (or the lead-in): a consent-based careers adviser for Years 9 to 11 in one item and the council for
// admissions in another are not the statutory sharing (checklist.md 2.23).
const YOUTH_SHARING = { all: ['teenAge', 'youthService'], any: ['localAuthority'], none: ['sendUs'], oneItem: true };

// The pupil's own choice from 16, said beside a choice or the limit: the DfE section and ESA 2008 s.14 give the parent's
// choice and then the pupil's, and a notice that stops at the parent falls short (checklist.md 2.23).
const YOUTH_PUPIL_AT_16 = {
  all: ['pupilSixteen'],
  any: ['limitChooser', 'consentWord', 'basicDetails', 'moreInfo'],
  none: YOUTH_CHOICE_VETO,
};

// What keeps a security statement from being the school's own measures (see 'security-measures' below).
const SECURITY_VETO = [
  'govBody',
  'vitalInterests',
  'keepPeopleSafe',
  'npdTalk',
  'explainLater',
  'period',
  'safeguard',
  'otherKeeps',
  'lawProtects',
  // Special category data "given extra protection": the law's, not the school's measures.
  'article9Talk',
];

/** The school keeping data secure, in either order of the words; not another body's keeping (see the rules' notes). */
const KEPT_SECURE: Omit<Rule, 'all'> = {
  any: ['storeKeep'],
  none: SECURITY_VETO,
  noneBefore: ['govBody', 'npdTalk'],
  statement: true,
  sameClause: true,
};

// A complaint route that is the regulator's, another body's, about computer decisions or about the website is not the
// school's route for data use (checklist.md 2.17, 2.18).
const COMPLAINT_ROUTE_VETO = [
  'ico',
  'icoRegistration',
  'machine',
  'cameraTopic',
  'cookieTalk',
  'otherBody',
  'otherMatter',
  'complaintRecords',
  'topicsAnnounced',
];

// What makes a concern no route to the school: the regulator's registration, computer decisions, cameras, photographs,
// a fingerprint system or a record's accuracy (one topic), other matters,
// records of complaints, a child's welfare, a notice's list of its own topics, or a right lasting "while a concern is
// being resolved" (checklist.md 2.18).
const SCHOOL_ROUTE_VETO = [
  'icoRegistration',
  'machine',
  'cameraTopic',
  'accuracyTopic',
  'catMedia',
  'otherMatter',
  'complaintRecords',
  'childWelfare',
  'topicsAnnounced',
  'pendingConcern',
];

// The school named as where a concern about data goes, in the notice's own words: "tell us if you are unhappy with how
// we use your information", "Complaints about data can be made on our online form or at reception". Not the regulator's
// route ("you can complain to the ICO about the way the school handles data"), and not another body's.
const SCHOOL_ROUTE_SAID: Lift['rules'][number] = { all: ['complain', 'usSchool'], none: [...SCHOOL_ROUTE_VETO, 'ico'] };
// ... but the school addressed as well as the regulator is: "tell us first, or take it to the ICO".
const TELL_US_FIRST: Lift['rules'][number] = { all: ['complain', 'tellUs'], none: [...SCHOOL_ROUTE_VETO] };
// The same under a question heading on being unhappy, the ICO offered after the school: "What if I am not happy?" /
// "Please tell us ... If you are still unhappy, you can complain to the ICO". Not "Questions and complaints" over a line
// that answers only the question.
const TELL_US_FIRST_UNDER_HEADING: Lift['rules'][number] = {
  all: ['complain', 'tellUs'],
  none: [...SCHOOL_ROUTE_VETO, 'queryWord'],
  structure: true,
};
// The route itself, with no "us": "The trust's governance team handles data protection complaints".
const COMPLAINT_ROUTE_NAMED: Lift['rules'][number] = { all: ['complaintWord', 'complaintRoute'], none: COMPLAINT_ROUTE_VETO, prose: true };

// An Article 6 basis given as the school's reason for using the data: "We are allowed to use it because we have to comply
// with the law", "our lawful basis is our public task". Not the law's demand for one ("the law says we must have a lawful
// reason for everything we do"), nor why the family must give some of the data ("some details have to be provided
// because the law says we must hold them"), which answers whether providing it is compulsory (checklist.md 2.10). A
// sentence only about passing data on ("we send it to the DfE because the law says we must") implies a duty for that one
// sharing, not the school's basis (checklist.md 2.5: partial), unless it also speaks of using or holding the data.
const BASES = ['legalObligation', 'publicTask', 'vitalInterests', 'contractBasis'];
const BASIS_GIVEN_RULES: Lift['rules'] = [
  { all: ['basisWord'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk', 'passOnVerb'], prose: true },
  { all: ['basisWord', 'useData'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk'], prose: true },
  // One item of a list of reasons: "- The law tells us to. ... so we collect and use this information because we must
  // comply with the law."
  { all: ['basisWord', 'useData'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk', 'passOnVerb'], inList: true },
  // Or a list's lead-in giving the reason for using the data, read with one item that gives a basis: "We are allowed to
  // collect and use pupils' information because:" / "- we need it to run the school, which is work in the public interest".
  // Only the item's own words and the lead-in's count: another item passing data on does not veto it.
  { all: ['basisWord', 'useData'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk', 'passOnVerb'], leadInItem: true },
  // Or an item giving a basis as the reason, as a sentence may: "- because it is part of the job we do as a nursery school".
  // Not an item of a recipients list: "the Department for Education, because the law requires the census" is the basis
  // for that sharing (checklist.md 2.5: partial).
  { all: ['basisWord'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk', 'passOnVerb', 'govBody'], inList: true },
  // Under a heading that asks for the basis, the use of the data given to a basis: "Our legal reasons" / "We hold and use
  // your child's information to carry out our contract with you and to comply with our legal obligations".
  {
    all: ['basisGeneric', 'useData'],
    any: BASES,
    none: ['basisRequirement', 'mustGive', 'article9Talk', 'passOnVerb'],
    structure: true,
  },
];

// Reasons the recipients evaluator gives when it saw no recipient list (an empty lead-in list is not among them).
const RECIPIENTS_UNSEEN = ['not-found', 'one-named', 'sharing-rule-only'];
// Data coming to the school (a source), the Department's onward sharing, and cookie talk are not the school's recipients.
const RECIPIENT_VETO = ['sendUs', 'withUs', 'comeFrom', 'othersPurpose', 'cookieTalk'];
// Both sides of compulsory-or-optional read in one unit, though not of giving data: withdrawing consent, shares said
// without the kinds, sharing, the youth service, cookies, the school's own duty, the lawful bases, a list of uses.
const BOTH_SIDES_VETO = ['withdraw', 'portionWord', 'shareWord', 'youthService', 'cookieTerm', 'dutyOnUs', 'basisGeneric', 'usesListed'];

// Sources said of the database named a sentence before ("The DfE stores it in the NPD. It is collected from a range of
// sources including schools, local authorities and awarding bodies") are the Department's, not the school's. So are
// those of a government named there ("Welsh Government uses PLASC to plan education. Its data is collected from
// schools and local authorities").
const GOVERNMENT_BEFORE = ['npdTalk', 'govBody'];
// A table row's yes or no to whether an item must be given, not to a consent or cookie question in the same row.
const TABLE_ANSWER_VETO = ['withdraw', 'consentOther', 'cookieTerm'];
// A source other than the family named in the notice's own words (checklist.md 2.9).
const SOURCE_NAMED_RULES: Lift['rules'] = [
  // "We receive records from the child's previous school", "details are passed to us by the local authority".
  // Not a service supplied by the body ("Ours is provided by the council's governance service", after the DPO), nor
  // another body receiving ("the Department for Education, which receives the census from the council").
  {
    all: [['receive', 'from', 'namedSourceBody']],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'serviceProvided', 'otherReceives', 'requestsReceived'],
  },
  // "The local authority sends us ...", "previous schools pass records on to us".
  { all: [['namedSourceBody', 'sendUs']], noneBefore: GOVERNMENT_BEFORE, none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'explainsHowWe'] },
  {
    all: [['namedSourceBody', 'shareOut', 'toUs']],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'explainsHowWe'],
    sameClause: true,
  },
  // "Information is shared with us by other professionals", "reports are sent to us by the council".
  {
    all: [['withUs', 'from', 'namedSourceBody']],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'dpoRole', 'pupilCouncil'],
    sameClause: true,
  },
  // "Sources of information include: previous schools; the local authority". Not the notice saying what it will
  // explain ("we must tell you how we collect and use your data") beside the body that runs the school.
  { all: ['sourceWord', 'namedSourceBody'], noneBefore: GOVERNMENT_BEFORE, none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'explainsHowWe'] },
  // A question heading answered under it: "Where does it come from?" / "From you, from the previous school, ...".
  // Not an answer that speaks of records leaving for the next school ("When your child leaves, we send the CTF on").
  {
    all: [['sourceWord', 'namedSourceBody']],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'destinationSchool', 'explainsHowWe'],
    structure: true,
  },
  // Further apart, but not in a section that lists the data held: a table of topics may give the source in one
  // row ("Where it comes from | From you") and a health body in another ("About your child | name, ... Health
  // and Care Plan"). Nor a section on the census, where the body named is where data goes ("every school sends a
  // census return to the Department ... the census is where the government's picture comes from").
  // Nor a section on the lawful bases, where reasons "come from" the law and health is a kind of special category data.
  {
    all: ['sourceWord', 'namedSourceBody'],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'catIdentity', 'dpoRole', 'pupilCouncil', 'destinationSchool', 'census', 'explainsHowWe', 'basisGeneric'],
    structure: true,
  },
  // A heading on where the data comes from over a run of "from ..." items, one of them a body: "Where the information
  // comes from" / "From you; from the local authority that names our school in the plan; from previous schools".
  // Not an answer about data going out ("... we send it to the council").
  {
    all: ['sourceWord', ['from', 'namedSourceBody']],
    noneBefore: GOVERNMENT_BEFORE,
    none: ['npdTalk', 'dpoRole', 'pupilCouncil', 'destinationSchool', 'explainsHowWe', 'passOnVerb'],
    sameClause: true,
    structure: true,
  },
];

// The same meanings with any source at all, unnamed others ("from other organisations") included.
const anySource = (concept: string): string => (concept === 'namedSourceBody' ? 'sourceBody' : concept);
const SOURCE_ANY_RULES: Lift['rules'] = SOURCE_NAMED_RULES.map((rule) => ({
  ...rule,
  all: rule.all.map((c) => (Array.isArray(c) ? c.map(anySource) : anySource(c))),
}));
// Unnamed others named in the same breath: "other organisations have sent us data, including the local authority".
const SOURCE_PASS_RULES: Lift['rules'] = [
  ...SOURCE_NAMED_RULES,
  ...SOURCE_ANY_RULES.map((rule) => ({ ...rule, any: ['namedSourceBody'] })),
];

// data-sources: nothing found, or only the family found ("information you provide"): another source may be named in
// words the evaluator does not know.
const SOURCES_UNSEEN = ['not-found', 'family-only'];

// parents-carers-data: nothing found, parents' details read only as a list item, or held with no what or why: the
// statement of what is held about parents and why may be in words the evaluator does not know (checklist.md 2.32).
const PARENT_DATA_UNSEEN = ['not-found', 'listed-only', 'held-unspecified'];

// statutory-or-voluntary: nothing found, or only one side read ("required by law to collect", "you don't have to tell
// us your religion"): the other may be said in words the evaluator does not know. Amounts alone ("the majority is
// mandatory, some voluntary") are a shortfall it read: only what they lack (which items, or the promise to say so when
// asking) may overrule them.
const CHOICE_UNSEEN = ['not-found', 'required-only', 'optional-only'];
const CHOICE_UNSEEN_OR_AMOUNTS = [...CHOICE_UNSEEN, 'amounts-only'];
// Giving data said to be optional, one side only: "You can choose whether to tell us your child's religion." Not giving
// it again ("you do not need to fill in a new form when your child moves up"), which spares a repeat, not a choice.
const OPTIONAL_GIVING: Rule = {
  all: [['optional', 'provideVerb']],
  negatable: ['optional', 'provideVerb'],
  none: ['withdraw', 'consentOther', 'portionWord', 'cookieTerm', 'reasonForAsking', 'dutyOnUs', 'givenAgain'],
  sameClause: true,
};
const CHOICE_STATED =
  'The notice says which information must be given and which is optional (or that it will say so when asking), in its own words.';

// Reasons the purposes evaluator gives when it found no list or too little narrative: an empty lead-in is among them, as
// purposes said elsewhere in the notice satisfy the item (checklist.md 2.4: partial only with no narrative elsewhere).
const PURPOSES_UNSEEN = ['not-found', 'one-statement', 'heading-only', 'empty-list'];

// The rights of access, correction, erasure and restriction or objection, each stated in the notice's own words:
// "You can: find out what we hold; get it fixed if it is wrong; have it wiped; tell us to stop using it."
const RIGHTS_STATED: Pick<Lift, 'rules' | 'alsoNeeds' | 'message'> = {
  rules: [
    { all: ['rightAccess'], any: ['rightsCue', 'holderCue'], none: ['govBody'] },
    // "Can I see what you hold?" / "Yes. Send a request to ...": the access right asked as a question heading.
    { all: ['rightAccess'], any: ['rightsCue', 'holderCue'], none: ['govBody'], structure: true },
  ],
  alsoNeeds: [
    { all: ['rightRectify'], any: ['rightsCue', 'holderCue'], none: ['govBody'] },
    { all: ['rightErase'], any: ['rightsCue', 'holderCue'], none: ['govBody'] },
    // Not a change of mind ("You can change your mind about photos at any time and we'll stop using them"):
    // that is withdrawing consent (checklist.md 2.16), not the right to object to processing.
    { all: ['rightRestrictObject'], any: ['rightsCue', 'holderCue'], none: ['govBody', 'withdrawStrong'] },
  ],
  message: 'The notice states the rights of access, correction, erasure and restriction or objection, in its own words.',
};
const RIGHTS_LIST_LOST =
  'A rights lead-in is followed by no list (probably lost in extraction); the rights are named elsewhere in the notice, in its own words.';
// A rights heading over a list of bare nouns: "Your rights" / "- access to what we hold" / "- correction, erasure,
// restriction and objection".
const RIGHTS_LISTED: Pick<Lift, 'rules' | 'message'> = {
  rules: [
    {
      all: ['rightAccess', 'rightRectify', 'rightErase', 'rightRestrictObject'],
      any: ['rightsCue', 'holderCue'],
      none: ['govBody'],
      structure: true,
    },
  ],
  message: 'The notice states the rights of access, correction, erasure and restriction or objection, in its own words.',
};

// Reasons the transfers evaluator gives when it found no location for the data: nothing, only safeguards, or only
// vague hosting ("stored in the cloud"), which a statement of where the data is settles (checklist.md 2.12).
const TRANSFERS_UNSEEN = ['not-found', 'safeguard-without-transfer', 'vague-hosting'];

export const CONCEPT_LIFTS: Readonly<Record<string, readonly Lift[]>> = {
  'statutory-or-voluntary': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Both sides said of the data, or the promise to say so when asking: what amounts alone lack.
      whenReason: CHOICE_UNSEEN_OR_AMOUNTS,
      rules: [
        // "Your child's name must be given; their religion is optional." Both sides said of the data itself. Not a
        // sentence about sharing with the careers service, whose "needs" and "Choices" are a category and a name.
        // Both sides said only as shares ("some is mandatory and some is optional") say which only with the kinds named.
        // No rule reading both sides takes the school's own duty ("this is not optional for us: the law requires it") for
        // one: it says nothing of what the family must give (`dutyOnUs`).
        // Nor the lawful bases set out ("legal obligation: statutory returns; consent: for optional uses"), nor a run of
        // purposes ("to help pupils choose their next steps ... to meet the legal requirements placed on schools"), nor the
        // Article 9 condition cited for data a pupil chooses to share.
        {
          all: ['compulsory', 'optional'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: [...BOTH_SIDES_VETO, 'article9Condition'],
        },
        {
          all: ['compulsory', 'optional', 'shareWord'],
          any: categoryGroups(),
          negatable: ['optional'],
          none: ['withdraw', 'portionWord', 'youthService', 'cookieTerm', 'dutyOnUs', 'basisGeneric', 'usesListed'],
        },
        // "Where providing information is voluntary, the form will make this clear": the DfE promise, condition first.
        // Not a pointer to another body's page ("if you want to know more, the Department explains it on its page"); the
        // school's own promise to explain what leaving something out would mean is no such pointer. Nor the notice
        // announcing its own topics ("It explains what we handle ... and what choices and rights you have").
        {
          all: [['whenWhich', 'choiceWord'], 'tellYou'],
          none: ['withdraw', 'consentOther', 'cookieTalk', 'cookieTerm', 'pagePointer', 'topicsAnnounced'],
        },
        // The same promise with the choice said first: "Some of it is voluntary: when this is the case we will tell you".
        {
          all: [['choiceWord', 'whenWhich', 'tellYou']],
          none: ['withdraw', 'consentOther', 'cookieTalk', 'cookieTerm', 'pagePointer'],
        },
        // "We will tell you, when we ask, whether you have a choice." / "If something is optional, the form says so."
        // The 13+ choice ("a parent can tell us to send the youth service only the name") is about sharing, not giving.
        // Neither this nor the next is amounts said of what the family tells the school ("most of what you tell us is
        // compulsory, some is optional"): that is the evaluator's partial, with no promise.
        // Nor the pupil's own choice from 16 ("When you turn 16, that choice becomes yours: you can tell us ..."), nor a
        // purposes list ("We use your information to: ... tell your parents ...; help you choose what to do after Year 11").
        // Nor a choice over what is passed on ("tell the office if you want only those three details to be shared"), nor
        // what a computer chooses and shows ("the maths platform chooses the next question and shows the teacher a chart"),
        // nor the notice announcing its own topics ("This notice tells you what we collect ... and what choices you have"),
        // nor the Article 9 condition cited for what a pupil chooses to tell staff, nor the lawful bases set out ("The law says we
        // must have a lawful basis. Ours are: ...; consent, for optional things such as photographs").
        {
          all: ['tell', 'optional'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: [
            'withdraw',
            'youthService',
            'portionWord',
            'cookieTerm',
            'readElsewhere',
            'pupilSixteen',
            'dutyOnUs',
            'usesListed',
            'passOnVerb',
            'machine',
            'topicsAnnounced',
            'article9Condition',
            'basisGeneric',
          ],
        },
        // "We will explain, when we ask, whether you must give it": the DfE formula's promise with the choice implied.
        {
          all: [['tell', 'whether', 'compulsory']],
          any: ['info', 'provideVerb'],
          none: ['withdraw', 'consentOther', 'cookieTerm'],
        },
        // The form doing the telling: "The registration pack marks which boxes are required". Not the Department telling
        // the school what its census needs.
        {
          all: [['tell', 'whenWhich', 'compulsory']],
          any: ['info', 'provideVerb', 'familySource'],
          none: ['withdraw', 'consentOther', 'cookieTerm', 'govBody', 'npdTalk', 'census', 'shareWord', 'passOnVerb', 'dutyOnUs'],
          sameClause: true,
        },
        // A question heading answered under it: "Do I have to tell you everything?" / "What we need for your child's
        // health must be given. Other things are up to you." The heading names the topic, the answer both sides. The
        // two sides are about giving data: a purposes list ("Why do we use it? ... to help you choose your options;
        // ... we have to send the census") names a duty and a choice about other things, and so does a section on
        // activities ("Joining the chess club is optional, but a sun hat on outings is compulsory").
        {
          all: ['compulsory', 'optional'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: [...BOTH_SIDES_VETO, 'consentOther', 'purposeWord'],
          structure: true,
        },
        // The question answered "yes" for part, the rest named as a choice by its kinds: "Do you have to give me this
        // information?" / "Some of it, yes. ... Other things, like photos or ethnicity, are up to you." The "yes" says the
        // must side. Shares alone ("Most of it, yes. Some of it is up to you.") say which of neither.
        {
          all: [['dutyAsked', 'answerYes'], 'optional'],
          any: categoryGroups(),
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'purposeWord', 'youthService', 'cookieTerm', 'dutyOnUs', 'basisGeneric', 'usesListed'],
          structure: true,
        },
        // The same with shares only when the kinds are named: "Do I have to answer everything?" / "Some things, like
        // photographs, are up to you; some, like medical needs, must be given."
        {
          all: ['compulsory', 'optional', 'shareWord'],
          any: categoryGroups(),
          negatable: ['optional'],
          none: [
            'withdraw',
            'consentOther',
            'purposeWord',
            'portionWord',
            'youthService',
            'cookieTerm',
            'dutyOnUs',
            'basisGeneric',
            'usesListed',
          ],
          structure: true,
        },
        // Both sides as shares with the promise to say which, in the sentence after: "Some is needed by law and some is
        // up to you. When we ask, we will tell you which it is."
        {
          all: ['compulsory', 'optional', 'shareWord', 'tellYou'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'purposeWord', 'youthService', 'cookieTerm', 'dutyOnUs', 'basisGeneric', 'usesListed'],
          structure: true,
        },
        // The DfE formula's promise said of the occasions: "We will make clear when you have a choice", "Our forms show
        // which questions are voluntary".
        {
          all: [['tellYou', 'whenWhich', 'choiceWord']],
          none: ['withdraw', 'consentOther', 'cookieTalk', 'cookieTerm'],
          sameClause: true,
        },
      ],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Not over amounts the evaluator read: an amounts sentence that names kinds of data ("most of the attendance and
      // assessment information is mandatory, some voluntary") still does not say which side each is on.
      whenReason: CHOICE_UNSEEN,
      rules: [
        // Both sides said only as amounts ("most is compulsory, a few items are optional") say which only when the
        // items are named or marked: "... and the form marks which", "some details, such as ethnicity, are optional".
        {
          all: ['compulsory', 'optional', 'portionWord'],
          any: ['tellYou', ...categoryGroups()],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'cookieTerm', 'dutyOnUs'],
        },
        // The same under a question heading, the marking a sentence later: "Do I have to answer every question?" /
        // "Some answers are needed by law. Others are up to you, and the form shows which." Not items merely named
        // there ("We collect details such as ethnicity"), which puts no item on either side (the next lift).
        {
          all: ['compulsory', 'optional', 'portionWord'],
          any: ['tellYou'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'purposeWord', 'cookieTerm', 'dutyOnUs'],
          structure: true,
        },
      ],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: CHOICE_UNSEEN_OR_AMOUNTS,
      // Amounts under a question heading, and a kind of data put on the optional side in a unit of its own: "Do you
      // have to answer everything?" / "- Most questions: yes, schools must collect the answers." / "- A few, for example
      // photographs: no, that is your choice." The kind named with its side is what amounts alone lack.
      // Not a section on the lawful bases ("What gives you the right to use it?" / "Most of our work is a public task
      // (Article 6(1)(e)) ... consent for a few optional activities"): its amounts are of the school's work, not of what
      // the family must give.
      rules: [
        {
          all: ['compulsory', 'optional', 'portionWord'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'purposeWord', 'cookieTerm', 'dutyOnUs', 'basisGeneric', 'publicTask'],
          structure: true,
        },
      ],
      // Not a choice over what is shared ("parents can ask us to share only the name; from 16 the student makes that
      // choice"): that is the 13+ sharing, not giving data.
      alsoNeeds: [
        {
          all: ['optional'],
          any: categoryGroups(),
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'portionWord', 'youthService', 'cookieTerm', 'shareOut', 'pupilSixteen'],
        },
      ],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: CHOICE_UNSEEN_OR_AMOUNTS,
      // A table whose column asks whether each item must be given, answered yes on one row and no on another:
      // "Information | Must you give it? | If you don't" / "Emergency contacts | Yes | ..." / "Ethnicity | No | ...".
      rules: [{ all: [['compulsory', 'answerYes']], none: ['govBody', 'recipientBody', ...TABLE_ANSWER_VETO], inList: true }],
      alsoNeeds: [{ all: [['compulsory', 'answerNo']], none: ['govBody', 'recipientBody', ...TABLE_ANSWER_VETO], inList: true }],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: CHOICE_UNSEEN_OR_AMOUNTS,
      // The same when the column asks about giving in so many words ("Must you give it?", "Do you have to provide
      // it?"): the rows' other columns may then name the bodies it goes to ("Who we share it with: the council") or the
      // school census it is for, as the question already says whose duty the answer is.
      rules: [{ all: [['compulsory', 'provideVerb', 'answerYes']], none: TABLE_ANSWER_VETO, inTable: true }],
      alsoNeeds: [{ all: [['compulsory', 'provideVerb', 'answerNo']], none: TABLE_ANSWER_VETO, inTable: true }],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: CHOICE_UNSEEN_OR_AMOUNTS,
      // Amounts in one sentence, the promise in its own: "Some of what you give us is compulsory and some voluntary. We
      // will tell you which when we ask." Together they are the DfE formula.
      rules: [
        {
          all: ['compulsory', 'optional', 'portionWord'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'cookieTerm', 'dutyOnUs'],
        },
      ],
      alsoNeeds: [
        {
          all: [['tellYou', 'whenWhich']],
          any: ['collectVerb', 'info', 'provideVerb', 'choiceWord'],
          // Not "rightsCue": its "ask" is also the school asking for the data ("when we ask for it").
          none: ['withdraw', 'consentOther', 'cookieTalk', 'rights', 'cookieTerm'],
          sameClause: true,
        },
      ],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: CHOICE_UNSEEN,
      // Each side in a unit of its own: "You can choose not to tell us your religion." / "Other things, like who to call
      // in an emergency, we have to know." The compulsory side said of data the family gives, not of what the school must
      // do with it (keep it, share it, ask for consent).
      rules: [OPTIONAL_GIVING],
      alsoNeeds: [
        {
          all: ['mustDo'],
          any: [...categoryGroups(), 'emergencyWho'],
          none: [
            'shareOut',
            'govBody',
            'recipientBody',
            'withdraw',
            'consentOther',
            'rights',
            'rightsCue',
            'keep',
            'cookieTerm',
            'dutyOnUs',
            'optional',
          ],
          prose: true,
        },
      ],
      message: CHOICE_STATED,
    },
    {
      to: 'pass',
      from: ['partial'],
      whenReason: ['required-only'],
      // The compulsory side read by the evaluator, the optional side here: "Some of this we must collect by law." ...
      // "You can choose not to give us your religion." Not a reason for a request ("you don't need to give a reason"),
      // nor what the school need not give ("as an academy we are not required to give parents access").
      rules: [OPTIONAL_GIVING],
      message: CHOICE_STATED,
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // "The majority of what you tell us is compulsory, though a few answers are up to you": both sides said only as
      // amounts, so neither which data must be given nor which is optional (the DfE formula without its promise). The
      // same as two shares: "Some of it you must give us; the rest is up to you."
      rules: [
        {
          all: ['compulsory', 'optional', 'portionWord'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'cookieTerm', 'dutyOnUs'],
        },
        {
          all: ['compulsory', 'optional', 'shareWord'],
          any: ['info', 'provideVerb'],
          negatable: ['optional'],
          none: ['withdraw', 'consentOther', 'cookieTerm', 'dutyOnUs', 'youthService', 'usesListed'],
        },
      ],
      message:
        'Says some information is compulsory and some optional, but not which is which (nor that the school will say so when asking).',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "Some of this information is required under the Early Years Foundation Stage": compulsory, with no word on choice
        // (checklist.md 2.10: "required by law" alone is partial). Not a duty to pass data on ("required to share with DfE").
        {
          all: [['info', 'mustGive']],
          // Nor a duty to keep records ("keeping accident records is a legal requirement"): that is retention.
          none: ['shareOut', 'govBody', 'recipientBody', 'rights', 'rightsCue', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
        // The data itself said to be owed, the verb of giving included: "Certain pupil data is required to be provided by
        // law", "Some of the information we ask for must be provided by law". Giving is sharing's verb too, so only a body
        // named to receive it makes it a duty to share.
        {
          all: [['info', 'mustGive']],
          none: ['govBody', 'recipientBody', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
        // What the school asks families for said to be owed, whatever purpose follows: "Some of the details we ask you for
        // must be supplied by law, so that we can keep our registers and make our returns". Not a duty to pass it to a body.
        {
          all: [['schoolAsks', 'mustGive']],
          none: ['govBody', 'recipientBody', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        // The same owed to the notice's own body by its kind: "Certain personal data must be provided to the Trust by law".
        // The body receiving it is the one writing, so no duty to share.
        {
          all: [['info', 'mustGive', 'toOwnBody']],
          none: ['govBody', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
        // What was just described, a share of it owed: "Some of this is required by law." after the list of what is
        // collected. Not a duty to share it ("some of this is required by the DfE and shared with them").
        {
          all: [['portionOfIt', 'mustGive']],
          none: ['shareOut', 'govBody', 'recipientBody', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
        // A share pointed back to, which the law says the school must have: "Some of it the law says we must have."
        {
          all: [['portionOfIt', 'lawRequires', 'mustDo']],
          none: ['shareOut', 'govBody', 'recipientBody', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
        // The family told to give it all: "Parents must fill in every section of the form, as the census needs it". Not
        // keeping it up to date ("you must tell us when details change"), which is about accuracy.
        {
          all: [['familySource', 'mustDo', 'giveUs']],
          none: ['optional', 'withdraw', 'consentOther', 'rights', 'rightsCue', 'rightRectify', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
      ],
      message: 'Says some information must be given (by law or the rules), but not which is optional or what happens if it is not given.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // A share owed, with what follows if it is not given: "Some of it is required by the EYFS and by Ofsted, and we
        // cannot offer a place without it". The consequence makes it the family's giving, whoever sets the rule.
        {
          // Not "keep": the place is what is kept ("we cannot offer or keep a place without it").
          all: [['portionOfIt', 'mustGive'], 'withoutIt'],
          none: ['shareOut', 'rights', 'rightsCue', 'optional', 'withdraw', 'cookieTerm'],
          sameClause: true,
        },
      ],
      message: 'Says some information must be given and what follows if it is not, but not which information is optional.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "The Department for Education requires us by law to collect a great deal of information" (checklist.md 2.10
        // trap: "required by law" alone is partial). A duty to collect, not to pass data on.
        {
          all: [['lawRequires', 'collectVerb']],
          any: ['info', 'portionOfIt'],
          none: ['shareOut', 'optional', 'withdraw', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        // The duty said as the school's own: "we have to collect some information about every pupil", "some of this we
        // have to collect by law".
        {
          all: [['mustDo', 'collectVerb']],
          any: ['info', 'portionOfIt'],
          none: ['shareOut', 'optional', 'withdraw', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        // The collecting said first: "A lot of what we collect, we collect because the law says we must".
        {
          all: [['collectVerb', 'lawRequires']],
          any: ['portionOfIt'],
          none: ['shareOut', 'optional', 'withdraw', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        // The same said of the data: "Much of the information on the admission form must be collected by law".
        {
          all: [['info', 'collectVerb', 'lawRequires']],
          none: ['shareOut', 'optional', 'withdraw', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        // What the school asks for said to be needed by law: "Most of what we collect is needed to meet our legal duties".
        // The clause is about giving, so a duty to pass some of it on in the next clause does not undo it. Not what is kept
        // as long as the law needs it.
        {
          // Not "rightsCue": its "ask" is the school asking for the data.
          all: [['collectVerb', 'isNeeded', 'lawRequires']],
          none: ['optional', 'withdraw', 'rights', 'cookieTerm', 'keep'],
          sameClause: true,
          prose: true,
        },
      ],
      message:
        'Says some information is collected because the law requires it, but not which is optional or what happens if it is not given.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // One side only, for the kinds named (in a sentence or a table's row): "The questions on ethnicity and religion are
      // optional". Which answers may be left out is said; what must be given, and what happens if it is not, is not (the
      // mirror of "required by law" alone).
      rules: [
        { ...OPTIONAL_GIVING, any: categoryGroups() },
        {
          all: ['optionalStated'],
          any: categoryGroups(),
          none: ['withdraw', 'consentOther', 'cookieTalk', 'rights', 'cookieTerm'],
        },
      ],
      message: 'Says which information is optional, but not what must be given or what happens if it is not.',
    },
    {
      to: 'needs-review',
      from: ['fail'],
      whenReason: ['not-found'],
      // "Some of the information we ask you for is optional": a choice is stated, but not which data, nor that the rest
      // must be given. Not the checklist's partial pattern, and not a statement of both sides: a person reads it.
      rules: [
        OPTIONAL_GIVING,
        {
          all: [['info', 'optionalStated']],
          none: ['withdraw', 'consentOther', 'cookieTalk', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
        {
          all: [['provideVerb', 'optionalStated']],
          none: ['withdraw', 'consentOther', 'cookieTalk', 'rights', 'cookieTerm'],
          sameClause: true,
          prose: true,
        },
      ],
      message: 'Says some information is optional, but not which, nor whether the rest must be given: check by hand.',
    },
  ],
  'data-sources': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: SOURCES_UNSEEN,
      rules: SOURCE_PASS_RULES,
      message: 'The notice names where pupil information comes from besides the family, in its own words.',
    },
    {
      to: 'pass',
      // Unnamed others ("from other organisations") beside a source named elsewhere in the notice's own words.
      from: ['needs-review'],
      whenReason: ['unnamed-sources'],
      rules: SOURCE_PASS_RULES,
      message: 'The notice names where pupil information comes from besides the family, in its own words.',
    },
    {
      to: 'needs-review',
      from: ['fail', 'partial'],
      whenReason: SOURCES_UNSEEN,
      // "Some details reach us from third parties": data comes from elsewhere, but no source is named (checklist.md 2.9).
      rules: SOURCE_ANY_RULES,
      message:
        'Data is said to come from others besides the family, but only as unnamed "other organisations" or "third parties": check by hand.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "Most of this information comes from what you tell us on our forms": the family only (Art 14(2)(f) wants the others).
        { all: [['info', 'comeFrom', 'familySource']], sameClause: true },
        // Not the question whether the family must give it ("Do you have to give us this information?"): it asks, and says
        // nothing of where the data comes from.
        { all: [['familySource', 'giveUs']], any: ['info'], none: ['dutyAsked'], sameClause: true },
        // The data left unnamed: "Almost all of it comes from you, on the application form".
        { all: [['comeFrom', 'familySource']], none: ['npdTalk', 'sourceBody', 'unnamedSources'], sameClause: true, prose: true },
        // A question heading answered under it: "Where does the information come from?" / "From you, on the registration pack".
        { all: [['comeFrom', 'familySource']], none: ['npdTalk', 'sourceBody', 'unnamedSources', 'shareOut'], structure: true },
      ],
      message:
        'The only source given is the family (what parents tell the school or put on its forms); no previous school, local authority or other source is named.',
    },
    {
      to: 'needs-review',
      from: ['fail'],
      whenReason: ['not-found'],
      // "We gather pupil information from a variety of sources": other sources implied, none named (between partial and
      // missing in checklist.md 2.9). A sentence that names the bodies is read by the rules above; the "sources" of a
      // lawful basis (statutes) are not sources of data.
      rules: [{ all: ['unnamedSources'], none: ['npdTalk', 'sourceBody', 'shareOut', 'basisGeneric'] }],
      message: 'The notice says information comes from other sources but names none of them: check by hand.',
    },
  ],
  recipients: [
    {
      to: 'pass',
      from: ['fail'],
      // Not over an empty lead-in list: recipients named elsewhere beside it are partial (checklist.md 2.11).
      whenReason: RECIPIENTS_UNSEEN,
      minHits: 2,
      rules: [
        // "We pass information to the local authority", "Information is shared with the school nurse".
        { all: [['shareOut', 'toWith', 'recipientBody']], none: ['sendUs', 'withUs'], sameClause: true },
        // "The local authority will receive information about ..."
        { all: [['recipientBody', 'receiveBy']], none: ['from'] },
        // "We give the council the details it needs to pay funded hours."
        { all: [['shareOut', 'recipientBody']], none: ['sendUs', 'withUs', 'receive'], sameClause: true },
        // Records said to go somewhere: "their records travel to the new school", "exam entries go to the boards". Only
        // two such statements count: one alone is as often the pupil file's retention (the file goes to the next school).
        { all: [['info', 'flowTo', 'recipientBody']], none: ['sendUs', 'withUs', 'comeFrom', 'pupilMoves'], sameClause: true },
      ],
      message: 'The notice names who receives pupil information, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Not over an empty lead-in list: with only some recipients named elsewhere that is partial (checklist.md 2.11).
      whenReason: RECIPIENTS_UNSEEN,
      rules: [
        // "Sometimes we have to tell other people about you: the school you go to next, the council, the NHS ...",
        // "Recipients of pupil data include other educational establishments, the local authority and exam boards".
        ...twoOf(recipientGroups(), { all: ['shareOut'], none: RECIPIENT_VETO }),
        ...twoOf(recipientGroups(), { all: ['receiveBy'], none: [...RECIPIENT_VETO, 'from'] }),
        // Information said to go somewhere, the places listed: "Depending on the case, information may go to other
        // schools, the council, health professionals and social care". Not pupils who go to another school.
        ...twoOf(recipientGroups(), { all: ['discloseCue'], none: [...RECIPIENT_VETO, 'rightsCue'] }),
        // "Sometimes other people need your information too: the council, the school nurse, your next school".
        ...twoOf(recipientGroups(), { all: ['outsiders', 'info'], none: [...RECIPIENT_VETO, 'rightsCue', 'receive', 'from'] }),
        // A question heading answered under it: "Who else sees my child's information?" / "Our caterer, the exam boards ...".
        ...twoOf(recipientGroups(), { all: ['discloseCue'], none: [...RECIPIENT_VETO, 'rightsCue'], structure: true }),
        // A "Who receives ...?" list is not vetoed by one item's "unless a parent asks us to ..."; a rights section is.
        ...twoOf(recipientGroups(), { all: [['askWho', 'accessVerb']], none: [...RECIPIENT_VETO, 'rights'], structure: true }),
        // Within a trust the central office is a recipient of its own: "Information moves between our academies and
        // the trust's central office".
        { all: ['discloseCue', 'rcpTrust'], none: [...RECIPIENT_VETO, 'rightsCue'] },
        { all: ['shareOut', 'rcpTrust'], none: RECIPIENT_VETO },
      ],
      message: 'The notice names who receives pupil information (several kinds of recipient), in its own words.',
    },
    {
      to: 'pass',
      from: ['fail'],
      // Nothing else found: information said to go to several kinds of recipient, "Depending on the case, information
      // may go to other schools, the council, health professionals and social care" (three kinds: one or two is as often
      // the pupil file following the child). Not pupils who go to another school.
      whenReason: ['not-found'],
      rules: threeOf(recipientGroups(), { none: [...RECIPIENT_VETO, 'pupilMoves', 'rightsCue'] }).map((r) => ({
        ...r,
        all: [['info', 'flowTo'], ...r.all],
      })),
      message: 'The notice names who receives pupil information (several kinds of recipient), in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: RECIPIENTS_UNSEEN,
      // Processors are recipients: "We use a few outside suppliers. They are ParentPay for payments and CPOMS ...".
      rules: [{ all: ['rcpSystem'], none: ['cookieTalk'] }],
      alsoNeeds: [{ all: ['rcpSupplier'], none: RECIPIENT_VETO }],
      message: 'The notice names the suppliers (processors) that receive pupil information, in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      whenReason: ['one-named'],
      minHits: 2,
      // Two statements each naming a recipient, as in a table of who receives what ("Local authority | attendance").
      rules: [
        { all: [['shareOut', 'toWith', 'recipientBody']], none: ['sendUs', 'withUs'], sameClause: true },
        { all: [['recipientBody', 'receiveBy']], none: ['from'] },
        { all: [['info', 'flowTo', 'recipientBody']], none: ['sendUs', 'withUs', 'comeFrom', 'pupilMoves'], sameClause: true },
      ],
      message: 'The notice names who receives pupil information, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      // Also over an empty lead-in list: some recipients named elsewhere beside it is the checklist's partial (2.11).
      whenReason: [...RECIPIENTS_UNSEEN, 'empty-list'],
      // One recipient named, in words the list reader did not take: "the exam boards receive entry details".
      rules: [
        { all: [['shareOut', 'toWith', 'recipientBody']], none: ['sendUs', 'withUs'], sameClause: true },
        { all: [['recipientBody', 'receiveBy']], none: ['from'] },
        { all: [['shareOut', 'recipientBody']], none: ['sendUs', 'withUs', 'receive'], sameClause: true },
      ],
      message: 'Only one recipient is named in words the check could read; there is no list of who receives pupil data.',
    },
  ],
  'lawful-basis-art6': [
    {
      to: 'pass',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: BASIS_GIVEN_RULES,
      message:
        'The notice gives an Article 6 basis (legal obligation, public task or vital interests) as its reason for using the data, in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      // A lawful basis asked for in general terms, then named in words the list of bases does not hold; or legitimate
      // interests named for a side activity while the basis for the school's own work is given only in those words.
      whenReason: ['general-terms-only', 'general-terms-and-statutes', 'statutes-only', 'legitimate-interests-only'],
      rules: BASIS_GIVEN_RULES,
      message:
        'The notice gives an Article 6 basis (legal obligation, public task or vital interests) as its reason for using the data, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "We process all personal data fairly and lawfully", "The lawful basis on which we use this information:" with statutes only.
        { all: ['basisGeneric'] },
      ],
      message:
        'The notice refers to a lawful basis in general terms (or lists statutes) but names no Article 6 basis such as public task or legal obligation.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // A basis only implied by a sentence about something else (checklist.md 2.5): consent named inside a withdrawal
        // sentence ("If you have given consent, you can take it back at any time").
        { all: ['consentWord', 'withdraw'], none: ['cookieTalk'], prose: true },
      ],
      message:
        'Consent is named only as something that can be withdrawn; the notice never presents an Article 6 basis as its reason for using the data.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // The law given only as why the family must provide some details ("some details have to be provided because the
        // law says we must hold them"): a legal duty implied, not presented as the school's basis (checklist.md 2.5).
        { all: ['mustGive', 'basisWord', 'legalObligation'], none: ['basisRequirement', 'cookieTalk'], prose: true },
      ],
      message:
        'A legal duty is named only as the reason some details must be provided; the notice never presents an Article 6 basis as its reason for using the data.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // A legal duty given only as the reason one sharing happens ("We send census returns to the Department because the
      // law requires it"): a basis implied by a sentence about something else (checklist.md 2.5).
      rules: [
        { all: ['basisWord', 'passOnVerb'], any: BASES, none: ['basisRequirement', 'mustGive', 'article9Talk', 'cookieTalk'], prose: true },
      ],
      message:
        'A legal duty is named only as the reason some data is passed on; the notice never presents an Article 6 basis as its reason for using the data.',
    },
  ],
  'census-sharing-statutory': [
    {
      to: 'pass',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "We have to send the school census to the Department for Education by law."
        { all: ['govBody', 'census', 'statuteBasis'] },
        // The same under the government's own heading: "The Department for Education" / "We complete the school census
        // each term. This is required by section 537A ...".
        { all: ['govBody', 'census', 'statuteBasis'], structure: true },
      ],
      message: 'The notice says pupil data goes to the government in the statutory census, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // The collection and the duty in one sentence, the government as receiver in another: "The government asks every
        // school to send some information. This is called the school census, and we have to do it by law."
        { all: ['censusName', 'statuteBasis'], none: ['readElsewhere'] },
      ],
      alsoNeeds: [{ all: ['govBody', 'shareOut'] }],
      message: 'The notice says the school sends the government its statutory census, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail'],
      whenReason: ['not-found'],
      // The government as the asker, the census and the duty named a sentence later: "The Department for Education asks
      // every school for information about its pupils. This is called the school census, and the law says we must."
      rules: [{ all: ['censusName', 'statuteBasis'], none: ['readElsewhere'] }],
      alsoNeeds: [{ all: [['govBody', 'askOrCollect', 'allSchools']] }],
      message: 'The notice says the government collects pupil data from schools in the statutory census, in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      rules: [
        // Government sharing is named, and the next sentence says what it is: "This is called the school census, and the law says we must."
        // Not a pointer to a page about the collections ("you can read about the data collection and censuses for schools
        // on the government's page"): that names what the government publishes, not what the school sends.
        // Not "return" as coming back: "to meet our statutory duties and support each student's return to mainstream
        // education" names no collection.
        { all: ['census', 'statuteBasis'], none: ['readElsewhere', 'comingBack'] },
      ],
      message: 'The notice names the government recipient, and says the sharing is the statutory census, in its own words.',
      whenReason: ['sharing-without-collection'],
    },
    {
      to: 'pass',
      from: ['partial'],
      rules: [
        // The duty and the collection's name a sentence apart: "The Department for Education needs to know about every
        // pupil, so the school has to send it some facts each term. This is called the census."
        // Not a page to read about the collections: "see the data collection and censuses for schools page".
        { all: ['censusName'], none: ['readElsewhere'] },
      ],
      alsoNeeds: [{ all: ['govBody', 'statuteBasis', 'shareOut'] }],
      message: 'The notice says the school must send pupil data to the government, and names the census, in its own words.',
      whenReason: ['sharing-without-collection'],
    },
  ],
  'youth-support-services': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Also over a scope the evaluator read with no choice: the choice may be put in words it does not know.
      whenReason: ['not-found', 'limit-not-described', 'limit-without-choice'],
      unlessAnywhere: YOUTH_WELSH_SERVICE,
      rules: [
        // "Once you're 13, the council's youth support team gets some information about you", "from age 13 so it can
        // support young people into education or training". Not the council telling the school about young people.
        YOUTH_SHARING,
      ],
      // "Your parent can tell us to share only your name, address and birthday." The scope alone ("we share only their
      // name, address and date of birth") is the default, not the option someone may take (checklist.md 2.23).
      // Not in a list of the data held ("who the student is: name, date of birth ...; health ...; attendance ..."), which
      // carries these words without any choice over sharing.
      alsoNeeds: [{ all: ['basicDetails', 'limitOnly', 'limitChooser'], none: YOUTH_CHOICE_VETO }, YOUTH_PUPIL_AT_16],
      message:
        'The notice says pupil information goes to the local authority for young people from age 13, and that it can be limited to name, address and date of birth, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: ['not-found', 'limit-not-described', 'limit-without-choice'],
      unlessAnywhere: YOUTH_WELSH_SERVICE,
      rules: [YOUTH_SHARING],
      // The scope, and the choice over it said apart: "We share only the name, address and date of birth. Parents can
      // ask us to send more; from 16 the pupil decides." The choice must be about this sharing, not any request.
      alsoNeeds: [
        // The scope as what is passed on: not "registration asks only for the name, address and date of birth".
        { all: ['basicDetails', 'limitOnly'], any: ['shareOut', 'youthService', 'localAuthority'], none: YOUTH_CHOICE_VETO },
        { all: ['limitChooser'], any: ['moreInfo', 'basicDetails', 'youthService', 'consentWord'], none: YOUTH_CHOICE_VETO },
        YOUTH_PUPIL_AT_16,
      ],
      message:
        'The notice says pupil information goes to the local authority for young people from age 13, and that it can be limited to name, address and date of birth, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Not over a scope the evaluator read with no choice beside it (checklist.md 2.23: the scope alone is the default):
      // a choice pieced together from sentences anywhere in the notice is not the option over that scope.
      whenReason: ['not-found', 'limit-not-described', 'limit-without-choice'],
      unlessAnywhere: YOUTH_WELSH_SERVICE,
      rules: [YOUTH_SHARING],
      // The same limit said the other way round, about this sharing: "If your parents agree, we tell the youth service a
      // bit more." Consent given for trips or photographs elsewhere in the notice is not it (said within the 13+ section,
      // the evaluator reads it there).
      alsoNeeds: [
        {
          all: ['consentWord', 'moreInfo'],
          any: ['youthService', 'localAuthority', 'basicDetails'],
          none: ['withdraw', ...YOUTH_CHOICE_VETO],
        },
        YOUTH_PUPIL_AT_16,
      ],
      message:
        'The notice says pupil information goes to the local authority for young people from age 13, and that more than the basic details is shared only with consent, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [YOUTH_SHARING],
      message:
        'Sharing with the local authority for young people aged 13 and over is described, but not the option to limit it to name, address and date of birth.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // "After pupils turn 13 we pass some of their information on ... a parent can ask us to limit this to the name,
      // address and date of birth": the 13+ sharing and its option, with no recipient named.
      rules: [{ all: [['teenAge', 'shareOut']], none: ['sendUs'] }],
      alsoNeeds: [{ all: ['basicDetails', 'limitOnly', 'limitChooser'] }],
      message:
        'Pupil information is passed on from age 13 with an option to limit it, but the recipient (the local authority or its youth support services) is not named.',
    },
  ],
  'parents-carers-data': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PARENT_DATA_UNSEEN,
      rules: [
        // "We also keep parents' and carers' contact details so we can reach you in an emergency." Not parents as where the
        // child's data comes from ("We collect information from parents ... so that we can plan their learning"). Read in
        // a sentence or one list item, not across the pupil data list, where "parents' names and who to call in an
        // emergency" is a kind of pupil data, not a purpose (checklist.md 2.32 partial).
        // Not parents as the ones who consent ("because you (or your parents) agreed, you can withdraw that consent").
        // Nor a list of the systems pupil data is shared with ("ParentMail for messages to parents"), nor who decides how
        // "pupil and family information is used" (the controller, not what is held), nor parents asked to report changes
        // ("we ask parents and students to tell us promptly when details change"), nor a pupil's information given to a
        // parent ("we will ask for your view before we give your information to a parent").
        ...proseOrItem([
          {
            all: [['holdUse', 'parents'], 'purposeLink'],
            any: ['info'],
            none: ['rights', 'fromParents', 'toParents', 'withdraw', 'rcpSystem', 'controllerTalk', 'reportChanges'],
          },
          {
            all: [['info', 'parents'], 'purposeLink'],
            any: ['holdUse'],
            none: ['rights', 'fromParents', 'toParents', 'withdraw', 'rcpSystem', 'controllerTalk'],
          },
          // "Parent/carer data is used to communicate school news and to contact you in an emergency."
          {
            all: [['parents', 'info'], 'purposeLink'],
            any: ['holdUse'],
            none: ['rights', 'fromParents', 'comeFrom', 'giveUs', 'sendUs', 'controllerTalk'],
            sameClause: true,
          },
          // The parent as the reader, set against their child: "Alongside your child's details, we also keep your own name
          // and phone numbers, so that we can reach you if your child is unwell".
          {
            all: ['yourChild', ['holdUse', 'readerOwnDetails'], 'purposeLink'],
            none: ['rights', 'fromParents', 'withdraw', 'rcpSystem', 'controllerTalk'],
          },
        ]),
        // Parents named as the topic, then the kinds of their details the school holds: "In relation to parents and carers,
        // the School processes names, addresses and telephone numbers". A statement of its own, not an item of the pupil
        // data list; not parents as where data comes from, nor their rights.
        {
          all: [['parentsTopic', 'holdUse']],
          any: ['catIdentity', 'catPayments', 'familyDetail'],
          none: ['rights', 'rightsCue', 'fromParents', 'comeFrom', 'noticeTitle', 'controllerTalk'],
          statement: true,
        },
        // A "Parents and carers" heading over "We process your personal data to communicate with you". Not a section
        // opening where parents are where the child's data comes from ("... comes from parents on the admission form").
        { all: [['parents', 'weHold'], 'info'], none: ['rights', 'rightsCue', 'noticeTitle', 'comeFrom'], structure: true },
      ],
      message: 'The notice says, in its own words, what it holds about parents and carers.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Not over a reading of parents' details as an item of the pupil data list: a lead-in joined to that list ("The
      // school holds: - learner details ...; - names and contact details of parents ...") holds the same words. The
      // evaluator reads a part of its own on parents over the details held.
      whenReason: ['not-found', 'held-unspecified'],
      rules: [
        // A section or lead-in of its own on parents' data: "About parents and carers:" with its list.
        // What is held comes after it: not a heading over a sentence that only says parents' data is kept too ("Parent
        // information: some information about parents is also held"), which names neither a kind of detail nor a use.
        {
          all: [['aboutParents', 'info']],
          any: ['catIdentity', 'catPayments', 'familyDetail', 'emergencyWho', 'purposeContact', 'purposeLink', 'contactVerb'],
          none: ['rights', 'noticeTitle'],
          structure: true,
        },
      ],
      message: 'The notice says, in its own words, what it holds about parents and carers.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PARENT_DATA_UNSEEN,
      rules: [
        // Parents' details are in the data list, and a stated purpose is reaching them: "to communicate with you and your parents".
        // Not where the pupil's data comes from ("We obtain pupil information from ... communications with families"), nor a
        // named service the school reaches families through ("ClassDojo, which we use to send class news to parents"): that
        // says how parents are reached, not what is held about them.
        { all: [['contactVerb', 'parents']], none: ['rights', 'receive', 'rcpSystem'], sameClause: true },
      ],
      // Parents' details among the data held, not the pupil purposes list that names parents as the ones told of
      // progress and "emergency contact details" as a reason ("... for the following purposes: ... to keep children safe
      // (food allergies, or emergency contact details)").
      // Nor parents as the ones who may object to what goes to the youth service.
      alsoNeeds: [{ all: [['parents', 'info']], none: ['rights', 'purposeWord', 'purposeCare', 'youthService'] }],
      message: "Parents' contact details are held, and the notice says they are used to reach parents and carers.",
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PARENT_DATA_UNSEEN,
      rules: [
        // Written to a parent ("your child"), "you" is the parent: "We keep your details so we can contact you during the
        // day", "We use these to contact you about your child".
        // Not a named service the school uses to reach families ("Class Dojo, which we use to send messages home"): that
        // says how parents are reached, not what is held about them.
        // Nor records sent on to the next school ("the CTF, which schools use to send a student's records to their next school").
        // Nor the notice speaking of itself ("We may need to update this privacy notice, so we recommend that you revisit it").
        {
          all: [['holdUse', 'contactVerb']],
          any: ['info', 'purposeLink'],
          none: ['rights', 'rightAccess', 'complain', 'rcpSystem', 'destinationSchool', 'noticeTitle'],
          sameClause: true,
        },
        // The parent's own details by kind, kept for a reason given in the sentence: "We will keep your own name, address
        // and phone numbers so that we can reach you in an emergency". Not the pupil's own, in a part written to the pupil.
        {
          all: [['holdUse', 'aboutYou'], 'purposeLink'],
          any: ['catIdentity', 'familyDetail'],
          none: ['rights', 'rightsCue', 'rightAccess', 'complain', 'youArePupil', 'sourceWord', 'rcpSystem'],
          statement: true,
        },
        // "The personal data we hold: we may collect the following about you: - your name ...", "About you: ...". Not a
        // part written to the pupil, where "you" has a class and grown-ups of their own.
        // Not a list about the child that has the parent's contact details among its items ("What we collect about your
        // child: ... your contact details"), nor a section on where the data comes from ("Where the information comes
        // from: You give us most of it ... when you update your details"), nor a section on who the controller is ("Who is
        // responsible for your information? / The governing body is the data controller").
        {
          all: ['aboutYou', 'info'],
          none: ['rights', 'rightsCue', 'rightAccess', 'complain', 'youArePupil', 'aboutChild', 'sourceWord', 'controllerTalk'],
          structure: true,
        },
      ],
      alsoNeeds: [{ all: ['yourChild'] }],
      message: 'The notice, written to parents about their child, says what it holds about the parents themselves and why.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "- information about a pupil's parents and/or other relatives (such as name, contact details)" in the data list.
        // Not the pupil's own data that parents told the school ("- health needs you or your carers have told us about"), nor
        // a row on where the data comes from ("Where is it from? | Forms families fill in, the previous school").
        { all: [['info', 'parents']], none: ['rights', 'parentsToldUs', 'fromParents', 'comeFrom'], inList: true },
        { all: [['parents', 'info']], none: ['rights', 'parentsToldUs', 'fromParents', 'comeFrom'], inList: true },
        // An item that is itself a detail about the family: "- who has parental responsibility", "- next of kin".
        { all: ['familyDetail'], none: ['rights'], inList: true },
      ],
      message: "Parents' details appear only as an item in the pupil data, with no statement of what is held about parents or why.",
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // Written to a parent about "your child", the parent's own details as one item of the child's data list ("- your
      // contact details and who to call in an emergency"): listed, with no statement or purpose (checklist.md 2.32).
      // Not an item of a rights list ("- have wrong information about you rectified, blocked, erased or destroyed").
      rules: [
        {
          all: ['aboutYou'],
          any: ['info', 'emergencyWho'],
          none: ['rights', 'youArePupil', 'rightAccess', 'rightRectify', 'rightErase', 'rightRestrictObject'],
          inList: true,
        },
      ],
      alsoNeeds: [{ all: ['yourChild'] }],
      message: "Parents' details appear only as an item in the pupil data, with no statement of what is held about parents or why.",
    },
    {
      to: 'needs-review',
      from: ['fail'],
      whenReason: ['not-found'],
      // Parents' details are spoken of in running text, but no rule could tell what is held about them or why.
      rules: [
        // "We also keep details of parents and carers.", "Parents' phone numbers are kept on our system." Not the pupil's
        // data reported to parents ("We use pupil data ... to keep parents informed about their child's progress").
        { all: [['holdUse', 'info', 'parents']], none: [...PARENT_DATA_DOUBT_VETO, 'pupilData'], sameClause: true, prose: true },
        { all: [['parents', 'info'], 'holdUse'], none: [...PARENT_DATA_DOUBT_VETO, 'pupilData'], sameClause: true, prose: true },
      ],
      message: "Parents' or carers' details are mentioned, but it is unclear what is held about them or why: check by hand.",
    },
  ],
  retention: [
    {
      to: 'pass',
      from: ['fail'],
      // Only where no retention talk was found at all: every partial names what was found short (checklist.md 2.13).
      whenReason: ['not-found'],
      rules: [
        // "We keep a pupil's file until they turn 25 and then shred it." Not "only as long as we need it" (a limit with
        // no period or criteria, checklist.md 2.13), nor the family's right to have data deleted.
        {
          all: [['keep', 'duration']],
          any: ['info'],
          none: ['retentionSubset', 'vagueDuration', 'pastSpan', 'erasureRequest', 'frequency'],
          sameClause: true,
        },
        {
          all: [['duration', 'keep']],
          any: ['info'],
          none: ['retentionSubset', 'vagueDuration', 'pastSpan', 'erasureRequest', 'frequency'],
          sameClause: true,
        },
        // The criteria that decide the period, the law among them: "The time we hold a record for is based on the kind of
        // record and on what the law requires".
        // The keeping comes first ("we hold a record for is based on"), not "the school decides ... looking after it".
        {
          all: [['keep', 'retentionCriteria']],
          any: ['statuteBasis', 'compulsory'],
          none: ['retentionSubset', 'erasureRequest'],
          sameClause: true,
        },
      ],
      message: 'The notice says how long information is kept (a period or how it is decided), in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "Transition data for post-16 study is deleted a year after the pupil starts": one part of the data only.
        { all: [['keep', 'duration']], any: ['info'], none: ['erasureRequest', 'vagueDuration'], sameClause: true },
        { all: [['duration', 'keep']], any: ['info'], none: ['erasureRequest', 'vagueDuration'], sameClause: true },
      ],
      message: 'A period is given only for part of the data (such as transition data or CCTV), not for pupil records generally.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "We keep information only as long as we need it": retention spoken of, with no period or criteria.
        { all: [['keep', 'vagueDuration']], none: ['erasureRequest'], sameClause: true },
      ],
      message: 'Retention is mentioned without a period, criteria or schedule (only "as long as we need it").',
    },
    {
      to: 'pass',
      from: ['partial'],
      // Every partial but the period left as template text (that residue stands whatever else is kept for how long): a
      // concrete period beside a schedule ("kept by the last school until the pupil's 25th birthday"), or beside periods
      // for one kind of record only ("visitor logs are held for two years"), said of pupil information or records
      // generally (checklist.md 2.13: a subset is partial). Not "until it is no longer needed", the vague limit again,
      // nor one more kind ("Exam scripts are held until the appeals deadline").
      whenReason: ['referred-with-problems', 'schedule-without-link', 'no-period', 'part-of-data-only', 'period-for-part-only'],
      rules: [
        {
          all: [['keep', 'period']],
          any: ['info'],
          none: ['retentionSubset', 'erasureRequest', 'vagueDuration', 'pastSpan', 'frequency'],
          sameClause: true,
        },
        {
          all: [['period', 'keep']],
          any: ['info'],
          none: ['retentionSubset', 'erasureRequest', 'vagueDuration', 'pastSpan', 'frequency'],
          sameClause: true,
        },
      ],
      message: 'The notice says how long information is kept (a period or how it is decided), in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      whenReason: ['no-period'],
      rules: [
        // The criteria that decide the period, with the law among them: "How long we keep something depends on what it
        // is, any minimum period set in law and whether it is still needed".
        { all: ['duration', 'retentionCriteria', 'keep'], any: ['statuteBasis', 'compulsory'] },
      ],
      message: 'The notice says how the time information is kept is decided (the criteria), in its own words.',
    },
  ],
  'complaint-to-ico': [
    {
      to: 'pass',
      from: ['fail'],
      // Not over a route only promised in the notice's contents list: the list item itself reads as the route.
      whenReason: ['not-found', 'registration-rejected'],
      rules: [
        // "If you are unhappy with how we have handled your data you can take it to the Information Commissioner."
        // Not an item of the notice's own contents list ("It tells you about: ... your right to complain to the ICO").
        // Nor the regulator as the source of advice the school keeps to ("our DPO, who follows the ICO's advice, will
        // look into any concern"). Nor the EU wording's authority "in the Member State of your habitual residence".
        { all: ['ico', 'complain'], none: ['icoRegistration', 'topicsAnnounced', 'regulatorAdviceFollowed', 'euMemberState'] },
      ],
      message: 'The notice says a concern can be taken to the Information Commissioner, in its own words.',
    },
  ],
  'complaint-to-school': [
    {
      to: 'pass',
      from: ['fail'],
      // A concern about decisions made by computer alone is one topic, not data use in general (checklist.md 2.18), and
      // the complaints policy for teaching or uniform, or a worry about a child's safety, is not a route for data complaints.
      // A route the wording found limited to one topic is partial, never lifted: only "nothing found" is.
      whenReason: ['not-found'],
      rules: [
        SCHOOL_ROUTE_SAID,
        TELL_US_FIRST,
        TELL_US_FIRST_UNDER_HEADING,
        // A question heading answered under it: "What if I am not happy?" / "Talk to us first: the headteacher ...".
        // Not "Questions and complaints" over a line that answers only the question, nor a complaint in one item of a
        // list and the school in another.
        {
          all: ['complain', 'usSchool'],
          none: [...SCHOOL_ROUTE_VETO, 'queryWord'],
          structure: true,
          oneItem: true,
        },
        COMPLAINT_ROUTE_NAMED,
      ],
      message: 'The notice says concerns about data can be raised with the school, in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      // A "discuss anything" contact is not a complaint route (checklist.md 2.18), but a concern route of its own elsewhere is.
      whenReason: ['contact-only'],
      rules: [
        // A concern about the cameras or about computer decisions is one topic (checklist.md 2.18), here as after "nothing found".
        SCHOOL_ROUTE_SAID,
        TELL_US_FIRST,
        TELL_US_FIRST_UNDER_HEADING,
        // "Questions and concerns" over a "discuss anything" contact and the ICO's complaint route: the concern there is
        // the regulator's, the school's line is still only a contact point. Nor a rights list whose restriction right
        // lasts "while a concern is looked into".
        {
          all: ['complain', 'usSchool'],
          none: [...SCHOOL_ROUTE_VETO, 'ico', 'queryWord'],
          structure: true,
          oneItem: true,
        },
        COMPLAINT_ROUTE_NAMED,
      ],
      message: 'The notice says concerns about data can be raised with the school, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // A concern route about one topic only (checklist.md 2.18): "If you disagree with a placement our software made
      // automatically, raise your concern with a member of staff."
      rules: [{ all: ['complain', 'machine'], none: ['ico', 'icoRegistration', 'cookieTalk'], prose: true }],
      message: 'A concern route is given only for one topic (decisions made by computer), not for data use in general.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // A concern route about the cameras only (checklist.md 2.18, one topic): "If you think a camera is pointed where it
      // should not be, tell the site team."
      rules: [
        { all: ['complain', 'cameraTopic'], any: ['usSchool', 'tellUs'], none: ['ico', 'icoRegistration', 'cookieTalk'], prose: true },
      ],
      message: 'A concern route is given only for one topic (the cameras), not for data use in general.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // The same for photographs or a fingerprint system: "If you are unhappy about how a photograph of your child has
      // been used, tell the office", "... about how the fingerprint system uses your child's information, speak to ...".
      rules: [
        {
          all: ['complain', 'catMedia'],
          any: ['usSchool', 'tellUs', 'readerStep'],
          none: ['ico', 'icoRegistration', 'cookieTalk'],
          prose: true,
        },
      ],
      message: 'A concern route is given only for one topic (photographs or a biometric system), not for data use in general.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // A route to have one decision looked at again (checklist.md 2.18, one topic): "If we turn down a request to see a
      // record, the governors can be asked to review that decision", "you can ask for a review of the marking".
      rules: [{ all: ['reviewDecision'], any: ['rightsCue'], none: ['ico', 'icoRegistration', 'cookieTalk'], prose: true }],
      message: 'A concern route is given only for one decision (to have it looked at again), not for data use in general.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      // A heading that announces complaints over a section that opens with a contact for questions only (checklist.md
      // 2.18, a "queries" contact): "Questions and complaints" / "If you have a question, ring the school."
      rules: [{ all: ['complain', 'queryWord'], none: ['ico', 'icoRegistration', 'cookieTalk'], structure: true, oneItem: true }],
      message: 'Only a contact for questions is given under a complaints heading; the notice never says how to complain to the school.',
    },
    {
      to: 'needs-review',
      from: ['fail'],
      whenReason: ['not-found'],
      // A concern or complaint about data that is not about the ICO, with no channel the rules recognise: "If you have any
      // concerns about how your information is used, please get in touch." Worth a person's reading, not a "Missing".
      // Not a worry about a child's safety, nor a concern to be taken to the Department (checklist.md 2.18: the school's route).
      rules: [
        // A heading alone ("If you are not happy") states nothing: what follows it decides.
        {
          all: ['complain'],
          none: ['ico', 'icoRegistration', 'cookieTalk', 'govBody', 'childWelfare', 'otherMatter', 'complaintRecords'],
          statement: true,
        },
      ],
      message: 'Concerns or complaints are mentioned without a recognisable route to the school: check by hand.',
    },
  ],
  'data-subject-rights': [
    {
      to: 'pass',
      from: ['fail', 'partial', 'needs-review'],
      // Never over the DPA 1998 list: its partial stands (checklist.md 2.14). Nor over a rights lead-in whose list was
      // lost: that is partial at most, whatever is said elsewhere (checklist.md 2.14 traps, D.9).
      whenReason: ['some-rights', 'not-found', 'one-right-missing'],
      ...RIGHTS_STATED,
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: ['some-rights', 'not-found'],
      ...RIGHTS_LISTED,
    },
    // A lost list with the rights said elsewhere in other words: the content partly survives (checklist.md D.9).
    { to: 'partial', from: ['fail'], whenReason: ['dropped-list'], ...RIGHTS_STATED, message: RIGHTS_LIST_LOST },
    { to: 'partial', from: ['fail'], whenReason: ['dropped-list'], ...RIGHTS_LISTED, message: RIGHTS_LIST_LOST },
  ],
  'withdraw-consent': [
    {
      to: 'pass',
      from: ['fail'],
      // Nothing found, or only an objection right or a mention of consent, rejected. Not over a cross-reference alone
      // ("How to withdraw consent is explained in section 9"): the wording found the topic sent elsewhere, and the
      // sentence reads as the right itself.
      whenReason: ['not-found', 'look-alike-rejected'],
      rules: [
        // "You can change your mind about giving consent at any time." Not a pointer to another section for the topic, nor
        // the cookie choice ("withdraw your consent with the Cookie settings link"), which is the website's (checklist.md 2.16).
        // Read in running text or a list item, never in a heading's own text: "Withdrawing consent" names the topic of
        // its section, and whether the section states the right is for its body to say.
        // Not withdrawal as an event the school handles ("any withdrawal of consent is recorded"), which presumes the right
        // without telling the reader of it.
        { all: ['consentWord', 'withdraw'], none: ['infoPointer', 'cookieTerm', 'withdrawalEvent'], statement: true },
        // Not a retention row or item, whose "removed" is what happens to the photos when their period ends ("Website photos
        // taken with consent | Removed within a year of your child leaving"): a period vetoes here and in the next readings.
        { all: ['consentWord', 'withdraw'], none: ['infoPointer', 'cookieTerm', 'withdrawalEvent', 'period'], inList: true },
        // "You can tell us at any time that you no longer want your child's photo used."
        { all: ['withdrawStrong', 'anyTime'], negatable: ['anyTime'], none: ['infoPointer', 'cookieTerm', 'withdrawalEvent'] },
        // A question and its answer: "Said yes to photos and now want to say no?" / "Tell the office and we will stop."
        // The answer must say something of doing it (whom to tell, when, what stops): a "Withdrawing consent" heading
        // over a body that only says consent is used carries both words in the heading alone (checklist.md 2.16), and so
        // does the template's "Withdrawal of consent and the right to lodge a complaint" over a body about complaints only.
        {
          all: ['consentWord', 'withdraw'],
          any: ['anyTime', 'tellUs', 'stopUsing', 'readerStep', 'noLongerWant'],
          none: ['withdrawnAlready', 'withdrawalEvent', 'infoPointer', 'cookieTerm', 'complain', 'period'],
          structure: true,
          // Not consent in one item of a list of uses and "ask us to stop at any time" (the newsletter) in the next.
          oneItem: true,
        },
        // "If you are no longer happy for us to use the photograph, tell us and we will remove it."
        { all: ['noLongerWant', 'stopUsing'], none: ['withdrawnAlready', 'cookieTerm'] },
        // The reader's choices taken back, and the use stopping: "You can change any of these choices at any time ... and we
        // will stop using photos in that way from then on." Not the website's cookie choices, though photos on the website
        // are taken back like any others ("we will stop putting your child's photo on our website").
        CHOICES_TAKEN_BACK,
        // The same over a section's opening sentences: "Changing your choices" / "You can change any of your photograph
        // choices whenever you like. Tell the office. We will not use them in anything new."
        { ...CHOICES_TAKEN_BACK, structure: true, oneItem: true },
        // A question about changing one's mind over a consent-based use, answered: "Can I change my mind about photos?" /
        // "Yes, at any time. Tell the office and we will stop."
        {
          all: ['withdraw', 'anyTime', 'stopUsing'],
          any: ['consentWord', 'catMedia', 'permissionItem', 'choiceWord'],
          none: ['withdrawnAlready', 'cookieTalk', 'infoPointer', 'withdrawalEvent'],
          structure: true,
        },
      ],
      message: 'The notice says consent can be withdrawn, in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      // The wording found withdrawal only implied (as a reason for erasure); a statement of its own elsewhere settles it.
      whenReason: ['only-implied'],
      rules: [
        { all: ['consentWord', 'withdraw'], none: ['withdrawnAlready', 'withdrawalEvent', 'infoPointer'] },
        { all: ['withdrawStrong', 'anyTime'], negatable: ['anyTime'], none: ['withdrawnAlready', 'withdrawalEvent', 'infoPointer'] },
      ],
      message: 'The notice says consent can be withdrawn, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found', 'look-alike-rejected'],
      // The template's "Withdrawal of consent and the right to lodge a complaint" over a body about complaints only:
      // withdrawal is named as a topic, and never said to be possible or how (checklist.md 2.16).
      // All three in one heading or item: not a retention table whose rows name consent forms, withdrawals and complaints.
      rules: [{ all: ['consentWord', 'withdraw', 'complain'], none: ['infoPointer', 'cookieTerm'], structure: true, oneItem: true }],
      message:
        'Withdrawing consent is named only as a heading over a section about complaints; the notice never says consent can be withdrawn, or how.',
    },
    {
      to: 'needs-review',
      from: ['fail'],
      // Consent is relied on and withdrawing is spoken of, but never in one statement: "We ask for consent for photos."
      // ... "You can opt out whenever you like." A person reads the two rather than the report calling the right missing.
      // Not where the only statement found sends the reader elsewhere for the topic: that shortfall is the report's.
      whenReason: ['not-found', 'look-alike-rejected'],
      rules: [{ all: ['consentWord'], none: ['cookieTalk', 'withdrawnAlready', 'infoPointer'], prose: true }],
      // Withdrawing spoken of in the text, not only in a heading's own words ("Withdrawing consent" over a body that never
      // says it can be done). Not a refusal to give optional data when asked ("where it is optional we will tell you, and
      // explain what happens if you say no"): that is the choice at collection, not consent taken back.
      alsoNeeds: [{ all: ['withdrawStrong'], none: ['cookieTalk', 'withdrawnAlready', 'infoPointer', 'choiceWord'], statement: true }],
      message:
        'Consent and withdrawing are both mentioned, but not together in one statement: check by hand that consent can be withdrawn.',
    },
  ],
  'security-measures': [
    {
      to: 'pass',
      from: ['fail'],
      // Not over a bare "held securely", which the wording found and the checklist calls short of measures.
      whenReason: ['not-found'],
      rules: [
        // "We keep your information secure with passwords and encryption", "records are stored securely". Not a promise
        // that the notice explains it further on ("... kept safe, and we explain below how"): the detail may never come.
        // Nor a file destroyed securely at the end of its period ("kept until they are 25, then destroyed securely"): how
        // it ends, not how it is protected while held. Nor the legal safeguards for data held abroad ("protected by an
        // adequacy decision"), which answer international-transfers.
        // Nor a heading ("Keeping information secure"): it names the topic whatever its section then says. Nor another
        // body's keeping, named by its section ("Welsh Government" / "It keeps the data it receives secure"). Nor the
        // law's protection of a kind of data ("special category data is given extra protection by law").
        // Nor that body's keeping said with a pronoun after the sentence naming it: "Welsh Government keeps this in its
        // national database. It has strict rules about who may see the data and how it is kept safe."
        { ...KEPT_SECURE, all: [['info', 'secure']] },
        { ...KEPT_SECURE, all: [['secure', 'info']] },
        // "Our systems use encryption and passwords to protect pupil records." Not the terms the Department sets for
        // those it gives National Pupil Database extracts (checklist.md D1).
        // Nor a password families set for collecting their child: data held, not a safeguard.
        {
          all: ['securityMeasure', 'info'],
          none: ['govBody', 'npdTalk', 'explainLater', 'passwordAsData'],
          noneBefore: ['govBody', 'npdTalk'],
          prose: true,
        },
      ],
      message: 'The notice says how the school keeps information safe, in its own words.',
    },
  ],
  'international-transfers': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // "Our provider is certified under the EU-US Privacy Shield": the notice says data leaves the UK and names how it is
      // protected, in EU-era terms; like "outside the EU", that is present here and a fault of current-legislation
      // (checklist.md 2.12, 2.26). Over vague hosting too: the scheme's name says data goes to the United States.
      whenReason: [...TRANSFERS_UNSEEN, 'transfer-without-safeguards'],
      rules: [{ all: ['invalidMechanism'] }],
      message:
        'Transfers outside the UK are disclosed with a safeguard, but the only one named is a scheme that has been struck down: see current legislation.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Over a transfer found with no safeguard too: that wording also reads a denial or a place in the UK ("we send
      // nothing to other countries", "kept on servers in the UK, not outside it") as a place data goes.
      whenReason: [...TRANSFERS_UNSEEN, 'transfer-without-safeguards'],
      rules: [
        // "We do not send pupil data abroad" / "all our systems keep data in the UK" / "... outside the UK with safeguards".
        // Not a file kept back because a family has moved abroad: that is the family's place, not the data's. Nor what the
        // school does not send itself ("we never send records abroad ourselves"): its suppliers may.
        { all: ['abroad', 'storeSend'], negated: ['storeSend'], negatable: ['abroad'], none: ['personAbroad', 'ownActsOnly'] },
        // Not where the UK is named only as where some of it is ("servers, not all of which are in the UK"). Both in one
        // item of a list or section: "The rules about information in the UK are called ..." in a section's opening and
        // "keeping an attendance register" in an item below it say nothing about where data is kept.
        // Nor a pupil's move to a school elsewhere in the UK: the file goes with the pupil (a domestic transfer).
        { all: ['inUk', 'storeSend'], none: ['abroad', 'pupilMoves', 'destinationSchool'], oneItem: true },
        // Not a transfer only imagined with a promise of protection ("if any is ever processed abroad, we will make sure
        // appropriate protections are in place"): whether data leaves the UK is not said (checklist.md 2.12).
        { all: ['abroad', 'safeguard'], none: ['everHypothetical', 'ownAdequacy'] },
      ],
      message: 'The notice says whether data leaves the UK (and how it is protected if it does), in its own words.',
    },
    {
      to: 'pass',
      from: ['partial'],
      // Only where the evaluator found a transfer or its mechanism: "stored in the cloud" says nowhere (checklist.md 2.12 partial).
      whenReason: ['transfer-without-safeguards', 'safeguard-without-transfer'],
      rules: [
        // Transfers are named, and a sentence of their own gives the protection: "suppliers sign contracts approved by the UK government".
        // Not the adequacy of the school's own work ("a review of the adequacy of our careers guidance"), nor the government's
        // sharing of its pupil database "under strict conditions and with safeguards in place".
        { all: ['safeguard'], any: ['info', 'secure', 'storeSend'], none: ['everHypothetical', 'ownAdequacy', 'govBody'] },
        // "... under a contract that requires the data to be protected", "only where that country protects data as well as the UK does".
        // Said of data abroad or passed on ("our contract with the tour operator requires them to protect what we send"),
        // or of the UK's standard: the contracts every supplier signs ("under contracts that keep your information safe"),
        // and suppliers protecting data "to the same standard" as the school, are no safeguard for data leaving the UK
        // (checklist.md 2.12).
        { all: [['contract', 'secure']], any: ['abroad', 'passOnVerb'] },
        { all: [['secure', 'ukEquivalent']], any: ['abroad'] },
      ],
      message: 'The notice says data may leave the UK and how it is then protected, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "Our suppliers may keep data on servers in various places around the world": abroad, with no word on protection.
        // Not a family settling abroad ("a file we cannot pass on because the family has moved abroad"): the wording-based
        // check reads whether the file follows them.
        { all: ['abroad', 'storeSend'], any: ['info', 'rcpSupplier'], none: ['publishesGuidance', 'personAbroad'] },
      ],
      message: 'Data may be held or sent outside the UK, but the notice does not say how it is then protected.',
    },
  ],

  purposes: [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PURPOSES_UNSEEN,
      rules: twoOf(purposeGroups(), {
        // "We hold this data to: support learning; provide pastoral care", "The information is used to safeguard
        // children, to contact parents and to monitor progress": the school uses information for two or more reasons.
        // Not a list of the kinds of data held ("The kinds of information we collect include: safeguarding
        // information, attainment, meal eligibility"): its items name topics of data, not reasons for using it.
        all: ['useData', 'info'],
        none: ['othersPurpose', 'otherBody', 'cookieTalk', 'kindsOfData'],
      }),
      message: 'The notice says why the school uses pupil information (several purposes in one statement or list), in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PURPOSES_UNSEEN,
      rules: [
        // A list or section whose lead-in says what it is about: "Why we need it" / "We keep it so that we can teach
        // your child and keep them safe", "The reasons are: helping children learn; looking after their welfare".
        // Not a heading or lead-in over the kinds of data held ("What information do we hold?").
        ...twoOf(purposeGroups(), { all: ['useData'], none: ['othersPurpose', 'otherBody', 'cookieTalk', 'kindsOfData'], structure: true }),
        ...twoOf(purposeGroups(), {
          all: ['purposeWord'],
          none: ['othersPurpose', 'otherBody', 'cookieTalk', 'kindsOfData'],
          structure: true,
        }),
      ],
      message: 'The notice lists why the school uses pupil information, in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PURPOSES_UNSEEN,
      minHits: 2,
      rules: purposeGroups().map((group) => ({
        // "Attendance: sessions attended, to keep children safe", a table's "Why we use it: To register pupils".
        all: [['purposeTo', group]],
        // Beside a kind of data: "to discuss your child's progress" in a contact line is not a purpose of the records.
        any: ['info', ...categoryGroups()],
        none: ['othersPurpose', 'otherBody', 'cookieTalk', 'rights'],
        sameClause: true,
      })),
      message: 'The notice gives the reasons it uses pupil information (a purpose beside each kind of data), in its own words.',
    },
    {
      to: 'pass',
      from: ['fail', 'partial'],
      whenReason: PURPOSES_UNSEEN,
      minHits: 2,
      // Each kind of record with what it lets staff do: "Attendance records help us notice absences early. Behaviour
      // notes let tutors support pupils who are struggling." Two such statements give the purposes.
      rules: categoryGroups().map((group) => ({
        all: [[group, 'enables']],
        none: ['othersPurpose', 'otherBody', 'cookieTalk', 'rights', 'tellUs'],
        sameClause: true,
        prose: true,
      })),
      message: 'The notice says what each kind of pupil information is used for (what it lets staff do), in its own words.',
    },
  ],
  'data-categories': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // Not over an empty lead-in: a list announced and lost is partial even where categories are named elsewhere
      // (checklist.md 2.8, D.9), and the evaluator found that lost list.
      whenReason: ['not-found', 'implied-only'],
      // "About children: names and dates of birth; ethnic origin and health details; a record of attendance".
      // The Department's database described ("the NPD contains information about pupils") is not the school's list.
      rules: threeOf([...categoryGroups(), 'catPayments', 'catActivities'], { none: ['processorSchedule', 'cookieTalk', 'npdTalk'] }),
      message: 'The notice names the kinds of pupil information it holds (several together), in its own words.',
    },
  ],
  'automated-decision-making': [
    {
      to: 'pass',
      from: ['fail', 'partial'],
      // The legacy right alone is partial only while no statement either way is found: one in other words settles it.
      whenReason: ['not-found', 'right-only'],
      rules: [
        // "A computer never decides anything about you", "No decisions about pupils are taken automatically".
        // The legacy right "to object to decisions taken by automated means" says nothing either way (checklist.md 2.19).
        // A heading alone ("Automated decisions") names the topic and says nothing either way: it is read with the
        // answer that opens its section ("Automated decisions: None", "Are decisions made by computer?: No. People decide.").
        { all: ['machine', 'decide'], negatable: ['decide', 'machine'], none: ['rightOnly'], statement: true },
        { all: [['machine', 'decide', 'yesNo']], negatable: ['decide', 'machine'], none: ['rightOnly'], structure: true },
        { all: [['decide', 'machine', 'yesNo']], negatable: ['decide', 'machine'], none: ['rightOnly'], structure: true },
        // A table row read with its headers answers it too: "Processing: all pupil records | Automated decision?: No". Not a
        // list item, which may finish its lead-in's sentence: "You can ask us: - to make sure decisions are not made only
        // by a computer" is the right.
        { all: [['machine', 'decide', 'yesNo']], none: ['rightOnly'], inTable: true },
        { all: [['decide', 'machine', 'yesNo']], none: ['rightOnly'], inTable: true },
        // "The attendance software flags pupils automatically; staff always review the flag": automated processing with
        // a person checking its output is a statement about ADM (a person is involved), not a silence on it.
        { all: ['machine', 'personReviews'], none: ['rightOnly'], statement: true },
      ],
      message: 'The notice says whether decisions about pupils are made by computer without a person, in its own words.',
    },
    {
      to: 'partial',
      from: ['fail'],
      whenReason: ['not-found'],
      rules: [
        // "You can object to decisions about you being made only by a computer": the right, not whether it happens. Asked
        // for in the negative too: "ask us not to make decisions about you purely by computer".
        { all: ['rightOnly', 'machine', 'decide'], negatable: ['decide', 'machine'] },
      ],
      message:
        'Automated decisions appear only as a right (to object to or challenge a decision made by computer); the notice never says whether the school makes such decisions.',
    },
  ],
  'legitimate-interests-stated': [
    {
      to: 'pass',
      from: ['fail'],
      // Legitimate interests relied on with no interest recognised; an interest only deferred to another document stays.
      whenReason: ['interest-not-described'],
      rules: [
        // "legitimate interests: we send news of fundraising events because, as a charity, we depend on them".
        // The Article 6(1)(f) definition ("... pursued by the controller or a third party") describes no interest.
        // "... because it is in our legitimate interests to" gives the basis as its own reason.
        { all: [['legitimateInterest', 'interestReason']], none: ['interestDefinition', 'interestRestated'] },
        // "The interests concerned are maintaining contact with former students": the interest in a sentence of its own.
        { all: ['interestNamedAs'], none: ['interestDefinition', 'interestRestated'], prose: true },
      ],
      message: "The legitimate interest relied on is described (what the interest is), in the notice's own words.",
    },
  ],
};

// Kinds of recipient: a unit naming two kinds names who receives data.
function recipientGroups(): string[] {
  return ['rcpPublicBody', 'rcpEducation', 'rcpHealth', 'rcpWelfare', 'rcpSpecialist', 'rcpAssessor', 'rcpSupplier', 'rcpSystem'];
}

// The school's reasons for using information, in groups: a statement naming two groups gives purposes, not one aside.
function purposeGroups(): string[] {
  return ['purposeLearning', 'purposeCare', 'purposeRunning', 'purposeDuty', 'purposeContact'];
}
// Kinds of pupil information, in groups: a unit naming three groups is a list of categories.
function categoryGroups(): string[] {
  return [
    'catIdentity',
    'catCharacteristics',
    'catAttendance',
    'catAssessment',
    'catHealth',
    'catBehaviour',
    'catSafeguarding',
    'catMedia',
  ];
}

type Rule = Lift['rules'][number];

/** Rules that hold when `base` holds and the unit names at least two of `groups`. */
/** Each rule read in running sentences, and in single list items unless the item names who to call in an emergency. */
function proseOrItem(rules: Rule[]): Rule[] {
  return rules.flatMap((r) => [
    { ...r, prose: true },
    { ...r, inList: true, none: [...(r.none ?? []), 'emergencyWho'] },
  ]);
}

function twoOf(groups: readonly string[], base: Rule): Rule[] {
  return groups.map((g, i) => ({ ...base, all: [...base.all, g], any: groups.slice(i + 1) })).filter((r) => r.any.length > 0);
}

/** Rules that hold when `base` holds and the unit names at least three of `groups`. */
function threeOf(groups: readonly string[], base: Omit<Rule, 'all'>): Rule[] {
  const out: Rule[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length - 1; j++) out.push({ ...base, all: [groups[i]!, groups[j]!], any: groups.slice(j + 1) });
  }
  return out;
}
