// Youth support services apply only to schools with pupils aged 13 or over (checklist.md 2.23): when the notice never
// says what ages it teaches, a shortfall in its youth section is for a person to judge, not a gap.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (school: string) =>
  [
    school,
    'Privacy notice for pupils and families',
    'We use pupil information to support learning, to keep pupils safe and to meet our legal duties.',
    'Youth support services',
    'Where pupils are aged 13 or over, we also pass information to the local authority’s youth support services, which help young people stay in education or training.',
  ].join('\n');

describe('youth support services with the phase unknown', () => {
  it('a youth section that leaves out the choice is needs-review when the ages are never said', () => {
    expect(noticeStatus('youth-support-services', notice('Ashdown Vale School'))).toBe('needs-review');
  });
  it('the same section in a school that says it teaches 11 to 16 is partial', () => {
    expect(noticeStatus('youth-support-services', notice('Ashdown Vale School (ages 11 to 16)'))).toBe('partial');
  });
});
