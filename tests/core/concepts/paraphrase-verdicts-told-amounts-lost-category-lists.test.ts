// Whole-check verdicts where a concept lift used to overrule the shortfall the wording-based check had found: amounts of
// what the family tells the school said to be compulsory and optional (no promise to say which), and a category
// list announced and lost with kinds of data named elsewhere. Each passage is read alone inside a notice that says
// nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Marrowfield Green Primary School',
  ages: '4 to 11',
  title: 'Privacy notice: pupils and their families',
  closing: 'This is the end of the notice.',
  url: 'https://marrowfieldgreen.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('statutory-or-voluntary: amounts of what the family tells us', () => {
  it('stays partial when most of what parents tell the school is compulsory and some optional, with no word on which', () => {
    expect(
      status('statutory-or-voluntary', 'Most of the information you tell us about your child is compulsory, but some of it is optional.'),
    ).toBe('partial');
  });

  it('passes when the amounts come with a promise to say which', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Most of what we ask for is compulsory and a few items are optional. We will tell you which when we ask.',
      ),
    ).toBe('pass');
  });

  it('passes when the choice is said first and the promise to say so follows it', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'A few answers on the admission form are voluntary, and where that applies we will let you know at the time and explain what leaving them blank would mean.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        'Some of the questions are up to you to answer: when this is so, we will make it clear on the form and explain what happens if you skip them.',
      ),
    ).toBe('pass');
  });

  it('passes when the forms are said to state which answers are optional', () => {
    expect(status('statutory-or-voluntary', 'The admission pack states which of its questions are voluntary.')).toBe('pass');
    expect(status('statutory-or-voluntary', 'Each of our forms states whether an answer is optional.')).toBe('pass');
    // "state" the noun tells nothing
    expect(status('statutory-or-voluntary', 'As a state school, some of the questions we ask you are optional.')).not.toBe('pass');
  });

  it('does not pass on the choice alone, with no promise to say which', () => {
    expect(status('statutory-or-voluntary', 'A few answers on the admission form are voluntary.')).not.toBe('pass');
  });

  it('passes when the items on each side are named', () => {
    expect(status('statutory-or-voluntary', "Your child's name and date of birth must be given; their religion is optional.")).toBe('pass');
  });
});

describe('data-categories: a lost list beside kinds of data named elsewhere', () => {
  it('stays partial when the announced list is empty and the kinds appear only in a later section', () => {
    expect(
      status(
        'data-categories',
        "The kinds of information we hold include:\nHow we use it\nWe hold your child's name, their medical needs and their attendance record.",
      ),
    ).toBe('partial');
  });

  it('passes when the kinds of data are named with no empty list', () => {
    expect(status('data-categories', "We hold your child's name, their medical needs and their attendance record.")).toBe('pass');
  });
});
