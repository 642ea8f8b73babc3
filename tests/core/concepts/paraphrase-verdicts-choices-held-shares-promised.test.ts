// Whole-check verdicts on compulsory-or-optional (checklist.md 2.10): needs and choices held as data ("dietary needs",
// "course choices") are neither side; a family's choice over what is passed on is a choice over sharing, not over giving;
// and both sides said as shares, with the promise to say which in the sentence after, answer the point, as does a
// permission on the form ("photo consent") named among the answers that are optional. Where data comes
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
        // a permission asked for on the form named as one of the answers the family may leave out
        'Medical details and emergency numbers have to be given before the first day. Home language, faith and photo permission are optional.',
        'Do we need every answer?\n- Most of them: yes, the law asks for them\n- A few: optional, such as religion or consent for photos\n- The form says which',
        // both sides and the marking under a question heading, the duty's source a funding agreement (no one's consent)
        "Do you have to give us this information?\nMost of what we ask for is compulsory, because the law or our funding agreement with the Secretary of State requires the trust to keep it. Some is optional: for instance, a photo for the leavers' book. Every form we send out marks the optional questions.",
        // the promise to say which, with a permission as its example
        'Certain details are a legal requirement. Where it is up to you, for instance consent to photography, the form will make that clear.',
      ],
      partial: [
        // consent as the ground for using data, not an answer left out: the choice is over consenting, said of no data given
        'We must collect some information by law. Where we rely on your consent, for example for photos, you can withdraw it at any time.',
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
        // "SEND" support is special needs, not data sent out; a body that "sends us" reports brings data in
        "Where does the information come from?\n- From you, who give us your child's name and date of birth\n- From Hallam Council, which leads on SEND support",
        "Where does the information come from?\n- From you, who give us your child's name and date of birth\n- From your child's home school, which sends us their targets\n- From the council's medical needs team",
        'Where the information comes from\nFrom you; from the council that keeps your child’s name and plan on its register; from earlier nurseries; and from bus operators.',
      ],
    },
  },
  status,
);
