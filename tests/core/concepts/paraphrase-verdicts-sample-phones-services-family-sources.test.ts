// A template's sample telephone number reaches no one (checklist.md 2.2 and 2.28); a Data Protection Officer "provided
// by" a council is a service, not a source of pupil data (2.9); the family named as where the school gets its data is
// the family-only partial (2.9). Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Penrose Valley Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for parents and carers',
  closing: 'End of the privacy notice.',
  url: 'https://penrosevalley.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: sample telephone numbers, services provided, the family as source',
  {
    'controller-contact': {
      pass: ['If you have a question, ring the school office on 01632 960 418.'],
      // the digits counted out, however spaced or prefixed: an office referred to with no way to reach it
      partial: ['If you have a question, ring the school office on 01234 567890.', 'Telephone the office: 0123 456 7890'],
      fail: ['School office: +44 (0)1234 567 890'],
    },
    'no-template-residue': {
      pass: ['If you have a question, ring the school office on 01632 960 418.'],
      fail: ['If you have a question, ring the school office on 01234 567890.'],
    },
    'data-sources': {
      partial: [
        // the family alone
        'We collect most of this information from you.',
        'We get these details from parents when a child joins us.',
        // health as a kind of data the family gave, not the health service as a source
        'We collect most of this information from you, and health information you have given us, such as allergies.',
      ],
      pass: ['We receive health records from the hospital.'],
      fail: [
        // a service provided, a request received: no pupil data comes in
        'Schools in the county share a Data Protection Officer provided by the Council.',
        'When we receive a request from you, we reply within a month.',
      ],
    },
  },
  status,
);
