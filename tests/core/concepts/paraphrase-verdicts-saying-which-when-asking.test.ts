// Compulsory or optional (checklist.md 2.10) given as amounts, then the promise to say which side each item is on, in a
// sentence of its own that points back ("we will say which of the two applies", "the form says which"). Amounts alone
// stay partial. A promise to explain what leaving something out means is the school's own, not a pointer to a page.
// Each passage is read alone inside a notice that says nothing else.
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
        // the choice in a sentence that opens with it, after amounts and the form's marking, under a heading that asks
        'Where the information comes from and whether you must give it\n\nParents complete our admission form before Year 7. We also receive a Common Transfer File from your child\'s primary school.\n\nMuch of what we ask for is needed for the school census or to keep your child safe, and the form says which questions these are. Where you have a choice, for example about ethnicity or religion, the form gives a "prefer not to say" option.',
        // the promise that also explains what leaving something out means (no pointer to another page)
        'Where answering is up to you, the form will say so and explain what happens if you leave it blank.',
      ],
      fail: [
        // a purposes list that tells parents things and helps pupils choose: no word on giving data
        'We use your information to:\n- teach you and plan your lessons\n- tell your parents how you are getting on\n- help you choose your options for Year 10',
      ],
      'needs-review': [
        // another body's page explains it: a pointer, not the school's promise (guards the pointer veto)
        'If you want to know when giving data is optional, the Department explains it on its web page.',
      ],
      partial: [
        // amounts with no promise (guards the shortfall the evaluator reads)
        'Most of the details we request are needed by law, and a few are your choice.',
        // one side only, for the kinds named, with a word of degree ("completely your choice")
        'Filling in the religion and ethnicity boxes on the admission form is completely your choice.',
      ],
    },
  },
  status,
);
