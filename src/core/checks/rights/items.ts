// Checklist data for the rights checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';
import { CHANNEL_PATTERNS } from '../identity/items';

// What counts as automated decision-making in a statement: "an automatic door system" or "the computer room" does not.
const ADM =
  '(?:\\bautomated\\b[^.]{0,30}\\bdecisions?|\\bautomated (?:processing|means)|\\bautomatic(?:ally)?[- ](?:decisions?|made|decided)|\\bdecisions? (?:made|taken) automatically|\\bprofil)';

// A copy of one's own or one's child's data, as the access right and as the request: "a copy of your child's file", and
// with two owners joined, "a copy of your or your child's information".
const COPY_OF_OWN_DATA =
  "\\bcopy of (?:(?:your|their|my) (?:or|and) )?(?:your |their |the |my )?(?:own )?(?:child'?s )?(?:personal )?(?:information|data|records?|file)";

// Asking to see the data, whoever's it is, as the access right and as the request: "ask to see the information", "How do
// I ask to see my child's records?", with other rights joined to it: "ask to see, correct or delete the information".
const ASK_TO_SEE_OWN_DATA =
  "(?:ask|request) to (?:see|view|inspect|look at)(?:,? (?:(?:and|or) )?(?:correct|change|amend|update|delete|erase|check))*,? (?:the |your |their |my |all the )?(?:(?:child|pupil|student|son|daughter)'?s )?(?:personal )?(?:information|data|records?)";

