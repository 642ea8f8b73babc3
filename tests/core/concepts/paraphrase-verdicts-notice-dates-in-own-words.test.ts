// Verdicts on short passages for the notice's own date (checklist.md 2.24) said in the author's own words: the notice
// named with a word of writing or changing it, anywhere before the date, or a date cue opening a short line; and what
// stays someone else's date (another document, another text's version, the notice an earlier one replaced).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Thornbury Vale Academy',
  ages: '11 to 18',
  title: 'Privacy notice for pupils and families',
  closing: 'Thank you for reading.',
  url: 'https://thornbury.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('the notice dated in its own words', () => {
  it.each([
    'This notice was put together by the school office in October 2025.',
    'We revised this notice most recently on 14th January 2026 and will look at it again next year.',
    "Last checked and brought up to date by the Trust's data team: 2 February 2026",
    'The governors agreed this version of our privacy notice at their meeting on 9 July 2025.',
  ])('passes: %s', (passage) => {
    expect(status('last-updated-date', passage)).toBe('pass');
  });
  it('is partial when the date so given is stale', () => {
    expect(status('last-updated-date', 'This notice was put together by the school office in October 2021.')).toBe('partial');
  });
  it('is partial when a review promised in legal voice is overdue, however recent the approval', () => {
    expect(
      status('last-updated-date', 'The Board adopted this notice on 3 February 2025 and it must be revised no later than February 2026.'),
    ).toBe('partial');
    expect(status('last-updated-date', 'Approved by the governors on 10 May 2025; this notice shall be updated before May 2026.')).toBe(
      'partial',
    );
  });
  it('is partial when a "date for review" line below the adoption date has passed', () => {
    expect(status('last-updated-date', 'Adopted by the governors: 10 February 2025\nDate for review: February 2026')).toBe('partial');
    expect(status('last-updated-date', 'Adopted by the governors: 10 February 2025\nDate for review: February 2027')).toBe('pass');
  });
  it('fails when the only date is when the notice will be looked at next: it has no date of its own', () => {
    expect(status('last-updated-date', 'This notice will be checked again by the governors in September 2027.')).toBe('fail');
  });
});

describe('dates that are not the notice date', () => {
  it.each([
    'Our safeguarding policy was updated in September 2025 and is on the website.',
    'The Department for Education changed the census on 1 October 2025; this notice explains what we send.',
    'We changed our catering supplier in this version of the menu on 3 March 2026.',
    'This version replaces the notice we first wrote for the data protection changes of May 2018.',
  ])('fails: %s', (passage) => {
    expect(status('last-updated-date', passage)).toBe('fail');
  });
});
