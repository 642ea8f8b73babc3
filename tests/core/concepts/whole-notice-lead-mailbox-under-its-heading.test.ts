// A "dataprotection@" mailbox given under a "Data Protection Lead" heading reaches the lead, not the DPO (checklist.md
// 2.3 trap), though the block under the heading names no role; under the DPO's own heading it is the DPO's channel.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (heading: string) =>
  [
    'Thornbury Academy: privacy notice for students and families',
    'Who is responsible for your information?',
    'Thornbury Academy is part of the Vale Schools Trust, which is the data controller. The Trust has appointed a Data Protection Officer, Ms Ana Reyes, who advises all its academies.',
    'Contacts',
    heading,
    'Mr Tom Hale, Business Manager dataprotection@thornbury.sch.example',
  ].join('\n');

const statusOf = (heading: string) => noticeStatus('dpo-contact', notice(heading), 'https://thornbury.sch.example/privacy');

describe('dpo-contact: a data-protection mailbox under its heading', () => {
  it('under "Data Protection Lead" it is the lead\'s, and the DPO still has no channel', () => {
    expect(statusOf('Data Protection Lead')).toBe('partial');
  });
  it('under "Data Protection Officer" it is the DPO\'s', () => {
    expect(statusOf('Data Protection Officer')).toBe('pass');
  });
});
