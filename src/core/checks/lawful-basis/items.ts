// Checklist data for the lawful-basis checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';

// Words that show a sentence (or the lead-in of its list) is about the legal basis, not a purpose or a sharing rule.
// A definition that says who may not use legitimate interests ("Legitimate interests: a lawful basis that public bodies
// cannot use for their official tasks") explains the law; it does not rely on the basis (both checks read it so).
const LEGITIMATE_INTERESTS_DEFINED =
  "legitimate interests?[^.]{0,60}\\b(?:public (?:bodies|authorities|authority|sector bodies)|(?:state )?schools|academies)\\s+(?:cannot|can not|can't|may not|must not|do not|are not (?:allowed|able|permitted) to)\\s+(?:use|rely)\\b";

const BASIS_CUE = [
  'lawful(?:ly)?',
  'legal (?:basis|bases|grounds?)',
  '\\bgrounds?\\b',
  '\\brel(?:y|ies|ying) on\\b',
  'allows? us',
  'permits? us',
  // "The GDPR only lets us use personal information when we have a proper reason. Ours are: - Legal obligation ...".
  'lets us',
  // Asked why the school may use the data: "Why I'm allowed to use it", "Why are we permitted to hold this?". Not why
  // it may pass it on ("Why are we allowed to share it?"): a gateway for sharing is no basis for the school's own use.
  "\\b(?:why|how come)\\s+(?:[\\w']+\\s+){0,3}(?:allowed|permitted|entitled)\\s+to\\s+(?:use|have|hold|keep|collect|process|record|store)\\b",
  '\\b(?:proper|valid|lawful) reasons?\\b',
  // "My reasons under the law", "our legal reasons".
  '\\breasons? (?:under|in) (?:the )?law\\b|\\blegal reasons?\\b',
  'article 6',
  '\\b6\\s?\\(1\\)',
  '\\bbasis\\b',
  'necessary (?:for|to)',
  'under the (?:uk )?gdpr',
  // The reason just given named by its term: "The law says we must keep most of it. This is called a 'legal obligation'."
  '\\b(?:this|that|these)\\s+(?:is|are)\\s+(?:called|known as)\\b',
];

