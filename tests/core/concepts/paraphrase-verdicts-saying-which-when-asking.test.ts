// Compulsory or optional (checklist.md 2.10) given as amounts, then the promise to say which side each item is on, in a
// sentence of its own that points back ("we will say which of the two applies", "the form says which"). Amounts alone
// stay partial. Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Harnsworth Middle School',
  ages: '9 to 13',
  title: 'Privacy notice for pupils and parents',
  closing: 'End of the privacy notice.',
  url: 'https://harnsworth.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: amounts, then which is which when asking',
  {
    'statutory-or-voluntary': {
      pass: [
        'Most of the details we request are needed by law, and a few are your choice. When we ask, we will say which of the two applies.',
        'Most of the details we request are needed by law, and a few are your choice. The form says which.',
      ],
      partial: [
        // amounts with no promise (guards the shortfall the evaluator reads)
        'Most of the details we request are needed by law, and a few are your choice.',
      ],
    },
  },
  status,
);
