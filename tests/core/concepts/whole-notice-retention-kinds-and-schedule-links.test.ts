// Retention (checklist.md 2.13): a period said of one named thing ("Completed answer sheets are kept for twelve months",
// "Gift Aid declarations are kept for six years") covers that kind of record only; a schedule linked on an intranet or
// behind a sign-in is not public, whatever other policy's public link stands beside it.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import { runAudit } from '../../../src/core/run-audit';

const text = (keeping: string) =>
  ['Wealdmark Grammar School', 'Privacy notice for applicants and pupils', 'How long we keep information', keeping].join('\n');

describe('a period said of one named thing', () => {
  it.each([
    'Completed answer sheets are kept by the testing company for twelve months and then securely destroyed.',
    'Gift Aid declarations are kept for six years after the last donation they cover.',
  ])('"%s" is one kind only: partial', (keeping) => {
    expect(noticeStatus('retention', text(keeping))).toBe('partial');
  });
  it('examples set off by commas are that one record, not more kinds: partial', () => {
    expect(
      noticeStatus(
        'retention',
        text(
          'Funding paperwork, including declaration forms, eligibility checks and headcount records, is kept for six years after the year it covers.',
        ),
      ),
    ).toBe('partial');
  });
  it('a period said of "it" (the information just described) still passes', () => {
    expect(noticeStatus('retention', text('Everything we hold about your child is kept until they are 25. It is then destroyed.'))).toBe(
      'pass',
    );
  });
});

const html = (links: string) =>
  `<html><body><main><h1>Oakmoor Special School privacy notice</h1><p>Oakmoor Special School is the data controller for the information in this notice.</p><h2>How long we keep information</h2><p>We keep records for the periods set out in our Records Retention Schedule.</p><p>${links}</p></main></body></html>`;
const statusOf = (id: string, page: string) =>
  runAudit({ notice: { format: 'html', url: 'https://oakmoor.sch.example/privacy', html: page } }, { asOf: '2026-12-03' }).items.find(
    (i) => i.id === id,
  )!.status;

describe('the schedule’s own link', () => {
  it('an intranet schedule beside another policy’s public link is not public: partial', () => {
    expect(
      statusOf(
        'retention',
        html(
          '<a href="https://intranet.oakmoor.sch.example/staff/records-retention-schedule.pdf">Records Retention Schedule</a> and our <a href="https://oakmoor.sch.example/policies/online-safety.pdf">Online Safety Policy</a>',
        ),
      ),
    ).toBe('partial');
  });
  it('a schedule behind a parent portal’s sign-in is not public: partial, and the link is flagged', () => {
    const page = html('<a href="https://portal.oakmoor.sch.example/login?next=/policies/records-retention">Records Retention Schedule</a>');
    expect(statusOf('retention', page)).toBe('partial');
    expect(statusOf('links-public-and-working', page)).toBe('fail');
  });
  it('a link to another part of the same page is a cross-reference, not the schedule: partial', () => {
    expect(statusOf('retention', html('<a href="#how-long">See how long we keep information</a>'))).toBe('partial');
    expect(statusOf('retention', html('<a href="https://oakmoor.sch.example/privacy#how-long">How long we keep it</a>'))).toBe('partial');
  });
  it('the schedule on the school’s public site passes', () => {
    expect(
      statusOf(
        'retention',
        html('<a href="https://oakmoor.sch.example/policies/records-retention-schedule.pdf">Records Retention Schedule</a>'),
      ),
    ).toBe('pass');
  });
});

describe('a period beside a schedule with no link', () => {
  const withSchedule = (period: string) =>
    text(`How long each kind of record is kept is set out in our Records Management Policy, available from the office. ${period}`);
  it('a period for exam scripts alone does not make up for the unlinked schedule: partial', () => {
    expect(
      noticeStatus('retention', withSchedule('Exam scripts are held until the deadline for appeals has passed, and then destroyed.')),
    ).toBe('partial');
  });
  it('a period for pupil records does: pass', () => {
    expect(noticeStatus('retention', withSchedule('Pupil records are held until the pupil reaches 25, and then destroyed.'))).toBe('pass');
  });
});

describe('a cookie section on the same page', () => {
  it('how long its cookies last is not how long the school keeps personal data: the CCTV period alone is partial', () => {
    const notice = [
      'Elmstead High School',
      'Privacy notice for pupils and parents',
      'CCTV',
      'Camera recordings are kept for 28 days and then overwritten.',
      'Cookies on this website',
      'We use only necessary cookies on this site.',
      '* Necessary cookies: sessionid (keeps you signed in, deleted when you close the browser) and consent_pref (remembers your choice, 6 months).',
    ].join('\n');
    expect(noticeStatus('retention', notice)).toBe('partial');
  });
});

describe("periods for the school's other people", () => {
  it('periods said only of governors and volunteers say nothing of how long pupil records are kept: partial', () => {
    const notice = text(
      'For pupils, please see our records policy. Records about our volunteers are kept for five years after they last help us. Information about governors is held for six years after their term ends.',
    );
    expect(noticeStatus('retention', notice)).toBe('partial');
  });
  it('a period for pupil records beside them still passes', () => {
    const notice = text(
      "Pupil records are kept until the pupil's 25th birthday. Records about our volunteers are kept for five years after they last help us.",
    );
    expect(noticeStatus('retention', notice)).toBe('pass');
  });
});
