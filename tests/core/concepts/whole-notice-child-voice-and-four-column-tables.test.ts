// Notices written for children, and four-column tables ("What we collect | Why | Who sees it | How long"): a question
// heading over a list names the data held (checklist.md 2.8); a row of its own for parents' details with a reason is a
// statement of what is held about them and why (2.32); "when you go to secondary school, your file goes with you" says
// what becomes of the whole record (2.13).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const childNotice = (keeping: string) =>
  [
    'Brightwater Primary School',
    'A privacy notice for children in Years 3 to 6',
    'Brightwater Primary School looks after the information we have about you. The grown-up word for this is the "data controller".',
    'What does school write down about you?',
    '- your name, your birthday and where you live',
    '- the days you come to school and the days you are away',
    '- your test results and your reports',
    '- anything that helps us keep you healthy, like allergies',
    'How long do we keep it?',
    keeping,
    'Updated: November 2026.',
  ].join('\n');

describe('a notice written for children', () => {
  it('a question heading over a list of what is written down names the data held', () => {
    expect(noticeStatus('data-categories', childNotice('We keep it until you leave.'))).toBe('pass');
  });
  it('the whole file moving on with the child, and a period for a few records, account for the record', () => {
    expect(
      noticeStatus(
        'retention',
        childNotice(
          'When you move on to secondary school, your school file goes with you. We keep a few things, like accident records, until you are 25.',
        ),
      ),
    ).toBe('pass');
  });
  it('a period for a few records alone is still one kind only', () => {
    expect(noticeStatus('retention', childNotice('We keep a few things, like accident records, until you are 25.'))).toBe('partial');
  });
});

describe('a four-column table', () => {
  const table = (parentRow: string) =>
    [
      'Oak Hollow Infant School',
      'Privacy notice for families',
      'Oak Hollow Infant School is the data controller for the information in this notice.',
      'What we collect\tWhy\tWho sees it\tHow long',
      'Name, date of birth and address\tTo register your child\tOffice staff\tWhile your child is with us',
      parentRow,
      'Attendance\tThe law requires a register\tClass teacher\tThree years',
    ].join('\n');
  it('a row for parents’ contact details with a reason says what is held about parents and why', () => {
    expect(
      noticeStatus(
        'parents-carers-data',
        table('Contact details for parents and carers\tSo that we can reach you in an emergency\tOffice staff\tUntil your child leaves'),
      ),
    ).toBe('pass');
  });
  it('the same row with no reason is parents’ details as an item of the pupil data', () => {
    expect(
      noticeStatus('parents-carers-data', table('Contact details for parents and carers\t\tOffice staff\tUntil your child leaves')),
    ).toBe('partial');
  });
});

describe('a children’s part at the end of a notice for parents', () => {
  const familyNotice = (childPart: string) =>
    [
      'Hollin Bank First School',
      'Privacy notice for parents and carers',
      'Hollin Bank First School is the data controller for the information we hold about your child.',
      'What we hold about your child',
      '- name, date of birth and address',
      '- attendance and assessment results',
      "- parents' and carers' contact details",
      'A guide for children',
      childPart,
    ].join('\n');
  it('does not read "things about you" in the children’s part as what is held about the parents', () => {
    expect(
      noticeStatus(
        'parents-carers-data',
        familyNotice('What is "information"?\nIt is things about you, like your name, your birthday and where you live.'),
      ),
    ).toBe('partial');
    expect(
      noticeStatus(
        'parents-carers-data',
        familyNotice('What do we know about you?\nThings about you, like your name and how your schoolwork is going.'),
      ),
    ).toBe('partial');
  });
});
