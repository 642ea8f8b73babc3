// The statutory census (checklist.md 2.20) said under the government's own heading: the heading names the receiver, the
// section's opening the census and the law. A heading over something else the school publishes is not the census duty.
// Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Hollybank Nursery School',
  ages: '2 to 5',
  title: 'Privacy notice for families',
  closing: 'End of the privacy notice.',
  url: 'https://hollybank.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: the census under the government heading',
  {
    'census-sharing-statutory': {
      pass: [
        'The Department for Education\n\nAs a maintained nursery school, we complete the school census each term. This is required by section 537A of the Education Act 1996.',
      ],
      fail: [
        // the heading over something else the school publishes (guards the heading reading)
        'The Department for Education\n\nWe publish our census results and termly newsletters on our website.',
      ],
    },
  },
  status,
);
