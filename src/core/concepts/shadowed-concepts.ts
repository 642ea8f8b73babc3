// Concepts whose words, inside a term of another concept, do not count: the other term names something else that
// happens to hold them ("early years", "Year 11", "pupils aged 13" and "at your age" hold "years", "year" and "aged" or
// its stem, and are no period of time; "say no" holds "say" and tells nobody anything).

/** For each concept, the concepts whose occurrences hide its own occurrences lying within them. */
export const SHADOWED_BY: Readonly<Record<string, readonly string[]>> = {
  period: ['stageName', 'peopleOfAge', 'presentAge', 'ageOrYearGroup'],
  duration: ['stageName', 'peopleOfAge', 'presentAge', 'ageOrYearGroup'],
  // "You can say no" is a refusal, not the school saying which answers are optional; "tell us your religion" is the
  // family giving data, and "the law says" the law's demand, not the school telling them which is which.
  tell: ['optional', 'tellUs', 'lawRequires'],
  // "If you want to know more" offers a next step, not a choice over what to give, "course choices" what a pupil picked,
  // "a voluntary aided school" a kind of school, and "we choose suppliers carefully" the school's choice.
  optional: ['wantToAct', 'pupilChoices', 'voluntarySchool', 'schoolChooses'],
  // "Legal obligation" names a lawful basis, and "pupils with ALN or other needs" a child's needs: neither says what the
  // family must give.
  compulsory: ['basisNamed', 'needsNoun'],
  // "What we ask for" is the school asking families for data, not anyone asking to exercise a right; "the funded hours
  // your child is entitled to" is a benefit the child qualifies for, not a right over data.
  rightsCue: ['info', 'schoolAsks', 'benefitEntitled'],
  rights: ['benefitEntitled'],
  basisWord: ['benefitEntitled'],
  rightOnly: ['benefitEntitled'],
  // "Consent for photographs is optional" names one answer on the form the family may leave out, not consent as a basis.
  consentOther: ['permissionItem', 'agreementDocument'],
  // "Our funding agreement", "a data sharing agreement": documents called agreements, not anyone's consent.
  consentWord: ['agreementDocument'],
  // "The home school sends us its records" brings data in: passing it on to the school, not by it. A form "we send home"
  // goes to the family: no one else receives data.
  passOnVerb: ['sendUs', 'sentHome'],
  shareOut: ['sentHome'],
  // "The law says we must not tell you" forbids; it places no duty to use the data.
  legalObligation: ['lawForbids'],
  // "Collecting your child" from school picks a child up; no data changes hands.
  provideVerb: ['collectChild'],
  collectVerb: ['collectChild'],
  // "You can withdraw your child's registration for the test at any time" takes back an application, not consent.
  withdraw: ['withdrawOther'],
  withdrawStrong: ['withdrawOther'],
  // "Keeping children safe" is a purpose (safeguarding), not keeping data: "we share it with the council because the
  // council has legal duties for attendance and keeping children safe" speaks only of passing data on.
  useData: ['keepPeopleSafe', 'keepEye'],
  storeSend: ['keepEye'],
  storeKeep: ['keepEye'],
  // "Stay in some form of education" names a kind of education, not a form holding data; "the data subject" a person.
  info: ['kindOf', 'dataSubjectTerm'],
  // "As defined in the UK GDPR" names the law, not where data is kept.
  inUk: ['ukLawNamed'],
  // "Passport details for overseas trips" names a trip, not a place for data.
  abroad: ['tripAbroad'],
  // "The things the EYFS tells us to record" is an instruction to the school, not anyone sending it data.
  sendUs: ['instructsUs'],
  // "We will keep asking for it until we have it" goes on asking; it keeps no record.
  keep: ['keepDoing'],
  // "In most cases" says what usually happens, not how much of the data is compulsory.
  portionWord: ['mostCases'],
  // "Health information you have given us" is a kind of data, not the health service sending it.
  namedSourceBody: ['healthData'],
  sourceBody: ['healthData'],
  // "The Children and Families Act 2014" is a law's name: no parent holds, gives or is told anything.
  parents: ['familiesInTitle'],
  familySource: ['familiesInTitle'],
};

/**
 * The same, outside a table row or list item: there a question is a column's header, answered "Yes" or "No" in the row
 * ("Must you give it?: Yes"), while a question heading over a paragraph only names the topic its answer takes up.
 */
export const SHADOWED_OUTSIDE_ROWS_BY: Readonly<Record<string, readonly string[]>> = {
  // "Do you have to tell us?" asks what must be given; it does not say.
  compulsory: ['dutyAsked', 'dutyNamed'],
  // "Mandatory or optional" over a paragraph names the topic; the paragraph says which.
  optional: ['dutyNamed'],
};
