// A body that provides a thing (guidance, meals, an account) is not a source of pupil data (checklist.md 2.9).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Thornleigh Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for families',
  closing: 'End of this notice.',
  url: 'https://thornleigh.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('data-sources: things provided by a body', () => {
  it('retention guidance provided to schools by the local authority names no source', () => {
    expect(
      status(
        'data-sources',
        'Most of what we hold comes from the forms you fill in. We hold pupil data in line with the retention guidance provided to schools by the local authority.',
      ),
    ).not.toBe('pass');
  });
  it('the council as the giver of information is still a source', () => {
    expect(
      status(
        'data-sources',
        'Most of what we hold comes from the forms you fill in. Some information about your child is provided to us by the local authority.',
      ),
    ).toBe('pass');
  });
});
