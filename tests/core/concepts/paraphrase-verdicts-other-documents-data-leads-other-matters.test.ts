// Whole-check verdicts on passages said in new words: the date of another of the school's documents, of a printed
// copy or of an event (not the notice's date), a data-protection mailbox given for a lead rather than the DPO, a data
// role under another title, the complaints policy or a complaint route for other school matters or one kind of record,
// a concern about data with no one named to take it to, a separate parents' notice described by what it covers, a
// parents' heading over nothing specific, the parent's details inside the list about the child, the school named only
// in its postal address, and a person to ask for with no channel. Each passage is read alone inside a notice that says
// nothing else.
import { statusReader } from './passage-status';
import { describePassages, type PassageCases } from './describe-passages';

const status = statusReader({
  school: 'Heronsgate Primary School',
  ages: '4 to 11',
  title: 'Privacy notice: how we use pupil information',
  closing: 'This is the end of the notice.',
  url: 'https://heronsgate.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

const CASES: PassageCases = {
  'last-updated-date': {
    pass: [
      'This data protection policy was last reviewed in March 2026.',
      'Data protection policy and privacy notice, last updated 3 March 2026',
      'This notice was approved by the governing body on 12 October 2026.',
      'Privacy notice, September 2026',
    ],
    fail: [
      // another document's date (checklist.md 2.24 trap), however far back in the sentence the document is named
      'Our safeguarding policy was updated in September 2026 and is on the website.',
      'The online safety policy (reviewed May 2026) explains how pupils use devices.',
      'The Data Protection Policy was adopted by governors in March 2026. You can ask for a copy from the office.',
      // when a copy was made, not when the notice was written
      'Printed on 12 November 2026',
      // a short line about an event, its date after a preposition, is not a "Date: ..." label
      'The pool opened in September 2025.',
    ],
  },
  'dpo-contact': {
    pass: [
      'Our Data Protection Officer is Mrs Osei, who can be contacted at dataprotection@heronsgate.sch.example.',
      'Any data protection questions can go to dataprotection@heronsgate.sch.example, which is read by our Data Protection Officer.',
    ],
    partial: [
      // a lead's mailbox is the lead's, not the DPO's (checklist.md 2.3 trap)
      'Our Data Protection Lead is Mrs Osei, who can be contacted at dataprotection@heronsgate.sch.example.',
      // the same job under another title, the only data-protection contact
      'Our Data Champion, Ms Green, can be reached on 01632 960 123 with any data questions.',
      'The GDPR lead for the school is Mr Ward, on 01632 960 124.',
      // a board member given the job
      'Our committee’s Data Protection Trustee, Mr Ellis, can be emailed at dataprotection@heronsgate.example.',
      'We have an independent privacy adviser from the county’s schools service, who can be emailed at privacy@countyschools.example.',
    ],
  },
  'complaint-to-school': {
    pass: [
      'If you have any concerns about how your information is used, please get in touch with us.',
      'If you want to complain about how a member of staff handled your child’s data, contact the head teacher.',
      'You can complain to the school about the way we use your information; our complaints policy explains the steps.',
    ],
    fail: [
      // the complaints route, but for other school matters
      'Our complaints policy sets out how to complain about the curriculum or about a member of staff.',
      'If you disagree with an admissions decision you can complain to the governing body.',
      'If you wish to complain about the school, please see our complaints policy, which covers teaching, uniform and trips.',
      // "get in touch" about other matters is no data route at all
      'If you have concerns about your child’s behaviour or progress, please get in touch.',
    ],
    partial: [
      // a concern about data, with no one named to take it to and no channel
      'If you have any worries about how your child’s data is handled, please contact.',
      // a concern about one kind of record only (checklist.md 2.18: a route limited to one topic)
      'If you have a concern about how your child’s exam results were recorded, please let us know and we will check them.',
    ],
  },
  'parents-carers-data': {
    pass: [
      'A separate privacy notice explains how we use information about parents and carers; it is available from the school office.',
      'Another notice, on our website, sets out the data we hold about parents and carers.',
      'Parent information\nWe hold your name, phone number and email address so we can reach you about your child.',
      'About you, the parent:\n- your name and relationship to your child\n- your phone numbers and email address',
    ],
    partial: [
      // a heading of its own over a line that names neither a kind of detail nor a use
      'Parent information\nSome information about parents is also held by the school.',
      // the parent's own details as an item of the list about the child
      'What we collect about your child:\n- name and date of birth\n- medical needs\n- your contact details and who to call in an emergency',
      // the same list, then families asked to report changes so that records stay right: no statement about parents
      'What we collect about your child:\n- name and date of birth\n- your contact details\nWe ask parents and carers to tell us about any changes to their information, so that our records are accurate.',
      // the pupil's own information given to a parent, with the pupil's view asked first: nothing held about the parent
      'What we collect about you:\n- your name and date of birth\n- your parents’ names and phone numbers\nBecause you are 14 or older, we will usually ask for your view before we give your information to a parent.',
    ],
    fail: [
      // an item of the rights list, not a detail held about the parent
      'How we look after your child’s information\nYou have the right to:\n- see what we hold\n- have information about you that is wrong put right or deleted\n- complain to the regulator',
      // a separate notice about pupils, which parents may ask for, says nothing about parents' own data
      'A separate privacy notice explains how we use information about pupils who attend the breakfast club; parents can ask for a copy.',
    ],
  },
  'controller-identity': {
    pass: [
      'Riverside Junior School, Mill Road, Tamford TF3 8QP, is the data controller for pupil information.',
      'This notice is issued by Riverside Junior School, Mill Road, Tamford TF3 8QP. We are the data controller for pupil information.',
    ],
    partial: [
      // "the school is the controller", and the name only as the first line of a postal address (checklist.md 2.1)
      'We, the school, are the data controller for pupil information.\nContact us\nRiverside Junior School, Mill Road, Tamford TF3 8QP. Telephone 01632 960 900.',
    ],
  },
  'controller-contact': {
    pass: ['Contact the school office: office@heronsgate.sch.example'],
    partial: [
      // a person to ask for, with no way to reach them (checklist.md 2.2 partial)
      'Any questions? Ask for Mrs Patel, our business manager.',
    ],
  },
};

describePassages('verdicts on other documents, data leads and other matters', CASES, status);
