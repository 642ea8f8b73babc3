// Whether giving data is compulsory (checklist.md 2.10): a notice must say which data must be given and which is
// optional, or promise to say so when asking. One side alone is partial either way: "required by law" with no word on
// choice, and its mirror, a kind of data the family may keep back with no word on what must be given.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Thornbury Vale Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for families',
  closing: 'End of this notice.',
  url: 'https://thornburyvale.sch.example/privacy',
  asOf: '2026-12-04',
});

describe('statutory-or-voluntary: the optional side alone', () => {
  it.each([
    'There is no need to tell us which faith your family follows if you would rather not.',
    "You don't have to tell us your child's first language.",
    'Parents may decide whether or not to give us their child’s ethnic background.',
  ])('is partial: %s', (passage) => {
    expect(status('statutory-or-voluntary', passage)).toBe('partial');
  });

  it.each([
    // Both sides, each in a sentence of its own.
    "You don't have to tell us your child's first language. Medical conditions and emergency contacts must be given, though.",
    'Parents may decide whether to give us their faith. Who to call in an emergency is something we have to know.',
    // The evaluator's compulsory side with the optional side read by meaning.
    'Most of the information we ask for is required by law. You can choose whether to tell us your religion.',
  ])('passes with the other side said too: %s', (passage) => {
    expect(status('statutory-or-voluntary', passage)).toBe('pass');
  });

  it('a school duty beside it is not the family’s side', () => {
    expect(
      status(
        'statutory-or-voluntary',
        "You don't have to tell us your child's first language. The law says we must have a good reason to use your information.",
      ),
    ).toBe('partial');
  });
});

// "The law says" is the law's demand, not the school saying which is which.
describe('statutory-or-voluntary: two shares joined by a semicolon', () => {
  it('is the amounts-only partial, as the same two sentences split by a full stop are', () => {
    expect(status('statutory-or-voluntary', 'Part of it the law says you have to give us; the rest is your choice.')).toBe('partial');
    expect(status('statutory-or-voluntary', 'Some of it you must give us; the rest is up to you.')).toBe('partial');
  });
});
