// Retention read by meaning: a period for one kind of record only (a visitors' book, display photographs, a mailbox)
// is a subset (checklist.md 2.13 partial); a period said of pupil information in general is the answer.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Larkspur Primary School',
  ages: '3 to 11',
  title: 'How we look after pupil information',
  closing: 'End of this notice.',
  url: 'https://larkspur.sch.example/privacy',
  asOf: '2026-11-23',
});

describe('retention: one kind of record only', () => {
  it('a period for the visitors’ sign-in book alone is partial', () => {
    expect(
      status('retention', 'Our front desk sign-in books are shredded after eighteen months. Everything else follows our records policy.'),
    ).toBe('partial');
  });
  it('a period for display photographs alone is partial', () => {
    expect(status('retention', 'Photos taken for classroom walls are kept for two years and then thrown away.')).toBe('partial');
  });
  it('a period for staff mailboxes alone is partial, whatever else is kept "as long as necessary"', () => {
    expect(status('retention', 'We keep what we need for as long as necessary. Emails are deleted after two years.')).toBe('partial');
  });
  it('a period for the alumni network’s contact details alone is partial', () => {
    expect(
      status(
        'retention',
        'Our records schedule can be had from the office on request.\nDetails in our alumni network are held until you tell us you no longer want to hear from us.',
      ),
    ).toBe('partial');
  });
  it('the same beside a period for pupil information in general passes', () => {
    expect(
      status(
        'retention',
        'Photos taken for classroom walls are kept for two years and then thrown away. Pupil information is kept securely until the child turns 25.',
      ),
    ).toBe('pass');
  });
});
