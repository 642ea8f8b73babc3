// Youth support services in a school whose pupils all leave before 16 (checklist.md 2.23): the parent's option to limit
// the 13+ sharing is the whole of the choice there; the right that passes to the pupil at 16 never arises in the school.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (ages: string) =>
  [
    'Privacy notice: Brackenhill Middle School',
    `Brackenhill Middle School teaches children aged ${ages}. The governing body is the data controller.`,
    'Young people aged 13 and over',
    'Once a pupil turns 13 we send their name, address and date of birth to Westmoor Council’s youth support service (section 507B of the Education Act 1996).',
    'We only pass on more than this if a parent agrees, and a parent can ask us to send no more than those details.',
  ].join('\n');

describe('youth support services where every pupil leaves before 16', () => {
  it("passes the parent's option with nothing on the pupil's own choice from 16", () => {
    expect(noticeStatus('youth-support-services', notice('9 to 13'))).toBe('pass');
  });
  it('still asks for the pupil’s own choice from 16 where pupils stay on past it', () => {
    expect(noticeStatus('youth-support-services', notice('11 to 16'))).toBe('partial');
  });
});
