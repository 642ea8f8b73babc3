// The notice's date (checklist.md 2.26) given as its sign-off: approved by a board "of" its trust, adopted at a meeting
// of a committee, checked by a named body. Checking with no one named who signs notices off dates some other record.
// Each passage is read alone inside a notice that says nothing else, audited on 4 December 2026.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Fernlea Church Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for pupils and parents',
  closing: 'End of the privacy notice.',
  url: 'https://fernlea.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: a notice dated by its sign-off',
  {
    'last-updated-date': {
      pass: [
        'Approved by the Board of Trustees of the Riverside Learning Trust on 2 September 2026.',
        // a Welsh school's name has its school noun first
        'Adopted by the Governing Body of Ysgol Glan Morfa, October 2026.',
      ],
      partial: [
        // dated, but more than two years before the audit
        'Approved by the Board of Trustees of the Riverside Learning Trust on 14 March 2023.',
        'Checked by the management committee: February 2024',
        'Adopted at a meeting of the Tadpoles Pre-school committee held on 12 March 2019.',
      ],
      fail: [
        // another record checked, by no one who signs notices off
        'Pupil files are checked by the SENCo in March 2026.',
      ],
    },
  },
  status,
);
