// Parents' own data under a heading that is only the people ("3.2 Parents/carers") is a part of its own on parents, not
// an item of the pupil data list (checklist.md 2.32 pass), when what is held about them follows.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (part: string[]) =>
  [
    'Hollybank College: privacy notice for students and families',
    '3. What we collect',
    '3.1 Students',
    '- Name, date of birth, address, unique pupil number.',
    '- Attendance, assessment results, behaviour records.',
    ...part,
    '4. Why we use it',
    'We use student information to teach, to keep students safe and to meet our legal duties.',
  ].join('\n');

const statusOf = (part: string[]) => noticeStatus('parents-carers-data', notice(part), 'https://hollybank.sch.example/privacy');

describe('parents-carers-data: a part under a bare heading', () => {
  it('"3.2 Parents/carers" over the details held about them passes', () => {
    expect(statusOf(['3.2 Parents/carers', '- Names, relationship to the student, address, phone and email.'])).toBe('pass');
  });
  it('"Parents and carers" over the same passes', () => {
    expect(statusOf(['Parents and carers', '- Names, relationship to the student, address, phone and email.'])).toBe('pass');
  });
  it("the same details as an item of the students' list stay partial", () => {
    expect(statusOf(['- Names, phone numbers and email addresses of parents and carers.'])).toBe('partial');
  });
});
