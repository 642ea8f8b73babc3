// The school choosing ("we choose our suppliers carefully") is no choice of the family's over what to give
// (checklist.md 2.10): beside a must elsewhere in the same answer it does not say which data is optional.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Corley Brook Academy',
  ages: '11 to 16',
  title: 'Privacy notice for students and parents',
  closing: 'End of this notice.',
  url: 'https://corleybrook.sch.example/privacy',
  asOf: '2026-12-07',
});

describe("statutory-or-voluntary: the school's own choice", () => {
  it('a supplier the school chose, who must follow its instructions, says nothing optional', () => {
    const passage = [
      'Where is information kept?',
      '',
      'Some of our systems run in the cloud. We choose each provider with care, and every one must follow our written instructions.',
      '',
      'Most of what we ask for at admission is needed so that we can meet our legal duties.',
    ].join('\n');
    expect(status('statutory-or-voluntary', passage)).toBe('partial');
  });
  it("the family's choice beside the must still passes", () => {
    const passage =
      'Most of what we ask for at admission is needed so that we can meet our legal duties. Some questions, such as religion, are optional and you can choose to leave them blank.';
    expect(status('statutory-or-voluntary', passage)).toBe('pass');
  });
});
