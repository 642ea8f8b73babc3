// A purposes list under "We use the data we hold:" says what data is for, not which kinds are held: in a whole notice
// whose category lead-in lost its list, it must not stand in for the categories (checklist.md 2.8: partial).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (categories: string) =>
  [
    'Foxley Academy: How we use student information',
    'Foxley Academy is the data controller for the information in this notice.',
    categories,
    'How we use it',
    'We use the information we hold:',
    '- to plan teaching and check how each student is getting on',
    '- to look after students who need extra help, including those with medical needs',
    '- so that we can reach parents quickly in an emergency',
    'Who we share it with',
    'We pass information to the next school a student attends, to the council and to the Department for Education.',
  ].join('\n');

const categoriesStatus = (categories: string) => noticeStatus('data-categories', host(categories), 'https://foxley.example/privacy');

describe('data-categories read in a whole notice beside a list of purposes', () => {
  it('a category lead-in with nothing after it stays partial', () => {
    expect(categoriesStatus('What we hold\nThe kinds of student data we collect and keep include:-')).toBe('partial');
  });
  it('a list of kinds of data still passes', () => {
    expect(
      categoriesStatus(
        'What we hold\nThe kinds of student data we collect and keep include:\n- names and home addresses\n- attendance records\n- test and exam results',
      ),
    ).toBe('pass');
  });
});
