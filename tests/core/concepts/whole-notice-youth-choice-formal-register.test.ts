// The youth support choice written in a formal register: the parent's consent named after the thing consented to
// ("only with the consent of a parent"), the pupil who "directs" what is sent, and the right that "passes" to the
// pupil with words between (checklist.md 2.23).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HEAD = `Aldergate Grammar School
Privacy Notice for Students and Parents

1.1 Aldergate Grammar School, a selective school for students aged 11 to 18, is the data controller. The School may
be contacted at office@aldergate.sch.example or on 01632 960 402.

8. Youth support services

8.1 When a student reaches the age of 13, the School provides the student's name, address and date of birth to
Wexcombe County Council, the provider of youth support services under section 507B of the Education Act 1996.
`;

const statusOf = (text: string) => noticeStatus('youth-support-services', text, 'https://aldergate.sch.example/privacy');

describe('the youth support choice in a formal register', () => {
  it('passes with more sent only on a parent’s consent and a student of 16 who directs the limit', () => {
    const choice = `Further information is provided only with the consent of a parent.

8.2 From the age of 16 a student may direct that nothing beyond name, address and date of birth is provided, the right
formerly held by the parent having passed to the student.
`;
    expect(statusOf(HEAD + choice)).toBe('pass');
  });

  it('stays short when nobody is given a say over what is sent', () => {
    const none = `Further information is provided where the Council requires it.

8.2 The Council is also told of each student's destination after Year 11.
`;
    expect(statusOf(HEAD + none)).toBe('partial');
  });
});