export const RIGHTS_ITEMS: ChecklistItemInput[] = [
  {
    id: 'data-subject-rights',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(2)(b), Arts 15-21',
    title: 'Rights of access, rectification, erasure, restriction, objection (portability)',
    shortTitle: 'Your data rights listed',
    guidance:
      'The notice must tell families their rights: to see their data, have it corrected or erased, restrict its use and object to it (and data portability where it applies). Old 1998-Act wording ("damage or distress", "blocked", "claim compensation") leaves out rights people have now.',
    lookedFor: 'the rights of access, rectification, erasure, restriction and objection',
    messages: {
      'all-listed': 'Rights listed: {rights}.{portabilityNote}{legacyNote}',
      'portability-missing-note': ' (Portability not mentioned; it applies only to consent or contract processing.)',
      'legacy-also-note': ' Old DPA 1998 rights wording is also present.',
      'some-rights': 'Only some rights are stated ({parts}).',
      'some-rights-legacy': 'Only some rights are stated ({parts}).{legacyNote}',
      'one-right-missing':
        'Four of the five core rights are stated, but not {missing}: the checklist passes none missing and calls two or more missing partial, so check by hand.',
      'legacy-list-note':
        ' The list uses repealed DPA 1998 wording ("damage or distress", "blocked", "claim compensation"), which leaves out restriction and portability.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
      'rights-unnamed':
        'Rights are mentioned only in general ("{quote}"), none of them named: check by hand whether the list was left out or lost in extraction.',
      'dropped-list': 'Nothing found: looked for {lookedFor}. "{leadIn}" is followed by no list (probably lost in extraction).',
      'dropped-legacy-list': 'Nothing found: looked for {lookedFor}. "{leadIn}" is followed by no list (probably lost in extraction).',
    },
    options: {
      rights: {
        access: [
          'right (?:of|to) access',
          '(?:request|ask for|get|given) access',
          'subject access',
          'access to (?:the |your |their |all )?(?:personal )?(?:information|data|records?)',
          'copy of (?:the |your |their )?(?:personal )?(?:information|data)',
          "access to (?:your |their )?child'?s (?:education(?:al)? )?records?",
          'ask for all the information',
          ASK_TO_SEE_OWN_DATA,
          // The data named first, then asked to be seen: "Anyone we hold information about ... can ask to see it".
          '\\b(?:information|data|records?)\\b[^.]{0,80}\\b(?:ask|request) to (?:see|view|inspect|look at) (?:it|them)\\b',
          // "ask for the information we hold about you", "see the information we hold", "ask us what information we hold"
          '\\b(?:ask for|see|request|get|have|receive) (?:a copy of )?(?:the |all the |any )?(?:personal )?(?:information|data|records?) (?:that )?(?:we|the school|the trust|the academy) (?:hold|holds|keep|keeps|have|has)\\b',
          '\\bask (?:us )?what (?:personal )?(?:information|data) we (?:hold|keep|have)',
          COPY_OF_OWN_DATA,
          // One's own data to see: "to see your data", "see their child's file".
          "\\b(?:see|view|inspect|look at) (?:your|their|my) (?:child'?s |own )?(?:personal )?(?:information|data|records?|file)\\b",
          // In the reader's own voice: "Can I see what you hold?", "a copy of what the school keeps about me".
          '\\b(?:see|view|copy of) (?:what|everything) (?:information |data |records |personal (?:information|data) )?(?:you|we|i|the school|the trust|the academy|the nursery) (?:hold|holds|keep|keeps|have|has|store|stores|know|knows)\\b',
        ],
        rectification: [
          'rectif',
          'inaccurate[^.]{0,80}(?:correct|amend|chang|updat|put right)',
          '(?:correct|amend|change|update|put right|fix)[^.]{0,60}(?:inaccurate|incorrect|incomplete|wrong|out of date)',
          '\\bnot accurate\\b',
          // The fault first, the remedy after: "have anything that is wrong put right".
          '\\b(?:wrong|incorrect|incomplete|out of date)\\b[^.]{0,40}\\b(?:put right|corrected|fixed|amended|updated)\\b',
          // "ask us to correct it", "have mistakes corrected", "the right to correction"
          '\\bcorrect(?:ed|ion|ing)?\\b(?!\\s+(?:and|or)\\s+(?:up[- ]to[- ]date|accurate|complete))',
          '\\b(?:mistakes?|errors?)\\b',
          '\\b(?:update|amend|change)\\b[^.]{0,40}\\b(?:information|data|details|records?)\\b',
        ],
        erasure: [
          '\\berase',
          '\\berasure\\b',
          '\\bdelet',
          'right to be forgotten',
          '\\bno longer (?:needed|necessary)\\b',
          '\\bremov(?:e|ed|al)\\b[^.]{0,40}\\b(?:information|data|details|records?)\\b',
          // Other words of doing away with the data: "ask us to wipe your data", "get rid of what we do not need", "taken off our systems".
          '\\btak(?:e|en|ing) (?:it |them |your (?:data|information) )?(?:off|out of) (?:our|the) (?:systems?|records?|files?|databases?)\\b',
          '\\b(?:wipe|get rid of|destroy|dispose of)\\b[^.]{0,40}\\b(?:information|data|details|records?)\\b',
        ],
        restriction: [
          '\\brestrict',
          'limit (?:what|how|the (?:use|processing))',
          '\\blimit(?:ed|ing|s)?\\b[^.]{0,40}\\b(?:use|using|process)',
          // Use stopped for a while rather than for good: "pause", "suspend", "hold off using it".
          '\\b(?:pause|suspend|hold off|put on hold)\\b[^.]{0,40}\\b(?:use|using|process)',
        ],
        // "object to decisions being taken by automated means" is the ADM right, not Art 21 objection.
        objection: [
          'right to object',
          '\\bobject(?:ion)? to (?!decisions)',
          '\\bobject if\\b',
          '\\b(?:ask us to|right to) stop (?:processing|using)',
          '\\bobjection\\b',
          '\\(object\\)',
          '\\bobject(?:ing)?\\b(?! to decisions)(?=[^.]{0,60}\\b(?:use|using|process|processing)\\b)',
        ],
        portability: ['portab', '(?:moved|transferred|given|sent) to another (?:provider|organisation|controller|service)'],
      },
      // A rights statement, not a description of the school's own handling ("data will be securely deleted").
      rightsCue: [
        '\\bright',
        '\\byou (?:can|may|could|also)\\b',
        '\\bask\\b',
        '\\brequest',
        'please (?:contact|let us know|tell us)',
        '\\bif you (?:feel|think|believe)',
        // The reader told what to do: "Correct it: tell us what is wrong", "let us know if you object".
        '\\btell us\\b',
        '\\blet us know\\b',
        // The right asked as the reader's question: "Can I see what you hold?"
        '^\\s*(?:can|may) (?:i|we|parents|pupils)\\b[^.]{0,80}\\?',
      ],
      // The DPA 1998 (s.7-14) set carried into the May-2018 template (checklist.md 1 and 2.14).
      legacy: [
        'damage or distress',
        'blocked, erased',
        'rectified, blocked',
        'claim compensation',
        'prevent processing for the purposes? of direct marketing',
      ],
      // Rights exercised against another body ("ask the DfE for a copy of what it holds") are that body's to grant, not
      // the school's (checklist.md 2.14): such a sentence counts only when it also puts the right to the school.
      otherParty: ['\\b(?:department for education|dfe|welsh government|the department|secretary of state)\\b'],
      ownParty: ['\\b(?:we|us|our|the (?:school|academy|trust|nursery|college))\\b'],
      // Rights referred to as a whole, none named: "you have a number of rights under data protection law", "your rights
      // under Articles 15 to 22". Between a partial list and none (checklist.md 2.14), so it is left to a reader.
      rightsUnnamed: [
        '\\byou (?:also )?have (?:a (?:number|range) of|several|certain|various|some|other|the following|important)? ?(?:legal |data protection |individual )?rights\\b(?! to\\s*:)',
        '\\b(?:gives?|grants?) you (?:a (?:number|range) of|several|certain|various)? ?(?:legal |important )?rights\\b',
        '\\brights? (?:set out )?(?:under|in) articles? 1[5-9]\\b',
      ],
      emptyLeadIn: [
        '\\byou (?:also )?have the right(?:s)?(?:, subject to [^:]{0,40})? to\\s*:\\s*(?:-\\s*)?$',
        '\\byour rights (?:are|include)\\s*:\\s*(?:-\\s*)?$',
      ],
    },
  },
  {
    id: 'subject-access-route',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 12(2), 15',
    title: 'How to make a subject access request',
    shortTitle: 'How to ask for your data',
    guidance:
      'The notice should tell families how to ask for a copy of their data or the educational record, and who to contact with an email, phone number or address. A name with no way to reach them, or "see our policy", leaves people stuck.',
    lookedFor: 'how to make a subject access request, with a contact channel',
    messages: {
      'not-found': 'Nothing found: looked for {lookedFor}.',
      'channel-given': 'The notice says how to request access, with a channel: {channels}.',
      'dpo-details-elsewhere': "The notice says how to request access and points to the DPO's details given elsewhere: {channels}.",
      'contact-details-elsewhere': 'The notice says how to request access and points to contact details given elsewhere: {channels}.',
      'role-contact-elsewhere':
        'The notice says how to request access (from the {role}), and gives that contact elsewhere in the notice: {channels}.',
      'school-contact-elsewhere':
        "The notice says how to request access, and gives the school's contact details elsewhere in the notice: {channels}.",
      'pointer-only':
        'The notice mentions access requests but gives no email, phone, address or link to send one to (it only points to another policy or to the school website).',
      'no-channel':
        'The notice mentions access requests but gives no email, phone, address or link to send one to (a role, a name or "contact" with nothing after it).',
      'right-only': 'The right to see the information held is stated, but nothing says how or whom to ask: no contact, role or channel.',
      'government-route-only':
        "Only the Department's route to the records it holds is given; the notice never says how to ask the school for its own.",
    },
    options: {
      ...CHANNEL_PATTERNS,
      sar: [
        'subject access requests?',
        '\\bsars?\\b',
        'request access to',
        // "Requests for access under Article 15", "requests to view personal data".
        'requests? for access\\b',
        '\\barticle 15\\b',
        'make a request for (?:your|their|the) (?:personal )?(?:information|data)',
        // "requests by parents for access to a pupil's educational record".
        "access to (?:your |their |a |the )?(?:(?:child|pupil|student|son|daughter)'?s )?educational records?",
        // "To request your child's educational record", "to see a copy of the pupil's educational record".
        "\\b(?:request|see|view|obtain|ask for)\\s+(?:a copy of )?(?:your |their |a |the )?(?:(?:child|pupil|student|son|daughter)'?s )?educational records?",
        // A heading or sentence about seeing one's own or a child's records: "Seeing your child's records".
        "\\b(?:seeing|viewing|getting a copy of)\\s+(?:your |their |my )(?:(?:child|pupil|student|son|daughter)'?s |own )?(?:personal )?(?:information|data|records?|file)\\b",
        '(?:queries|questions) about access',
        'ask for (?:a copy|access|all the information)',
        'request (?:a copy|access)',
        'access requests?',
        "copy of (?:the |your |their |a |an )?(?:(?:child|pupil|student|son|daughter)'?s )?(?:personal )?(?:information|data)",
        ASK_TO_SEE_OWN_DATA,
        '\\b(?:ask for|see|request|get|have|receive) (?:a copy of )?(?:the |all the |any )?(?:personal )?(?:information|data|records?) (?:that )?(?:we|the school|the trust|the academy) (?:hold|holds|keep|keeps|have|has)\\b',
        '\\bask (?:us )?what (?:personal )?(?:information|data) we (?:hold|keep|have)',
        COPY_OF_OWN_DATA,
        // A request named as such: "Requests to see personal information are handled by ...", "To request your records, email ...".
        '\\brequests? (?:to|for) (?:see|view|inspect|look at|access|a copy of|copies of) ',
        "\\brequest (?:your|their|my|the) (?:child'?s |own )?(?:personal )?(?:information|data|records?|file)\\b(?! (?:is|are|be) )",
        // In the reader's words: "ask us to show you what we keep and give you a copy".
        '\\bshow (?:you|me|them) what (?:information |data |records )?(?:you|we|the school|the trust|the academy|the nursery) (?:hold|keep|have|store|know)',
        '\\bgive (?:you|me|them) a copy\\b',
        // A list of rights with the route after it: "access to the information held: ask the academy office".
        '\\baccess to (?:the |your |their |any )?(?:personal )?(?:information|data|records?) (?:(?:that )?(?:we|the school|the trust|the academy) )?(?:hold|holds|held|keep|keeps|kept)\\b',
        // Getting one's own data, said of the reader: "Getting hold of your data", "you may obtain the information we process".
        "\\bget(?:ting)? hold of (?:your|their|my) (?:child'?s |own )?(?:personal )?(?:information|data|records?|file)\\b",
        '\\b(?:you|parents|carers|pupils|students|learners) (?:can|may|are entitled to|have the right to) (?:obtain|access|get) (?:a copy of )?(?:the |your |their |all the |any )?(?:personal )?(?:information|data|records?)\\b[^.]{0,30}\\b(?:we|the school|the trust|the academy|the college|the nursery) (?:hold|holds|keep|keeps|have|has|process|processes|store|stores)\\b',
        // Seeing what is held about the reader, the holder left unsaid: "to view the personal information held about you".
        '\\b(?:see|view|inspect|look at|read|obtain|receive|(?:a )?cop(?:y|ies) of) (?:the |your |their |any |all the )?(?:personal )?(?:information|data|records?) (?:that )?(?:(?:is|are) )?(?:held|kept|stored) (?:about|on) (?:you|your child|them|him|her|me|pupils?)\\b',
        // A question asking how to see what is held, the data said just before: "What are my rights? You can see the
        // information ..." / "How do I see it?" / "Ask the centre office".
        '\\bhow (?:do|can|could|would) (?:i|we|parents?|carers?|families|my child|pupils?|students?) (?:see|view|look at|read|access|get) (?:it|them|this|that|what you (?:hold|keep|have))\\s*\\?',
        // The access right itself (checklist.md 2.15, sharpened: the right stated plus the document's own channel is the route).
        '\\bright (?:of|to) access\\b',
        '\\baccess (?:the |your |their |any )?(?:personal )?(?:information|data|records?) (?:that )?(?:we|the school|the trust|the academy) (?:hold|holds|keep|keeps|have|has)\\b',
        // The parent's right to the educational record, however it is phrased: "view your child's educational record".
        "\\b(?:see|view|inspect|look at|read|obtain|access|(?:a )?copy of) (?:your |their |the |a |my |our )?(?:child'?s |son'?s |daughter'?s |pupil'?s |student'?s |learner'?s )?(?:education(?:al)?|school) records?",
        // The request in its purpose form, with whom to ask: "To see your records, write to the data manager".
        "\\bto (?:see|view|inspect|look at|get a copy of|have a copy of) (?:your|their|my) (?:child'?s |own )?(?:personal )?(?:information|data|records?|file)\\b[^.]{0,80}\\b(?:write|contact|email|ask|speak|apply|call|phone)",
        // In the reader's own voice: "Can I see what you hold?", "ask to see what we know about you", "a copy of what we keep".
        '\\b(?:see|copy of) (?:what|everything) (?:information |data |records |personal (?:information|data) )?(?:you|we|i|the school|the trust|the academy|the nursery) (?:hold|holds|keep|keeps|have|has|store|stores|know|knows)\\b',
        // Finding out, as a right or with the copy: "find out what we hold and receive a copy", "you may find out what
        // the school keeps". Not the notice's own aim ("this notice lets you find out what information we hold").
        '\\bfind out what (?:information |data |records |personal (?:information|data) )?(?:you|we|the school|the trust|the academy|the nursery) (?:hold|holds|keep|keeps|have|has|store|stores)\\b[^.;]{0,60}\\bcop(?:y|ies)\\b',
        '\\b(?:right to|you can|you may|parents can|parents may|pupils can|pupils may|entitled to|ask to) find out what (?:information |data |records |personal (?:information|data) )?(?:you|we|the school|the trust|the academy|the nursery) (?:hold|holds|keep|keeps|have|has|store|stores)\\b',
        // A heading that names the request and nothing else, answered by the lines under it: "How to see your records",
        // "Q: How do I see my child's records?".
        "^\\W*(?:(?:q|question)\\s*[:.]\\s*)?(?:\\d+[.)]?\\s*)?how (?:to|do i|can i|you can|parents can|pupils can) (?:see|view|get|obtain|access|ask for|request) (?:a copy of )?(?:your|my|their) (?:child'?s |son'?s |daughter'?s |own )?(?:personal )?(?:information|data|records?|file)\\s*\\??\\s*$",
      ],
      // "(details below)", "see the Contact section": the channel is elsewhere but clearly referenced.
      reference: [
        '\\bbelow\\b',
        '\\babove\\b',
        'contact details',
        'contact section',
        // "using the details at the top of this notice", "the address at the bottom of this page", "at the end of this notice".
        'at the (?:top|start|beginning|foot|bottom|end) of (?:this|the) (?:notice|document|page|letter)',
        'see (?:the )?[\'"]?contact',
      ],
      dpoTerms: ['data protection officer', '\\bdpo\\b'],
      // Where requests go, said apart from the right: "Please send any request to our Data Manager, Mr O Okafor".
      routing: [
        '\\b(?:send|direct|address|submit|make|put)\\s+(?:any |your |all |such |these |this |the |a )?(?:access |written )?requests?\\s+(?:in writing\\s+)?(?:to|with)\\b',
        // "Requests go to Mrs Harper", "Such requests should be made to the Data Manager", "... made in writing to the Data Office".
        '\\brequests?\\s+(?:(?:should|must|can|will|may) )?(?:go|goes|be sent|are sent|be made|are made|be addressed|are addressed|be directed|are directed)\\s+(?:in writing\\s+|by email\\s+|by letter\\s+)?to\\b',
        // "Requests are handled by the Trust's Information Governance Team": whoever answers them is whom to reach.
        '\\brequests?\\s+(?:(?:for|from|about|made to)\\s+[^.,;:]{1,40}?\\s+)?(?:are|is|will be|get)\\s+(?:handled|dealt with|processed|answered|managed)\\s+(?:centrally\\s+)?by\\s+(?:the|our)\\b',
        // After the rights list, whom to ask for them: "To ask for any of these, please contact ...", "To use these rights, write to ...".
        '\\bto (?:ask for|request|exercise|use|make use of|take up)\\s+(?:any (?:of )?|all (?:of )?|one (?:of )?)?(?:these|those|them|this|your rights?|any rights?)\\b[^.]{0,30}?,?\\s+(?:please\\s+)?(?:contact|write to|email|e-mail|speak to|talk to|ask)\\b',
      ],
      // Checklist.md 2.15: a pointer to another policy is not a route.
      // "Requests are handled under the separate policy on our website" names no one to ask either.
      pointerOnly: [
        'dealt with by the specific',
        'see (?:our|the) [\\w ]{0,30}polic',
        '\\b(?:dealt with|handled|managed|processed)\\s+(?:by|under|in line with|in accordance with|through)\\s+(?:the|our)\\s+(?:specific |separate )?(?:[\\w-]+ ){0,3}(?:policy|guidance|procedure)\\b',
      ],
      // Art 12(3): the one-month clock does not stop for school holidays.
      holidayPause: [
        '(?:school )?holidays?[^.]{0,120}(?:dealt with|respond|responded|processed|actioned|on our return|when (?:the )?school (?:re)?opens|upon our return|return to school)',
        'term[- ]time only[^.]{0,120}requests?',
        "requests?[^.]{0,120}(?:school )?holidays?[^.]{0,60}(?:will not|won't|cannot|not be)",
        '(?:excluding|except|not including) (?:school )?holidays?',
      ],
    },
  },
  {
    id: 'withdraw-consent',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(2)(c), 7(3)',
    title: 'Right to withdraw consent',
    shortTitle: 'Withdrawing consent',
    guidance:
      'Where the school asks for consent (photos, trips, biometrics, marketing) the notice must say consent can be withdrawn at any time, and ideally how. The right to object is a different right and does not cover this.',
    lookedFor: 'a statement that consent can be withdrawn (e.g. "withdraw your consent at any time")',
    messages: {
      stated: 'The notice says consent can be withdrawn.',
      'consent-not-relied-on': 'The notice says the school does not rely on consent.',
      'only-implied':
        'Withdrawing consent is only implied (e.g. as a reason for erasure); the notice never states the right to withdraw consent at any time.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
      'look-alike-rejected':
        'Nothing found: looked for {lookedFor}. Rejected: "{quote}" is an objection right or a mention of consent, not withdrawal of consent.',
      'pointer-only': 'Only a cross-reference was found ("{quote}"); the notice itself never says that consent can be withdrawn.',
    },
    options: {
      withdraw: [
        // Not an agreement that is a document ("withdraw from the funding agreement", "a data sharing agreement").
        'withdraw(?:n|ing|al)?\\b[^.]{0,40}\\b(?:consent|permission|agreement(?<!\\b(?:funding|sharing|processing|level|contractual) agreement))',
        '(?:consent|permission|(?:your|their|that|this|the) agreement)[^.]{0,80}\\bwithdraw',
        '\\b(?:remov|revok|cancel|retract)\\w*\\b[^.]{0,30}\\b(?:consent|permission|agreement(?<!\\b(?:funding|sharing|processing|level|contractual) agreement))',
        '(?:consent|permission)[^.]{0,100}\\b(?:remove|revoke|cancel)\\b[^.]{0,30}\\bany ?time',
        // The same with the consent called an agreement, ended whenever the reader likes: "can be retracted whenever you choose".
        '(?:consent|permission|agreement)[^.]{0,100}\\b(?:remov|revok|cancel|retract)\\w*\\b[^.]{0,30}\\b(?:any ?time|at any (?:point|stage)|whenever)\\b',
        '(?:consent|permission)[^.]{0,120}\\b(?:change (?:your|their) minds?|ask us to stop|stop (?:processing|using)|opt[- ]out)',
        'change (?:your|their) minds?[^.]{0,80}(?:consent|permission)',
        '(?:opt(?:[- ]back)?[- ]out|change (?:your|their) minds?)[^.]{0,30}\\bany ?time',
        // Consent ended in the reader's own words: "tell us at any time that you no longer consent".
        '\\bno longer (?:consent|agree|(?:wish|want) to (?:give|consent|agree))\\b',
        '(?:consent|permission)[^.]{0,120}\\bno longer (?:(?:happy|willing|content) (?:for|to|with)|(?:wish|want) (?:us )?to)\\b',
      ],
      // "you have removed your consent" as a condition for erasure supports, but does not state, the right (seed 002).
      supportingOnly: [
        '\\b(?:you|they) have (?:removed|withdrawn)\\b',
        '\\bhas been (?:removed|withdrawn)\\b',
        // Withdrawal as an event the school handles ("Any withdrawal of consent is recorded on your file", "If that
        // agreement is later withdrawn, this does not affect what we did before"), in a sentence that never tells the
        // reader they may withdraw: it presumes the right without stating it.
        '^(?![^.]*\\b(?:you|they|parents?|carers?|pupils?|students?)\\b[^.]{0,40}\\b(?:can|may|could|have the right|has the right|are (?:free|entitled|able)|is (?:free|entitled|able))\\b)[^.]*\\b(?:withdrawals? of (?:consent|permission|agreement) (?:is|are|will be|gets?) (?:recorded|noted|logged|kept|filed)|(?:consent|permission|agreement) (?:is|are|gets?) (?:later |subsequently |ever )?(?:withdrawn|removed|revoked|taken back))\\b',
      ],
      // A sentence that only sends the reader elsewhere for the topic: "For information about withdrawing consent, see section 12".
      pointerOnly: [
        '^\\s*(?:for|to find out)\\s+(?:more|further)?\\s*(?:information|details|more)\\s+(?:about|on|regarding|of)\\b[^.]{0,80}?,?\\s*(?:please\\s+)?(?:see|refer to|read|go to|visit|look at)\\b',
        '^[^.]{0,80}\\b(?:is|are) (?:explained|described|set out|covered)\\s+(?:in|at|under)\\s+(?:section|part|paragraph|appendix)\\s+\\w+\\s*\\.?$',
        // "You can read about withdrawing consent in our Data Protection Policy": the topic named, the right said elsewhere.
        '\\b(?:find out|read|learn|see|more|details?|information)\\b[^.]{0,30}\\b(?:about|on|regarding)\\s+(?:how to\\s+)?(?:withdraw\\w*|remov\\w*|revok\\w*)\\s+(?:your |their )?(?:consent|permission)\\b[^.]{0,20}\\b(?:in|on|at|from)\\s+(?:our|the)\\b[^.]{0,50}\\b(?:policy|policies|website|section|page|document|leaflet)\\b',
      ],
      // Notices that say consent is never used need no withdrawal statement.
      // Said of the school's use, not of one sharing that the sentence before named ("We must send the census. ... it does
      // not depend on consent").
      noConsent: [
        // A denial with a condition ("does not rely on consent where another lawful basis is more appropriate") leaves
        // room for consent elsewhere: no denial.
        "(?<!\\b(?:it|this|that|which)\\s)\\b(?:do not|don't|never|does not) (?:rely|depend) on consent\\b(?!,?\\s+(?:where|when|if|unless|except|other than)\\b)",
        '\\bconsent is (?:not|never) (?:used|relied on)\\b',
      ],
      // Look-alikes quoted back when nothing passes (checklist.md 2.16 traps).
      lookAlike: [
        'object to processing',
        'prevent processing',
        'right to object',
        'so long as we have consent',
        'without (?:your |their )?consent',
        '(?:have|has) given (?:their |your )?consent',
      ],
    },
  },
  {
    id: 'complaint-to-ico',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(2)(d)',
    title: 'Right to complain to the Information Commissioner',
    shortTitle: 'Complaining to the ICO',
    guidance:
      'Families must be told they can complain to the Information Commissioner\'s Office (ICO), the data protection regulator. Mentioning the ICO for registration, guidance or "advice" is not the same as telling people they can complain.',
    lookedFor: "the Information Commissioner's Office named as a place to complain or raise a concern",
    messages: {
      'complaint-route': "The notice says people can complain to the Information Commissioner's Office.",
      'garbled-route':
        'The ICO is named as a complaint route, but the route is garbled: it points to another body (e.g. a council) instead of the ICO.',
      'advice-only': 'The ICO is named, but only for advice or information; the notice never says people can complain to it.',
      'named-only':
        'The ICO is named (as the regulator, a heading or a source of guidance), but the notice never offers it as somewhere to complain or turn to.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
      'contents-promise-only': "The ICO complaint route is only promised in the notice's list of topics; the notice never gives it.",
      'registration-rejected':
        'Nothing found: looked for {lookedFor}. Rejected: "{quote}" is about ICO registration, guidance or the school\'s own advice, not a complaint route.',
    },
    options: {
      ico: ['information commissioner', '\\bico\\b', 'ico\\.org\\.uk'],
      complaint: [
        'complain',
        'complaint',
        '\\bconcerns?\\b',
        '\\blodge\\b',
        '\\bunhappy\\b',
        // "Still not happy with our answer? You can tell the ICO."
        '\\bnot (?:happy|satisfied)\\b',
        '\\bdissatisfied\\b',
        'ico\\.org\\.uk/(?:concerns|make-a-complaint)',
        // "you can report the matter to the Information Commissioner": a report by the family, not the school's breach report.
        '\\byou (?:can|may|could|are (?:free|entitled) to|have the right to)\\b[^.]{0,20}\\breport\\b[^.]{0,30}\\bto (?:the )?(?:ico|information commissioner)',
        // The reader's grievance as the condition for going to the regulator: "If you feel we have not handled your
        // information properly, the ICO can look into it", "contact the ICO if you believe your data was mishandled".
        "\\b(?:if|should|where) you (?:feel|believe|think|consider|disagree)\\b[^.]{0,80}\\b(?:mishandl|misus|not (?:been )?(?:handled|used|processed|treated|dealt with|looked after)\\b|(?:handled|used|processed|treated|dealt with)\\b[^.]{0,30}\\b(?:wrongly|unfairly|unlawfully|badly|incorrectly|improperly)\\b|(?:have|has|'ve) handled\\b)",
        // The regulator asked to examine what the school did: "you can ask the ICO to review it".
        "\\bask (?:the )?(?:ico|information commissioner(?:'s office)?) to (?:look (?:into|at)|review|investigate|examine)\\b",
      ],
      // Registration, guidance, the school's own advice-seeking: not a complaint route (checklist.md 2.17 traps).
      trap: [
        'registered (?:with|as)',
        'registration (?:number|no)',
        'ico guidance',
        "\\b(?:ico|information commissioner(?:'s office)?)(?:'s)? (?:published |own )?(?:guidance|guide|code of practice)",

        'guidance (?:from|of|by|on) the (?:ico|information commissioner)',
        // The school keeping to the regulator's advice ("Our DPO, who keeps us up to date with the advice of the ICO, will
        // look into any concern"): how the school works, not a place the family can take a complaint. Not where the
        // sentence also sends the family to the regulator ("... or write to the ICO", "ico.org.uk").
        "^(?!.*(?:ico\\.org\\.uk|\\bto (?:the )?(?:ico|information commissioner))).*\\b(?:follows?|followed|following|in line with|in accordance with|up to date with|acts? on|acting on|keeps? to)\\s+(?:the\\s+)?(?:latest\\s+|current\\s+)?(?:(?:advice|guidance|recommendations?)\\s+(?:of|from|issued by|published by)\\s+(?:the\\s+)?(?:uk\\s+)?(?:ico|information commissioner)|(?:ico|information commissioner(?:'s office)?)'s\\s+(?:latest\\s+|current\\s+)?(?:advice|recommendations?))",
        "\\bwe(?:'ll| will)? (?:always )?seek (?:the )?advice",
        // "We will always ask the Information Commissioner's Office for advice first": the school's own advice-seeking.
        "\\bwe(?:'ll| will| would)? (?:always |first )?(?:ask|consult|check with) (?:the )?(?:ico|information commissioner(?:'s office)?)\\b[^.]{0,20}\\b(?:for (?:its |their )?advice|first)",
        'code of practice',
        // The regulator as the author of a transfer safeguard ("the data transfer agreement approved by the Information
        // Commissioner"): a rule the school follows, not a place to complain.
        "\\b(?:approved|issued|published|produced|recogni[sz]ed) by (?:the )?(?:uk )?(?:ico|information commissioner(?:'s office)?)\\b",
        "\\b(?:ico|information commissioner(?:'s office)?)(?:'s)? (?:approved )?(?:international data transfer|idta|transfer addendum|standard contractual)",
        // The fee every controller pays the regulator: registration, not a complaint route.
        '\\bdata protection fee\\b',
        '\\b(?:pays?|paid|paying) (?:the |our |a |an |its |their )?(?:annual |yearly )?fee\\b',
      ],
      // A lead-in over the notice's own list of topics: "It tells you about:", "This notice covers:".
      contentsLeadIn: [
        '(?:this (?:privacy )?(?:notice|document|page|policy)|it|we) (?:tells? you about|explains?|covers?|sets? out|will tell you about)\\s*:?\\s*$',
      ],
      advice: ['advice', 'more information', 'further information', 'you can contact', 'contact the'],
      // "the Information Commissioner's Office at Powys CC" sends people to the council (seed 000).
      garbled: [
        "(?:information commissioner'?s office|\\bico)\\s+at\\s+(?!https?:|<|www\\.|ico\\.org)(?:[A-Za-z]+\\s+){1,3}(?:cc|cbc|council|county|borough)\\b",
      ],
    },
  },
  {
    id: 'complaint-to-school',
    area: 'notice',
    severity: 'recommended',
    ref: 'DPA 2018 s.164A (from 19 June 2026)',
    title: 'Internal complaint route',
    shortTitle: 'Complaining to the school',
    guidance:
      'Since June 2026 schools must make it easy to complain to them about how they handle data, for example with a complaint form. The notice should say how to raise a concern or complaint with the school or its DPO.',
    lookedFor: 'a way to raise a concern or complaint about data use with the school (complaints policy, form, or "raise it with us")',
    messages: {
      'route-given': 'The notice says concerns or complaints can be raised with the school.',
      'one-topic-route': 'A concern route is given only for one topic, not for data use in general.',
      'topic-limited-only':
        'Only a topic-limited concern route is given; the notice never says how to complain to the school about its use of data.',
      'contact-only':
        'Only a "discuss" or "queries" contact is given; the notice never says how to complain to the school about its use of data.',
      'no-recipient':
        'A concern about data use is mentioned with only "get in touch": the notice does not say who at the school takes it or how.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
    },
    options: {
      route: [
        '(?:raise|make|direct|address|take)[^.]{0,40}(?:concerns?|complaints?)[^.]{0,30}\\bwith (?:us|the school|the trust|the academy|our)\\b',
        '(?:concerns?|complaints?)[^.]{0,40}\\bwith us\\b',
        '\\bcomplain(?:t)? (?:directly )?to (?:us|the school|the trust|the academy|our|the (?:data protection officer|dpo|head ?teacher|governors?|governing (?:body|board)|principal))\\b',
        'complaints? (?:policy|procedure|process|form)',
        '\\bif you (?:are unhappy|are dissatisfied|have (?:a|any) (?:concerns?|complaints?)|wish to complain|want to complain)[^.]{0,160}\\b(?:contact|tell|let|speak to|talk to|write to|email|raise (?:it|this|them) with|take (?:it|this|them) up with)\\s+(?:us|the school|the trust|the academy|our|the (?:school )?(?:data protection|dpo|office|head))',
        // "If you are worried about how we are using your information, please raise it with Mrs Farrow first": the concern
        // taken to a named person or post at the school.
        "\\b(?:worried|unhappy|concerned|dissatisfied|not happy)\\b[^.]{0,60}\\b(?:information|data)\\b[^.]{0,40}\\b(?:raise|take|discuss) (?:it|this|them|the matter) (?:up )?with (?:(?:mr|mrs|ms|miss|dr)\\.? [\\w'-]+|(?:the|our) (?:head ?teacher|head|principal|office|school office|dpo|data protection (?:officer|lead)|business manager))\\b",
        // DfE 2021: "If you change your mind, or you are unhappy with our use of your personal data, please let us know".
        "\\b(?:you are|you're|you feel) (?:unhappy|dissatisfied|not happy)[^.]{0,120}\\b(?:let us know|tell us|contact(?:ing)? (?:us|the school|the trust|our|the (?:school )?(?:office|dpo|data protection|head)))",
      ],
      // A concern route limited to one topic (seed 002: only automated decisions).
      narrow: [
        // The topic also after "the way" or "how", or as what is used: "complaints about the way the CCTV system is run".
        // And under the school's name for it: "complaints about the academy's CCTV system".
        "(?:concerns?|complaints?|queries) (?:regarding|about|relating to|over|on) (?:(?:how|the way) )?(?:an? |the |any |our )?(?:(?:school|academy|trust|college|nursery)['\u2019]s )?(?:(?:use|operation) of (?:the |our )?)?(?:automated|profiling|cookies|photo|biometric|cctv|the website|data portability)",
        // "If you are unhappy about a photograph of your child on our website, tell the office": one kind of data only.
        // The same said of how it is used: "unhappy about how we use your child's photograph", "unhappy with the way a
        // photograph of your child has been used".
        "\\b(?:unhappy|dissatisfied|not happy|worried|concerned) (?:about|with|regarding|over) (?:(?:how|the way) (?:we|the school) (?:use|uses|used|share|shares|publish|publishes|store|stores|handle|handles|took|take|takes) |the way |how )?(?:a |an |the |any |your )?(?:(?:child'?s |pupil'?s )?(?:photo|photograph|image|video|cctv|biometric|fingerprint|cookie)s?\\b|automated)",
        // "If you are unhappy with a decision made by computer, contact us": one kind of decision, not data use in general.
        '\\b(?:unhappy|dissatisfied|not happy|worried|concerned) (?:about|with|regarding|over) (?:a |an |the |any )?(?:decisions?|outcomes?|results?) (?:that (?:was|is|were|are) )?(?:made|taken|reached) (?:only |solely |wholly |purely )?(?:by (?:a )?computer|automatically|by automated)',
        // "If you disagree with a decision a computer made about you, ask a member of staff to look at it again".
        '\\bdecisions?\\b[^.]{0,40}\\b(?:made|taken|reached) (?:only |solely |wholly |purely )?(?:by (?:a )?computer|automatically|by automated)[^.]{0,60}\\b(?:disagree|unhappy|dissatisfied|not happy|challenge)',
        '\\b(?:disagree|unhappy|dissatisfied|not happy)\\b[^.]{0,40}\\bdecisions?\\b[^.]{0,40}\\b(?:made|taken|reached) (?:only |solely |wholly |purely )?(?:by (?:a )?computer|automatically|by automated)',
        // "If you have a concern about how your child's exam results were recorded, let us know": one kind of record only.
        "\\b(?:concerns?|complaints?|unhappy|worried|concerned|dissatisfied|not happy)\\s+(?:about|with|regarding|over)\\s+(?:how\\s+)?(?:(?:a|an|the|any|your|their)\\s+)?(?:(?:child|pupil|son|daughter)'?s?\\s+)?(?:(?:exam|examination|test|assessment|sats?)\\s+)?(?:results?|grades?|marks|scores)\\b",
        // "If you are unhappy with how we dealt with your access request, ask the DPO to review it": one request only.
        // "... with the way we have answered a request for your information, you can ask for an internal review".
        '\\b(?:unhappy|dissatisfied|not happy|disagree) (?:about|with|regarding|over) (?:(?:how|the way) (?:we|the school|the academy|the trust) (?:have |has )?(?:dealt with|handled|responded to|answered|replied to) |the (?:response|reply|answer) (?:to|on) )?(?:your |a |the |our )?(?:(?:subject )?access request|request (?:to see|for access|for (?:your|a|the) (?:record|file|information|data|personal (?:information|data))))',
      ],
      // The complaints policy or a concern route pointed to for other school matters (teaching, uniform, trips, a child's
      // safety), with no word of data: not a route for complaints about data use (checklist.md 2.18).
      otherMatters: [
        // The verb too: "how to complain about the curriculum or about a member of staff".
        "\\b(?:concerns?|complaints?|complain|problems?|issues?|worries)\\s+(?:about|regarding|over|on|relating to|to do with)\\s+(?:[\\w'-]+,?\\s+){0,3}?(?:teaching|lessons?|behaviou?r|uniform|(?:school )?trips?|bullying|curriculum|homework|admissions?|exclusions?|transport|(?:school )?meals|staff conduct|the conduct of staff|(?:a |any )?members? of staff|teachers?|safety|welfare|well-?being|safeguarding)\\b",
        // The complaints policy described by the other matters it covers: "our complaints policy, which covers teaching,
        // uniform and trips".
        '\\bcomplaints? (?:policy|procedure|process)\\b[^.]{0,40}\\b(?:covers?|deals? with|is for|handles?|relates? to)\\b[^.]{0,30}\\b(?:teaching|lessons?|behaviou?r|uniform|(?:school )?trips?|bullying|curriculum|homework|admissions?|exclusions?|transport|(?:school )?meals|(?:members? of )?staff)\\b',
        // A decision on another matter: "If you disagree with an admissions decision you can complain to the governors".
        '\\b(?:disagree with|(?:unhappy|dissatisfied|not happy) (?:with|about)|appeal against|challenge)\\s+(?:an?|the|our)\\s+(?:admissions?|exclusion|placement|transport|uniform)\\s+decision',
        // Complaints pointed elsewhere as the rest: "For complaints about other school matters, see our complaints policy".
        '\\b(?:concerns?|complaints?|complain|problems?|issues?)\\s+(?:about|regarding|over|on|relating to|to do with)\\s+(?:any )?other (?:school |academy |trust )?(?:matters?|issues?|things|subjects|topics|concerns)\\b',
      ],
      // A complaints route that names data only to leave it out: "Complaints that are not about personal data are handled
      // under the complaints procedure", "complaints other than those about data protection" (checklist.md 2.18).
      dataExcluded: [
        '\\b(?:not|other than|except|apart from|excluding) (?:those |ones )?(?:about |relating to |concerning |regarding |to do with |involving )?(?:your |the )?(?:personal |pupil )?(?:data|information|privacy)\\b',
      ],
      // A concern named only as the time a right lasts: "we stop using it while a concern you have raised is being looked into".
      pendingConcern: [
        '\\b(?:while|whilst|until)\\b[^.;]{0,40}\\b(?:concerns?|complaints?)\\b[^.;]{0,40}\\b(?:is|are) being (?:resolved|looked into|investigated|considered|dealt with|checked)\\b',
      ],
      dataUse: ['\\bdata\\b', '\\binformation\\b', '\\bprivacy\\b', '\\bpersonal\\b', '\\brecords?\\b'],
      // The notice listing its own topics ("This notice tells you about: ... how to raise a concern with us"): a contents
      // promise, which the notice may not keep, is not the route itself.
      topicsAnnounced: ['^\\s*(?:this (?:notice|document|page)|it) (?:tells you about|explains|covers|sets out)\\s*:'],
      // A concern route that names no one to take it to and no channel, ending the sentence ("... please get in touch").
      noRecipient: [
        '\\b(?:concerns?|complaints?|worries|worried|unhappy|dissatisfied|not happy)\\b[^.]{0,120}\\b(?:get in touch|be in touch|contact|let (?:someone|somebody) know|speak up)\\s*[.!]?\\s*$',
      ],
      // A sentence voicing the reader's dissatisfaction ("Unhappy with how we have handled your data?") ...
      concernLead: [
        '\\b(?:unhappy|dissatisfied|not happy|not satisfied|worried|concerned|complain|complaints?)\\b',
        '\\b(?:a|any|your) concerns?\\b',
        // "Think we have got something wrong with your information?"
        '\\b(?:got|done|did|gone|went)\\s+(?:something\\s+|anything\\s+)?wrong\\b',
      ],
      // ... and, in the next sentence, the reader's step to someone at the school: "Please let the Principal know".
      schoolStep: [
        "\\blet (?:us|the (?:school|academy|trust|office|school office|principal|head ?teacher|head|dpo|data protection officer|business manager|governors?)|your (?:child's )?(?:teacher|form tutor|head of year)) know\\b",
        '\\b(?:tell|inform|contact|speak to|talk to|email|write to)\\s+(?:us|the (?:school|academy|trust|office|school office|principal|head ?teacher|head|dpo|data protection officer|business manager))\\b',
        "\\bbring (?:it|them|this|these|the matter|your concerns?) to (?:our|the (?:school|academy|trust)'s) attention\\b",
      ],
      // The regulator's route is the other check's (2.17), not the school's.
      regulator: ['information commissioner', '\\bico\\b', 'supervisory authority', '\\bregulator\\b'],
      // A contact point is not a complaint route (checklist.md 2.18 trap).
      contactOnly: [
        '(?:would like|want|wish|like) to (?:discuss|talk|speak|chat|go (?:through|over))\\b',
        // "If you would like to know more about anything in this notice, please speak to Mrs Evans".
        '(?:would like|want|wish|like) to (?:know|find out|learn) more\\b[^.]{0,80}\\b(?:contact|get in touch|speak to|talk to|ring|call|phone|e-?mail|write to|ask)\\b',
        // "If you have a question about how we use your information, the office will be happy to help."
        '(?:query|queries|question|questions)\\b[^.]{0,100}\\b(?:happy|glad|pleased) to (?:help|answer|explain)\\b',
        '(?:discuss|talk about|speak about|ask about) anything',
        // "... will be happy to talk it through with you", "have a chat with Mrs Hartley", "Who do I ask if I have a question?".
        'talk (?:anything |it |this |things |them )?through',
        '\\bhave a (?:quick )?(?:chat|word|talk) with\\b',
        '\\bwho (?:do|can|should) (?:i|we|you|parents) (?:ask|contact|speak to|talk to)\\b',
        // "If you have any questions, please ring 01632 ... and ask for Ms Okafor", "... please ask at the school office".
        '(?:query|queries|question|questions)\\b[^.]{0,80}\\b(?:contact|get in touch|speak to|talk to|(?:ring|call|phone|telephone|e-?mail|write to|ask)\\b)',
        // The question put as a heading-like line of its own, the contact after it: "Questions about anything in this
        // notice? Please get in touch:".
        // Not a bare "Any questions?" heading, which may head a real complaints route.
        '^\\W*(?:any )?(?:query|queries|question|questions)\\s+(?:about|on|regarding|concerning)\\b[^.?]{0,80}\\?\\s*$',
        // "Got a question?" over "Ask your key worker": an invitation to ask, written to a young reader.
        '^\\W*(?:got|have you got|have you|do you have) (?:a|any) (?:query|queries|question|questions)\\s*\\?\\s*$',
        // "Questions ... can be sent to the data team", "contact Mrs X with any question about this notice".
        // "Enquiries concerning this notice should be addressed to the DPO", "Questions about this notice can go to the data team".
        '(?:query|queries|question|questions|enquiry|enquiries|correspondence)\\b[^.]{0,80}\\b(?:sent|send|directed|addressed|emailed|put|raised|go|goes)\\s+(?:to|with)\\b',
        '\\b(?:contact|email|write to|speak to|talk to|get in touch with)\\b[^.]{0,60}\\b(?:with|about) (?:any |your |all )?(?:query|queries|question|questions)\\b',
      ],
    },
  },
  {
    id: 'automated-decision-making',
    area: 'notice',
    severity: 'required-if',
    ref: 'UK GDPR Art 13(2)(f)',
    title: 'Statement on automated decision-making and profiling',
    shortTitle: 'Automated decisions and profiling',
    guidance:
      'The notice should say whether any decisions about pupils are made by computer without a person involved, or whether profiling is used, even if the answer is "we do not". The old right to "object to decisions taken by automated means" does not say either way.',
    lookedFor: 'a statement on whether automated decision-making or profiling is used (e.g. "we do not use automated decision making")',
    messages: {
      statement: 'The notice says whether automated decision-making or profiling is used.',
      'right-only':
        'Automated decisions appear only as a right (e.g. "object to decisions being taken by automated means"); the notice never says whether the school uses automated decision-making or profiling.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
    },
    options: {
      statement: [
        `\\b(?:we|the school|the trust|the academy|it)\\s+(?:does|do|will)?\\s*(?:not|never|n't)\\b[^.]{0,60}${ADM}`,
        `\\b(?:don't|doesn't|won't)\\b[^.]{0,60}${ADM}`,
        // Decisions denied, the automation said after them: "We do not make decisions about pupils using automated processes alone".
        "\\b(?:we|the school|the trust|the academy|it)\\s+(?:does|do|will)?\\s*(?:not|never|n't)\\s+(?:make|take|reach|base)\\s+(?:any\\s+)?decisions?\\b[^.]{0,60}\\b(?:automated|automatic(?:ally)?|by (?:a )?computers?)\\b",
        `\\bno (?:decisions?|automated|profiling)\\b[^.]{0,120}(?:${ADM}|\\bmade by (?:a )?computer)`,
        '(?:automated|automatic) (?:decision|processing)[^.]{0,80}\\b(?:is|are) not (?:used|carried out|undertaken|made)',
        '(?:automated|automatic) decision[- ]?making(?: (?:and|or) profiling)?\\s*[:-]\\s*(?:none|not used|no\\b|we do not)',
        `\\bwe (?:may |might |will |sometimes |do )?(?:use|make|carry out|undertake)[^.]{0,40}${ADM}`,
        '\\bdecisions? (?:are|were|is|was|being|will be) (?:made|taken) (?:by (?:a )?computer|automatically|solely by automated)',
        'computer[- ]made decisions',
        '\\b(?:uses?|using)\\b[^.]{0,60}\\bto profile\\b',
        '\\brisk[- ]?profil',
        // "This is a form of profiling": the school says what its tool does.
        '\\b(?:is|are|counts as|amounts to) (?:a )?(?:form|kind|type) of (?:automated decision|profiling)',
        // "This constitutes profiling": said of the school's own tool just described.
        '\\b(?:this|that|which|it)\\s+(?:constitutes|amounts to|counts as)\\s+(?:a (?:form|kind|type) of\\s+)?(?:automated decision|profiling)',
        '\\bhow we (?:may )?(?:have )?[\'"]?(?:risk )?profil',
      ],
      // The right alone, not a statement about whether ADM exists (checklist.md 2.19).
      rightOnly: [
        // Not portability's condition ("data portability, where processing is ... carried out by automated means").
        '(?<!\\bportab\\w{0,10}\\b[^.]{0,100})automated means',
        '(?:automated|automatic) (?:decision|processing)',
        '\\bprofiling\\b',
        // "decisions about you being made only by a computer"
        '\\bdecisions?\\b[^.]{0,40}\\b(?:made|taken)\\b[^.]{0,15}\\bby (?:a )?computers?\\b',
      ],
    },
  },
];
