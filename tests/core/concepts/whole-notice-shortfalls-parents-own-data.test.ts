// Parents' and carers' own data, read inside a whole notice (checklist.md 2.32): what is held about parents and why
// must be said in a statement of its own. A purposes list that names parents as the ones told of progress, with
// "emergency contact details" as a reason, and an app named as the way messages reach home, say neither.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (section: string) =>
  [
    'Privacy notice for pupils and families: Fernhill Academy',
    'Fernhill Academy, Quarry Road, Fernhill, FH6 2RW, is the data controller. Contact the office on 01632 960 877.',
    'The categories of pupil information we collect include:',
    '- name, unique pupil number and address',
    '- attendance and assessment results',
    '- medical needs and allergies',
    'We use pupil information for the following purposes:',
    '- to support learning and report on progress',
    '- to keep children safe (food allergies, or emergency contact details)',
    '- to communicate with parents and carers about school events and their child’s progress',
    section,
    'Who we share it with',
    'We share information with the local authority, the Department for Education and the school your child moves on to.',
    'Your rights',
    'You can ask for a copy of your information, ask us to correct it, and complain to the Information Commissioner’s Office.',
  ].join('\n');

const written = (section: string) =>
  [
    'How we use your child’s information: Brookhollow Primary School',
    'Brookhollow Primary School, Brook Lane, Hollow, BH2 4TT, is the data controller. Call the office on 01632 960 318.',
    'We need to know things about your child so that we can teach them and look after them.',
    'Who we share it with',
    'We share information with:',
    '- the local authority',
    '- Class Dojo, which we use to send messages home',
    '- the school your child goes to next',
    section,
    'Your rights',
    'You can ask for a copy of your information and complain to the Information Commissioner’s Office.',
  ].join('\n');

const statusOf = (notice: string) => noticeStatus('parents-carers-data', notice, 'https://fernhill.sch.example/privacy');

describe('parents-carers-data in a whole notice: purposes naming parents are not a statement about their data', () => {
  it('a purposes list that reports progress to parents, with nothing of their own, is not a pass', () => {
    expect(statusOf(host('Working with families\nWe value the support families give to their children’s learning.'))).not.toBe('pass');
  });
  it('the same notice with parents’ details and their use stated passes', () => {
    expect(
      statusOf(
        host(
          'Information about parents\nWe keep parents’ names, phone numbers and email addresses so that we can reach you in an emergency.',
        ),
      ),
    ).toBe('pass');
  });
  it('an app named as the way messages reach home says nothing of what is held about parents', () => {
    expect(statusOf(written('Working with families\nWe value the support families give to their children’s learning.'))).not.toBe('pass');
  });
  it('a notice written to parents that says it keeps their details to contact them passes', () => {
    expect(statusOf(written('About you\nWe keep your phone number and email address so that we can contact you about your child.'))).toBe(
      'pass',
    );
  });
});

describe('parents-carers-data in a whole notice: a statement of its own in the middle of a section', () => {
  // A notice that says nothing else of parents: the statement is the only evidence.
  const inSection = (sentences: string) =>
    [
      'Privacy notice: Fernhill Academy',
      'Fernhill Academy, Quarry Road, Fernhill, FH6 2RW, is the data controller. Contact the office on 01632 960 877.',
      'What we keep',
      'We keep each pupil’s name, date of birth, attendance and test results.',
      'We also keep records of clubs, trips and music lessons, and the photographs taken for the yearbook.',
      sentences,
      'Who we share it with',
      'We share information with the local authority and the Department for Education.',
    ].join('\n');
  it('passes details kept of parents, then put to use after a short opening phrase', () => {
    expect(
      statusOf(
        inSection(
          'We also record the names and mobile numbers of your parents or guardians. During the school day, we use these to reach home quickly.',
        ),
      ),
    ).toBe('pass');
  });
  it('passes parents as the topic of a sentence keeping details by kind, then their use', () => {
    expect(
      statusOf(
        inSection('Regarding parents and carers we hold your names, emails and home addresses. We use these to send reports and letters.'),
      ),
    ).toBe('pass');
  });
  it('passes a lead-in on whose parents over the details', () => {
    expect(
      statusOf(
        inSection(
          'About nursery children:\n- names and dates of birth\n- health needs\nAbout parents and carers of nursery children:\n- names, phone numbers and email addresses\n- who has parental responsibility',
        ),
      ),
    ).toBe('pass');
  });
});
