// A lead-in whose list is written as paragraphs, each opening with the thing it names ("We pass information to:" /
// "The county council, for school places." / "Our nurses. They ..."): the list is there, so it is neither empty
// residue (checklist.md 2.31) nor a recipients list with nothing in it (2.6). Prose after a lead-in is still a lost list.
// Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Hollowmere Church School',
  ages: '4 to 11',
  title: 'How we look after information about pupils',
  closing: 'End of the privacy notice.',
  url: 'https://hollowmere.sch.example/privacy',
  asOf: '2026-12-04',
});

const NAMED_PARAGRAPHS = [
  'The organisations we pass information about pupils to are:',
  'The Department for Education. Each term we return the school census, which the law requires.',
  'Eastleigh Vale County Council, for admissions, transport and support with special educational needs.',
  'Secondary schools our pupils move on to. Their records follow them when they leave.',
  'The community paediatric team and school nurses, for health checks and immunisations.',
].join('\n\n');

describePassages(
  'paraphrase verdicts: a list written as named paragraphs',
  {
    'no-template-residue': {
      pass: [NAMED_PARAGRAPHS],
      fail: [
        // a lead-in followed by prose that names nothing: the list was lost (guards the empty-list trap)
        'The organisations we pass information about pupils to are:\n\nWe take great care over this. We only ever send what is needed, and we send it securely.\n\nYou can ask us about it at any time, and we will explain what was sent.',
      ],
    },
    recipients: {
      pass: [NAMED_PARAGRAPHS],
    },
  },
  status,
);
