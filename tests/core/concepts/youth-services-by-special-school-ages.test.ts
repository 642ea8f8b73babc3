// Youth support services (checklist.md 2.23) apply where pupils reach 13. A special school that gives its ages beside
// what it is ("a special school for children aged 3 to 11") has no such pupil; one that teaches to 19 does.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (ages: string) =>
  [
    'Privacy notice for parents and carers',
    `Oakridge School is a special school for children and young people aged ${ages} with complex medical needs.`,
    'We hold information about your child so that we can teach them and care for them safely.',
  ].join('\n\n');

describe('youth support services in a special school, by its ages', () => {
  it('does not apply when the oldest pupils are under 13', () => {
    expect(noticeStatus('youth-support-services', notice('3 to 11'), 'https://oakridge.sch.example/privacy', '2026-12-04')).toBe(
      'not-applicable',
    );
  });

  it('still applies when pupils stay to 19', () => {
    expect(noticeStatus('youth-support-services', notice('3 to 19'), 'https://oakridge.sch.example/privacy', '2026-12-04')).toBe('fail');
  });
});
