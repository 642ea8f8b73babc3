// Retention (checklist.md 2.13) said of the pupil's own record in more words than the template's ("your child's main
// school file"), or under a heading that names security and how long together. A heading about keeping data safe alone
// still makes nothing retention, the principle with no period stays short of a pass, and how far back records reach
// ("going back many years") is no period. Each passage is read alone
// inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Copperfield Hill School',
  ages: '11 to 18',
  title: 'Privacy notice for students and families',
  closing: 'End of the privacy notice.',
  url: 'https://copperfieldhill.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: whose records are kept, and headings that name how long',
  {
    retention: {
      pass: [
        // the heading names how long as well as protection: its section's periods are retention
        '10. How we protect your information and how long we keep it\n\nEverything is held on secure systems with access limited to staff who need it.\n\nWe keep your main student record until you are 25. Placement records are kept for three years after the placement ends, and CCTV recordings are deleted after 28 days.',
        // the pupil's own file, in four words of whose and which
        "We keep your child's main school file until they turn 25. Accident forms are kept for three years.",
        // kept for the pupil's time here, said as being taught or on roll, with what becomes of it after
        'We hold each student’s school record while they are taught by us; when they leave, it is sent on to their next school or college.',
        'Personal files are stored for as long as a young person is on our roll, and passed to the next school when they move.',
      ],
      partial: [
        // one kind of record only, under a heading about safety alone (guards the heading trap)
        'Keeping your information safe\n\nPlacement records are kept for three years after the placement ends.',
        // how far back a database reaches is no keeping period
        'We keep CCTV footage for 28 days. The database holds records for pupils in schools in England going back many years, and the DfE uses it for statistics.',
      ],
      fail: [
        // the principle alone, of the family's own data in several words (guards the longer reach of whose records)
        'We never keep your personal information for longer than we need it.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: periods listed under a lead-in on keeping, or under a heading that names keeping first',
  {
    retention: {
      pass: [
        'We hold records for these lengths of time:\n- admission forms: three years after the child leaves\n- accident books: until the child turns 21',
        'Where is it stored and for how long?\n\nAdmission forms go after three years. Accident books stay until the child turns 21.',
      ],
    },
  },
  status,
);
