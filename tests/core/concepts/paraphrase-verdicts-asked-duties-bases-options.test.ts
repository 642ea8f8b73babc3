// Whole-check verdicts on compulsory-or-optional (checklist.md 2.10) when only one side is said: a question heading that
// asks whether things must be given, answered only with what may be left out; a table's lawful-basis column ("Legal
// obligation") beside a row's choice; a school's own freedom from a duty; and "options" that are subjects or next steps,
// not a choice over data, nor the Article 9 condition cited for what a pupil chooses to share. Where data comes from
// (checklist.md 2.9), when the only body "providing" something supplies the school's data protection officer, or the
// notice only says it will explain how data is collected. Each passage is
// read alone inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Marrowby Park School',
  ages: '11 to 16',
  title: 'Privacy notice for pupils and their families',
  closing: 'End of the privacy notice.',
  url: 'https://marrowbypark.sch.example/privacy',
  asOf: '2026-12-03',
});

describePassages(
  'paraphrase verdicts: one side of compulsory-or-optional',
  {
    'statutory-or-voluntary': {
      pass: [
        // the choice said of the data itself beside those words (guards the Article 9 veto)
        'Much of what we collect is required by law, for example for the census.\nSome information, such as faith or a health condition that a pupil chooses to tell a teacher about, is voluntary; the rest is statutory.',
        // the question heading answered with both sides (guards the heading reading)
        'Must I fill in every box?\nDetails of your child’s allergies and medicines are needed before the first day. Everything else on the form is up to you.',
        // a column asking whether each thing must be given, answered per row (guards table headers that ask)
        'Information | Must you give it? | If you do not\nHome address and emergency numbers | Yes | we cannot enrol your child\nReligion | No | nothing changes',
        // which answers the forms mark, with a hedge on what follows ("in most cases"): a share of cases, not of the data
        'The school census is required by law.\nEach of our forms states which answers are compulsory and which are optional, and what follows if a compulsory answer is not provided (in most cases, that we could not admit your child).',
        // a paragraph that opens with the question and runs on with both sides of its answer
        'Is every question compulsory? The funding rules say we must have proof of your child’s date of birth and your address. Without those, the funded hours cannot start. The rest of the form is optional.',
      ],
      'needs-review': [
        // the heading asks; the answer names one form that may be left out (no kind of data), and nothing that must be given
        'Must I fill in every box?\nFilling in the "Getting to know you" sheet for new Year 7s is up to you.',
      ],
      partial: [
        // near miss of the hedge: "most of them" is a share of the answers
        'The school census is required by law.\nEach of our forms states which answers are compulsory and which are optional, and what follows if a compulsory answer is not provided (for most of them, that we could not admit your child).',
        // what the school holds said to be owed by law: the compulsory side alone
        'Most of the details the academy holds about each pupil are required by law, so please keep them up to date.',
        // the notice announcing its own topics, one of them the reader's choices: no promise to say which data is optional
        'Much of what we collect is required by law, for example for the census.\nThis page is for every family at the academy. It explains the information we hold, the laws under which we hold it, who sees it, and what choices and rights you have.',
        // the Article 9 condition cited for what a pupil chooses to share or tell: a condition, not a choice to give data
        'Much of what we collect is required by law, for example for the census.\nFor sensitive information, such as faith or a health condition that a pupil chooses to share with a teacher, we rely on Article 9(2)(g) of the UK GDPR, with the statutory purposes condition in Schedule 1 of the Data Protection Act 2018.',
        'Much of what we collect is required by law, for example for the census.\nFor sensitive information, such as faith or a health condition that a pupil chooses to tell a teacher about, we rely on Article 9(2)(g) of the UK GDPR, with the statutory purposes condition in Schedule 1 of the Data Protection Act 2018.',
        // the lawful bases set out under what the law says, consent "for optional things": a basis, not a choice to give data
        'Much of what we collect is required by law, for example for the census.\nThe UK GDPR says we must have a lawful basis. Ours are:\n- public task (Article 6(1)(e)). Providing teaching to pupils is our job;\n- legal obligation (Article 6(1)(c)), for the registers;\n- consent (Article 6(1)(a)), for optional things such as photographs in our newsletter.',
        // a child's needs are no requirement: only the optional side is said
        'Pupils with medical needs have a care plan written with their family, and any information about home language is optional.',
        // the same with the kinds of data named
        'Do parents have to answer everything?\nThe questions about home language and religion are optional, and leaving them out changes nothing.',
        // a row's choice beside its lawful-basis column: "Legal obligation" is why the school may use the data
        'Information | Why we hold it | Lawful basis\nHome language and religion: answering these is your choice | Census returns and planning support | Legal obligation',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: choices that are not about giving data',
  {
    'statutory-or-voluntary': {
      fail: [
        // the school's own freedom from a duty, not what families may keep back
        'As a free school we are not required to give parents a copy of the curriculum record, but we always send home termly reports.',
        // a password picked for collecting a child from school: picking a child up, not giving data
        'We keep the password you choose for collecting your child at the end of the day.',
        // the school's own lack of choice about the census, not the family's
        'Each term we send census details to the Department for Education. We do not have a choice about this: the Education Act 1996 requires it.',
        // a run of purposes holding a duty and a choice about other things
        'We use pupil information to teach, to support pupils with additional learning needs, to help pupils choose their GCSE subjects and to meet the legal requirements placed on schools.',
        // a school's "options" are subjects and next steps; "we need to know" is the school's wish
        'About parents\nWe keep your phone number and any custody arrangements we need to know about, and we invite you to our Year 9 options evening.',
        // the children's needs and the choices a child communicates are what is recorded, not a duty and a choice to give data
        'Because of the needs of the children here, we keep fuller records than most schools. These include:\n- care plans and medication records;\n- notes on how each child communicates choices and worries.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: a body that supplies a service or runs the school is no source',
  {
    'data-sources': {
      pass: [
        // guards: a source named as such, and records a body provides
        'Where does our information come from?\nFrom you, and from the school your child attended before.',
        'Records are provided by the local authority when a child moves to us in the middle of a year.',
      ],
      fail: [
        'Our data protection officer is Ms Rae Lindqvist. Ours is provided by Westshire Council’s schools governance team.',
        // the question whether the family must give it asks, and names no source
        'Must you give us all of this information?\nMost of it, yes; a few answers on the form are optional.',
        // the notice saying what it will explain, beside the school's own name and the trust that runs it
        "HOW WE USE PUPIL INFORMATION\nLarkhill Primary School opened in 2015 as a free school. It is run by Brookvale Academy Trust, which is the data controller for the information in this notice. Data protection law says we must tell you how we collect and use your child's personal data, and this notice does that.",
      ],
      partial: [
        // a framework telling the setting what to record is an instruction, not a source sending data
        "Where it comes from\nNearly all of it comes from you, on my registration form.\nDo you have to give it?\nSome of it, yes. I can't take your child without emergency contacts, health details and the things the EYFS tells me to record.",
        // the family as the source, first-hand
        'Most of what we keep comes directly from you, through the joining pack and the update sheet each September.',
        // the sources of the Department's database named the sentence before, not the school's
        'Most of what we keep comes directly from you, through the joining pack.\nThe Department keeps census returns in the National Pupil Database. It is put together from several sources, such as schools, local authorities and exam boards.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: the regulator offered for advice after a grievance',
  {
    'complaint-to-ico': {
      // checklist.md 2.17: the ICO only for "independent advice" is partial, whatever leads up to it
      partial: [
        "If you remain unhappy after our review, you may seek independent advice from the Information Commissioner's Office at ico.org.uk.",
        // The advice offered by the regulator rather than sought from it.
        'Not satisfied with how we answered? The Information Commissioner offers free advice to families: ico.org.uk.',
        'Where you are dissatisfied with our reply, the ICO can give you impartial advice (ico.org.uk, 0303 123 1113).',
      ],
      pass: [
        "Still unhappy after our review? You can get advice from the Information Commissioner's Office, or raise a complaint with it at ico.org.uk.",
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: the legitimate interest named in a sentence of its own',
  {
    'legitimate-interests-stated': {
      pass: [
        'For our former pupils’ association we rely on legitimate interests. The interests concerned are keeping in touch with people who asked to hear from us and inviting them to careers talks.',
        // the interest said by what it guards
        'Our door-entry cameras rely on legitimate interests. The interests we protect are the safety of everyone on site and the security of the buildings.',
      ],
      fail: [
        // the balancing test restated names no interest (guard)
        'For our former pupils’ association we rely on legitimate interests. The interests concerned are balanced against your rights and freedoms.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: another body keeping data safe',
  {
    'security-measures': {
      pass: [
        'We keep pupil records secure on password-protected systems that only named staff can open.',
        // the pronoun stands for the school's own office
        'Paper files stay in the school office. They are kept secure in locked cabinets that only the office team can open.',
      ],
      fail: [
        // the body is named by the section heading; "it" keeps its own copy
        'The county records office\nIt stores the information it is sent securely and lets researchers see it only under a signed agreement.',
        // the body is named in the sentence before; "it" is the department
        'The Welsh Government files the returns in its own database and uses them for statistics. It has firm rules on who may look at the data and how it is kept safe.',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: data supplied by others',
  {
    'data-sources': {
      pass: ['From time to time details are supplied by outside bodies, for instance your child’s previous school or the local authority.'],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: a legal duty given only as the reason for one sharing',
  {
    'lawful-basis-art6': {
      // checklist.md 2.5: a basis only implied by a sentence about passing data on is partial
      partial: ['We send census returns to the Department for Education each term because the law requires it.'],
      // the law forbidding a step is no duty to use the data
      fail: ['We normally tell you first, but at times the law says we must not, because warning you could put a child in danger.'],
      pass: [
        'We use and pass on pupil information because we must comply with the law.',
        'Most of what we do with pupil records, such as sending attendance figures to the council, we do because the law requires it.',
        // the basis named by its term after the reason, in short sentences
        'Some of it is part of our agreement with you. This is called a "contract". For photos we ask you first. This is called "consent".',
      ],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: parents as the source of the data, or in who decides',
  {
    'parents-carers-data': {
      pass: ['Parents’ email addresses are kept so we can send newsletters and reports home.'],
      fail: [
        // the forms parents fill in are where the pupil's data comes from
        'We collect pupil information from the admission form that parents complete when their child joins us, so that we can plan their first term.',
        // a section on sources, not on what is held about parents
        'Where the information comes from\nYou give us most of it when your child joins us and whenever you update your details.',
      ],
      // who decides how "family information" is used names no data held about parents
      'needs-review': ['Because we are part of a trust, the Trust decides how pupil and family information is used.'],
    },
  },
  status,
);

describePassages(
  'paraphrase verdicts: a channel line that names another body',
  {
    'controller-contact': {
      // the line itself says whose desk it reaches, whatever the heading above it says
      partial: ['Contact the school\nTelephone: 01632 960555 (Westshire County Council Contact Centre)'],
      pass: ['Contact the school\nTelephone: 01632 960555 (school office, 8am to 4pm)'],
    },
  },
  status,
);
