// Whole-check verdicts on tables: a column that asks who sends the school information, and a bare "Category" column
// beside its examples, next to tables of the same shape that name only the family or no kind of data. Each passage is
// read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const status = statusReader({
  school: 'Thornleigh Brook Primary School',
  ages: '3 to 11',
  title: 'Privacy notice: pupils and their families',
  closing: 'This is the end of the notice.',
  url: 'https://thornleighbrook.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('data-sources: a table asking who sends us information', () => {
  it('passes when its rows name a nursery and the council besides the family', () => {
    const table = [
      'Who sends us information | What it covers',
      'You, the parents | the joining form',
      'The nursery your child attended | learning journey and key worker notes',
      "The council's admissions team | the offer of a place",
    ].join('\n');
    expect(status('data-sources', table)).toBe('pass');
  });

  it('is a gap when its rows name only the family and the pupils', () => {
    const table = [
      'Who gives us information | What',
      'Parents and carers | the joining form and medical questionnaire',
      'Pupils themselves | answers to the wellbeing survey',
    ].join('\n');
    expect(isGap(status('data-sources', table))).toBe(true);
  });
});

describe('data-categories: a bare "Category" column', () => {
  it('passes when its rows give kinds of pupil data', () => {
    const table = [
      'Category | What it covers',
      "Contact details | home address, phone numbers, parents' email",
      'Health | allergies, medication, GP surgery',
      'Learning | reading levels, test results, attendance',
    ].join('\n');
    expect(status('data-categories', table)).toBe('pass');
  });

  it('does not pass when its rows are kinds of question and who answers them', () => {
    const table = ['Category | Who to contact', 'General questions | the school office', 'Complaints | the chair of governors'].join('\n');
    expect(status('data-categories', table)).not.toBe('pass');
  });
});
