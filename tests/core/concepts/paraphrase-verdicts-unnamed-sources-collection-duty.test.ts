// Whole-check verdicts on near misses in other words: sources given only as "other organisations" or "third parties"
// (a source that names nobody is for a person to judge), beside the same words followed by the bodies they mean; and a
// duty to collect said as the school's own "we have to collect", or what it asks for said to be needed or owed by law,
// with no word on choice. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Marsh Lane Church of England Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for pupils and parents',
  closing: 'This is the end of the notice.',
  url: 'https://marshlane.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('data-sources: unnamed others are not a named source', () => {
  it.each([
    'Besides what families tell us, some details reach us from third parties.',
    'Now and then we are sent information about a child by outside bodies and other organisations.',
  ])('needs a reader when the only other source is unnamed: %s', (passage) => {
    expect(status('data-sources', passage)).toBe('needs-review');
  });
  it.each([
    'Besides what families tell us, some details reach us from third parties, for example the council’s admissions team.',
    'Now and then we are sent information from other organisations, including:\n- the school your child attended before\n- the speech and language therapy service',
    'Besides what families tell us, some details reach us from other organisations. The nursery your child attended sends us a transition report.',
  ])('passes when the bodies are named beside or after them: %s', (passage) => {
    expect(status('data-sources', passage)).toBe('pass');
  });
});

describe('statutory-or-voluntary: the school’s own duty to collect', () => {
  it('reads "we have to collect" some information, with no word on choice, as partial', () => {
    expect(status('statutory-or-voluntary', 'As a school we have to collect certain details about every child who joins us.')).toBe(
      'partial',
    );
  });
  it('passes the duty with the choice beside it', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'As a school we have to collect your child’s name and address; sharing their religion is up to you.',
      ),
    ).toBe('pass');
  });
});

describe('statutory-or-voluntary: what the school asks for said to be needed or owed by law', () => {
  it.each([
    // needed by law, the reason following
    'Most of what we ask you for on the admission form is needed by law.',
    // needed for the legal duties, a duty to pass some on in the next clause
    'A good deal of what we collect is needed so that we can carry out our legal duties, and we must pass some of it to the council.',
    // owed, with the purpose after it
    'Certain details we ask you for must be supplied by law, so that we can keep an admissions register.',
  ])('reads the compulsory side alone as partial: %s', (passage) => {
    expect(status('statutory-or-voluntary', passage)).toBe('partial');
  });
  it.each([
    // kept as long as the law needs it: retention, not giving
    'What we collect is kept only as long as it is needed by law.',
    // owed to a body: a duty to share, not to give
    'Some of the details we ask for must be provided to the local authority.',
  ])('does not read keeping or passing on as the compulsory side: %s', (passage) => {
    expect(status('statutory-or-voluntary', passage)).toBe('fail');
  });
});

describe('statutory-or-voluntary: a share owed, with what follows if it is not given', () => {
  it('reads the compulsory side and its consequence, with no word on choice, as partial', () => {
    const passage =
      'Do we have to hand over all of this?\nMost of it is required under the Early Years Foundation Stage, and without it we could not hold a place open for your child.';
    expect(status('statutory-or-voluntary', passage)).toBe('partial');
  });
});
