// Whole notices where a date, an office or a password is said in a way the wording lists did not expect: the notice's
// date given by who rewrote it or as the answer to a question (checklist.md 2.24), an access route to a named office
// with no channel (2.15), and a password that is data the school holds rather than a safeguard (2.29).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HEAD = `Thornbury Green Primary School
Privacy notice for families

Thornbury Green Primary School is the data controller for the information in this notice. You can reach the office on
01632 960 118 or office@thornburygreen.sch.example, or write to us at 2 Mill Road, Thornbury NB4 2TT.

We use information about pupils to teach them, to keep them safe and to meet our legal duties. The law requires us to
send the school census to the Department for Education.

`;

const statusOf = (id: string, text: string) => noticeStatus(id, text, 'https://thornburygreen.sch.example/privacy', '2026-12-02');

describe('the notice date said by who rewrote it, or as the answer to a question', () => {
  it('reads a date after the name and post of whoever rewrote the notice', () => {
    const end = 'Rewritten by Mrs A Okafor, Headteacher, June 2026, and agreed by the governors.\n';
    expect(statusOf('last-updated-date', HEAD + end)).toBe('pass');
  });

  it('reads the date that answers a question about when the notice was last updated', () => {
    const end = 'When was this notice last changed?\nOctober 2026. The governors look at it every year.\n';
    expect(statusOf('last-updated-date', HEAD + end)).toBe('pass');
  });

  it('does not read a date that follows an unrelated question, nor a question about the next review', () => {
    expect(statusOf('last-updated-date', HEAD + 'Who can see this information?\nOctober 2026 saw a new office team join us.\n')).toBe(
      'fail',
    );
    expect(statusOf('last-updated-date', HEAD + 'When will this notice next be reviewed?\nSeptember 2027.\n')).not.toBe('pass');
  });
});

describe('an access request sent to a named office of the school', () => {
  const rights = 'You have the right to ask for a copy of the information we hold about you or your child.\n\n';
  it('is partial when that office has no channel anywhere in the notice', () => {
    const route = 'Requests are dealt with by our Records Access Team. Address your request to the Records Access Team.\n';
    expect(statusOf('subject-access-route', HEAD + rights + route)).toBe('partial');
  });

  it('passes when the notice gives the office its own channel', () => {
    const route =
      'Requests are dealt with by our Records Access Team. Address your request to the Records Access Team at records@thornburygreen.sch.example.\n';
    expect(statusOf('subject-access-route', HEAD + rights + route)).toBe('pass');
  });
});

describe('a password that is data the school holds is not a security measure', () => {
  it('does not take the password families set for collecting their child for a safeguard', () => {
    const held = 'We hold the names of the adults who may collect your child, and the collection password you set.\n';
    expect(statusOf('security-measures', HEAD + held)).toBe('fail');
  });

  it('still reads passwords that guard the records', () => {
    const guarded = 'Our pupil records can only be opened by staff who log in with their own username and password.\n';
    expect(statusOf('security-measures', HEAD + guarded)).toBe('pass');
  });
});
