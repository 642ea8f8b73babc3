// The access route (checklist.md 2.15): a request to the head teacher is not completed by a DPO's mailbox at the
// council, however the DPO line names "the school's" DPO; and a named office of a college with no channel anywhere
// leaves the route partial, as a school's or academy's does.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

describe('a request to the head teacher in a notice of numbered statements', () => {
  const notice = (dpoLine: string) =>
    [
      'Millbeck Community Primary School - How we use pupil information',
      '',
      '1. Millbeck Community Primary School is maintained by Hartsmoor Borough Council.',
      '2. We use information about pupils to support their learning and keep them safe.',
      '3. To ask for a copy of this information, or to see your child’s educational record, please make your request to the Headteacher.',
      `4. ${dpoLine}`,
      '5. This notice was updated in October 2026.',
    ].join('\n');
  it('the council’s DPO mailbox, called "the school’s DPO", does not reach the head teacher: partial', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        notice(
          'The school’s Data Protection Officer is provided by Hartsmoor Borough Council and can be contacted at schools.dpo@hartsmoor.gov.uk.',
        ),
      ),
    ).toBe('partial');
  });
  it('the school office’s own line does: pass', () => {
    expect(noticeStatus('subject-access-route', notice('You can reach the school office on 01632 960777 or office@millbeck.sch.uk.'))).toBe(
      'pass',
    );
  });
});

describe('a named office of a college', () => {
  it('"the college’s Information Governance Office" with no channel anywhere is partial', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        [
          'Brindle Vale Sixth Form College',
          'Privacy notice for students',
          'Brindle Vale Sixth Form College is the data controller for the information described here. We are based at Mill Road, Brindleford BR4 6TS.',
          'You have the right to ask for a copy of the information we hold about you.',
          'To ask for a copy, send your request to the college’s Information Governance Office.',
        ].join('\n'),
      ),
    ).toBe('partial');
  });
});
