// Whole cookie audits of the fixture notices (table, definition list, headings, flattened text) with observed cookies.
import { describe, expect, it } from 'vitest';
import { auditCookieFixture, flagIds, statuses } from './helpers';
import { runAudit } from '../../../src/core/run-audit';

describe('a site that does it all right (tab-separated table, consent tool, dated, current law)', () => {
  const before = auditCookieFixture('all-right.txt', 'all-right.none-given.json');
  const after = auditCookieFixture('all-right.txt', 'all-right.accepted.json');

  it('passes every applicable check before consent', () => {
    const s = statuses(before);
    for (const id of [
      'ck-notice-present',
      'ck-names-listed',
      'ck-purposes',
      'ck-duration',
      'ck-third-parties',
      'ck-prior-consent',
      'ck-strictly-necessary-accuracy',
      'ck-withdraw-change',
      'ck-current-law',
      'ck-last-updated',
      'ck-personal-data-link',
      'ck-all-observed-declared',
      'ck-declared-durations-match',
    ]) {
      expect(s[id], id).toBe('pass');
    }
    expect(s['ck-embedded-content']).toBe('not-applicable');
    expect(s['ck-analytics-exception']).toBe('not-applicable');
    expect(flagIds(before)).not.toContain('undeclared-cookie');
    expect(flagIds(before)).not.toContain('non-essential-before-consent');
  });

  it('declares every cookie seen after acceptance, with matching lifetimes', () => {
    const s = statuses(after);
    expect(s['ck-all-observed-declared']).toBe('pass');
    expect(s['ck-declared-durations-match']).toBe('pass');
    expect(s['ck-prior-consent']).toBe('pass');
    expect(after.items.find((i) => i.id === 'ck-prior-consent')!.message).toMatch(/Not verified/);
    expect(after.cookies!.observed.every((c) => c.declared === 'yes' && c.beforeConsent === false)).toBe(true);
  });
});

describe('HTML table with the purpose column first: undeclared analytics set before consent', () => {
  const report = auditCookieFixture('table-purpose-first.html', 'table-purpose-first.observed.json');
  const s = statuses(report);

  it('reads the table whatever the column order', () => {
    expect(report.cookies!.declared.map((d) => [d.names, d.duration, d.durationSeconds])).toEqual([
      [['PHPSESSID'], 'Session', 0],
      [['CookieControl'], '90 days', 7_776_000],
    ]);
  });

  it('finds the undeclared Google Analytics cookies and that they came before consent', () => {
    expect(s['ck-all-observed-declared']).toBe('fail');
    expect(s['ck-prior-consent']).toBe('fail');
    expect(s['ck-third-parties']).toBe('partial');
    expect(flagIds(report)).toEqual(expect.arrayContaining(['undeclared-cookie', 'non-essential-before-consent', 'declared-not-observed']));
    const undeclared = report.flags.find((f) => f.id === 'undeclared-cookie')!;
    expect(undeclared.evidence.map((e) => e.text.split(' ')[0])).toEqual(['_ga', '_ga_K7PQ2XY9Z1', '_gid']);
  });

  it('does not let a January 2026 notice rely on the analytics exception', () => {
    expect(s['ck-analytics-exception']).toBe('fail');
    expect(report.items.find((i) => i.id === 'ck-analytics-exception')!.message).toMatch(/14 January 2026/);
  });
});

describe('definition list with wildcard declarations', () => {
  const report = auditCookieFixture('definition-list.html', 'definition-list.observed.json');
  const s = statuses(report);

  it('matches ASPSESSIONID* and _ga_* to the real names', () => {
    const by = new Map(report.cookies!.observed.map((c) => [c.name, c]));
    expect(by.get('ASPSESSIONIDSQTRQDBA')).toMatchObject({ declared: 'yes', matchedEntry: 'ASPSESSIONID*' });
    expect(by.get('_ga_ZZ81QW')).toMatchObject({ declared: 'yes', matchedEntry: '_ga_*' });
    expect(s['ck-all-observed-declared']).toBe('pass');
  });

  it('notes the declared cookie that was not seen and the lifetime that is too long', () => {
    const notSeen = report.flags.find((f) => f.id === 'declared-not-observed')!;
    expect(notSeen.evidence.map((e) => e.text)).toEqual(['_gat']);
    expect(s['ck-declared-durations-match']).toBe('partial');
    expect(report.items.find((i) => i.id === 'ck-declared-durations-match')!.evidence[0]!.text).toBe(
      '_gid: declared 1 day, observed 30 days',
    );
  });
});

