// Whether giving data is compulsory (checklist.md 2.10) is about the data the family gives, not about activities; a
// legal duty to collect is the partial whatever bodies the sentence names on the way; the promise that optional
// questions are marked when asked is the DfE formula in other words.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Heronsgate Community School',
  ages: '4 to 11',
  title: 'How we look after information about pupils',
  closing: 'We look at this notice again every summer.',
  url: 'https://heronsgate.sch.example/data',
  asOf: '2026-12-02',
});

describePassages(
  'compulsory or optional: the data, not the activities',
  {
    'statutory-or-voluntary': {
      partial: [
        // a duty to collect, with the bodies it covers set off by commas
        'Collecting it\nThe law requires schools, academies and nurseries alike, to collect most of the details on our admission form.',
        // amounts only ("voluntarily"), then choices about clubs and kit, which are not choices about giving data
        'Most of the details on our forms are mandatory, and a few of them you give voluntarily.\n\nClubs and kit\nJoining the chess club is optional, but wearing a sun hat on outings is compulsory.',
        // amounts only, then a sentence that merely names a kind of data collected
        'Most of what we collect is compulsory and some is voluntary. We collect details such as home language and ethnicity for the census.',
        // the question answered "yes" for part, the rest only a share: which is optional is not said
        'Do you have to give us this information?\nMost of it, yes. Some of it is up to you.',
        // the notice announcing its own topics, choices among them, is no promise to say at collection which is optional
        'About this notice\nThis notice tells you what we collect, why, who sees it and what choices you have.\nCollecting it\nMuch of what we ask for when your child starts is required by law.',
      ],
      pass: [
        // the question answered "yes" for part, with the optional kinds named
        "Do you have to give us this information?\nSome of it, yes. We cannot take your child without emergency contacts and health details. Other things, like photos or ethnicity, are up to you, and saying no will not affect your child's place.",
        // optional questions said to be marked as such when asked, with what refusing means
        'Do you have to give it?\nMost of it we need to run the school safely. Anything you can leave out, such as a photograph for the newsletter, is plainly marked as optional when we ask, and declining changes nothing for your child.',
        // the same promise with the optional item being an agreement to photographs
        "Must you give it?\nAnything optional, for example agreeing to class photographs on our website, is shown as optional on the form, and saying no has no effect on your child's place.",
        // amounts under a question heading, and a kind of data the family decides on
        'Is all of it compulsory?\nMost of it is, since the law says schools need it. For a few things, such as whether a photo of your child goes in the newsletter, you and your parents can decide.',
        // amounts, then which side a named item is on
        "Most of what we collect is compulsory and some is voluntary. Home language and ethnicity are voluntary; a child's name and address are not.",
      ],
    },
  },
  status,
);

describePassages(
  "parents' own data: parents as where the pupil's data came from are not parents' data",
  {
    'parents-carers-data': {
      fail: [
        // a table row on where the pupil's data comes from, families among the sources
        'About your child\nTopic | Detail\nWhat we hold | Name, date of birth, attendance and test results\nWhere it comes from | The admission forms parents fill in, and records from the previous school',
        'What we keep about you\n- your name, form group and timetable;\n- medical details you or your carers have told us about, such as epilepsy or hay fever;\n- your reading age and test scores.',
        // parents as who gives the pupil's data, and as who checks it each year
        'Where it comes from\nMost of what we hold is given to us by parents when a child starts, and each autumn we ask parents to check their details.',
        'Where it comes from\nNearly everything we keep is provided to us by parents at admission; we ask parents to look over their details every year.',
        // near miss: "about you" in a notice to pupils is the pupil's own data
        'About you: your name, date of birth, address and tutor group.',
      ],
      pass: [
        // a labelled item of its own on parents, with a use
        'What we keep\n- Parents and carers: we keep names, addresses, phone numbers and email addresses of parents so that we can contact you in an emergency.\n- Pupils: names and attendance.',
        // a part of its own headed as being about the reader, in a notice whose reader has a child: the parent's own data
        'About your child: name, date of birth, address, medical needs and dietary needs.\nAbout you: your name, phone numbers and email address, and your relationship to your child.',
      ],
      partial: [
        // parents' own details as an item of the pupil data, with no statement of why
        "What we keep about you\n- your name, form group and timetable;\n- your carers' names and phone numbers;\n- your reading age and test scores.",
        // the same item headed by whose details they are, the relationship named as the student's or learner's
        'The categories of student information we process include:\n- identifiers: name, date of birth and address;\n- details of parents and carers: names, relationship to the student and phone numbers;\n- attendance: sessions missed and reasons.',
        'The information we hold about pupils includes:\n- name and unique pupil number\n- family contacts: names, relationship to the learner, telephone numbers\n- exam results',
        // a labelled item of a pupil's own list, its details apart by commas, the parents' among them
        'What we keep about you\n- Who you are and how to reach you: your name, date of birth, address, tutor group and the names and contact details of your parents or carers.\n- Your learning: marks, reports and exam entries.',
        // parents' details in the pupil list, and the notice asking the reader to come back to it
        'We hold these details about your child:\n- name, date of birth and address\n- the names and phone numbers of parents and carers\n- attendance and assessment results\nChanges\nWe may need to update this privacy notice periodically, so we recommend that you revisit this information now and then.',
        // parents' details in the pupil list, and communication with families only as where the pupil's data comes from
        'We hold these kinds of pupil information:\n- name, date of birth and address\n- family details: names and phone numbers of parents and carers\n- attendance\nWhere it comes from\nWe receive pupil information from admission forms, the yearly data check and our communications with families.',
      ],
    },
  },
  status,
);

