// Data sources (checklist.md 2.9): a body other than the family named as where information comes from. A notice
// describing itself ("this page explains what the nursery does with what you give us") names the setting that
// receives the data, not a source, even when the setting's own kind ("nursery", "pre-school") is a kind of body
// information can come from.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Puddleby Community Nursery',
  ages: '2 to 4',
  title: 'Privacy notice',
  closing: 'End of this notice.',
  url: 'https://puddleby.example/privacy',
  asOf: '2026-12-04',
});

describe('data-sources: the notice describing itself', () => {
  it('is not a source', () => {
    expect(
      status(
        'data-sources',
        'This leaflet explains what the pre-school does with the information you give us. Everything we hold comes from you, on the registration form.',
      ),
    ).toBe('partial');
  });
  it('a previous setting named as sending records still is', () => {
    expect(
      status(
        'data-sources',
        'This leaflet explains what the nursery does with the information you give us. When a child joins from another nursery, that nursery sends us their learning journey.',
      ),
    ).toBe('pass');
  });
});
