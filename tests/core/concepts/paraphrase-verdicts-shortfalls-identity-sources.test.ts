// Whole-check verdicts on one passage read alone, for shortfalls in the identity, lawful-basis, sources, transfers and
// security checks: passages that mention the topic but fall short of checklist.md (partial or fail), beside compliant
// ones in other words that must stay a pass, and unclear ones a person should read (needs-review).
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

// For controller-identity the school's name is left out of the skeleton, so the passage alone has to name the controller.
const status = statusReader({
  school: 'Wrenfield Church of England Primary School',
  ages: '4 to 11',
  title: 'Pupil privacy notice',
  closing: 'This is the end of the notice.',
  url: 'https://wrenfield.sch.example/privacy',
  asOf: '2026-12-01',
  namelessFor: ['controller-identity'],
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'controller-identity': {
    pass: [
      // a labelled field whose value is the name (checklist.md 2.1: the text states it is the controller)
      "Controller: St Aidan's Catholic Primary School, 4 Mill Lane, Lowtown LT1 4AA",
      // the trust as the notice's author (a MAT controller is allowed)
      'This privacy notice is published by Moorland Education Partnership for all of its schools.',
      // the school introduces itself, and its governing board is the controller
      'We are Elmsbrook Infant School. Our governing board is the data controller for the records we keep.',
    ],
    partial: [
      // the name only says where a role sits (checklist.md 2.1 partial), though the sentence speaks of this notice
      'Any questions about this notice can go to the business manager at Elmsbrook Infant School.',
      // only the email domain identifies the school
      'Questions about this notice can be sent to the office at admin@elmsbrookinfants.sch.example.',
    ],
    fail: ['This notice is issued by the governing body, which is the data controller.'],
  },
  'legitimate-interests-stated': {
    pass: ['We rely on legitimate interests of the school in keeping former pupils told about reunions.'],
    fail: [
      // the balancing test, not the interest
      'If legitimate interests are relied on, we make sure our interests are balanced against your privacy.',
      // the Art 6(1)(f) wording with the school in the controller's place
      'Some processing is necessary for the legitimate interests of the academy, or of a third party.',
    ],
    // only the running of the school itself
    'needs-review': ['Legitimate interests (Article 6(1)(f)): we rely on this where it helps us to manage the academy effectively.'],
  },
  'data-sources': {
    pass: [
      // incoming and outgoing in one sentence: the incoming source still counts
      'When your child arrives, their previous school sends us a Common Transfer File, and we send one on to the next school when they leave.',
      'Reports about a child are sometimes passed to us by the school nurse.',
    ],
    fail: [
      // records going out are a destination, not a source
      "At the end of Year 6 we pass each child's file to their new school through the CTF.",
      'Once a pupil leaves us, we forward their Common Transfer File to the new school.',
      // the council provides a service, not pupil data
      "Our DPO service is provided by Northvale Council's data protection team.",
    ],
    // the family only (checklist.md 2.9 partial)
    partial: ['Everything we know about your child is supplied by parents on the starter form.'],
    // other sources implied, none named
    'needs-review': ['Pupil details reach us from various sources.', 'Most of it comes from you, though some may come from other places.'],
  },
  'international-transfers': {
    pass: [
      'Does anything we hold leave the country?\nOnly passport details for trips abroad, which we send under a contract that requires the travel company to protect them.',
      // a struck-down scheme as the only safeguard: EU-era wording says where data goes and how it is meant to be
      // protected, so it counts as present; the fault is current-legislation's (checklist.md 2.12, 2.26)
      'Our homework app sends data to the USA under the Safe Harbor scheme, so it is protected.',
    ],
    partial: [
      // a transfer only imagined, with a promise of protection: whether data leaves the UK is not said
      'Should pupil data ever be stored outside the UK, we will ensure it is given appropriate protection.',
    ],
    // someone else's guidance, nothing about the school's own transfers
    fail: ['The Information Commissioner provides guidance on international transfers on its website.'],
  },
  'special-category-condition': {
    pass: [
      'For special category data such as health we rely on vital interests where a child is seriously ill.',
      'For health records we rely on Schedule 1, Part 2, paragraph 6 of the Data Protection Act 2018.',
    ],
    // consent and vital interests given as the Article 6 basis in rows that only say the data is special category
    partial: [
      // Schedule 1 cited as a whole, like "Article 9" alone (checklist.md 2.6 partial)
      'Health records are processed under Schedule 1 to the Data Protection Act 2018.',
      'Purpose | Lawful basis (Article 6) | Special category?\nFirst aid | Vital interests - Article 6(1)(d) | Yes (health)\nFingerprint lunch tills | Consent - Article 6(1)(a) | Yes (biometric)',
    ],
  },
  'dpo-contact': {
    // a channel that points back at the DPO
    pass: ['Our DPO is Jane Hill. You can reach her through the school office on 01632 960100.'],
    partial: [
      // someone looks after data protection under another title (checklist.md 2.3 partial)
      'Mrs Kaur, our deputy head, is responsible for data protection in school.',
      // the only channel beside the DPO is the school office's own
      "The Trust's data protection officer oversees compliance. Contact the school office on 01632 960100.",
      // the channel after the DPO reaches the setting's own manager or office
      'Our Data Protection Officer is Ms Rowe of Clearline Audit, who reviews our records each term.\n\nEveryday questions can go to our Setting Manager at the front desk, or by email to office@buttercups.example.',
      // or the trust's compliance team
      "The Trust's Data Protection Officer is Mr Oduya, who reports to the board.\n\nLetters about this notice can go to the Finance and Compliance Team, Unit 2, Mill Yard, Harland HL6 2RD, or by email to info@millyardtrust.example.",
    ],
    fail: ['All staff must follow data protection law.'],
  },
  'security-measures': {
    pass: ['We keep pupil records secure with passwords and encryption.'],
    // a bare promise of safety with no measure, as "held securely" (checklist.md 2.29)
    partial: ['We keep pupil records secure.'],
    // the Department's conditions on those it gives extracts to, and its own processes (checklist.md 2.29, D1)
    fail: [
      'The Department for Education has rigorous processes to keep the data it holds secure.',
      'Researchers who receive NPD data must agree to strict rules on security and on how long it is kept.',
    ],
  },
};

describePassages('paraphrase verdicts: shortfalls in identity, lawful basis, sources, transfers and security', CASES, status);
