// Shortfalls inside whole notices for retention, transfers abroad and security: a check's own section falls short while
// words of its topic recur elsewhere (a supplier contract in the sharing section, a CCTV period, a section heading).
// Those must not make up for it, and a compliant section in new words must still pass.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import type { Status } from '../../../src/core/report';

const SECTIONS: Record<string, string> = {
  head: 'Larkspur Hill School\nPrivacy notice for pupils and families\nLarkspur Hill School is a special school for pupils aged 3 to 19, maintained by Eastdown County Council.',
  collect:
    'What we hold\nWe hold names, addresses, attendance, EHC plans, medical and therapy notes, transport routes and photographs of learning.',
  sharing:
    'Who we share with\nWe share information with the council, the NHS therapy service and the next school a pupil moves to. Every supplier we use works under a written contract with the council.',
  transfers: 'Data held abroad\nOur learning journal keeps data in Ireland, which the UK recognises as giving adequate protection.',
  security: 'Keeping information secure\nRecords can be opened only by staff who need them, and school laptops are encrypted.',
  retention: 'How long we keep it\nA pupil’s file is kept until their 25th birthday and then shredded.',
  cctv: 'CCTV\nOur entrance camera keeps recordings for 28 days.',
  close: 'Complaints can be made to the Information Commissioner at ico.org.uk. This notice was last updated in October 2026.',
};

/** The check's status on the whole notice, with some of its sections replaced. */
function statusOf(id: string, replace: Record<string, string>): Status {
  const text = Object.entries(SECTIONS)
    .map(([name, body]) => replace[name] ?? body)
    .join('\n\n');
  const status = noticeStatus(id, text, 'https://larkspur.example/privacy');
  if (!status) throw new Error(`no item ${id}`);
  return status;
}

const retention = (section: string) => statusOf('retention', { retention: `How long we keep it\n${section}` });
const transfers = (section: string) => statusOf('international-transfers', { transfers: `Data held abroad\n${section}` });

describe('whole notice: retention', () => {
  it('passes the host as written', () => expect(statusOf('retention', {})).toBe('pass'));

  it('reads "a year after" as a period, said here of one kind of record', () => {
    expect(retention('Contact details of parents are deleted a year after their child leaves.')).toBe('partial');
    expect(retention('What we hold about your child is kept until a year after they leave the school.')).toBe('pass');
  });

  it('reads examples after "such as" as the record they illustrate, not as more kinds', () => {
    expect(
      retention('Therapy information, such as session notes and progress reports, is kept for this school year and one further year.'),
    ).toBe('partial');
    expect(retention('Pupil records, such as session notes and progress reports, are kept until the pupil is 25.')).toBe('pass');
  });

  it('reads a noun that names one kind itself as that kind, not as the records in general', () => {
    expect(retention('Photographs for the newsletter are removed after two years.')).toBe('partial');
    expect(retention('Photographs, reports and all other records are kept until the pupil is 25.')).toBe('pass');
  });

  it('reads "paper" before another word as the medium, not as the record', () => {
    expect(retention('Paper copies of medicine forms are kept for three years.')).toBe('partial');
    expect(retention('Paper and electronic records are kept until the pupil turns 25.')).toBe('pass');
  });

  it('follows a schedule named without "retention" only where it can be reached', () => {
    expect(retention('How long we keep a record depends on its type; the full schedule is kept in the school office.')).toBe('partial');
    expect(retention('How long we keep a record depends on its type; the full schedule is at https://larkspur.example/records.pdf')).toBe(
      'pass',
    );
    expect(retention('How long we keep a record depends on its type; the full schedule is at https://docs.larkspur.internal/records')).toBe(
      'partial',
    );
  });
});

describe('whole notice: transfers abroad', () => {
  it('passes the host as written', () => expect(statusOf('international-transfers', {})).toBe('pass'));

  it('does not take the supplier contract in the sharing section before for a transfer safeguard', () => {
    expect(transfers('Our homework app keeps pupils’ work on servers in the United States.')).toBe('partial');
    expect(
      transfers('Our homework app keeps pupils’ work in the United States, under the UK Addendum to the standard contractual clauses.'),
    ).toBe('pass');
  });

  it('reads a denial carried by the subject ("no pupil information is ...")', () => {
    expect(transfers('No pupil information is stored outside the UK.')).toBe('pass');
    expect(transfers('Some pupil information is stored outside the UK.')).toBe('partial');
  });
});

describe('whole notice: security', () => {
  it('passes the host as written', () => expect(statusOf('security-measures', {})).toBe('pass'));

  it('does not take the section heading for measures when the section speaks of the Department', () => {
    const dfe = 'Keeping information secure\nThe Department for Education has robust processes to keep the data it receives secure.';
    expect(statusOf('security-measures', { security: dfe })).toBe('fail');
    const own = 'Keeping information secure\nOnly the staff who need a record can open it, and our devices need a password.';
    expect(statusOf('security-measures', { security: own })).toBe('pass');
  });
});
