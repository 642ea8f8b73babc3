// Recipients and sources said with the data or the other body as the subject, compulsory data as a legal requirement,
// and explicit consent in other words:
// passages in wording no phrase list expects must still be read by meaning, and near misses must stay gaps.
import { statusReader } from './passage-status';
import { describePassages, type PassageCases } from './describe-passages';

const status = statusReader({
  school: 'Harrowgate Fields Academy',
  ages: '11 to 18',
  title: 'Privacy notice for pupils and families',
  closing: 'This notice is reviewed every year.',
  url: 'https://harrowgate.sch.example/privacy',
  asOf: '2026-12-02',
});

const CASES: PassageCases = {
  recipients: {
    pass: [
      // the data as the subject: it may go, is handed over, is seen by or made available to a named body
      'Information may go to the Department for Education, the local authority and the NHS school health team.',
      'Parts of your record are handed to the exam board, to your next school or college, and to the youth service once you reach 13.',
      "Your information might be seen by the local council's attendance team, the school counsellor service and our IT support company.",
      'Some records are made available to the school nurse and to social care when there is a concern.',
    ],
    fail: [
      // going somewhere that is not a recipient, and data given to the school
      'Information about pupils goes to the heart of what we do as a school.',
      'Pupils go to the school council meetings once a term.',
      'Data given to us by parents is kept safe.',
    ],
  },
  'data-sources': {
    pass: [
      // a body as the giver, by a passive "by" or as the subject of sending to the school
      "The Trust may be given information about a pupil by the police, children's services or the NHS.",
      "We are sometimes told about a pupil's circumstances by social workers or the police.",
      'When a pupil transfers to us, their old school sends their file over electronically.',
      'Each September the feeder primary schools send us the records of pupils joining Year 7.',
      // a hospital school's or unit's sources: the pupil's own school, where they stay on roll, and the clinical staff
      'Where do we get it from?\nYour home school sends us your current work, targets and any support plan.',
      "The hospital's clinical team send us a referral when you are admitted to the ward.",
    ],
    partial: ['We are given most of this information by parents when they complete the admission form.'],
    fail: [
      'We send pupil files on to the next school when a pupil leaves.',
      // the home school told, not telling; a home-school agreement is a document, not a source
      'We share information with your home school so they know how you are getting on.',
      'Parents sign the home school agreement when their child joins us.',
    ],
  },
  'statutory-or-voluntary': {
    pass: [
      // the compulsory side said as a legal requirement, beside the voluntary side and the promise to say which
      'Ni fydd rhaid i chi roi popeth: Some of what we ask is voluntary and some is a legal requirement; we always say which at the time we ask.',
      'Parts of the data collection are a legal requirement, parts are voluntary, and we will tell you which when we ask.',
    ],
    partial: [
      // what the family gives said to be owed, with no voluntary side
      'Most of the information you give us is required by law.',
      'The details you give us on admission are required by law.',
      'The school has a statutory duty to collect information about attendance.',
    ],
    fail: [
      // a legal requirement to delete, and consent's voluntariness, say nothing of giving data
      'You can ask us to delete your information where deleting the information is a legal requirement.',
      'Giving consent for photographs is voluntary and you can withdraw it at any time.',
    ],
  },
  'special-category-condition': {
    pass: [
      // explicit consent as explicit or express agreement or permission
      'When we process sensitive data like medical information, we do so with your explicit agreement or because it is needed to protect a child in an emergency.',
      'Biometric information is special category data: we process it only with explicit parental agreement.',
    ],
    partial: ['Health information is treated as extra sensitive and stored securely.'],
    fail: ["We need your written permission before a pupil's photograph is used on the website."],
  },
};

describePassages('recipients and sources by who hands data to whom; compulsory data and explicit consent in other words', CASES, status);
