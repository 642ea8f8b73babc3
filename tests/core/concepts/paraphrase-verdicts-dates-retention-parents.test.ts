// Whole-check verdicts on passages read alone inside a skeleton notice, for the notice date, retention, parents' own
// data and a few rights and government points: wording none of the rules was written from, each with near misses that
// must stay gaps (checklist.md 2.13, 2.16, 2.19, 2.21, 2.22, 2.24, 2.28, 2.32).
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Brookfield Primary School',
  ages: '4 to 11',
  title: 'How we use information about pupils',
  closing: 'Last words of this notice.',
  url: 'https://brookfield.sch.example/privacy',
  asOf: '2026-12-02',
});

interface Cases {
  [status: string]: string[];
}

const CASES: Record<string, Cases> = {
  'last-updated-date': {
    pass: [
      // whoever signed it off, by role
      'Signed off by our DPO in August 2026.',
      // a month and year written as numbers after a version number
      'Notice version 5 (09/2026)',
      // a question answered with the date the notice was re-issued
      'Is this notice up to date?\nYes: we went through it and re-issued it in May 2026.',
      'The last update to this page was on 2 June 2026.',
      // a key-value table: the key sits in the cell before the date
      'Owner | Headteacher\nDate approved | 3 March 2026\nNext review | March 2027',
    ],
    fail: [
      // another body's review, not the school's notice date
      'Reviewed by the Department for Education in March 2026.',
      // a date that is not about the notice at all
      'Our school was last inspected by Ofsted in July 2026.',
    ],
  },
  retention: {
    pass: [
      // the period sits under a question heading that names keeping
      'How long is my information kept?\nYour file stays with us until you turn 25; then it is shredded.',
      'Disposal of records\n- Medical forms: the end of the school year plus 1 year\n- Registers: 3 years after the last entry',
      'Pupil file: date of birth plus 25 years, then confidentially shredded.',
    ],
    partial: [
      // the count left unfilled
      'Family support notes are held for [X] years once our work with a family ends.',
      // a limit with no period or criteria
      'Records are kept only as long as they are needed.',
      // the period left as template text, whatever else has a period
      'We hold pupil data for [time period].\nPayment records are kept for six years.',
      // a schedule with no link; how often it is reviewed is not how long data is kept
      'Data retention\nOur retention schedule is reviewed every two years by the governors.',
    ],
    fail: [
      // a reply time under a question heading is not a retention period
      'When will you reply?\nWithin one month of getting your request.',
      'Keeping it safe\nPasswords are changed every 90 days and laptops are encrypted.',
      // deciding what is needed and looking after it is not how long it is kept
      'That means the school decides what information is needed and is responsible for looking after it properly under the law.',
      // the right to erasure is not how long the school keeps data
      'You can ask us:\n- to see your file\n- for information to be deleted when it is no longer needed',
      // going on asking is not keeping
      'Collecting it\nA lot of what we ask for, the law says we must collect, and we will keep asking for it until we have it.',
    ],
  },
  'parents-carers-data': {
    pass: [
      'We also hold information about the adults who look after each child, such as their names and phone numbers. We use this to contact them if the child is unwell.',
      'On the admission form for your child you give us your own address and mobile number. We keep these so that we can send you letters and call you in an emergency.',
      'The notice covers carers and anyone with parental responsibility as well. For these people we hold contact details and payment records, so that we can keep in touch and take payments.',
      'What we keep about you as a parent is set out in our Carer and Parent Privacy Notice: see the policies page of our website.',
      'Carer and parent details are used to send letters home and to ring you if your child is unwell.',
    ],
    partial: [
      // an item of the pupil data list that is itself a detail about the family, with no purpose of its own
      'Pupil information we hold:\n- name and date of birth\n- who has parental responsibility\n- medical needs',
      // the same, in a notice to parents where data is used "to inform" a plan, which tells no parent anything
      'Pupil information we hold:\n- name and date of birth\n- who has parental responsibility\n- medical needs\nWhere this notice says "your child", it means the pupil. The DfE uses the data to inform funding, educational policy and monitoring.',
    ],
    fail: [
      // the pupil's data reported to parents, and parents as the source, are not data held about parents
      "We use pupil data to support learning and to keep parents informed about their child's progress.",
      'We collect information from parents when a child joins the school, so that we can plan their learning.',
      // parents as the source of the child's data, not data held about them
      'Information about your child comes from parents on the admission form. We use it to plan lessons.',
      'We hold information about pupils. We use it to plan their learning.',
    ],
  },
  'data-sources': {
    pass: ["Where do we get it?\nSome from you, and the rest from your child's last nursery and from the council."],
    partial: [
      // a source word in one table row and a health body in another are not one answer
      'Topic | What we do\nAbout your child | Name, medical needs and any Education, Health and Care Plan\nWhere it comes from | Mostly from you, on the admission form',
    ],
  },
  'withdraw-consent': {
    pass: ['If you said yes to photos, you can take your consent back whenever you like.'],
    fail: [
      // a cross-reference names the topic but states nothing
      'To find out more about withdrawing your consent, see part 9.',
    ],
  },
  'lawful-basis-art6': {
    partial: [
      // the law's demand for a basis, not the basis itself
      'The law requires us to have a legal basis for everything we do with your information.',
    ],
  },
  'automated-decision-making': {
    pass: ['A computer never decides anything about you on its own.'],
    partial: [
      // the right alone, not whether such decisions are made (checklist.md 2.19)
      'You have the right to challenge a decision taken about you by a computer alone.',
      'You are entitled to object if an algorithm decides something about you.',
    ],
  },
  'national-pupil-database': {
    'not-applicable': [
      'As a fee-paying school we do not complete the pupil-level school census, so nothing about individual pupils goes to the Department for Education.',
      // the pupils' own details said to stay out of the database
      "Our census return gives only totals, so our pupils' details do not go into the DfE's National Pupil Database.",
    ],
    fail: [
      'We do not share pupil data with anyone without consent unless the law allows it. We send the school census to the Department for Education each term.',
    ],
  },
  'how-government-uses-data': {
    'not-applicable': [
      'As a fee-paying school we do not complete the pupil-level school census, so nothing about individual pupils goes to the Department for Education.',
    ],
  },
  'no-template-residue': {
    fail: ['Pupil records are kept for [retention period].', 'Records of home visits are held for [X] years after our work ends.'],
    pass: [
      'We rely on Article 6(1)(e) [public task] for most of what we do.',
      // a ticked box copied from a form is no unfilled number
      'On the consent form: [x] Photos on the class blog.',
    ],
  },
};

describePassages('verdicts on passages read alone: dates, retention, parents and more', CASES, status);
