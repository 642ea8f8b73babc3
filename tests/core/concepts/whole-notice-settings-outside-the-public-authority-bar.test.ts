// Legitimate interests as the only Article 6 basis is short for a public authority (a maintained school or academy), but
// a registered charity run by its committee or an independent school may rely on it (Art 6(1) final subparagraph).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (who: string) =>
  [
    'Bluebell Hill Pre-school',
    'Privacy notice for families',
    who,
    'We use the information you give us to care for your child and to keep you informed.',
    'Our lawful basis is our legitimate interests in running a safe and well-organised pre-school for local families.',
  ].join('\n');

describe('legitimate interests as the only basis', () => {
  it('a registered charity run by its parent committee names a basis it may use: pass', () => {
    expect(
      noticeStatus(
        'lawful-basis-art6',
        notice('Bluebell Hill Pre-school is a registered charity (no. 1099123) run by a committee of parent volunteers.'),
      ),
    ).toBe('pass');
  });
  it('a school that says nothing of being outside the public sector stays partial', () => {
    expect(noticeStatus('lawful-basis-art6', notice('Bluebell Hill Pre-school is part of Bluebell Hill Primary School.'))).toBe('partial');
  });
});
