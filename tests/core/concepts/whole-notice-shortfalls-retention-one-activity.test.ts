// Retention read inside a whole notice (checklist.md 2.13): a period said only of the data of one move or one outing
// (the transfer to secondary school, a school trip) covers part of the data, however generally it speaks of
// "information", while a period for what is kept about the child in general passes.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (section: string) =>
  [
    'Ashgrove Junior School privacy notice for families',
    'Ashgrove Junior School, Elm Road, Ashgrove, AG1 5PL, is the data controller. Call the office on 01632 960 404.',
    'What we collect',
    'We collect names, addresses, attendance, assessment results, medical needs and consent for trips and photographs.',
    'Why we use it',
    'We use it to support learning, to run school trips safely and to prepare children for their move to secondary school.',
    section,
    'CCTV',
    'Our gate camera keeps recordings for 21 days before they are overwritten.',
    'Your rights',
    'You can ask for a copy of your information and complain to the Information Commissioner’s Office.',
  ].join('\n');

const statusOf = (section: string) => noticeStatus('retention', host(section), 'https://ashgrove.sch.example/privacy');

describe('retention in a whole notice: one move or one outing is part of the data', () => {
  it('information used to arrange the move to secondary school, kept for a year, is partial', () => {
    expect(
      statusOf('How long do we keep it?\nWhat we use to arrange your child’s move up to secondary school is kept for twelve months.'),
    ).toBe('partial');
  });
  it('data collected for day trips, erased after three months, is partial', () => {
    expect(statusOf('How long do we keep it?\nData we collect for day trips is erased within three months of the trip.')).toBe('partial');
  });
  it('forms for residential visits, destroyed after the visit, are partial', () => {
    expect(statusOf('How long do we keep it?\nForms for residential visits are destroyed half a year after the visit.')).toBe('partial');
  });
  it('what is kept about the child in general, until 25, passes', () => {
    expect(
      statusOf('How long do we keep it?\nWhat we hold about your child stays on their school file, which is kept until they turn 25.'),
    ).toBe('pass');
  });
});