export const LAWFUL_BASIS_ITEMS: ChecklistItemInput[] = [
  {
    id: 'lawful-basis-art6',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(c), Art 6(1)',
    title: 'Article 6 lawful basis named',
    shortTitle: 'Lawful basis (Article 6)',
    guidance:
      'The notice must name the legal reason the school relies on, usually "public task" or "legal obligation", and consent where it asks for it. Listing Acts of Parliament or saying "we have a lawful reason" does not name a basis.',
    lookedFor: 'an Article 6 basis named: public task, legal obligation, consent, vital interests, contract or 6(1)(a)-(e)',
    messages: {
      'basis-named': 'Article 6 basis named: {bases}.',
      'legitimate-interests-only':
        'The only Article 6 basis named is legitimate interests, which a public authority cannot rely on for its tasks (Art 6(1) final subparagraph); public task or legal obligation is not named.',
      'general-terms-only':
        'The notice refers to a lawful basis only in general terms (e.g. "Article 6" or "a lawful reason"), but names no Article 6 basis such as public task or legal obligation.',
      'general-terms-and-statutes':
        'The notice refers to a lawful basis only in general terms (e.g. "Article 6" or "a lawful reason") and lists statutes, but names no Article 6 basis such as public task or legal obligation.',
      'sharing-only':
        "An Article 6 basis is named only for passing data on (for example the census to the DfE), not for the school's own use of the data.",
      'statutes-only':
        'The notice lists the laws behind its work but never names the Article 6 basis it relies on (such as public task or legal obligation).',
      'not-found': 'Nothing found: looked for {lookedFor}.',
    },
    options: {
      // Named bases that stand on their own.
      basis: [
        'public task',
        'task (?:carried out )?in the public interest',
        'official authority',
        '\\b6\\s?\\(1\\)\\s?\\([a-f]\\)',
        'article 6\\s?\\(1\\)\\s?\\(?[a-f]\\)?',
        'vital interests?',
        'contractual (?:obligation|necessity)',
        'performance of a contract',
        '\\b(?:with|on the basis of|based on|rely(?:ing)? on) (?:your |their |the )?(?:explicit )?consent\\b',
        'consent of the data subject',
      ],
      // Named only when the sentence is about the basis: "Comply with our legal obligations to share data" in a list of
      // purposes is a purpose, while "where we are complying with a legal requirement" after "the GDPR allows us" is a basis.
      cuedBasis: [
        'legal obligations?',
        'legal requirements?',
        'legal dut(?:y|ies)',
        'legally (?:obliged|required)',
        '\\bcontract(?:ual)?\\b',
        '\\bconsent\\b',
      ],
      // Art 6(1)(f) is a basis, but not one a public authority may use for its tasks: on its own it is partial.
      publicAuthorityBarred: ['legitimate interests?'],
      basisCue: BASIS_CUE,
      // Sharing rules that mention consent without relying on it (checklist.md D.3): blanked before the cued match.
      // Consent named as the Article 9 condition for special category data ("explicit consent under Article 9(2)(a)") is
      // not the Article 6 basis.
      notBasis: [
        'without (?:your |their |the )?(?:prior )?consent',
        'so long as we have consent',
        // The same rule said the other way round: "information only leaves the school with consent, or where the law and
        // our own policies permit it".
        "\\bwith\\s+(?:(?:your|their|the|a)\\s+)?(?:(?:parents?|carers?|parental)['\u2019]?\\s+)?consent,?\\s+or\\s+(?:where|when|if|as)\\s+(?:the\\s+)?(?:law|legislation|our\\s+polic)",
        '(?:explicit )?consent (?:under|in|as set out in|in line with) (?:article |art\\.? ?)9\\b(?: ?\\(2\\) ?\\(a\\))?',
        // Consent named only as the thing to withdraw ("where we rely on your consent, you can withdraw it") is the
        // withdrawal right, not the notice presenting consent as its basis (checklist.md 2.5).
        '\\b(?:where|if|when(?:ever)?)\\s+we\\s+(?:rely|depend)\\s+on\\s+(?:your\\s+|their\\s+)?consent\\b(?=[^.]{0,80}\\b(?:withdraw|change (?:your|their) mind|take (?:it|this) back)\\b)',
        // Consent as what is withdrawn: "Withdrawing consent does not make anything we did before unlawful".
        '\\b(?:withdraw(?:ing|n)?|withdrawal\\s+of)\\s+(?:your\\s+|their\\s+|this\\s+|that\\s+)?consent\\b',
        // The same said of using the data "with your consent": "Where we use your data with your consent (for example
        // photographs), you may withdraw that consent at any time".
        '\\b(?:where|if|when(?:ever)?)\\s+we\\s+(?:use|process|hold|handle|collect|share|keep)\\b[^.]{0,60}?\\b(?:with|on the basis of|based on)\\s+(?:your\\s+|their\\s+)?consent\\b(?=[^.]{0,80}\\b(?:withdraw|change (?:your|their) mind|take (?:it|this) back)\\b)',
      ],
      // A sentence about the Article 9 conditions for special category data: the terms both articles share are its
      // conditions there, not Article 6 bases.
      article9Context: [
        '\\bart(?:icle|\\.)? ?9\\b',
        '\\b9\\s?\\(2\\)',
        'special categor(?:y|ies)',
        'substantial public interest',
        'more sensitive',
        'sensitive (?:personal )?(?:data|information)',
      ],
      sharedWithArticle9: ['(?:explicit\\s+)?consent', 'vital interests?'],
      // "We do not rely on legitimate interests" names a basis only to disown it.
      negated: [
        "\\b(?:not|never|cannot|can't|don't|won't)\\b[^.]{0,40}\\b(?:rely|use|depend)[^.]{0,30}(?:legitimate interests?|consent)",
        LEGITIMATE_INTERESTS_DEFINED,
      ],
      // Generic references with no basis named (checklist.md 2.5 partial).
      generic: [
        'article 6',
        'lawful(?:ness of)? (?:basis|bases|reasons?|processing|grounds?)',
        'legal (?:basis|bases|grounds?)',
        'conditions? for processing',
        // Lawfulness said in plain words without a basis: "the law says we must have a proper reason to use it", "the GDPR
        // allows us to process data for education", "we are allowed to do this under data protection law".
        '\\b(?:proper|good|valid|legal|lawful|legitimate)\\s+reasons?\\s+(?:to|for)\\s+(?:use|using|collect|collecting|process|processing|hold|holding|keep|keeping|have|having)\\b',
        '\\b(?:data protection (?:law|legislation)|(?:uk\\s+)?gdpr|(?:uk\\s+)?general data protection regulation|the data protection act(?: 2018)?)\\s+(?:allows|permits|lets|entitles)\\s+us\\b',
        '\\b(?:allowed|permitted|entitled)\\s+to\\s+(?:do (?:this|so)|use|collect|process|hold|keep)\\b[^.]{0,60}\\bunder\\s+(?:the\\s+)?(?:data protection|(?:uk\\s+)?gdpr|general data protection)',
      ],
      // Statutes count (as partial) only when the notice says it collects or uses data under them; a statute cited as
      // the gateway for one sharing ("we share with the DfE under regulation 5") is census-sharing-statutory's business.
      // "The law that allows us to do this includes the Children Act 1989" gives the statutes as the school's authority too.
      // A duty the statutes place on the school is its task too: "We have a duty to provide education under the Education Act 1996".
      statuteUse: [
        '\\b(?:collect|use|process|hold|keep|obtain)(?:s|ed|ing)?\\b',
        '\\b(?:allows?|permits?|lets?|enables?) us\\b',
        '\\b(?:duty|duties) to\\b',
        // The duties named as the school's own: "As a school we have duties set by Parliament, mainly in the Education Act".
        '\\bwe have (?:(?:legal|statutory|many|several|some|certain) )?(?:duty|duties)\\b',
        '\\b(?:duty|duties) (?:set|placed|imposed|laid) (?:on us|by|under|in)\\b',
      ],
      // Providing education or care is the task, not handing data over.
      statuteSharing: [
        '\\b(?:share|shared|sharing|submit|send|pass)\\b',
        '\\bprovide\\b(?!\\s+(?:(?:suitable|full-time|free|an?|the)\\s+)*(?:education|care|childcare|support|teaching|schooling|services?)\\b)',
      ],
      // Data passed on to a body named as its destination ("when we send census information to the Department for
      // Education"): a basis given there is for that sharing alone.
      sharingTo: [
        '\\b(?:share|shares|shared|sharing|send|sends|sent|pass|passes|passed|submit|submits|submitted|disclose|discloses|disclosed|transfer|transfers|transferred)\\b[^.]{0,80}\\b(?:to|with)\\s+(?:the\\s+|our\\s+)?(?:department for education|dfe|local authorit(?:y|ies)|la\\b|(?:[\\w-]+\\s+){0,3}council|welsh government|government|nhs|health services?|police|next school|other schools?)',
      ],
      statute: [
        'education act \\d{4}',
        "children(?:'s)? act",
        'childcare act',
        'children and families act',
        'school standards and framework act',
        'education and inspections act',
        'statutory framework for the early years foundation stage',
        'education and skills act',
        'equalit(?:y|ies) act',
        'regulations \\d{4}',
        'education \\(wales\\) measure',
      ],
    },
  },
  {
    id: 'special-category-condition',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 9(2); DPA 2018 Sch 1',
    title: 'Article 9 condition for special category data',
    shortTitle: 'Special category condition (Article 9)',
    guidance:
      'Schools hold sensitive data (health, ethnicity, SEN/ALN, sometimes biometrics) and must say which extra legal condition covers it, usually "substantial public interest" or explicit consent. Mentioning Article 9 or "special category data" without a condition is not enough.',
    lookedFor:
      'a named Article 9 condition (substantial public interest, explicit consent, vital interests, health or social care, 9(2)(a)-(j), DPA 2018 Schedule 1)',
    messages: {
      'condition-named': 'An Article 9 condition for special category data is named.',
      'special-data-without-condition':
        'Special category data (or Article 9) is mentioned, but no Article 9 condition such as "substantial public interest" or "explicit consent" is named.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
    },
    options: {
      condition: [
        // In plain words: "only where there is a strong public interest". Not "important reasons of public interest", a
        // transfer derogation, nor the public interest of an Article 6 task.
        '(?:substantial|strong|significant|weighty|compelling) public interest',
        '\\b9\\s?\\(2\\)\\s?\\([a-j]\\)',
        'article 9\\s?\\(2\\)',
        // Explicit consent in other words: "with your explicit agreement", "only with express written permission".
        '(?:explicit|express)(?: (?:written|parental|signed|prior))? (?:consent|agreement|permission)',
        'schedule 1,? (?:part|pt\\.?) ?[12]',
        'sch(?:edule|\\.)? ?1,? (?:part|pt)',
        'employment,? social security and social protection',
        'health or social care',
        'preventive or occupational medicine',
        'public interest in the area of public health',
        'archiving purposes in the public interest',
      ],
      // Conditions that Art 6 shares: they name an Art 9 condition only when the sentence is about special category data.
      cuedCondition: [
        'vital interests?',
        'legal claims',
        '\\bconsent\\b',
        'public health',
        'research',
        'statistic',
        'safeguarding of children',
        'made public',
      ],
      special: [
        'special categor',
        'article 9',
        'sensitive (?:personal )?(?:data|information)',
        'extra protection',
        'more sensitive (?:personal )?(?:data|information)',
        // "We treat ethnicity, religion and health information as especially sensitive": acknowledged as such, no condition.
        // Data said to be sensitive ("... is extra sensitive", "treated as especially sensitive"), not "more sensitive records".
        '\\b(?:is|are|as)\\s+(?:especially |particularly |extra |highly |very |more |most )?sensitive\\b',
        '\\b(?:especially|particularly|extra|highly) sensitive (?:personal )?(?:data|information|details)',
        // The same in words for children: "Some information is extra private, like information about your health".
        '\\b(?:information|data|details)\\b[^.]{0,60}\\b(?:is|are)\\s+(?:especially|particularly|extra|very|more|highly)\\s+private\\b',
        // Data said to need more care, in plain words: "Information about health, religion and ethnic background needs extra
        // care". Said of the information, not of children ("pupils who need extra care").
        '\\b(?:information|data|details|records)\\b[^.]{0,120}\\b(?:needs?|requires?|gets?|is given|are given) (?:extra|special|particular|additional) (?:care|protection)\\b',
        'criminal offence data',
        // Schedule 1 of the DPA 2018 cited as a whole (the conditions for special category data), with no part or
        // paragraph: like "Article 9" alone, a citation without the condition.
        'schedule 1 (?:to|of) the (?:data protection act|dpa)',
      ],
      // Text that gives a shared condition as the Article 6 basis: a table cell headed with Article 6, or the condition
      // tagged with its Article 6 point.
      article6Only: [
        '(?:^|\\|)[^|:]*\\b(?:article|art\\.?) ?6\\b(?![\\s(]*\\d? ?\\)? ?(?:and|&|/) ?(?:article |art\\.? ?)?9)[^|:]*:[^|]*',
        '(?:vital interests?|\\bconsent\\b|legal claims|public health|research|statistic\\w*)[^|.;]{0,40}\\b(?:article |art\\.? ?)?6 ?\\(1\\) ?\\([a-f]\\)',
      ],
    },
  },
  {
    id: 'legitimate-interests-stated',
    area: 'notice',
    severity: 'required-if',
    ref: 'UK GDPR Art 13(1)(d)',
    title: 'Legitimate interests described where relied on',
    shortTitle: 'Legitimate interests described',
    guidance:
      'If the notice relies on "legitimate interests" it must say what those interests are. A state school should not use legitimate interests for its public tasks at all.',
    lookedFor: 'a description of the legitimate interest relied on (what the interest is)',
    messages: {
      'not-relied-on': 'The notice does not rely on legitimate interests as a basis.',
      'interest-described': 'Legitimate interests are relied on and the interest is described.',
      'interest-vague':
        'Legitimate interests are relied on, but the interest given is only the running of the school (its public task): check by hand whether an interest of its own is described.',
      'interest-not-described':
        'Legitimate interests are named as a basis but the interest itself is never described. (A state school should not rely on legitimate interests for its public tasks.)',
      'interest-deferred':
        'Legitimate interests are relied on for activities the notice names, but the interest itself is only said to be set out in another document (such as an assessment available on request).',
    },
    options: {
      li: ['legitimate interests?'],
      negated: [
        // Not an activity said to lie outside the public task: "for one activity that is not part of our public task we rely
        // on legitimate interests" relies on them.
        // Nor a negation in a clause about someone else's choice: "for former students who do not opt out, we rely on ...".
        "(?<!\\b(?:who|which|that|if|unless|where|when)\\s+(?:(?:you|they|he|she|students?|pupils?|parents?)\\s+)?(?:(?:do|does|did|will|would|can|could)\\s+)?)\\b(?:not|never|cannot|can't|don't|won't)\\b(?!\\s+(?:part|one|among)\\s+of\\b|\\s+(?:covered|included)\\s+(?:by|in)\\b)[^.]{0,40}(?:rely|use|depend|apply|available)[^.]{0,40}legitimate interests?",
        'legitimate interests?[^.]{0,60}\\b(?:cannot|can not|does not|do not|is not|are not|shall not|may not|must not|will not) (?:be )?(?:used|relied|apply|available|depend)',
        // What other organisations may do, as background: "You may have read that organisations can also use 'legitimate
        // interests' as a reason."
        '\\b(?:organisations|companies|businesses|other bodies)\\s+(?:can|may|could)\\s+(?:also\\s+)?(?:use|rely on)\\s+["\u201c\']?legitimate interests?',
        LEGITIMATE_INTERESTS_DEFINED,
        // The basis named in a question someone asks: "Readers sometimes ask whether we use 'legitimate interests'", "you
        // may wonder if the school relies on legitimate interests". Asking names it; the answer decides.
        '\\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)\\s+(?:us\\s+)?(?:whether|if)\\b[^.?]{0,50}legitimate interests?',
        // The basis named as a term of the law being explained: "the Act introduced a new lawful basis called 'recognised
        // legitimate interests'", "a short explanation of recognised legitimate interests".
        '\\b(?:explanation of|introduced|introduces|new (?:lawful )?basis)\\b[^.]{0,40}legitimate interests?',
        // A quality of the recipients, not a basis the school relies on: "organisations with a legitimate interest in
        // your child's welfare", "researchers with a legitimate interest in education statistics can apply".
        '\\b(?:organisations?|bodies|agencies|people|persons|professionals|parties|those|anyone|others|services|researchers?|applicants?|requesters?|requestors?|companies|individuals)\\s+(?:with|who have|that have|which have|having)\\s+(?:an?\\s+)?legitimate interests?',
      ],
      // The sentence after the one naming the basis disowns it by pointing back: "We do not use it.", "As a public body,
      // we cannot rely on that basis." Not a limit on its use ("We do not use it for anything else"), which relies on it.
      disownedNext: [
        "^[^.]{0,80}?\\b(?:we|the (?:school|trust|academy|college)|our (?:school|trust|academy))\\s+(?:(?:do|does|will|can|could|would)\\s*)?(?:not|never|n't|cannot)\\s+(?:use|rely on|rely upon|need|apply)\\s+(?:it|this|that|them|these|those|(?:this|that|the) (?:basis|ground|one))\\s*(?:at all\\s*)?(?:[.:;,]|$)",
        "^(?:it|this|that|this basis|that basis)\\s+(?:does not|doesn't|cannot|can't|is not|isn't|will not|won't)\\s+(?:apply|be used|be relied on|used|available)\\b[^.]{0,40}\\b(?:us|(?:the|our) (?:school|trust|academy|college)|(?:our|public) (?:tasks?|work))\\b",
      ],
      // The interest itself: "legitimate interests in keeping former pupils informed", "legitimate interests, such as ...".
      described: [
        // Not "a legitimate interest to do so" / "in using the data" / "are our basis": that names the basis again, it
        // describes no interest, and nor does the law's own "legitimate interests of a third party". Nor "for some of our
        // processing" / "in limited cases": how much rests on the basis, not what the interest is, however the activities
        // are named ("for some of our sixth form activities"). A reference may stand between the basis and its interest:
        // "legitimate interests (Article 6(1)(f)) in keeping the site safe", and so may an aside on whose interest it is, or
        // how it stands to the public task: "the trust's legitimate interest, as a charity, in keeping in touch", "a
        // legitimate interest, separate from its public task, in keeping in touch".
        'legitimate interests?\\s*(?:\\((?:[^()]|\\([^()]*\\)){0,40}\\)\\s*)?(?:, (?:as|being|separate from|apart from|distinct from|beyond|outside) [^,.;]{1,40}, )?(?:[(,:-]\\s*)?(?:in|of|for|namely|such as|which (?:is|are|include)|including|e\\.g\\.?|for example|being|are|is|include|to)(?:\\s*:)?\\s+(?!(?:to\\s+)?process(?:ing)?\\b|(?:an?\\s+|any\\s+|the\\s+)?third[- ]part(?:y|ies)\\b|(?:using|handling|holding)\\s+(?:(?:the|your|their|this|such|personal)\\s+)*(?:data|information)\\b|(?:the|our|a|an|one)\\s+(?:(?:lawful|legal|main|only|other)\\s+)?(?:basis|bases|grounds?)\\s*(?:[,;.]|$)|(?:the|your|their|personal)\\s+(?:personal\\s+)?data\\b|do\\s+(?:so|this|that|it)\\b|(?:relied|used|applied|balanced|weighed|assessed|not|also|only)\\b|(?:the\\s+|our\\s+)?(?:school|academy|trust|college|nursery|federation|us)\\s+to\\s+(?:process|use|handle|hold|share|keep)\\b|(?:the\\s+|our\\s+)?(?:school|academy|trust|college|nursery|federation|controller|us)\\b(?:\\s*,)?\\s*(?:or\\b|and\\b|except\\b|unless\\b|provided\\b|where\\b|[.;]|$)|(?:the\\s+)?(?:some|certain|other|a few|a (?:small|limited) number of|a (?:small |minor |limited )?(?:part|portion|proportion|share|amount|bit) of|limited|rare|exceptional|specific|particular)\\b(?:\\s+(?:of\\s+)?(?:the|our|its|your)?\\s*)?(?:[\\w-]+\\s+){0,3}?(?:what we do|ways?|purposes?|processing|uses?|activities|things|reasons?|tasks?|information|data|cases?|circumstances?|situations?|instances?|occasions?|areas?|matters?)\\b)\\w+',
        // Not "our interests are not overridden by your rights": the balancing test, not the interest.
        '\\bour (?:legitimate )?interests? (?:are|is|include|in)\\b(?!\\s+(?:not|never|balanced|weighed|overridden|outweighed)\\b)',
        // "The interests pursued are the promotion of ...", "The interest is raising money for ...": the interest named as such.
        // "The legitimate interests pursued by the Trust are the recovery of ...": the pursuer named, never the Art 6(1)(f)
        // definition's "pursued by the controller or by a third party".
        // Also pointed back to or owned: "Those interests are maintaining ...", "Our interest is in giving ...", "Our interest:
        // building an alumni network", "Our interest, and our sponsors', is in keeping ...", "Those interests are: keeping in
        // touch ...", "The School's legitimate interests are: ...". Not the balancing test ("our interests are balanced against
        // yours").
        "\\b(?:the|those|these|that|this|our)(?: [\\w-]+['\\u2019]s?)? (?:legitimate )?interests?(?:,[^,.;]{1,40},)?(?: (?:(?:we )?(?:pursue|pursued|rely on|relied on|in question)\\s+(?:by (?!(?:the )?controller\\b|a third party\\b)(?:us|(?:the |our )?[\\w'-]+(?: [\\w'-]+){0,3})\\s+)?)?(?:are|is|include|includes)(?:\\s*:)?\\s+|\\s*:\\s*)(?!(?:not|balanced|weighed|overridden|outweighed|protected|set out|explained|described)\\b)\\w+",
        // "Legitimate interests (Article 6(1)(f)): we send families news ...", "legitimate interests: keeping parents informed
        // about events": the interest after a reference and a colon or dash. Not how much rests on it ("- for some activities
        // that fall outside our public task"). The use may be narrowed or timed first: "- only to invite former pupils to
        // reunions", ": once pupils have left, we may send them news". An aside may come before the colon: "in our legitimate
        // interests as a small charity: we depend on donations". Not the definition said back: "Legitimate interests: we may
        // process your information where it is necessary for our legitimate interests" names no interest.
        'legitimate interests?\\s*(?:\\((?:[^()]|\\([^()]*\\)){0,40}\\)\\s*)?(?:,? (?:as|being) [^,.;:]{1,40}?)?[:\\u2013\\u2014-]\\s*(?:(?:only|mainly|chiefly|just)\\s+)?(?:(?:after|once|whenever|while)\\s+[^,.;:]{1,60}?,?\\s+)?(?!we\\s+(?:(?:may|might|can|could|will|would|also|only|sometimes)\\s+)*(?:(?:use|rely on|apply|choose)\\s+(?:this|that|it|the\\s+(?:basis|ground)|(?:our|its|their)\\s+legitimate\\s+interests?)\\b|process\\s+(?:your\\s+|the\\s+|personal\\s+)*(?:information|data)\\s+(?:where|when|if)\\b[^.]{0,40}\\blegitimate\\s+interests?\\b))(?:we|to|our|so that|so we|because|for|when|(?:the|each) (?:school|trust|academy|college|nursery|federation|governing body|governors)|(?!(?:process|us|rely|apply|handl)ing\\b)[a-z]+ing)\\s+(?!(?:to\\s+)?process(?:ing)?\\b|(?:the|your|their|personal)\\s+(?:personal\\s+)?data\\b|(?:some|certain|other|a few|a small number of|a limited number of|a (?:small|limited|minor) (?:amount|part|bit) of|limited|rare)\\b)\\w+',
        // The basis used for something named, after a colon or dash (or a run-in title's full stop, read as a colon):
        // "Legitimate interests: we use this only to invite former pupils to reunions", "we use it for the alumni
        // newsletter", "we use this for one thing: ...". Not "for some processing", "for purposes outside our task".
        'legitimate interests?\\s*(?:\\((?:[^()]|\\([^()]*\\)){0,40}\\)\\s*)?[:\\u2013\\u2014-]\\s*we\\s+(?:(?:may|might|will|would|also|only|just|sometimes)\\s+){0,2}(?:use|rely on)\\s+(?:this|it|that)(?:\\s+(?:basis|ground))?\\s+(?:(?:only|just|mainly)\\s+)?(?:to\\s+(?!(?:process|use|handle|hold|share|do|help)\\b)[a-z]+\\s+\\w+|for\\s+(?:one (?:thing|purpose|reason)\\s*:\\s*\\w+|(?!(?:some|certain|other|a few|limited|rare|a small number of|specific|particular|purposes?|processing|activities|things|tasks?|work|cases?|reasons?|matters?|data|information)\\b)(?:the |our |a |an )?\\w+))',
        // The interest said first, then called so: "keeping the charity going and able to run sessions at an affordable
        // price is our legitimate interest here", "staying in touch with former students is our own legitimate interest". Not
        // the processing itself ("processing the data is our legitimate interest").
        '\\b(?!(?:process|us|handl|hold|shar|collect|stor|keep)ing\\b)[a-z]+ing\\b[^.;]{3,120}?\\b(?:is|are)\\s+(?:our|its|the)\\s+(?:own\\s+)?legitimate\\s+interests?\\b',
        // "legitimate interests when we run the summer fair lottery": the activity the basis is used for. Not "where we
        // need to", "when we are not acting as a public authority", "where we consider it appropriate".
        'legitimate interests?\\s+(?:(?:applies|apply|is used|are used)\\s+)?(?:when|where|if)\\s+we\\s+(?!(?:need|have|are|were|can|could|may|might|must|should|think|believe|consider|decide|deem|rely|use|process|hold|handle|share|collect|do)\\b)[a-z]+\\s+\\w+',
        // "It is in the legitimate interests of the Trust, and of candidates, for Kingsmere to operate as an open examination
        // centre": what it is in their interests for someone to do. Not "for us to process the data".
        "\\bin (?:the|our|its|their) legitimate interests? (?:of\\b[^.;]{1,100}?\\s)?for\\s+(?:[\\w'\u2019-]+\\s+){1,4}?to\\s+(?!(?:process|use|handle|hold|share|keep|do)\\b)\\w+",
      ],
      // An interest that is only the running of the school itself, ending the sentence.
      vague: [
        // "Legitimate interests: we use this basis where it helps us run the school efficiently."
        'legitimate interests?\\b[^.]{0,80}\\b(?:run|operate|manage|administer)\\s+(?:the |our )?(?:school|academy|trust|college)(?: (?:well|effectively|efficiently|properly|smoothly))?\\s*[.;]?\\s*$',
        "legitimate interests? (?:in|of) (?:the )?(?:running|operating|managing|administering|administration of|operation of|management of) (?:the |our )?(?:school|academy|trust|college)(?:'s affairs)?(?: (?:well|effectively|efficiently|properly|smoothly))?\\s*[.;]?\\s*$",
      ],
      // A pointer to where the interest is written down, in place of the interest itself.
      deferred: [
        'legitimate interests? assessments?',
        '\\bLIAs?\\b',
        '(?:set out|described|explained|detailed|recorded|documented|listed) in (?:our|the|a|its|a separate) [^.]{0,60}\\b(?:assessments?|polic(?:y|ies)|documents?|registers?|records?)\\b',
      ],
      // An activity the basis covers, given by example: "for some work, such as fundraising, we rely on ...".
      activityExample: ['\\b(?:such as|for example|for instance|e\\.g\\.|including)\\s+(?:our |the |when |where )?\\w+'],
      // A purpose that is whatever is left over ("Anything else we need to do to run the academy", "Other purposes"):
      // it describes no interest.
      catchAll: [
        '^\\W*(?:anything|everything|any|all|other)\\s+(?:else|other|others|remaining|further|purposes?|reasons?|uses?|processing)\\b',
      ],
      // The lawful bases by name: a list of these under "legitimate interests" is a list of bases, not of interests.
      basisNames: [
        '\\bconsent\\b',
        'legal obligation|comply with the law',
        'public (?:task|interest)|official authority',
        'vital interests?',
        '\\bcontract\\b',
        'legitimate interests?',
      ],
    },
  },
];
