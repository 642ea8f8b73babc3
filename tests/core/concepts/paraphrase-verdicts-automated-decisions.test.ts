// Automated decisions (checklist.md 2.19): the old right to object to decisions taken by automated means says nothing
// of whether the school makes any (partial); portability's condition ("processing carried out by automated means") is
// not about decisions at all, so a notice with only that says nothing on the topic (fail).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Harrowmere Academy',
  ages: '11 to 16',
  title: 'Privacy notice for students and parents',
  closing: 'This is the end of the notice.',
  url: 'https://harrowmere.sch.example/privacy',
  asOf: '2026-12-05',
});

describe('automated-decision-making: rights that mention automation', () => {
  it('reads the old right to object to automated decisions as partial', () => {
    expect(status('automated-decision-making', 'You have the right to object to decisions being taken by automated means.')).toBe(
      'partial',
    );
  });
  it('reads the Article 22 right in its own words ("ask not to be subject to a decision ...") as a right, not a denial', () => {
    for (const right of [
      'You may also ask not to be subject to a decision made solely by automated means.',
      'You have the right not to be subject to decisions based only on automated processing.',
    ])
      expect(status('automated-decision-making', right), right).toBe('partial');
  });
  it('reads portability’s condition as saying nothing about decisions', () => {
    expect(
      status(
        'automated-decision-making',
        'You have the right to data portability, where processing is based on consent and carried out by automated means.',
      ),
    ).toBe('fail');
  });
});

describe('automated-decision-making: the system said not to decide on its own', () => {
  it('passes "no decision about a pupil is made by the system on its own"', () => {
    expect(
      status(
        'automated-decision-making',
        'The filtering system flags risky searches. No decision about a pupil is made by the system on its own.',
      ),
    ).toBe('pass');
  });
});

describe('automated-decision-making: decisions denied, the automation named after them', () => {
  it('passes "we do not make decisions about pupils using automated processes alone"', () => {
    expect(
      status(
        'automated-decision-making',
        'You can ask us to:\n- correct information that is wrong;\n- explain any decision about you in which a computer played a part. We do not make decisions about students using automated processes alone: a teacher is always involved.',
      ),
    ).toBe('pass');
  });
});
