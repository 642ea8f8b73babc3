// Shortfalls the wording-based check read, in whole notices that mention the same topics elsewhere: a second look by
// meaning may supply what the check did not recognise, never overrule what it found lacking. Amounts alone ("most is
// mandatory, some voluntary") stay partial unless the notice says which, or promises to say so (checklist.md 2.10);
// an empty lead-in list with recipients named elsewhere is partial (2.11). The same points made in full, in unusual
// words, still pass.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Saltmarsh Lane Academy',
  ages: '11 to 16',
  title: 'Privacy notice: pupils and their families',
  closing: 'This notice was last reviewed in the autumn term.',
  url: 'https://saltmarshlane.sch.example/privacy',
  asOf: '2026-12-02',
});

describePassages(
  'shortfalls a second look must not overrule',
  {
    'statutory-or-voluntary': {
      partial: [
        // amounts that name the kinds of data collected still do not say which side each kind is on
        'Most of the attendance and assessment information you provide is mandatory, while some is voluntary.\n\nHow long we keep it\nWe keep pupil files until the pupil is 25.',
        // amounts, then a question heading answered with more amounts about one kind of data
        'Most of the data you provide is mandatory and some is voluntary.\n\nDo I have to answer everything?\nMost answers about attendance are compulsory and a few are optional.',
        // amounts, then a section on trips whose own amounts are about going, not about giving data
        'Most of the data you provide is mandatory and some is voluntary.\n\nTrips\nMost trips are optional, but some, such as the Year 7 theatre visit, are compulsory and need medical details from you.',
      ],
      pass: [
        // amounts, and the promise in its own words in another section: the DfE formula in two places
        'Most of the data you provide is mandatory and some is voluntary.\n\nAdmissions\nWhen a form asks for something you need not give, it will tell you so beside the question.',
        // amounts, and which side named elsewhere
        'The bulk of what you supply to us is mandatory and a small part voluntary.\n\nOur admission form\nYour child’s name and date of birth must be given; their religion is optional.',
      ],
    },
    recipients: {
      partial: [
        // the lead-in's list was lost; two recipients named further on, in words the list reader does not take
        'Who we pass information to\nThe organisations we may pass pupil information to include:\n\nHow long we keep it\nThe local authority receives attendance figures for every pupil. The exam boards receive entry details for candidates in Years 10 and 11.',
        'Sharing\nOther bodies we share pupil information with include:\n\nAttendance\nThe local authority receives weekly attendance returns. Each exam board receives the entries for its papers.',
      ],
      pass: [
        // the same recipients with no empty lead-in beside them
        'Who we pass information to\nThe local authority receives attendance figures for every pupil. The exam boards receive entry details for candidates in Years 10 and 11.',
      ],
    },
  },
  status,
);
