// Shortfalls read by meaning: passages that mention a topic but fall short of checklist.md must stay gaps, while the
// same topic said fully in other words must pass. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Kestrel Moor School',
  ages: '11 to 18',
  title: 'How we look after pupil information',
  closing: 'Thank you for reading.',
  url: 'https://kestrelmoor.sch.example/privacy',
  asOf: '2026-12-02',
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'census-sharing-statutory': {
    pass: [
      // the government as the one asking schools, the census and the duty a sentence later (checklist.md 2.20)
      'Each term the Department for Education collects figures from all schools. This return is the school census, and taking part is a legal duty.',
      'The Welsh Government asks each school for details of its learners every January. We must complete this census by law, so names and attendance are sent.',
    ],
    fail: [
      // a statutory return to the council alone does not name the government recipient
      'We have to send the council details of our pupils each year as part of a statutory return.',
    ],
  },
  'youth-support-services': {
    pass: [
      // the limit said the other way round: more than the basics only with a parent's agreement, the pupil's at 16
      'Once pupils reach Year 9 the county council receives their name, address and date of birth so its youth service can help with training and jobs. Anything beyond that goes only if a parent agrees; at 16 the young person decides.',
    ],
    partial: [
      // the choice placed at the wrong age (it passes to the pupil at 16)
      'From age 13 we pass pupil details to the youth support service at the local authority. A parent can ask that we send only name, address and date of birth, and pupils can make this choice themselves from 18.',
      'Pupils aged 13+ : information goes to the youth support services. Parents may limit it to the name, address and date of birth. Once they are 17, students decide this for themselves.',
    ],
  },
  'parents-carers-data': {
    pass: [
      // the family named by its role, with what is held and why
      'We keep a small amount of information about the adults responsible for each child: phone numbers and email addresses so that we can reach them during the day.',
      'We hold data about parents and carers such as names, phone numbers and email addresses.',
    ],
    partial: [
      // neither what nor why (checklist.md 2.32)
      'We also keep some information about parents and carers.',
      // a parent detail inside the pupil data list, "who to call in an emergency" being a kind of detail, not a purpose
      "The information we hold about each pupil includes:\n- name and date of birth\n- parents' names and telephone numbers, and who to call in an emergency\n- attendance records",
    ],
  },
  purposes: {
    pass: [
      // a narrative of reasons in the school's own words
      'We draw on the records we keep to plan lessons, to spot early when a pupil needs support, to keep everybody safe and to see how well the school is doing.',
    ],
    partial: [
      // a purposes heading with nothing under it
      'Why we use this information\n\nWho we share it with\nWe share it with the local authority.',
      'How we use pupil data',
    ],
  },
  recipients: {
    pass: [
      // information said to go to several kinds of recipient
      'Where needed, information can go to the pupil’s next school, the council, the school nurse and the companies that host our systems.',
    ],
    fail: [
      // the Department's own onward sharing is not the school's recipients (checklist.md 2.11 trap)
      'After the census, the DfE may share the data with researchers and bodies that promote the well-being of children.',
      'The Department for Education can then pass it on to other organisations.',
    ],
  },
  'national-pupil-database': {
    pass: [
      'The National Pupil Database (NPD)\nPupil data from the census is kept by the Department for Education in a national database used for research and statistics. More at https://www.gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information',
    ],
    partial: [
      // a bare label over the link: the database is not described (checklist.md 2.21)
      'NPD: https://www.gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information',
      'Links\nNational Pupil Database: https://www.gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information\nData protection law: UK GDPR',
    ],
  },
  'biometrics-consent': {
    'not-applicable': [
      // the definition of special category data, and the Act alone among the statutes, are no sign of biometrics in use
      'Special category data includes health, ethnicity, and genetic and biometric data that identifies a person.',
      'The laws we rely on include:\n- the Education Act 1996\n- the Protection of Freedoms Act 2012',
    ],
    partial: [
      // biometrics used, and the Act only listed among the statutes: no statement that parents are asked
      'Pupils pay for lunch using a fingerprint reader.\nThe laws we rely on include:\n- the Education Act 1996\n- the Protection of Freedoms Act 2012',
    ],
  },
  'last-updated-date': {
    pass: ['We wrote this leaflet in September 2026.', 'The trust wrote this notice in May 2026 and checks it every year.'],
  },
};

describePassages('shortfalls and their compliant paraphrases, read alone', CASES, status);

describe('the Welsh Government equivalent of the NPD', () => {
  const wales = statusReader({
    school: 'Ysgol Glan Afon',
    ages: '11 to 16',
    title: 'Privacy notice',
    closing: 'Diolch.',
    url: 'https://glanafon.sch.example/privacy',
    asOf: '2026-12-02',
  });
  const plasc = 'We send the Welsh Government the Pupil Level Annual School Census (PLASC) under the (Wales) Regulations 2007.';
  it('passes a description of its use for statistics with a gov.wales link', () => {
    expect(
      wales(
        'national-pupil-database',
        `${plasc} It uses this information to plan education and publish official statistics, see https://gov.wales/statistics-and-research`,
      ),
    ).toBe('pass');
  });
  it('reads its use to count pupils and plan funding as the description, partial with no gov.wales link', () => {
    expect(
      wales(
        'national-pupil-database',
        `${plasc} The Welsh Government uses it to count how many children are in Welsh schools and to plan money and teachers.`,
      ),
    ).toBe('partial');
  });
  it('does not take a signpost to its privacy notice for that description', () => {
    expect(
      wales(
        'national-pupil-database',
        `${plasc}\nHow the Welsh Government uses the information is explained at https://gov.wales/data-management-information-privacy-notice`,
      ),
    ).toBe('fail');
  });
});

describe('a recipients list under a question heading', () => {
  it("is not vetoed by one item's 'unless a parent asks us'", () => {
    expect(
      status(
        'recipients',
        'Who else gets information?\n\n- the school nurse and the health board\n- the youth service, unless a parent asks us to send only basic details\n- exam boards',
      ),
    ).toBe('pass');
  });
});

describe('census law for the right nation', () => {
  it('does not read the educational-record regulations as the Welsh census gateway', () => {
    const passage =
      "We send the Pupil Level Annual School Census (PLASC) to the Welsh Government under section 537A of the Education Act 1996 and the Education (Information About Individual Pupils) (England) Regulations 2013.\nParents may see their child's educational record under the Education (Pupil Information) (Wales) Regulations 2011.";
    expect(status('census-sharing-statutory', passage)).toBe('partial');
  });
});

describe("a notice about parents' own data", () => {
  const passage =
    'Our pupil privacy notice explains what we do with information about your child. This notice is about you.\nWe do not send your own details to the Department for Education in the school census.';
  it.each(['census-sharing-statutory', 'national-pupil-database', 'how-government-uses-data'])('%s does not apply', (id) => {
    expect(status(id, passage)).toBe('not-applicable');
  });
  it('still expects the census section when only the pointer is there', () => {
    expect(status('census-sharing-statutory', 'Our pupil privacy notice explains what we do with information about your child.')).toBe(
      'fail',
    );
  });
});
