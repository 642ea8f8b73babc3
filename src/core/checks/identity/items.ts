// Checklist data for the identity checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../../schema/checklist';
import { EMAIL_SOURCE, UK_PHONE_SOURCE } from '../../contact-patterns';

/**
 * Contact-channel patterns shared by every check that needs "a usable channel" (controller, DPO, subject access).
 * The ICO's and DfE's own channels are rejected: they are copied into most notices but reach the regulator or the
 * government, not the school (checklist.md 2.2 traps).
 */
export const CHANNEL_PATTERNS = {
  email: EMAIL_SOURCE,
  phone: UK_PHONE_SOURCE,
  postcode: '\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b',
  // A contact page, or a form page ("/forms/sar", "/forms/subject-access").
  contactUrl: '(?:https?://|www\\.)[^\\s<>"]{0,200}?(?:contact|enquir|get-in-touch|/forms?(?=[/?#.-]|$))[^\\s<>"]*',
  notSchool: [
    'ico\\.org\\.uk',
    'casework@ico',
    // The ICO's helpline and its offices for Scotland and Northern Ireland.
    '0303\\s?123\\s?111[345]',
    // The ICO's Wales office (Churchill House, Cardiff).
    '0330\\s?414\\s?6421',
    'CF10\\s?2HH',
    'churchill house',
    '01625\\s?545\\s?(?:745|700)',
    'SK9\\s?5AF',
    'wycliffe house',
    'wilmslow',
    'gov\\.uk/contact-dfe',
    '(?:https?://)?(?:www\\.)?gov\\.(?:uk|wales)/',
    'education\\.gov\\.uk',
  ],
};

