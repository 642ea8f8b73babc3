// Three shortfalls said briefly: a share of what was just described said to be owed ("some of this is required by
// law", checklist.md 2.10 partial), a notice dated only by the council or diocese that issued its template (2.26), and
// a closing clause that stops at its verb (2.28). Each passage is read alone inside a notice that says nothing else,
// audited on 4 December 2026.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Marlowe Brook Primary School',
  ages: '4 to 11',
  title: 'How we use information about pupils and families',
  closing: 'End of the privacy notice.',
  url: 'https://marlowebrook.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: shares pointed back to, template issuers, unfinished clauses',
  {
    'statutory-or-voluntary': {
      partial: [
        // the compulsory side only, said of what the paragraph before described
        'We keep your child’s name, address, medical needs and emergency contacts. Some of this is required by law.',
        'Most of it is needed by law.',
        // the duty named as what the details are
        'A number of these details are a legal requirement under the Early Years Foundation Stage.',
        'Certain items on the form are legally required.',
        'Some of this we have to collect by law.',
        'Some of it the law says we must have.',
        // a verb of giving, with no body named to receive it
        'Part of the information we ask for must be provided by law.',
        // what the school asks for is not anyone asking to use a right
        'Most of what we ask for is needed by law.',
        // a heading naming both sides is only the topic; the paragraph under it gives one side
        'Compulsory or voluntary\nThe greater part of what we ask for is needed by law.',
      ],
      fail: [
        // a duty to share or to keep, not to give
        'Some of this is required by law and is passed to the local authority.',
        'Keeping the accident book is a legal requirement.',
        'Some of this must be kept by law.',
        'Some information must be provided to the local authority.',
        'Some of it we must share with the council.',
        // a formality of a request for records, not a choice over giving data
        'To use any of these rights, email the office. You don’t have to fill in a form.',
        'Mandatory or optional\nWe use what you give us to teach and look after your child.',
      ],
    },
    'last-updated-date': {
      pass: ['Model notice issued by Wyvern County Council Schools Data Team, October 2026'],
      partial: [
        // the template's issue date, more than two years before the audit
        'Template version 4, issued by Carreg Ddu County Borough Council Education Directorate, June 2022',
        'Issued by the Diocesan Board of Education, March 2021',
        // signed off recently, but its own next review, with a word between, has passed
        'Governors approved: 10 March 2025\nNext scheduled review: March 2026',
      ],
      fail: ['Parking permits issued by the council in 2024 are still valid.'],
    },
    'no-template-residue': {
      partial: [
        // the last clause stops at its verb
        'At the end of Year 6 your child’s file goes to their secondary school. The school also keeps a copy and we also send',
        'Photographs are taken at events, and with your agreement they may',
      ],
      pass: [
        // a title's question clauses end on a verb and are complete
        'Who we are, what we collect and what we share',
      ],
    },
  },
  status,
);
