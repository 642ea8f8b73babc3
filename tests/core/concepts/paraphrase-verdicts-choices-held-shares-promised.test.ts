// Whole-check verdicts on compulsory-or-optional (checklist.md 2.10): needs and choices held as data ("dietary needs",
// "course choices") are neither side; a family's choice over what is passed on is a choice over sharing, not over giving;
// and both sides said as shares, with the promise to say which in the sentence after, answer the point. Where data comes
// from (2.9): a heading over a run of "from ..." items names the sources. Each passage is read alone inside a notice that
// says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Thornaby Ridge Academy',
  ages: '11 to 18',
  title: 'How we use information about students',
  closing: 'End of the privacy notice.',
  url: 'https://thornabyridge.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: needs, choices and sharing are not what must be given',
  {
    'statutory-or-voluntary': {
      fail: [
        // a category list holding a child's needs and a pupil's picks
        'The records we keep include:\n- allergies, medication and dietary requirements\n- sixth form course choices and bursary forms\n- exam entries and results',
        'We hold each student’s lunch choices, care needs and any access requirements for exams.',
        // a family's choice over what is passed on
        'Tell the front office if you want only the student’s name and address to be passed on.',
      ],
      pass: [
        // both sides as shares, and the promise to say which
        'Parts of what we ask for are needed by law, and parts are up to you. On every form we will tell you which it is.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: a heading on where data comes from over a run of "from ..." items',
  {
    'data-sources': {
      pass: [
        'Where the information comes from\nFrom you; from the council that keeps your child’s name and plan on its register; from earlier nurseries; and from bus operators.',
      ],
    },
  },
  status,
);