export const IDENTITY_ITEMS: ChecklistItemInput[] = [
  {
    id: 'controller-identity',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(a), 14(1)(a)',
    title: 'The school (or trust) is identified as the controller',
    shortTitle: 'School named as controller',
    guidance:
      'The notice must say who is responsible for the data: name the school (or, for an academy, the trust) and ideally say it is the "data controller". A notice that only says "the school" could belong to anyone.',
    lookedFor: 'the school or trust name stated as data controller, or heading the notice',
    messages: {
      'stated-controller': '{name} is stated to be the data controller.',
      'headed-with-name': "The notice is headed with the school's name ({name}).",
      'headed-with-name-no-controller-word':
        'The notice is headed with the school\'s name ({name}). It does not say "data controller"; stating it is recommended.',
      'named-and-controller': 'The notice names {name} and states that it is the data controller.',
      'named-as-owner':
        'The notice names {name} as the organisation whose notice this is. Saying it is the "data controller" is recommended.',
      'template-placeholder': "The controller statement still holds a template placeholder instead of the school's name.{rejectNote}",
      'named-in-passing':
        '{name} is named only in passing; the notice does not say it is the data controller or whose notice this is.{anonNote}{rejectNote}',
      'named-outside-text': 'The notice text never names its controller; {name} appears only in the {where}.{anonNote}{rejectNote}',
      'email-domain-only':
        'No school name in the notice text; only the email domain of {email} identifies the school.{anonNote}{rejectNote}',
      'controller-unnamed': 'The notice says the school is the data controller but never names the school.{rejectNote}',
      'trust-unnamed':
        'The notice says the trust is the data controller but never names the trust; it names only {name}. For an academy the controller is its trust: name it.',
      'academy-in-trust':
        '{name} is stated to be the data controller, but the notice says it belongs to {trust}. In a multi-academy trust the trust is normally the controller: check which body the notice should name.',
      'council-controls-unit':
        '{name} is stated to be the controller of the records this notice describes; a pupil referral unit, or a service the council runs itself, has no governing body of its own, so its council is its controller.',
      'council-controller-for-school':
        "The notice names the council, not {name} or its governing body, as controller of the school's pupil records; check whether the school's own controller role is stated.",
      'not-found': 'Nothing found: looked for {lookedFor}.{rejectNote}',
      'unnamed-controller-note': ' The notice also says: "{quote}"',
      'other-controller-note': ' Rejected: "{quote}" names another body (not the school) as controller.',
    },
    options: {
      controllerStatement: [
        '\\bdata controllers?\\b',
        '\\b(?:is|are|acts? as)\\s+(?:(?:therefore|thus|also|legally|in law|so)\\s+)?(?:the\\s+|a\\s+|joint\\s+)?[\'"]?controllers?\\b',
        // What the law means by controller, said without the word: "X decides how your information is used", "X
        // determines the purposes and means of processing", "X is legally responsible for deciding what happens to it".
        '\\b(?:decides?|determines?)\\s+(?:how|why|what)\\b[^.]{0,60}\\b(?:information|data)\\b[^.]{0,30}\\b(?:is|are)\\s+(?:used|collected|processed|handled|shared|kept)\\b',
        // The data named first and the deciding said of it: "... is responsible for the information in this letter and
        // decides how it is used".
        '\\b(?:information|data)\\b[^.]{0,80}\\b(?:decides?|determines?)\\s+how\\s+(?:it|they)\\s+(?:is|are)\\s+(?:used|collected|processed|handled|shared|kept)\\b',
        '\\bdetermines?\\s+(?:the\\s+)?(?:purposes?|means)\\s+(?:and\\s+(?:the\\s+)?(?:purposes?|means)\\s+)?of\\s+(?:the\\s+)?processing\\b',
        // Also after what it is responsible for: "responsible for the information on this page and for deciding how it is used".
        '\\b(?:legally\\s+)?responsible\\s+for\\s+(?:(?:\\S+\\s+){1,12}?and\\s+(?:for\\s+)?)?(?:deciding|determining)\\s+(?:how|why|what)\\b',
        // "The organisation in charge of your data is X": the same role as the subject, named after the verb.
        "\\bthe\\s+(?:organisation|body)\\s+(?:(?:which|that|who)\\s+is\\s+)?(?:in charge of|responsible for)\\s+(?:your|the|our|pupils'?|your child's)\\s+(?:[\\w']+\\s+){0,2}?(?:data|information)\\s+(?:is|are)\\s+",
        // "In data protection law that makes the Trust the 'controller'", "which the law calls the controller".
        "\\b(?:makes?|making|calls?|called|known as|termed)\\s+(?:(?:us|it|them|the\\s+[\\w'-]+(?:\\s+[\\w'-]+)?)\\s+)?(?:the|a|an)\\s+['\"]?controllers?\\b",
        // "We appear on the Information Commissioner's register as a controller under the name X".
        '\\bregister(?:ed)?\\b[^.]{0,60}\\bas\\s+(?:a|an|the)\\s+[\'"]?controllers?\\b',
        // The controller as the subject, named after the verb: "The controller of your child's information is X School".
        '\\bthe\\s+[\'"\u2018]?controllers?[\'"\u2019]?\\s+(?:(?:of|for)\\s+[^.]{1,80}?\\s+)?(?:is|are)\\s+(?!(?:required|responsible|obliged|able|allowed|not)\\b)',
        // A labelled value, as a table row is read with its header: "Role under the UK GDPR: Controller".
        ':\\s*[\'"]?(?:the\\s+)?(?:data\\s+)?controller[\'"]?\\s*(?:\\||$)',
        // A labelled field with the name as its value: "Controller: Brackenridge High School, Quarry Road ...".
        '^\\s*controllers?\\s*:\\s*(?=[A-Z])',
      ],
      // Another body called "data controller" is not the school (checklist.md 2.1 trap: DfE, LA, Welsh Government).
      otherController: [
        'department for education',
        '\\bdfe\\b',
        '\\bthe department\\b',
        'local authority',
        '\\bthe la\\b',
        '\\bcouncil\\b',
        'welsh government',
        '\\bgovernment\\b',
        // The regulator keeps the register of controllers; "registered with the ICO" does not make it the controller.
        "(?<!(?:registered|registration|register) (?:with |on |in )?(?:the )?)information commissioner(?!'?s? (?:office'?s? )?(?:public )?(?:data protection )?(?:register|registration))",
        "(?<!(?:registered|registration|register) (?:with |on |in )?(?:the )?)\\bico\\b(?!'?s? (?:public )?(?:data protection )?(?:register|registration))",
        'secretary of state',
        '\\bnhs\\b',
      ],
      // Early-years settings and the charities or companies that run them speak of themselves the same way.
      selfReference: [
        '\\bwe\\b',
        // A setting run by one person speaks as "I": "I am the data controller for everything in this notice".
        '\\bI\\b',
        '\\bour (?:school|academy|trust|college|nursery|pre-?school|setting|playgroup|federation|governing (?:body|board))\\b',
        '\\bthe (?:school|academy|trust|college|governing (?:body|board)|nursery|pre-?school|setting|playgroup|federation|partnership|foundation(?!\\s+(?:stage|phase|years?|subjects?|course|degree))|corporation|charity|company|committee)\\b',
        // A pupil referral unit speaks of itself by its kind: "The PRU is the data controller".
        '\\bthe (?:pru|unit)\\b',
        '\\bus\\b',
        // The school's own board said as "its", after a sentence naming the school: "Its governing body is the data
        // controller", "The Harbour Centre (through its management committee) is the data controller".
        '\\bits (?:governing (?:body|board)|management committee|board of (?:governors|trustees|directors)|trustees|proprietors?)\\b',
        '\\b(?:our|the) management committee\\b',
      ],
      placeholder: ['\\[[^\\]]{0,40}(?:name|school|trust|academy)[^\\]]{0,40}\\]', '<<?[^>]{0,40}(?:school|name)[^>]{0,40}>>?'],
      // A name tied to the notice itself: "This privacy notice explains how X School ...", "X Trust ('we', 'us')".
      noticeCue: [
        'privacy notice',
        'privacy policy',
        'this (?:privacy )?(?:notice|policy|statement)',
        'how we (?:use|collect|process)',
        '\\(\\s*(?:hereafter |hereinafter |together |referred to as |known as |called )?[\'"](?:we|us|our|the school|the trust|the academy|the federation|the setting)[\'"]',
        '\\b(?:collects?|processes|holds|uses)\\s+(?:and\\s+\\w+\\s+)?(?:the\\s+)?(?:personal|pupil|your|their)\\b',
        '\\bwe,\\s',
        // "At Riverside Primary School we ..." / "Here at X, we ...": the school speaking as the notice's "we".
        '^(?:here )?at\\s[^.]{3,80}?,?\\s(?:we|our)\\b',
      ],
      // A sentence that opens with the name and speaks about data is the school introducing itself, not a passing mention.
      subjectCue: [
        'personal (?:data|information)',
        '\\bprivacy\\b',
        '\\bdata protection\\b',
        '\\bpupil (?:data|information)\\b',
        '\\b(?:collects?|processes|holds|uses|protects?|respects?)\\b',
      ],
      titleCue: ['privacy', 'data protection', 'how we use', '\\bgdpr\\b', 'fair processing'],
      schoolDomain: [
        // "sch" as the second-level label marks a school's domain (.sch.uk and its like).
        '\\.sch\\.[a-z]{2,}\\b',
        '(?:school|academy|trust|college|ysgol|nursery|pre-?school|playgroup|federation)[\\w-]{0,63}\\.(?:org|co|com|net|uk)\\b',
        'mat\\.(?:org|co|com|net|uk)\\b',
      ],
    },
  },
  {
    id: 'controller-contact',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(a)',
    title: 'A usable contact channel for the school',
    shortTitle: 'School contact details',
    guidance:
      'Parents need a real way to reach the school about their data: an email address, phone number, postal address or contact form. A name or job title alone, or "use the form below" with no form, is not enough.',
    lookedFor: 'a school email address, phone number, postal address or contact-form link',
    messages: {
      'school-desk-beside-dpo': "A contact channel for the school is given beside the Data Protection Officer's: {channels}.",
      'channel-given': 'A contact channel for the school is given: {channels}.',
      'footer-channel': "The notice itself gives no channel, but the page's footer does: {channels}.",
      'header-channel': "The notice itself gives no channel, but the page's header does: {channels}.",
      'other-organisation-only':
        'The only channels given belong to another organisation (a council, local authority or diocese: {channels}); no email, phone or address for the school itself.',
      'company-only':
        'Nothing found for the school: the only channels given belong to a company that supplies the school ({channels}), not to the school itself.',
      'dpo-channel-only':
        "The only channel given is the Data Protection Officer's ({channels}); no email, phone or address for the school itself.",
      'contact-without-channel':
        'The notice refers readers to a contact (a person, office, form or "via email") but gives no email address, phone number, postal address or link for it.',
      'not-found': 'Nothing found: looked for {lookedFor}.',
      'ico-or-government-rejected':
        "Nothing found: looked for {lookedFor}. Rejected: \"{quote}\" gives the ICO's or the government's contact details, not the school's.",
    },
    options: {
      ...CHANNEL_PATTERNS,
      // An address written against harvesting ("office [at] oakfield [dot] sch [dot] uk", "admin(at)oakfield.sch.uk")
      // is still an email a parent can use.
      email: `${CHANNEL_PATTERNS.email}|(?<![\\w.+'-])[\\w.+'-]+ ?[[(]at[\\])] ?[\\w-]+(?: ?(?:\\.|[[(]dot[\\])]) ?[\\w-]+)+`,
      // A contact point promised but not given ("via email", "the Contact Us form below", "please contact:").
      contactCue: [
        '\\bplease contact\\b',
        '\\bcontact (?:the|our|your|us|mr|mrs|ms|miss|dr)\\b',
        '\\bget in touch\\b',
        '\\bemail us\\b',
        '\\bwrite to\\b',
        '\\bcontact us\\b',
        '^contact\\s*:?$',
        '\\bcontact:',
        // Questions sent to a named person or office: "Please direct any queries about this notice to Mr A Greaves,".
        '\\b(?:direct|send|address|refer|put) (?:any |all |your )?(?:queries|questions|enquiries|concerns)\\b[^.]{0,60}\\bto\\b',
        '\\b(?:queries|questions|enquiries) (?:should|can|may) be (?:directed|sent|addressed|made|put) to\\b',
        // A person or office to talk to, with no channel: "please speak to Mrs Okafor, School Business Manager".
        '\\b(?:speak|talk)\\s+(?:to|with)\\s+(?:mr|mrs|ms|miss|dr|the|our|a member of)\\b',
        // "Any questions? Ask for Mrs Patel, our business manager": a person to ask for, with no way to reach them.
        '\\bask (?:for|to speak to|to see)\\s+(?:mr|mrs|ms|miss|dr|our)\\b',
        // A kind of channel named but not given: "reach the school by email or telephone", "ring the school office".
        '\\b(?:reach|contact)\\s+(?:us|the\\s+(?:school|academy|office|nursery))\\s+(?:\\w+\\s+){0,2}by\\s+(?:e-?mail|(?:tele)?phone|post|letter)\\b',
        '\\b(?:ring|call|phone|telephone|e-?mail)\\s+(?:us|the\\s+(?:school|academy|nursery)(?:\\s+office)?|the\\s+office|our\\s+office)\\b',
        // A form or page referred to but not linked: "use the contact form on our website".
        '\\bcontact(?:\\s+us)?\\s+(?:form|page)\\b',
      ],
      // Channels of the outsourced DPO or the ICO are not the school's own (seed 002: only the LA's DPO email).
      // With the Welsh title, so a Welsh notice's DPO mailbox is not taken for the school's own desk.
      dpoTerms: ['data protection officer', '\\bdpo\\b', 'swyddog diogelu data'],
      // "You can contact the ICO" or "To contact DfE" promises someone else's channel, not the school's.
      otherBodies: [
        'information commissioner',
        '\\bico\\b',
        'department for education',
        '\\bdfe\\b',
        'welsh government',
        'comisiynydd gwybodaeth',
        'llywodraeth cymru',
      ],
      // A council's, diocese's or local authority's desk reaches that body, not the school (checklist.md 2.2).
      otherOrganisations: [
        '\\b(?:county|borough|city|district|metropolitan)\\s+council\\b',
        '\\bcouncil\\b',
        '\\blocal\\s+authority\\b',
        '\\bdioces(?:e|an)\\b',
        '\\bcounty\\s+hall\\b',
        '\\bcivic\\s+(?:centre|offices)\\b',
      ],
      // A company's line that never speaks as the school ("Meals are provided by Brightplate Catering Ltd, on 0161 ..."):
      // the company's channel, which reaches a supplier and never the school. "Reach us on ...; clubs are run by
      // Sportsbase Ltd" is still the school's.
      companies: ['^(?![\\s\\S]*\\b(?:we|us|our)\\b)[\\s\\S]*\\b(?:ltd|plc)\\b'],
      // ... unless the same text says the channel is the school's own.
      ownDesk: [
        '\\b(?:the|our)\\s+(?:school|academy|trust|nursery|setting)(?:\\s+office)?\\b',
        // The office of the school, or of the trust or federation that is the controller ("Trust Office, 4 Riverside Court").
        '\\b(?:school|academy|trust|federation)\\s+office\\b',
        '\\breception\\b',
        '\\bhead\\s?teacher\\b',
        '\\bbusiness\\s+manager\\b',
        '\\bcontact\\s+us\\b',
        '@[\\w-]+\\.sch\\.uk',
      ],
    },
  },
  {
    id: 'dpo-contact',
    area: 'notice',
    severity: 'required',
    ref: 'UK GDPR Art 13(1)(b), 37(1)(a), 37(7)',
    title: 'Data Protection Officer contact details',
    shortTitle: 'DPO contact details',
    guidance:
      'State schools and academies must appoint a Data Protection Officer and publish how to contact them (an email, phone or address). A "Data Protection Lead" or the business manager is not the DPO unless the notice says so.',
    lookedFor: 'a Data Protection Officer (DPO) with an email, phone, postal address or contact link',
    messages: {
      'channel-given': 'A Data Protection Officer is named with a contact channel: {channels}.',
      'details-later': 'A Data Protection Officer is named and pointed to contact details given later: {channels}.',
      'dpo-mailbox': "The Data Protection Officer's mailbox is given: {mailbox}.",
      'mentioned-without-channel':
        'A Data Protection Officer is mentioned, but no email, phone, postal address or link for the DPO is given.',
      'lead-not-dpo':
        'Only a "Data Protection Lead" (or similar role) is named. A lead is not the independent Data Protection Officer that Art 37 requires unless the notice says the lead is the DPO.',
      'not-found': 'Nothing found: looked for {lookedFor}. A general office or business-manager contact is not a DPO.',
      'other-body-dpo-rejected': 'Nothing found: looked for {lookedFor}. Rejected: "{quote}" is another body\'s DPO.',
    },
    options: {
      ...CHANNEL_PATTERNS,
      dpoTerms: ['data protection officer', '\\bdpo\\b'],
      // Mailboxes that are themselves the DPO's ("dpo@", "schoolsdpo@").
      // "Our DPO is Ms X (contact details below)": the channel is in a later contact section.
      reference: ['\\bbelow\\b', 'contact details (?:are )?(?:at|in|given)', 'see (?:the )?[\'"]?contact'],
      // The DPO's details only promised on request: what lies below is the desk to ask, not the DPO's channel.
      withheld: [
        '\\b(?:details|address|number|email)\\b[^.]{0,40}\\b(?:can|may|will) be (?:obtained|requested|supplied)\\b',
        '\\b(?:available|provided|given) (?:on|upon) request\\b',
        "\\bask (?:the|our|either|any|your child's) (?:school )?office for\\b",
      ],
      contactHeading: ['contact', 'data protection officer', '\\bdpo\\b', 'get in touch', 'further information'],
      dpoMailbox: ['^[\\w.+-]{0,64}dpo[\\w.+-]{0,64}@', '^(?:data\\.?protection|gdpr)[\\w.+-]*@'],
      // Checklist.md 2.3 trap: a lead is not the independent DPO of Art 38.
      leadTerms: [
        'data protection lead',
        'lead for data protection',
        'data protection co-?ordinator',
        'data protection champion',
        'data protection manager',
        'data protection advis[eo]r',
        // A board member given the job: "our committee's Data Protection Trustee", "the Data Protection Governor".
        'data protection (?:trustee|governor|director)',
        // The same job under a shorter or other title: "our Data Champion", "the GDPR lead", "Information Governance Lead".
        '\\bdata (?:champion|lead|co-?ordinator)\\b',
        // A volunteer's plain title: "one committee member volunteers as our data person".
        '\\bdata (?:protection )?person\\b',
        // Or the other way round: "Our Nursery Manager is the named person for data protection".
        '\\bperson (?:for|responsible for|in charge of) data protection\\b(?!\\s+(?:law|act|legislation|regulations?))',
        '\\b(?:gdpr|privacy|information governance) (?:lead|champion|co-?ordinator|advis[eo]r)\\b',
        // A named person or role given the job under another title: "Our manager looks after data protection".
        '\\b(?:looks? after|(?:is|are|person|someone|member of staff) responsible for|takes? responsibility for|oversees?|leads? on|(?:is|are) in charge of)\\s+(?:our\\s+|the\\s+)?data protection\\b(?!\\s+(?:law|act|legislation|regulations?))',
        // "deals with all data protection matters": the job itself, not a desk that takes requests ("data protection requests").
        '\\b(?:deals? with|handles?)\\s+(?:all\\s+)?(?:our\\s+|the\\s+)?(?:data protection|gdpr) (?:matters|issues|compliance)\\b',
      ],
      // Someone else's DPO (the DfE's or the Welsh Government's).
      otherDpo: [
        "(?:dfe|department(?: for education)?|welsh government|government|ico)'?s? (?:own )?(?:data protection officer|dpo)",
        '(?:data protection officer|dpo) (?:of|at|for) (?:the )?(?:dfe|department for education|welsh government)',
      ],
    },
  },
];
