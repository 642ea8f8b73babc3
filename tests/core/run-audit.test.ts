// runAudit's contract: every id reported, a failing check isolated as needs-review, cookie notices judged by cookie checks only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditAndRead, prepareAudit, runAudit } from '../../src/core/run-audit';
import { readNotice } from '../../src/core/notice/read-notice';
import { loadChecklist } from '../../src/core/checklist';
import type { Checklist } from '../../src/core/schema/checklist';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const seed = (n: string) => readFileSync(join(corpus, `seed-${n}.txt`), 'utf8');
const asOf = '2026-11-23';

describe('runAudit', () => {
  it('reports every notice and quality id once, and no cookie ids without cookie material', () => {
    const checklist = loadChecklist();
    const report = runAudit({ notice: { format: 'text', text: seed('003') } }, { asOf }, checklist);
    const want = checklist.items
      .filter((i) => i.area !== 'cookies')
      .map((i) => i.id)
      .sort();
    expect(report.items.map((i) => i.id).sort()).toEqual(want);
    expect(
      report.items.every(
        (i) => i.status === 'not-applicable' || i.status === 'needs-review' || i.evidence.length > 0 || i.message.length > 0,
      ),
    ).toBe(true);
  });

  it('a check that throws becomes needs-review with the message, and the rest of the audit completes', () => {
    const real = loadChecklist();
    const broken: Checklist = {
      ...real,
      items: real.items.map((i) => (i.id === 'dpo-contact' ? { ...i, options: { ...i.options, notAnOption: 1 } } : i)),
    };
    const report = runAudit({ notice: { format: 'text', text: seed('002') } }, { asOf }, broken);
    const dpo = report.items.find((i) => i.id === 'dpo-contact')!;
    expect(dpo.status).toBe('needs-review');
    expect(dpo.message).toMatch(/^The check failed: /);
    expect(report.items.find((i) => i.id === 'purposes')!.status).toBe('pass');
  });

  it('a cookie notice is judged by the cookie checks; privacy-notice checks are not applicable', () => {
    const text =
      'Cookie policy\n\nLast updated 1 March 2026\n\nCookie\tPurpose\tDuration\n_ga\tGoogle Analytics: counts visitors\t2 years\n';
    const report = runAudit({ notice: { format: 'text', text } }, { asOf, kind: 'cookie-notice' });
    expect(report.source.kind).toBe('cookie-notice');
    const notice = report.items.filter((i) => i.area !== 'cookies');
    expect(notice.length).toBeGreaterThan(20);
    expect(notice.every((i) => i.status === 'not-applicable')).toBe(true);
    expect(report.items.find((i) => i.id === 'ck-notice-present')!.status).toBe('pass');
  });

  it('an unreadable document makes every notice check needs-review with the reason, and raises no flags', () => {
    const report = runAudit({ notice: { format: 'pdf', pages: [], unreadable: 'no text layer (scanned document)' } }, { asOf });
    expect(report.items.every((i) => i.status === 'needs-review' && i.message.includes('scanned'))).toBe(true);
    expect(report.flags).toEqual([]);
  });
});

