// Whole-check verdicts on rights and government wording that falls short in other words: rights granted by the
// department rather than the school, rights mentioned with none named, the reader sent elsewhere to learn about
// withdrawing consent, a contents list promising a concern route, the 13+ scope stated as what
// is shared with nobody given the choice, the right to object put as a request about decisions made by computer, a
// concern route for one kind of decision only, and the department's website pointed to with no address. Each passage is
// read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Hollybrook High School',
  ages: '11 to 18',
  title: 'Privacy notice: how we use pupil information',
  closing: 'This is the end of the notice.',
  url: 'https://hollybrook.sch.example/privacy',
  asOf: '2026-12-02',
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'data-subject-rights': {
    pass: [
      'You may ask to see the records we keep about you, have errors put right, have data deleted when we no longer need it, and ask us to limit how we use it.',
      // access asked as the reader's question, and the fault named before its remedy
      'Your rights\nMay I see what the school keeps about me?\nYes: write to the office.\nYou can also have anything that is wrong put right, ask us to delete data we no longer need, and ask us to limit how we use it.',
    ],
    partial: [
      // only access, asked as a question
      'Your rights\nMay I see what the school keeps about me?\nYes: write to the office.',
      // access and objection both missing: two of the five (checklist.md 2.14)
      'Your rights\nYou can have anything that is wrong put right, ask us to delete data we no longer need, and ask us to limit how we use it.',
      // the full set granted by the department, and only access granted by the school (checklist.md 2.14: wrong party)
      "The Department for Education holds pupil data too. You can ask the DfE for a copy of what it holds, ask it to correct mistakes, delete records or restrict how it uses them.\nYou can ask us for a copy of your child's data.",
    ],
    fail: [
      'If you want to see or amend what the Department for Education holds on you, or want it to stop using your data, get in touch with the DfE.',
      'The school has rights of access to the building at all times.',
    ],
    'needs-review': [
      // rights referred to as a whole, none named: a list left out or lost
      'Data protection law gives you several rights over your information; the ICO website explains them.',
      'Your rights under Articles 15 to 21 of the UK GDPR are explained on the regulator’s website.',
    ],
  },
  'youth-support-services': {
    pass: [
      // the choice over the scope said in its own sentence
      "When pupils reach 13 we pass their name, address and date of birth, and nothing more, to the council's youth support service.\nA parent may ask us to send more than this; from 16 the young person makes that decision.",
      'From thirteen, only a pupil’s name, address and birthday go to the local authority’s youth service. Parents who want us to share further information can tell us, and pupils can from the age of 16.',
    ],
    partial: [
      // the parent's choice with nothing of the pupil's own from 16 (checklist.md 2.23)
      'From thirteen, only a pupil’s name, address and birthday go to the local authority’s youth service. Parents who want us to share further information can tell us.',
      // the scope as the default, with no one given a choice (checklist.md 2.23)
      "Once our students are thirteen, we give only their name, home address and date of birth to the council's youth support service.",
      // an opt-out about something else, or one that does not say what the limit is
      'Students aged 13 and over: we pass information to the county council’s youth support service. Parents can opt out of the school photo scheme at the office.',
      'Students aged 13 and over: we pass information to the county council’s youth support service. Parents can object to this by contacting the office.',
    ],
    fail: [
      // the council in one item of a recipients list and a consent-based careers adviser for older pupils in another:
      // not the 13+ sharing with the local authority (checklist.md 2.23)
      'We share pupil information with:\n- Westfold County Council, our local authority, for admissions and attendance\n- exam boards, and our careers adviser (Year 9 to Year 11 pupils, only where the pupil and their parent have agreed)',
    ],
  },
  'withdraw-consent': {
    pass: [
      'Where we use your consent you can withdraw it whenever you wish. Details of how to do so are in our consent policy.',
      // a question about changing one's mind over photos, answered with when and what stops
      'Photographs\nCould we change our minds about the class photographs later?\nCertainly, at any time. Let the office know and we will stop using them.',
    ],
    fail: [
      // the same answer about something no consent governs
      'School meals\nCould we change our minds about the lunch order later?\nCertainly, at any time. Let the kitchen know and we will stop the order.',
      // the topic named and the reader sent elsewhere: the notice never says consent can be withdrawn (checklist.md 2.16)
      'You can find out about withdrawing consent in our Data Protection Policy.',
      'Read more about how to withdraw your permission on the school website.',
    ],
  },
  'automated-decision-making': {
    pass: ['No decisions about pupils are made purely by computer without a person being involved.'],
    partial: [
      // the right put as a request, not a statement of whether it happens (checklist.md 2.19)
      'You can ask us not to make decisions about you by automated means only.',
      'Families may request that no decision about their child is taken solely by a computer.',
    ],
  },
  'complaint-to-school': {
    pass: ['If you are worried about how we handle your personal data, please raise this with our data protection officer first.'],
    partial: [
      // a concern route for decisions made by computer only (checklist.md 2.18)
      'If you are unhappy with a decision made by automated means, please contact us.',
      'Anyone dissatisfied with an outcome reached automatically should write to the head teacher.',
    ],
    'needs-review': [
      // the notice's own list of topics promises a concern route; the promise is not the route
      'This notice tells you about: who we are; what data we hold; how to raise a concern with us about data protection; and how long we keep records.',
    ],
  },
  'how-government-uses-data': {
    pass: ['See https://www.gov.uk/education/data-collection-and-censuses-for-schools for what the DfE collects.'],
    partial: [
      // the department's own site named with no address or page (checklist.md 2.22 trap)
      'For information on how the Department for Education uses your data, please look at their website.',
      "The DfE explains what it does with pupil records; you can read about this on the department's website.",
    ],
  },
};

describePassages('rights and government verdicts that fall short in other words, read alone', CASES, status);