describePassages(
  'a lead-in that says whose data before "with:" or "to:" promises a list of recipients',
  {
    recipients: {
      partial: [
        // the list after the lead-in was lost; recipients named only further on
        'Passing information on\nWe may disclose records about our pupils to the following organisations:\n\nKeeping it safe\nThe local authority receives termly attendance returns. The exam boards receive candidate entries.',
        'Passing information on\nWe share details about children with:\n\nKeeping it safe\nThe local authority receives termly attendance returns. The exam boards receive candidate entries.',
      ],
      pass: [
        'Passing information on\nWe share details about children with:\n- the local authority\n- the school nursing service\n- the exam boards',
      ],
    },
  },
  status,
);

describePassages(
  'a numbered paragraph that sends the transfer file on names a destination, not a source',
  {
    'data-sources': {
      partial: [
        '4.1 Nearly all the information we keep comes from you, on the registration form.\n4.2 When a pupil moves on, we forward their Common Transfer File to the new school.',
        // a section on the lawful bases, where the reasons "come from" the law and health is a kind of data
        'Where does the information come from?\nNearly all of it comes from you, on the forms you fill in.\n\nWhy are we allowed to use it?\nThe law needs us to have a lawful reason for each use. Some kinds of data, such as health, need an extra condition too. For schools, those reasons come from education law, such as the Education Act 1996.',
        // where the Department's database gets its data, not where the school's does
        'Almost everything we hold comes from you, on our forms. Part of what we send in the census is added to a national database, and the Department for Education collects that data from many places, such as schools and councils.',
      ],
      pass: [
        '4.1 Nearly all the information we keep comes from you, on the registration form.\n4.2 When a pupil joins us, we receive their Common Transfer File from the previous school.',
      ],
    },
  },
  status,
);

describePassages(
  'consent as the Article 9 condition, and the law asking for a basis, name no Article 6 basis',
  {
    'lawful-basis-art6': {
      partial: [
        'Our legal reasons\nThe law requires a lawful reason under Article 6 for each use above. Our powers come from the Education Act 1996 and the Children Act 1989.\nFor health and religion we rely on Article 9(2)(g), substantial public interest, and on explicit consent under Article 9(2)(a) where we ask for it.',
      ],
      pass: [
        'Our legal reasons\nThe law requires a lawful reason under Article 6 for each use above. Most of what we do is a task in the public interest.\nFor health and religion we rely on Article 9(2)(g), substantial public interest, and on explicit consent under Article 9(2)(a) where we ask for it.',
      ],
    },
  },
  status,
);

describePassages(
  'where data comes from: a service the council provides is not a source',
  {
    'data-sources': {
      partial: [
        // the family as the only source, beside lunches the council's kitchens provide
        'You give us most of what we hold on the admission form. Hot lunches here are provided by the county council’s catering service.',
      ],
      pass: [
        // near miss: a body the school does receive data from, in the same layout
        'You give us most of what we hold on the admission form. Details of any free meals entitlement are provided by the county council.',
      ],
    },
  },
  status,
);