describe('heading + paragraph notice with third-party embeds', () => {
  const report = auditCookieFixture('heading-paragraph.txt', 'heading-paragraph.observed.json');
  const s = statuses(report);

  it('reads names from headings and lifetimes from the descriptions', () => {
    expect(report.cookies!.declared.map((d) => [d.names[0], d.durationSeconds])).toEqual([
      ['YSC', 0],
      ['VISITOR_INFO1_LIVE', 15_778_800],
      ['NID', 15_778_800],
    ]);
  });

  it('passes embeds that load only after consent, and places YouTube cookies as third-party', () => {
    expect(s['ck-embedded-content']).toBe('pass');
    expect(report.cookies!.observed.every((c) => c.party === 'third' && c.vendor === 'YouTube')).toBe(true);
  });

  it('sees that two YouTube cookies are covered only at vendor level', () => {
    expect(s['ck-all-observed-declared']).toBe('partial');
    expect(report.cookies!.observed.filter((c) => c.declared === 'vendor-only').map((c) => c.name)).toEqual([
      'VISITOR_PRIVACY_METADATA',
      '__Secure-ROLLOUT_TOKEN',
    ]);
  });
});

describe('flattened table relying on the statistical-purposes exception', () => {
  it('after 5 February 2026: the exception is met, so analytics before consent are lawful', () => {
    const report = auditCookieFixture('analytics-exception.txt', 'analytics-exception.observed.json', '2026-03-01');
    const s = statuses(report);
    expect(report.cookies!.declared.map((d) => d.names[0])).toEqual(['_pk_id.*', '_pk_ses.*', 'cookieyes-consent']);
    expect(s['ck-analytics-exception']).toBe('pass');
    expect(s['ck-prior-consent']).toBe('pass');
    expect(s['ck-names-listed']).toBe('pass');
    expect(flagIds(report)).not.toContain('near-miss-cookie-name');
  });

  it('before 5 February 2026: the same analytics needed consent', () => {
    const report = auditCookieFixture('analytics-exception.txt', 'analytics-exception.observed.json', '2025-12-01');
    const s = statuses(report);
    expect(s['ck-analytics-exception']).toBe('fail');
    expect(s['ck-prior-consent']).toBe('fail');
    expect(report.items.find((i) => i.id === 'ck-prior-consent')!.evidence.map((e) => e.text.split(' ')[0])).toEqual([
      '_pk_id.3.1fff',
      '_pk_ses.3.1fff',
    ]);
  });

  it('without a way to object the exception fails even after the date', () => {
    const text =
      'Cookies\n\nWe use Matomo to produce aggregate statistics and improve the website; Matomo acts as our processor. These analytics cookies are set without asking for consent.\n\n_pk_id.* - used by Matomo to count visitors; expires after 13 months.\n';
    const doc = { format: 'text' as const, text };
    const report = runAudit({ notice: doc, cookieNotice: doc }, { asOf: '2026-06-01', kind: 'cookie-notice' });
    const item = report.items.find((i) => i.id === 'ck-analytics-exception')!;
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/simple, free way to object/);
  });

  it('with only the opt-out missing the processor statement, the exception is partly met', () => {
    const text =
      'Cookies\n\nWe use Matomo to produce aggregate statistics and improve the website. These analytics cookies are set without asking for consent; you can opt out at any time with the switch below.\n\n_pk_id.* - used by Matomo to count visitors; expires after 13 months.\n';
    const doc = { format: 'text' as const, text };
    const report = runAudit({ notice: doc, cookieNotice: doc }, { asOf: '2026-06-01', kind: 'cookie-notice' });
    expect(report.items.find((i) => i.id === 'ck-analytics-exception')!.status).toBe('partial');
  });
});

describe('the analytics exception and Google Analytics', () => {
  const base =
    'Cookies\n\nWe use Google Analytics to produce aggregate statistics and improve the website. These cookies are set without asking for consent; you can opt out at any time with the switch below. PROCESSOR\n\n_ga - used by Google Analytics to distinguish visitors; expires after 2 years.\n';
  const audit = (processor: string) => {
    const doc = { format: 'text' as const, text: base.replace('PROCESSOR', processor) };
    return runAudit({ notice: doc, cookieNotice: doc }, { asOf: '2026-06-01', kind: 'cookie-notice' }).items.find(
      (i) => i.id === 'ck-analytics-exception',
    )!;
  };

  it('is only partly met when Google is not said to act as a processor', () => {
    expect(audit('The provider acts as our processor.').status).toBe('partial');
  });

  it('is met when the notice says Google acts only as our processor with data sharing off', () => {
    expect(audit('Google acts as our processor and Google data sharing is switched off.').status).toBe('pass');
  });
});

describe('a cookie table with one entry and no lifetime', () => {
  const text = 'Cookies\n\nName\tPurpose\nPHPSESSID\tKeeps you logged in to the parent portal\n';
  const doc = { format: 'text' as const, text };
  const report = runAudit({ notice: doc, cookieNotice: doc }, { asOf: '2026-06-01', kind: 'cookie-notice' });

  it('says the one entry gives no lifetime, in the singular', () => {
    const item = report.items.find((i) => i.id === 'ck-duration')!;
    expect(item.status).toBe('fail');
    expect(item.message).toBe('No expiry or duration is given for the one declared entry.');
  });
});
