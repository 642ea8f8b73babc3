// Whole-check verdicts on passages read alone, for parents' own data: a heading, lead-in or question of its own on
// parents over the details held, and the school's verb on parents' details by kind, against parents' details that are only one item
// of the pupil data list under a lead-in about everything the school holds (checklist.md 2.32).
import { statusReader } from './passage-status';
import { describePassages, type PassageCases } from './describe-passages';

const status = statusReader({
  school: 'Larchwood High School',
  ages: '11 to 16',
  title: 'Privacy information for pupils and families',
  closing: 'Questions about this notice go to the school office.',
  url: 'https://larchwood.sch.example/privacy',
  asOf: '2026-12-03',
});

const CASES: PassageCases = {
  'parents-carers-data': {
    pass: [
      // a heading on parents' data over a term-and-description pair naming what is held
      'Information we keep on mums, dads and carers\n\nKept: your full name, home address, mobile number and the relationship you have to the young person.\nWhy: to reach you when something happens during the day.',
      // a lead-in of its own on parents, with its list of details
      'Regarding parents and carers, our records hold:\n- full names\n- mobile and landline numbers\n- payment history for lunches and trips',
      // a question on the parent's own data, answered in the next paragraph with what is kept
      'Is anything kept about me, as a parent, once the forms are in?\nYes. Your mobile number and email address sit in our office system, and we use them to reach you quickly.',
      'What do you hold about us, the carers, once a place is taken?\nA full name, a home address and who has parental responsibility, kept for as long as the pupil is with us.',
      // the school's verb on parents' details by kind
      "The school records carers' and parents' phone numbers and email addresses when a place is accepted.",
      // a lead-in line labelling the reader's own details over a list that speaks of their child
      'What we keep about you:\n- your name, mobile number and home email\n- whether you hold parental responsibility for your son or daughter',
      // a paragraph that opens with a label of its own on parents, the details after its colon
      'On parents, carers and anyone else with parental responsibility: full names, phone numbers, home addresses and any court orders that affect contact.',
      // written to a parent about "your child": the reader's own details by kind, kept for a reason in the sentence
      'What we collect about your child\n- name and date of birth\n- attendance and progress\n\nWe will keep your own name, home address, landline, mobile number and email address so that we can talk to you about how the day went and reach you quickly in an emergency.',
      // parents named as the topic first, then the kinds of their details the school keeps
      'In respect of parents and carers, the academy keeps full names, home addresses and mobile numbers, plus any court orders about contact.',
      'With regard to parents, we record names, email addresses and who holds parental responsibility.',
      // the people alone as a run-in title, its full stop read as a colon, over the details the school keeps of theirs
      'Parents and carers. We also keep your names, mobile numbers and who holds parental responsibility, and use them to reach you.',
      // a pointer to the parents' own notice, its kind said with more than one word
      'Mums, dads and carers have their own, fuller privacy notice on the school website, covering what we keep about them.',
    ],
    partial: [
      // the details named first, then whose, as a part of the student record
      'Student record: name, date of birth, form group; names, addresses and telephone numbers of parents and carers.',
      // parents' details as one item of everything the school holds about a pupil
      'Our records hold:\n- the pupil name, birth date and home address;\n- names and contact details of parents, carers and emergency contacts;\n- attendance and exam results;\n- medical needs and allergies.',
    ],
    fail: [
      // the same question answered with no detail held, and a later closing line that only says whom to contact
      'Is anything kept about me, as a parent, after the first term?\nOnly what you choose to mention at parents evening.\nContact the school office if anything here is unclear.',
      // parents named as the topic of their rights, not of what is held about them
      'In relation to parents and carers, you may ask to see the names and addresses we record for your child.',
      // a heading on parents' rights over the ways to ask, not what is held about them
      'Rights of parents and carers\n\nYou may ask for a copy, by phone or email, of what we hold on your child.',
      // the same run-in title over a way to reach the school
      'Parents and carers. You can phone or email the office whenever you have a question.',
    ],
  },
};

describePassages("verdicts on passages read alone: parents' own data in parts of their own", CASES, status);

// In a notice written to pupils, "you" is the pupil: a lead-in on the reader's own details holds nothing about parents.
const pupilStatus = statusReader({
  school: 'Larchwood High School',
  ages: '11 to 16',
  title: 'How we use information about our students',
  closing: 'Questions about this notice go to the school office.',
  url: 'https://larchwood.sch.example/privacy',
  asOf: '2026-12-03',
});

describePassages(
  "verdicts on passages read alone: the reader's own details in a pupils' notice",
  {
    'parents-carers-data': {
      fail: ['What we keep about you:\n- your name, home address and phone number\n- your exam entries and timetable'],
    },
  },
  pupilStatus,
);

// Under a title that says "privacy notice", which no rule reads as a heading on families: a run-in title on parents over
// the child's details says nothing about parents' own data.
const noticeStatus = statusReader({
  school: 'Larchwood High School',
  ages: '11 to 16',
  title: 'Privacy notice: pupils and their families',
  closing: 'Questions about this notice go to the school office.',
  url: 'https://larchwood.sch.example/privacy',
  asOf: '2026-12-03',
});

describePassages(
  'verdicts on passages read alone: a run-in title or a table row on parents, under a title that says "privacy notice"',
  {
    'parents-carers-data': {
      pass: [
        'Parents and carers. We also hold your names, phone numbers and email addresses.',
        // a table row that opens on the parents, its use in a column headed for it, said without "to" or "so that"
        '| Information | What we use it for | Lawful basis |\n|---|---|---|\n| Parent and carer names and phone numbers | Contacting you, emergencies | Legal obligation |',
      ],
      // the pupil's row, with parents' details one item of it, under the same column
      partial: [
        '| Information | What we use it for | Lawful basis |\n|---|---|---|\n| Pupil names, dates of birth and contact details of parents | Registers, emergencies | Legal obligation |',
      ],
      fail: ["Parents and carers. We keep your child's name, date of birth and home address."],
    },
  },
  noticeStatus,
);
