// A complaint route to the school (checklist.md 2.18) that is only a contact for questions, whatever the channel
// ("please ring ... and ask for", "ask at the office"): partial, as a "discuss anything" contact is. Questions that name
// no one to ask are no contact at all. A concern route for photographs or a fingerprint system alone is one topic:
// partial too. Each passage is read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Tollgate Green Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for families',
  closing: 'End of the privacy notice.',
  url: 'https://tollgategreen.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: a contact for questions only',
  {
    'complaint-to-school': {
      partial: [
        'If you have any questions about how we use information, please ring 01632 960214 and ask for Mr Hale, our office manager.',
        'If you have questions about any of this, please ask at the school office.',
        'Questions about anything here can be emailed to admin@tollgategreen.sch.example.',
        // a contact in the plural (guards the prefix reading of "contact")
        'If a point raises questions, the contacts listed at the end will help.',
        // a concern route for one topic only: a fingerprint system
        'If you are unhappy about how the canteen fingerprint system uses your child’s information, please speak to Mr Hale, who runs the canteen system.',
        'If you are unhappy with the way a photograph of your child has been used, please tell the office.',
      ],
      pass: [
        // the same route for data use in general (guards the topic veto)
        'If you are unhappy about the way your child’s information has been used, please tell Mrs Reid in the office and she will look into it.',
      ],
      'needs-review': [
        // a concern about data spoken of with no route (guards the reading of statements)
        'We take every concern about how information is used seriously.',
      ],
      fail: [
        // a heading about being unhappy over the regulator's route alone: the heading states nothing
        "If you are not happy\n\nYou have the right to complain to the Information Commissioner's Office: https://ico.org.uk/make-a-complaint/.",
        // questions with no one to take them to
        'The questions on the census form are set by the Department for Education.',
      ],
    },
  },
  status,
);