describe('auditAndRead and prepareAudit', () => {
  const notice = {
    format: 'html' as const,
    url: 'https://school.example/privacy',
    html: '<main><h1>Privacy notice</h1><p>We keep records until 25.</p></main>',
  };
  const cookieNotice = {
    format: 'html' as const,
    url: 'https://school.example/cookies',
    html: '<main><h1>Cookie policy</h1><p>We use a session cookie to keep you signed in.</p></main>',
  };

  it('hands back the documents the audit read, with the same report as runAudit', () => {
    const text = { format: 'text' as const, text: seed('003') };
    const read = auditAndRead({ notice: text, cookieNotice }, { asOf });
    expect(read.report).toEqual(runAudit({ notice: text, cookieNotice }, { asOf }));
    expect(read.notice.blocks).toEqual(readNotice(text).blocks);
    expect(read.cookieNotice?.blocks).toEqual(readNotice(cookieNotice).blocks);
    // Without a separate cookie notice there is no second document to hand back.
    expect(auditAndRead({ notice }, { asOf }).cookieNotice).toBeNull();
  });

  it('uses the readings a caller already made of its inputs, with the same report as reading them itself', () => {
    // Written for this test: a short pupil notice with a retention sentence.
    const html = {
      format: 'html' as const,
      url: 'https://school.example/pupil-privacy',
      html: '<main><h1>How we use pupil information</h1><p>Pupil files are kept until the pupil turns 25, then shredded.</p></main>',
    };
    const read = { notice: readNotice(html), cookieNotice: readNotice(cookieNotice) };
    const reused = auditAndRead({ notice: html, cookieNotice }, { asOf }, undefined, read);
    expect(reused.notice).toBe(read.notice);
    expect(reused.cookieNotice).toBe(read.cookieNotice);
    expect(reused.report).toEqual(runAudit({ notice: html, cookieNotice }, { asOf }));
  });

  it('reads a PDF itself even when handed a reading: its input check may trim the reading notes', () => {
    const pdf = {
      format: 'pdf' as const,
      pages: [{ page: 1, blocks: [{ kind: 'paragraph' as const, text: 'Pupil records are kept until the pupil is 25.' }] }],
    };
    const stale = readNotice(pdf);
    const own = auditAndRead({ notice: pdf }, { asOf }, undefined, { notice: stale });
    expect(own.notice).not.toBe(stale);
    expect(own.notice.blocks).toEqual(stale.blocks);
  });

  it('preparing ahead changes no verdict', () => {
    const text = { format: 'text' as const, text: seed('001') };
    const before = runAudit({ notice: text, cookieNotice }, { asOf });
    prepareAudit();
    expect(runAudit({ notice: text, cookieNotice }, { asOf })).toEqual(before);
  });
});

describe('the messages the audit words itself', () => {
  const SHELL = '<!doctype html><html><head><title>Our school</title></head><body><div id="app"></div></body></html>';
  const observedCookies = {
    pageUrl: 'https://school.example.sch.uk/',
    capturedAt: '2026-11-23T10:00:00Z',
    consent: 'none-given' as const,
    cookies: [{ name: '_ga', value: 'x', domain: '.school.example.sch.uk', path: '/', expires: 1_900_000_000, httpOnly: false }],
  };
  // Written for this test: a line of Welsh about a school's use of pupil information.
  const welsh = [
    'Hysbysiad Preifatrwydd Ysgol Gynradd Bryn Awel',
    'Mae Ysgol Gynradd Bryn Awel yn casglu gwybodaeth am ddisgyblion er mwyn eu haddysgu a gofalu amdanynt.',
    'Rydym yn cadw manylion cyswllt rhieni a gofalwyr fel y gallwn gysylltu â chi mewn argyfwng.',
  ].join('\n\n');
  const real = loadChecklist();
  const broken: Checklist = {
    ...real,
    items: real.items.map((i) => (i.id === 'dpo-contact' ? { ...i, options: { ...i.options, notAnOption: 1 } } : i)),
  };

  it.each([
    ['an unreadable page', () => runAudit({ notice: { format: 'html', html: SHELL, readFrom: 'rendered' } }, { asOf })],
    ['a cookie notice', () => runAudit({ notice: { format: 'text', text: seed('003') } }, { asOf, kind: 'cookie-notice' })],
    ['a workforce notice', () => runAudit({ notice: { format: 'text', text: seed('003') } }, { asOf, kind: 'workforce-notice' })],
    [
      'an unreadable cookie notice',
      () =>
        runAudit(
          {
            notice: { format: 'text', text: seed('003') },
            cookieNotice: { format: 'html', html: SHELL, readFrom: 'rendered' },
            observedCookies,
          },
          { asOf },
        ),
    ],
    ['a notice in Welsh', () => runAudit({ notice: { format: 'text', text: welsh } }, { asOf })],
    ['a check that throws', () => runAudit({ notice: { format: 'text', text: seed('002') } }, { asOf }, broken)],
  ])('%s: every message opens with a capital and ends with a full stop', (_what, audit) => {
    const report = audit();
    const notSentences = report.items.filter((i) => !/^[A-Z0-9"“‘]/.test(i.message) || !/[.?!]["”’)]*$/.test(i.message));
    expect(notSentences.map((i) => `${i.id}: ${i.message}`)).toEqual([]);
  });
});
