// The concept lexicon: each concept is a set of words or phrases with one meaning, matched on Porter stems, so
// "shared", "sharing" and "shares" are one word and a rule names meanings, not one template's sentences.
// A phrase is matched as consecutive words; "n't" is read as "not". Keep entries plain English, lower case.

export const LEXICON: Readonly<Record<string, readonly string[]>> = {
  // --- providing data: compulsory or optional (Art 13(2)(e)) ---
  compulsory: [
    'mandatory', 'compulsory', 'obligatory', 'required', 'requirement', 'by law', 'legally', 'law requires', 'legal duty',
    'obliged', 'obligation', 'must', 'have to', 'has to', 'need', 'needed', 'necessary', 'statutory', 'essential',
  ],
  optional: [
    'optional', 'voluntary', 'voluntarily', 'choice', 'choose', 'up to you', 'your decision', 'you decide', 'you can decide',
    'not have to', 'not need to', 'not required', 'not compulsory', 'not mandatory', 'not obliged', 'need not',
    'you may refuse', 'you can refuse', 'you can decline', 'you may decline',
  ],
  // Information said to be compulsory to give (Art 13(2)(e) half-answered): "some of this information is required under the EYFS".
  mustGive: [
    'is required', 'are required', 'is mandatory', 'are mandatory', 'is compulsory', 'are compulsory', 'is obligatory', 'are obligatory',
    'is needed by law', 'are needed by law', 'must be given', 'must be provided', 'has to be given', 'have to be given', 'must be supplied',
  ],
  provideVerb: ['give', 'gives', 'giving', 'given', 'provided', 'supplied', 'provide', 'provides', 'providing', 'supply', 'supplying', 'fill in', 'complete', 'answer', 'ask for', 'ask you for', 'collect', 'share with us', 'tell us'],
  contactVerb: ['to contact', 'contact you', 'contact parents', 'contact them', 'communicate', 'communicating', 'keep in touch', 'to reach', 'reach you', 'get in touch', 'to send', 'send you', 'to update', 'let you know', 'to inform', 'inform you'],
  whether: ['whether', 'if it is', 'if this is', 'if you are'],
  tell: ['tell', 'inform', 'let you know', 'explain', 'make clear', 'made clear', 'indicate', 'mark', 'marked', 'point out', 'advise', 'say', 'show', 'highlight', 'identify'],

  // --- where data comes from (Art 14(2)(f)) ---
  receive: ['receive', 'obtain', 'get', 'collect', 'gather', 'request', 'come', 'comes', 'is sent', 'are sent', 'be sent', 'is passed', 'are passed', 'be passed', 'is provided', 'are provided', 'is given', 'are given', 'is transferred', 'are transferred', 'is shared', 'are shared', 'may be shared', 'copy'],
  from: ['from', 'by'],
  sendUs: ['send us', 'sends us', 'send to us', 'pass to us', 'pass on to us', 'passed to us', 'passed on to us', 'give us', 'gives us', 'provide us', 'provides us', 'share with us', 'shares with us', 'shared with us', 'transfer to us', 'transferred to us', 'forward to us', 'tell us', 'let us know', 'sent to us', 'provided to us', 'given to us', 'supply us', 'supplies us'],
  toUs: ['to us', 'us', 'with us'],
  withUs: ['with us', 'to us', 'on to us'],
  comeFrom: ['comes from', 'come from', 'provided by', 'given by', 'supplied by', 'obtained from', 'collected from', 'received from', 'get from', 'gets from', 'collect from', 'collect it from', 'get it from', 'ask you for', 'ask parents for'],
  giveUs: ['give us', 'gives us', 'tell us', 'tells us', 'provide us', 'provides us', 'provide to us', 'fill in', 'fills in', 'complete', 'completes', 'supply us', 'send us', 'sends us'],
  familySource: ['you', 'parents', 'carers', 'families', 'family', 'forms', 'form', 'registration', 'admission form', 'admissions form', 'data collection sheet'],
  sourceWord: ['source', 'sources', 'where we get', 'where we obtain', 'where the information comes from', 'where your information comes from', 'where it comes from', 'how we get', 'how we obtain', 'how we collect', 'come from', 'comes from', 'came from', 'where do we get', 'where did we get', 'where do you get', 'where did you get'],
  sourceBody: [
    'previous school', 'previous schools', 'former school', 'last school', 'old school', 'other schools', 'other school', 'another school',
    'primary school', 'feeder school', 'feeder schools', 'nursery', 'nurseries', 'pre-school', 'previous setting', 'early years setting',
    'local authority', 'local authorities', 'council', 'la', 'department for education', 'dfe', 'welsh government', 'nhs', 'health',
    'doctor', 'doctors', 'gp', 'school nurse', 'health visitor', 'social services', 'social care', 'social worker', 'social workers',
    'police', 'agencies', 'agency', 'other organisations', 'other professionals', 'professionals', 'learning records service',
    'common transfer file', 'ctf', 'third parties', 'external bodies', 'other bodies', 'courts', 'the court',
  ],

  // --- who receives data (Art 13(1)(e)) ---
  shareOut: ['share', 'shares', 'sharing', 'shared', 'pass', 'pass on', 'passes', 'passed', 'disclose', 'disclosed', 'send', 'sent', 'provide', 'provided', 'give', 'given', 'report', 'reported', 'transfer', 'transferred', 'make available', 'made available', 'supply', 'supplied', 'forward', 'forwarded', 'notify'],
  toWith: ['to', 'with'],
  recipientBody: [
    'local authority', 'local authorities', 'council', 'la', 'department for education', 'dfe', 'welsh government', 'the government',
    'next school', 'new school', 'next setting', 'primary school', 'their school', 'the school they move to', 'secondary school', 'receiving school', 'schools', 'school', 'college', 'colleges',
    'nhs', 'school nurse', 'school nursing', 'health', 'doctor', 'gp', 'social services', 'social care', 'social worker', 'police',
    'educational psychologist', 'educational psychologists', 'speech and language', 'therapist', 'therapists', 'careers wales',
    'careers', 'youth support', 'exam board', 'exam boards', 'examination boards', 'awarding bodies', 'ofsted', 'estyn', 'counsellor',
    'counsellors', 'auditors', 'suppliers', 'service providers', 'providers', 'contractors', 'processors', 'agencies', 'trust', 'diocese',
  ],
  receiveBy: ['receive', 'receives', 'receiving', 'get', 'gets', 'have access', 'has access', 'can see', 'can access', 'be given', 'be sent', 'be told', 'be informed', 'be passed'],

  // --- Article 6 basis (Art 13(1)(c)) ---
  basisWord: ['lawful basis', 'legal basis', 'lawful bases', 'legal bases', 'basis', 'bases', 'grounds', 'ground', 'lawful reason', 'legal reason', 'lawfully', 'allowed to', 'allows us', 'permitted', 'rely on', 'relies on', 'relying on', 'because', 'justif*', 'article 6', 'reason we can', 'legal right to', 'entitled to'],
  basisGeneric: ['lawful basis', 'legal basis', 'lawful bases', 'legal bases', 'lawfully', 'lawful reason', 'legal reason', 'lawful reasons', 'legal reasons', 'article 6', 'legal grounds', 'lawful grounds', 'lawfulness of processing', 'law allows', 'laws allow', 'allowed by law', 'permitted by law', 'law permits', 'legal power', 'legal powers', 'legal right to collect', 'legal right to use'],
  legalObligation: ['legal obligation', 'legal obligations', 'legal duty', 'legal duties', 'statutory duty', 'statutory duties', 'statutory obligation', 'legal requirement', 'requires us to', 'require us to', 'comply with the law', 'comply with law', 'comply with our legal', 'comply with a legal', 'meet our legal', 'fulfil our legal', 'required by law', 'the law requires', 'law says we must', 'legally required', 'legally obliged'],
  publicTask: ['public task', 'public interest', 'official authority', 'public function', 'public functions', 'official functions', 'official duties', 'statutory function', 'statutory functions', 'task in the public'],
  vitalInterests: ['vital interest', 'vital interests', 'protect someone', 'protect their life', 'protect the life', 'life or death', 'save a life', 'serious harm'],
  contract: ['contract', 'contractual'],
  // The Art 6(1)(b) basis as a reason for the school's own processing: the contract with the family, not a supplier's.
  contractBasis: ['our contract with you', 'contract with you', 'contract we have with you', 'perform a contract', 'performance of a contract', 'carry out our contract', 'fulfil our contract', 'contract with parents'],
  consentWord: ['consent', 'permission', 'agreement', 'agree', 'said yes', 'say yes', 'says yes', 'saying yes'],
  withdrawStrong: ['withdraw', 'withdrawn', 'change your mind', 'change their mind', 'take back', 'revoke', 'opt out', 'no longer want', 'no longer wish', 'say no'],
  anyTime: ['at any time', 'any time', 'anytime', 'whenever you', 'later on', 'at a later date', 'later'],
  // Consent already withdrawn, as a condition of another right ("where you have removed your consent" for erasure): it
  // supports the right, it does not state it (checklist.md 2.16 trap).
  withdrawnAlready: ['you have removed', 'you have withdrawn', 'have removed your', 'have withdrawn your', 'has been removed', 'has been withdrawn'],
  withdraw: ['withdraw', 'withdrawn', 'withdrawal', 'change your mind', 'take back', 'revoke', 'remove', 'removed', 'opt out', 'stop', 'cancel', 'no longer want', 'no longer wish', 'tell us you no longer'],

  // --- statutory sharing with government (census) ---
  govBody: ['department for education', 'dfe', 'welsh government', 'secretary of state', 'the department', 'the government', 'central government', 'education department'],
  census: ['census', 'censuses', 'plasc', 'data collection', 'data collections', 'statutory return', 'statutory returns', 'returns', 'return', 'early years census', 'school census', 'attendance data', 'daily attendance'],
  // The statutory collections by name (the census always goes to the government): not "returns" or "data collection" in general.
  censusName: ['census', 'censuses', 'plasc', 'school census', 'early years census', 'statutory return', 'statutory returns', 'statutory data collection', 'statutory data collections'],
  statuteBasis: ['by law', 'law', 'statutory', 'legal duty', 'legally', 'required', 'must', 'obliged', 'section 537a', 'regulation', 'regulations', 'education act'],

  // --- parents' own data ---
  aboutParents: ['about parents', 'about parents and carers', 'about you as parents', 'about you as a parent', 'parents and carers information', 'parent and carer information', 'parent information', 'parents information', 'information about parents', 'details about parents', 'data about parents', 'information about you as', 'we collect about parents', 'we hold about parents', 'we keep about parents', 'as a parent', 'as parents', 'as a carer', 'as a parent or carer', 'as parents and carers', 'about us the parents'],
  // A notice that speaks to a parent about "your child": there, "you" and "your details" are the parent's own.
  yourChild: ['your child', 'your children', 'your son', 'your daughter'],
  aboutYou: ['about you', 'of you', 'your details', 'your contact details', 'your name', 'your names', 'your own'],
  parents: ['parent', 'parents', 'carer', 'carers', 'guardian', 'guardians', 'family members', 'emergency contact', 'emergency contacts', 'parental', 'those with parental responsibility'],
  info: ['information', 'data', 'details', 'detail', 'questions', 'what we ask for', 'form', 'forms', 'file', 'files', 'documents', 'paperwork', 'item', 'items', 'contact details', 'contact numbers', 'phone numbers', 'telephone numbers', 'email address', 'email addresses', 'address', 'addresses', 'records', 'name', 'names', 'emergency contacts'],
  rightsCue: ['right', 'rights', 'you can', 'you may', 'you could', 'ask', 'entitled', 'request', 'you are able'],
  rightAccess: ['find out what', 'see what', 'a copy', 'copy of', 'ask for your data', 'ask for your information', 'access', 'see your', 'see the information', 'see the data', 'what we hold', 'what information we hold', 'what data we hold', 'know what', 'look at', 'what you hold', 'what you keep', 'what we know', 'what you know'],
  rightRectify: ['correct', 'corrected', 'correction', 'fix', 'fixed', 'put right', 'changes', 'change', 'update', 'updated', 'amend', 'amended', 'rectif*', 'wrong', 'inaccurate', 'mistake', 'mistakes'],
  rightErase: ['delete', 'deleted', 'deletion', 'erase', 'erased', 'erasure', 'wipe', 'wiped', 'remove', 'removed', 'forgotten', 'destroy', 'destroyed', 'get rid'],
  rightRestrictObject: ['restrict', 'restriction', 'restricted', 'limit', 'limiting', 'limited', 'stop using', 'stop us using', 'stop processing', 'object', 'objection', 'pause', 'stop'],
  // A right, not the adjective ("release pupils to the right adults"); "rights" and "right" share a stem.
  rights: ['right to', 'right of', 'your rights', 'their rights', 'these rights', 'rights under', 'rights over', 'entitled', 'request access', 'subject access', 'ask for a copy'],
  purposeLink: ['so that', 'so we can', 'in order to', 'to contact', 'to reach', 'to keep in touch', 'in case', 'in an emergency', 'in case of an emergency', 'in emergencies', 'for emergencies', 'because', 'to let you know', 'to communicate', 'to manage', 'to send', 'for the purpose', 'purposes', 'used to', 'use it to', 'use this to', 'to tell', 'for example to', 'such as to', 'to make sure', 'to ensure', 'so we know', 'to check'],
  weHold: ['we process', 'we hold', 'we keep', 'we collect', 'we use', 'we store', 'we record', 'we ask for', 'we need'],
  noticeTitle: ['privacy notice', 'notice for parents', 'this notice'],
  holdUse: ['hold', 'holds', 'keep', 'keeps', 'collect', 'collects', 'process', 'processes', 'use', 'uses', 'store', 'stores', 'record', 'records', 'ask for', 'ask you for', 'need', 'we ask', 'ask every', 'ask each', 'ask families', 'ask parents'],

  // --- retention (Art 13(2)(a)) ---
  keep: ['keep', 'kept', 'stay', 'stays', 'hold', 'held', 'retain', 'retained', 'retention', 'store', 'stored', 'delete', 'deleted', 'destroy', 'destroyed', 'dispose', 'disposed', 'disposal', 'shred', 'shredded', 'erase', 'erased', 'archive', 'archived', 'get rid', 'wipe', 'wiped', 'look after'],
  period: ['until', 'years', 'year', 'months', 'birthday', 'age of', 'aged', 'reaches', 'turn'],
  duration: ['how long', 'as long as', 'until', 'years', 'year', 'months', 'age of', 'aged', 'their 25th', 'period', 'periods', 'schedule', 'records management', 'no longer than', 'no longer needed', 'no longer necessary', 'no longer required', 'after they leave', 'after leaving', 'after the pupil leaves', 'once they leave', 'when they leave', 'end of', 'timescales', 'time limits', 'irms', 'toolkit'],

  // --- complaints ---
  ico: ['information commissioner', 'information commissioners', 'ico', 'ico org uk', 'regulator', 'supervisory authority'],
  // Concern as a grievance ("a concern", "concerned about"), not the preposition ("information concerning pupils", which
  // stems alike); "report" and "raise" alone are a school's own reporting ("monitor and report on progress").
  complain: [
    'complain', 'complaint', 'complaints', 'a concern', 'any concern', 'any concerns', 'your concern', 'your concerns', 'concerns about',
    'concerned about', 'raise concerns', 'raise a concern', 'raise any concerns', 'concerns can', 'concerns may', 'concerns should', 'worried', 'worry', 'unhappy', 'not happy', 'dissatisfied', 'not satisfied',
    'something has gone wrong', 'went wrong', 'escalate', 'put it right', 'put things right',
  ],
  icoRegistration: ['registered', 'registration', 'registration number', 'register of fee payers', 'data protection fee'],
  usSchool: ['us', 'manager', 'teacher', 'form tutor', 'class teacher', 'the school', 'our school', 'the academy', 'the trust', 'our trust', 'data protection officer', 'dpo', 'headteacher', 'head teacher', 'governors', 'governing body', 'complaints policy', 'complaints procedure', 'the office', 'school office', 'first instance'],

  // --- security ---
  secure: ['secure', 'securely', 'safe', 'safely', 'security', 'protect', 'protected', 'protects'],
  keepPeopleSafe: ['keep children safe', 'keep pupils safe', 'keep students safe', 'keep them safe', 'keep young people safe', 'keep your child safe', 'keep learners safe', 'keep everyone safe', 'children safe', 'pupils safe', 'students safe', 'safe from harm'],
  securityMeasure: ['encryption', 'encrypted', 'encrypt', 'password', 'passwords', 'access control', 'access controls', 'restricted access', 'access is restricted', 'access is limited', 'locked', 'lockable', 'firewall', 'firewalls', 'pseudonym*', 'two-factor', 'multi-factor', 'antivirus', 'anti-virus', 'backed up', 'backups'],
  storeKeep: ['keep', 'kept', 'keeps', 'hold', 'held', 'holds', 'store', 'stored', 'stores', 'look after', 'looked after', 'handle', 'handled', 'maintain', 'maintained'],

  // --- transfers abroad (Art 13(1)(f)) ---
  abroad: ['abroad', 'overseas', 'outside the uk', 'outside of the uk', 'outside the united kingdom', 'outside the eea', 'outside the european', 'outside europe', 'other countries', 'another country', 'other country', 'international', 'internationally', 'united states', 'usa', 'america'],
  inUk: ['in the uk', 'within the uk', 'in the united kingdom', 'within the united kingdom', 'uk based', 'uk-based', 'uk data centre', 'uk data centres', 'uk servers'],
  storeSend: ['store', 'stored', 'storing', 'host', 'hosted', 'send', 'sent', 'transfer', 'transferred', 'transfers', 'process', 'processed', 'hold', 'held', 'keep', 'kept', 'leave', 'leaves', 'stay', 'stays', 'move', 'moved', 'located', 'servers', 'server'],
  safeguard: ['safeguard', 'safeguards', 'signed contracts', 'contracts approved', 'approved contracts', 'same way as uk law', 'as uk law', 'as strongly as', 'uk gdpr standards', 'adequacy', 'adequate', 'standard contractual clauses', 'contractual clauses', 'idta', 'international data transfer agreement', 'uk addendum', 'data bridge', 'same level of protection', 'equivalent protection', 'appropriate protection', 'protected to uk standards', 'uk standards'],

  // --- purposes of processing (Art 13(1)(c)): the school's own reasons, in groups so a rule can ask for two of them ---
  useData: ['use', 'uses', 'used', 'using', 'hold', 'holds', 'held', 'process', 'processes', 'processed', 'collect', 'collects', 'collected', 'keep', 'keeps', 'helps us', 'help us', 'allows us', 'enables us', 'we need'],
  purposeTo: ['to', 'so that', 'so we can', 'in order to', 'used for', 'use it for', 'needed for'],
  purposeLearning: [
    'teach', 'teaching', 'learning', 'progress', 'attainment', 'curriculum', 'monitor', 'monitoring', 'provide education',
    'providing education', 'education we provide', 'education it provides', 'right level of education', 'plan teaching', 'lessons', 'lesson', 'homework', 'development', 'achievement', 'achieve', 'school reports', 'careers guidance', 'personalised learning',
  ],
  purposeCare: [
    'pastoral', 'wellbeing', 'well being', 'welfare', 'safeguard', 'safeguarding', 'keep children safe', 'keep pupils safe',
    'keep students safe', 'keep learners safe', 'keep them safe', 'keep you safe', 'keep your child safe', 'safe from harm',
    'safe and healthy', 'protect children', 'protect pupils', 'protect them', 'care for', 'personal care', 'medical needs',
    'learning needs', 'right support', 'meet pupils needs', 'meet the needs', 'plan support', 'look after', 'looking after',
    'support pupils', 'support children', 'supporting pupils', 'first aid', 'healthy', 'safe and well',
  ],
  purposeRunning: [
    'run the school', 'running the school', 'manage the school', 'managing the school', 'planning and managing', 'admissions',
    'register', 'registering', 'quality of our services', 'effectiveness', 'evaluate', 'school meals', 'meals', 'trips', 'payments',
    'fees', 'bills', 'funding', 'events', 'visits', 'clubs', 'celebrate', 'achievements', 'administration', 'timetable', 'timetables', 'day to day',
    'organise', 'organising', 'catering', 'transport', 'budget', 'budgets', 'manage behaviour', 'managing behaviour', 'discipline',
  ],
  purposeDuty: [
    'legal duties', 'legal duty', 'statutory duties', 'statutory duty', 'legal obligations', 'legal obligation', 'comply with the law',
    'meet the law', 'government returns', 'data collections', 'our duties', 'report to the government', 'statutory returns',
    'statutory obligations', 'statutory obligation', 'required by law', 'the law requires', 'duties the law', 'duties placed on', 'the law places', 'meet our duties', 'meet the duties',
  ],
  purposeContact: [
    'contact you', 'contact families', 'contact parents', 'contact them', 'contacting families', 'communicate', 'keep in touch',
    'reach you', 'contact carers', 'contact home', 'get in touch', 'send messages', 'messages home', 'keep you up to date', 'keep you informed', 'keep parents informed', 'tell you', 'let you know', 'newsletters', 'reports home', 'in an emergency',
  ],
  purposeWord: ['why', 'purpose', 'purposes', 'reason', 'reasons', 'what we use', 'what we do with'],
  // Someone else's purposes (checklist.md 2.4 traps): NPD users' research and statistics, a body other than the school.
  othersPurpose: ['research', 'statistics', 'statistical', 'third parties', 'third party', 'promote the education'],
  otherBody: [
    'department for education', 'dfe', 'welsh government', 'secretary of state', 'local authority', 'local authorities',
    'council', 'youth support', 'careers wales', 'consortium', 'nhs',
  ],
  cookieTalk: ['cookie', 'cookies', 'browser', 'website'],

  // --- categories of personal data (Art 14(1)(d)): kinds of information, grouped so a rule can ask for several ---
  catIdentity: ['name', 'names', 'address', 'addresses', 'date of birth', 'dates of birth', 'unique pupil number', 'upn', 'contact details', 'phone numbers', 'email addresses', 'identity'],
  catCharacteristics: ['characteristics', 'ethnicity', 'ethnic', 'nationality', 'country of birth', 'religion', 'first language', 'home language', 'language', 'free school meal', 'free school meals'],
  catAttendance: ['attendance', 'absence', 'absences', 'sessions attended'],
  catAssessment: ['assessment', 'assessments', 'attainment', 'exam results', 'examination results', 'test results', 'key stage', 'phonics', 'observations of learning'],
  catHealth: ['medical', 'health', 'allergies', 'allergy', 'dietary', 'medication', 'special educational needs', 'additional learning needs', 'aln'],
  catBehaviour: ['behaviour', 'behavioural', 'exclusion', 'exclusions'],
  catSafeguarding: ['safeguarding', 'court orders', 'child protection', 'looked after'],
  catMedia: ['photograph', 'photographs', 'photo', 'photos', 'images', 'cctv', 'biometric', 'video'],
  // A processor agreement's schedule ("Categories of data subject", "Type of Personal Data") is not the school's list.
  processorSchedule: ['data subject', 'data subjects', 'data processor', 'processor', 'subject matter', 'duration of the processing'],

  // --- automated decision-making (Art 13(2)(f)) in plain words ---
  machine: ['computer', 'computers', 'automated', 'automatic', 'automatically', 'algorithm', 'algorithms', 'machine', 'machines'],
  decide: ['decide', 'decides', 'decided', 'decision', 'decisions', 'judge', 'judgement'],
  rightOnly: ['right', 'rights', 'object', 'objecting', 'challenge', 'entitled'],

  // --- legitimate interests (Art 13(1)(d)): the interest itself given as a reason ---
  // A citation right after the words ("legitimate interests (Article 6(1)(f))") is part of the name, not text between it and its reason.
  legitimateInterest: ['legitimate interest', 'legitimate interests', 'legitimate interests article 6 1 f', 'legitimate interest article 6 1 f', 'legitimate interests gdpr article 6 1 f', 'legitimate interests 6 1 f'],
  interestReason: ['because', 'so that', 'so we can', 'in order to', 'namely', 'such as', 'for example', 'for instance', 'which is to', 'our interest', 'interest in'],
  interestDefinition: ['third party', 'third parties', 'overrides', 'override', 'overridden', 'pursued by'],
};
