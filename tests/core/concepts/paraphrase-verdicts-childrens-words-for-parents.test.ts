// A children's notice calls parents "your grown-ups": their duty to give some details, with the law as the reason, is the
// compulsory half of checklist.md 2.10 (partial), as "parents must give us" is.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Puddingstone Infant School',
  ages: '4 to 7',
  title: 'How we look after information about you',
  closing: 'End of this notice.',
  url: 'https://puddingstone.sch.example/privacy',
  asOf: '2026-12-07',
});

describe('statutory-or-voluntary: the grown-ups must give some details', () => {
  it('"your grown-ups must give us some details" is the compulsory half only', () => {
    expect(status('statutory-or-voluntary', 'Your grown-ups must give us some details about you, because the law says we need them.')).toBe(
      'partial',
    );
  });
  it('with the optional half said too it passes', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Your grown-ups must give us some details about you, because the law says we need them. Other questions are optional, so they can leave those blank.',
      ),
    ).toBe('pass');
  });
});
