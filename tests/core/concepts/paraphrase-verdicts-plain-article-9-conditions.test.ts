// The Article 9 condition (checklist.md 2.6) in a pupil's words: "a strong public interest" is the substantial public
// interest condition. The public interest of an Article 6 task, and "important reasons of public interest" for sending
// data abroad, are not. Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Wrenfield Academy',
  ages: '11 to 16',
  title: 'How we use your information',
  closing: 'End of the privacy notice.',
  url: 'https://wrenfield.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: the Article 9 condition in plain words',
  {
    'special-category-condition': {
      pass: [
        'Details about your health, your religion or your ethnic background are more private. We only use them where there is a strong public interest, such as keeping you safe.',
        'We may rely on a significant public interest when we use information about pupils’ health needs.',
      ],
      partial: [
        // the data said to need more care, in plain words, with no condition
        'Some things need more care\nInformation about your health, religion and ethnic background needs extra care, so only the staff who need it can see it.',
        // the data said to be especially private, in words for children, with no condition
        'Some of the details we keep are extra private, such as facts about your health or your religion.',
        'Information about your health is very private, so only a few staff can read it.',
      ],
      fail: [
        // children needing care is no word about their data
        'Pupils who need extra care at lunchtime sit with a member of staff.',
        // private with nothing that sets some data apart
        'Your information is private and we keep it safe.',
        // an Article 6 task, and a transfer derogation: no Article 9 condition (guards the plain-words reach)
        'We use your information to carry out a task in the public interest: educating you.',
        'We would only send information abroad for important reasons of public interest.',
      ],
    },
  },
  status,
);
