// Whole-check verdicts on choice, transfer, retention and lawful-basis wording that touches the topic but falls short of
// the checklist: how much of the data is compulsory without saying which, a period for one kind of record only, a
// transfer to the European Union, and a legal duty to hand data on given as the only hint of a basis. Each passage is
// read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Hollowmere Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for pupils and parents',
  closing: 'This is the end of the notice.',
  url: 'https://hollowmere.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('compulsory or optional: how much is compulsory is not which', () => {
  it('passes amounts with the items named, the forms marking them, or the promise a sentence later', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Most of what we ask for is required, but some is optional; the admission pack shows you which is which.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        'The greater part of the details families hand over is compulsory, though a few are voluntary.\nWe will let you know which when we collect them.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        "Much of the information you supply is mandatory, such as your child's name and address; religion and ethnicity are voluntary.",
      ),
    ).toBe('pass');
  });
  it('reads amounts alone as partial', () => {
    expect(status('statutory-or-voluntary', 'Most of the information families provide is compulsory, although some is voluntary.')).toBe(
      'partial',
    );
    expect(
      status('statutory-or-voluntary', 'While the bulk of pupil details you hand over are mandatory, a few are provided voluntarily.'),
    ).toBe('partial');
  });
});
