// The ICO offered to the reader short of a complaint is partial, only named it is no route (checklist.md 2.17); a
// contact for questions is no complaint route (2.18); refusing optional data is not withdrawing consent (2.16); statutes
// as the source of the task name no Article 6 basis (2.5). Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Brookfield Green Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for parents and carers',
  closing: 'End of the privacy notice.',
  url: 'https://brookfieldgreen.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: the regulator offered or only named',
  {
    'complaint-to-ico': {
      pass: ['If you are unhappy with how we have used your information, you can complain to the ICO at ico.org.uk.'],
      partial: [
        'For independent advice about data protection you can contact the Information Commissioner’s Office on 0303 123 1113.',
        'If you would like help with your rights, the Information Commissioner’s Office can be reached at ico.org.uk.',
      ],
      fail: [
        'The Information Commissioner’s Office is the UK’s data protection regulator. Its website has helpful guides for parents.',
        'The ICO publishes leaflets for families on schools and personal information.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: refusing optional data is not withdrawing consent',
  {
    'withdraw-consent': {
      fail: [
        // consent relied on; the only "say no" is the choice when optional data is asked for
        'We ask for your consent before photographs go in the newsletter. Where information is optional, the form will tell you, and you will not be disadvantaged if you say no.',
      ],
      'needs-review': [
        // consent relied on, and withdrawing spoken of apart from it
        'We ask for your consent before photographs go in the newsletter.\nIf you no longer want us to use them, tell the office.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: a contact for questions, in plain words, is no complaint route',
  {
    'complaint-to-school': {
      partial: [
        'Who do I ask if I have a question about this page? Email office@brookfieldgreen.sch.example.',
        'If anything here is unclear, our business manager will be glad to talk it through with you.',
        'If you would like to know more, please have a chat with Mrs Patel in the office.',
      ],
      pass: ['If you are unhappy with how we have used your information, please tell us: you can use our complaints procedure.'],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: statutes given as the source of the task name no Article 6 basis',
  {
    'lawful-basis-art6': {
      partial: [
        'We collect and use this information under the Childcare Act 2006.',
        'We have a duty to provide education under the Education Act 1996 and the Children Act 1989.',
        'We hold this information under the Education Act 1996, which places a duty on us to provide suitable education.',
      ],
      fail: [
        // a statute as the gateway for one sharing is the census item's business
        'We send information to the Department for Education under the Education Act 1996.',
      ],
    },
  },
  status,
);
