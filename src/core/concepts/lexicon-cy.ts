// The Welsh concept lexicon: what the Welsh-language checks look for, as words in their radical (dictionary) form.
// Each concept id starts "cy". A phrase's first word is matched in every mutated form (welsh-mutations.ts: "cwyno" is
// also "gwyno", "nghwyno", "chwyno"); later words are written as the phrase says them ("sail gyfreithiol"). Accents are
// read as plain letters ("caniatâd" = "caniatad"); "'r", "'n", "'w" after an apostrophe are words of their own
// ("i'r" = "i r"). "word*" matches any word starting so (plurals, verb forms); "=word" is a name or abbreviation that
// never mutates ("=gwe" is GwE, whose soft form would be "we"). Lower case.
// Phrasing learned from Welsh Government, council and school notices in Welsh; no sentence is copied from one.

export const WELSH_LEXICON: Readonly<Record<string, readonly string[]>> = {
  // --- who the controller is, and how to reach people ---
  cyController: ['rheolydd data', 'rheolwr data', 'rheolwyr data', 'rheolyddion data'],
  cySchool: ['ysgol', 'ysgolion', 'ymddiriedolaeth', 'corff llywodraethu', 'cylch meithrin', 'meithrinfa'],
  cyDpo: ['swyddog diogelu data', 'swyddogion diogelu data', 'swyddog diogelu gwybodaeth', '=sdd', '=dpo'],
  // A channel written out: an email address (its domain's last words), a phone line or a postal address.
  cyChannel: ['e bost', 'ebost', 'ffon', 'ffoniwch', 'rhif ffon', 'sch uk', 'gov uk', 'org uk', 'co uk', '=com', 'cyfeiriad post'],

  // --- why the data is used ---
  cyUse: ['defnyddio', 'defnyddir', 'defnyddiwn', 'prosesu', 'prosesir', 'casglu', 'cesglir', 'cadw', 'cedwir', 'dal'],
  cyPurposeAim: [
    'cefnogi',
    'monitro',
    'dysgu',
    'addysg*',
    'lles',
    'gofal*',
    'diogelu',
    'cynnydd',
    'asesu',
    'cynllunio',
    'rheoli',
    'gweinyddu',
    'darparu gwasanaethau',
    'adrodd',
  ],

  // --- lawful basis (Art 6) and special category condition (Art 9) ---
  cyBasisName: [
    'tasg er budd y cyhoedd',
    'er budd y cyhoedd',
    'tasg gyhoeddus',
    'tasgau cyhoeddus',
    'awdurdod swyddogol',
    'rhwymedigaeth gyfreithiol',
    'rhwymedigaethau cyfreithiol',
    'cydymffurfio a rhwymedigaeth',
    'buddiannau hanfodol',
    '6 1 e',
    '6 1 c',
    '6 1 d',
  ],
  cySpecialCondition: [
    'budd sylweddol',
    'buddiant sylweddol',
    '9 2 g',
    '9 2 a',
    '9 2 b',
    '9 2 c',
    '9 2 h',
    '9 2 j',
    'caniatad penodol',
    'cydsyniad penodol',
  ],

  // --- categories of data ---
  cyIdentityData: ['enw', 'enwau', 'cyfeiriad', 'cyfeiriadau', 'dyddiad geni', 'dyddiadau geni', 'rhif unigryw'],
  cyOtherData: [
    'presenoldeb',
    'ethnigrwydd',
    'asesiad*',
    'meddygol',
    'iechyd',
    'anghenion dysgu ychwanegol',
    'ymddygiad',
    'alergedd*',
    'canlyniadau',
    'prydau ysgol am ddim',
  ],

  // --- where data comes from (Art 14(2)(f)) ---
  cyReceive: ['derbyn', 'derbynnir', 'cael', 'ceir', 'casglu', 'daw', 'dod'],
  cySourceBody: [
    'blaenorol',
    'awdurdod lleol',
    'awdurdodau lleol',
    'cyngor',
    'ysgolion eraill',
    'ysgol arall',
    'gwasanaeth iechyd',
    'gwasanaethau cymdeithasol',
    'ffeil drosglwyddo',
    'ffeil trosglwyddo',
    'asiantaethau eraill',
  ],
  cyToUs: ['atom', 'atom ni'],

  // --- compulsory or voluntary (Art 13(2)(e)) ---
  cyCompulsory: ['gorfodol', 'rhaid', 'ofynnol', 'hanfodol'],
  cyOptional: ['gwirfoddol', 'dewis'],

  // --- recipients ---
  cyShare: ['rhannu', 'rhennir', 'rhannwn', 'anfon', 'anfonir', 'anfonwn', 'trosglwyddo', 'trosglwyddir', 'datgelu', 'darparu gwybodaeth'],
  cyRecipientBody: [
    'awdurdod lleol',
    'awdurdodau lleol',
    'cyngor',
    'llywodraeth cymru',
    'gweinidogion cymru',
    'consortiwm',
    '=gwe',
    'gyrfa cymru',
    'nyrs*',
    '=gig',
    'gwasanaeth iechyd',
    'gwasanaethau cymdeithasol',
    'heddlu',
    'ysgol nesaf',
    'ysgol newydd',
    'cyrff arholi',
    'cyrff dyfarnu',
    '=cbac',
    'seicolegydd*',
  ],

  // --- transfers outside the UK ---
  cyOutsideUk: [
    'tu allan i r du',
    'tu allan i r deyrnas unedig',
    'tu allan i r ardal economaidd ewropeaidd',
    'tu allan i r aee',
    'tu allan i r ue',
    'tu hwnt i r du',
    'dramor',
  ],
  cyTransfer: ['trosglwyddo', 'trosglwyddir', 'anfon', 'anfonir', 'storio', 'storir', 'cadw', 'cedwir', 'prosesu'],

  // --- retention ---
  cyKeep: ['cadw', 'cedwir', 'cadwn', 'storio', 'storir'],
  // Not "cyfnod" alone: "cyfnod allweddol" is a key stage.
  cyPeriod: ['nes', '=tan', 'blynedd*', 'blwydd*', 'amserlen', 'polisi cadw', 'cyfnod cadw', 'cyfnodau cadw', 'am gyfnod'],

  // --- rights (Arts 15-21) ---
  cyRight: ['hawl*', 'gallwch ofyn'],
  cyAccess: ['gweld', 'copi', 'copiau', 'mynediad', 'cael gafael'],
  cyRectify: ['cywiro', 'cywiriad', 'diwygio', 'anghywir'],
  cyErase: ['dileu', 'dinistrio'],
  cyRestrict: ['cyfyngu'],
  // Objecting, or the right not to be subject to such a decision ("yr hawl i beidio â bod yn destun penderfyniad ..."):
  // a right, not whether it happens.
  cyObject: ['gwrthwynebu', 'peidio a bod yn destun', 'hawl i beidio'],
  cyRequest: ['cais', 'ceisiadau', 'gofyn', 'gofynnwch'],

  // --- consent and its withdrawal ---
  cyConsent: ['caniatad', 'cydsyniad'],
  cyPull: ['tynnu'],
  cyBack: ['yn ol', 'n ol'],
  cyByLaw: ['yn ol y gyfraith', 'n ol y gyfraith'],

  // --- complaints ---
  cyComplain: ['cwyn', 'cwyno', 'cwynion', 'pryder', 'pryderon'],
  cyIco: ['comisiynydd gwybodaeth', '=ico'],
  cyRegistered: ['cofrestru', 'cofrestredig', 'rhif cofrestru'],
  // Advice sought from the regulator ("cyngor annibynnol", "cael cyngor"): not a complaint. "Cyngor" alone is also a
  // council, so only its advice phrases.
  cyAdvice: ['cyngor annibynnol', 'cael cyngor', 'gael cyngor', 'am gyngor', 'gyngor annibynnol'],
  cyUnhappy: ['anhapus', 'anfodlon', 'pryder', 'pryderon', 'cwyn', 'cwyno', 'cwynion'],
  cyRaise: ['cysylltwch', 'cysylltu', 'codwch', 'codi', 'rhowch wybod', 'siaradwch', 'polisi cwynion'],
  cySchoolDesk: ['ysgol', 'pennaeth', 'swyddog diogelu data', 'llywodraethwyr', 'corff llywodraethu', 'gyda ni', 'i ni'],

  // --- automated decisions ---
  cyAutomated: ['awtomataidd', 'awtomatig', 'proffilio'],

  // --- statutory sharing with the Welsh Government ---
  cyWelshGovernment: ['llywodraeth cymru', 'gweinidogion cymru', 'llywodraeth cynulliad cymru'],
  cyCensusName: [
    '=cybld',
    '=plasc',
    'cyfrifiad ysgolion',
    'cyfrifiad blynyddol',
    'cyfrifiad',
    'casglu data statudol',
    'casgliadau data statudol',
    'casglu data cenedlaethol',
  ],
  cyStatistics: ['ystadegau', 'ystadegol', 'ymchwil', 'cronfa ddata'],
  cyGovWalesLink: ['llyw cymru', 'gov wales'],

  // --- the law named, and the nation it belongs to ---
  cyCurrentLaw: [
    'gdpr y du',
    'rheoliad cyffredinol y du ar ddiogelu data',
    'rheoliad diogelu data cyffredinol y du',
    'deddf diogelu data 2018',
  ],
  // The repealed Act, EU law as the school's own, and the EEA as a boundary (checklist.md 2.25).
  cyOutdatedLaw: ['deddf diogelu data 1998', 'undeb ewropeaidd', '2016 679', 'ardal economaidd ewropeaidd', '=aee', '=ue'],
  // England-only law and bodies in Welsh words (checklist.md 2.26).
  cyEnglandOnly: ['lloegr', 'adran addysg', 'adran dros addysg', 'ofsted', 'cynllun addysg iechyd a gofal', '=ehcp', '=dfe'],

  // --- conditional checks: biometrics (fingerprints, cashless catering) and legitimate interests (Art 6(1)(f)) ---
  cyBiometric: ['biometr*', 'olion bysedd', 'ol bys', 'adnabod wyneb', 'heb arian parod', '=biometric*'],
  cyLegitimateInterests: ['buddiannau dilys', 'buddiannau cyfreithlon', 'budd dilys', 'budd cyfreithlon', '6 1 f'],

  // --- Careers Wales (the Welsh form of the 13+ sharing) ---
  cyCareersWales: ['gyrfa cymru', 'dewis gyrfa'],

  // --- security ---
  // Not "cyfrin*": "cyfrinachedd" (confidentiality) names the notice itself on some sites.
  cySecurityMeasure: [
    'cyfrinair',
    'cyfrineiriau',
    'amgrypt*',
    'dan glo',
    'systemau diogel',
    'rheoli mynediad',
    'rheoli pwy',
    'dim ond staff',
  ],

  // --- parents' and carers' own data ---
  cyParent: ['rhieni', 'rhiant', 'gofalwyr', 'gwarcheidwaid', 'gwarcheidwad'],
  cyPurposeMark: ['er mwyn', 'i gysylltu', 'fel y gallwn'],
};
