// The audit log: migration from the old shape, per-entry validation, the cap, quota handling and deletion.
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/report';
import { memoryStorage, type StorageApi } from '../../src/extension/adapters/storage';
import {
  LOG_KEY,
  LOG_VERSION,
  addAudit,
  compactReport,
  deleteAudits,
  documentChanges,
  latestPerSchool,
  previousAudit,
  readLog,
  type AuditLogEntry,
} from '../../src/extension/audit-log';
import { documentTextHash, readTextHash } from '../../src/extension/document-hash';
import { auditAndRead } from '../../src/core/run-audit';
import { summaryCsv } from '../../src/extension/summary';

function report(school: string, over: Partial<AuditReport> = {}): AuditReport {
  return {
    tool: { name: 'school-privacy-audit', version: '0.1.0' },
    checklist: { version: '2026.11', date: '2026-11-23' },
    source: { url: 'https://school.example/privacy', format: 'html', kind: 'pupil-notice', title: 'Privacy notice' },
    school,
    nation: 'england',
    phase: 'primary',
    detection: {
      nation: { value: 'england', from: 'detected', evidence: [] },
      phase: { value: 'primary', from: 'detected', evidence: [] },
      school: { value: school, from: 'detected', evidence: [] },
    },
    asOf: '2026-11-23',
    auditedAt: '2026-11-23T10:00:00.000Z',
    items: [
      {
        id: 'dpo-contact',
        area: 'notice',
        status: 'fail',
        severity: 'required',
        title: 'Data Protection Officer contact details',
        ref: 'UK GDPR Art 13(1)(b)',
        message: 'no DPO named',
        evidence: [],
        guidance: 'Name the DPO.',
      },
    ],
    flags: [],
    summary: {
      counts: { pass: 0, partial: 0, fail: 1, 'not-applicable': 0, 'needs-review': 0 },
      gaps: { required: 1, 'required-if': 0, recommended: 0, quality: 0 },
      headline: ['Missing: DPO.'],
    },
    warnings: [],
    ...over,
  };
}

function entry(id: string, school = "St Anselm's Primary School", savedAt = '2026-11-23T10:00:00.000Z'): AuditLogEntry {
  return {
    id,
    savedAt,
    siteUrl: 'https://school.example/',
    pageTitle: school,
    notice: { url: 'https://school.example/privacy', kind: 'pupil-notice', format: 'html', label: 'Privacy notice' },
    cookieNotice: null,
    capture: {
      browser: 'Chromium 156',
      consent: 'unknown',
      consentManager: null,
      thirdPartyCookies: 'unknown',
      cookies: 'read',
      capturedAt: savedAt,
    },
    report: report(school),
  };
}

describe('audit log', () => {
  it('starts empty and keeps audits newest first', async () => {
    const s = memoryStorage();
    expect((await readLog(s)).entries).toEqual([]);
    await addAudit(s, entry('a'));
    await addAudit(s, entry('b'));
    const log = await readLog(s);
    expect(log.entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(s.data.get(LOG_KEY)).toMatchObject({ version: LOG_VERSION });
  });

  it('prunes the oldest beyond the cap', async () => {
    const s = memoryStorage();
    for (const id of ['1', '2', '3', '4']) await addAudit(s, entry(id), 3);
    expect((await readLog(s)).entries.map((e) => e.id)).toEqual(['4', '3', '2']);
  });

  it('migrates a version 1 log (bare array, documentUrl/documentKind)', async () => {
    const { notice: _n, cookieNotice: _c, ...old } = entry('old');
    const s = memoryStorage({ [LOG_KEY]: [{ ...old, documentUrl: 'https://school.example/old', documentKind: 'pupil-notice' }] });
    const log = await readLog(s);
    expect(log.skipped).toBe(0);
    expect(log.entries[0]?.notice).toEqual({
      url: 'https://school.example/old',
      kind: 'pupil-notice',
      format: 'html',
      label: 'Privacy notice',
    });
    expect(log.entries[0]?.cookieNotice).toBeNull();
    await addAudit(s, entry('new'));
    expect(s.data.get(LOG_KEY)).toMatchObject({ version: 2, entries: [{ id: 'new' }, { id: 'old' }] });
  });

  it('skips and reports invalid entries without losing the rest', async () => {
    const bad = { ...entry('bad'), report: { ...report('X'), items: [{ id: 'x', status: 'excellent' }] } };
    const s = memoryStorage({ [LOG_KEY]: { version: 2, entries: [entry('good1'), bad, 'junk', entry('good2')] } });
    const log = await readLog(s);
    expect(log.entries.map((e) => e.id)).toEqual(['good1', 'good2']);
    expect(log.skipped).toBe(2);
    expect(log.problems).toHaveLength(2);
    expect(log.problems[0]).toMatch(/Entry 2 was skipped/);
  });

  it('never overwrites a log from a newer version', async () => {
    const s = memoryStorage({ [LOG_KEY]: { version: 99, entries: [entry('future')] } });
    const log = await readLog(s);
    expect(log.readOnly).toBe(true);
    expect(log.entries.map((e) => e.id)).toEqual(['future']);
    await expect(addAudit(s, entry('x'))).rejects.toThrow(/newer version/);
    await expect(readLog(memoryStorage({ [LOG_KEY]: 'nonsense' }))).resolves.toMatchObject({ readOnly: true, entries: [] });
  });

  it('drops the oldest audits when the browser quota refuses a write', async () => {
    const inner = memoryStorage();
    const quota: StorageApi = {
      ...inner,
      async set(key, value) {
        const entries = (value as { entries: unknown[] }).entries;
        if (entries.length > 5) throw new Error('QUOTA_BYTES quota exceeded');
        await inner.set(key, value);
      },
    };
    for (let i = 0; i < 5; i++) await addAudit(quota, entry(`e${i}`));
    const kept = await addAudit(quota, entry('e5'));
    expect(kept[0]?.id).toBe('e5');
    expect(kept.length).toBeLessThanOrEqual(5);
  });

  it('deletes by id', async () => {
    const s = memoryStorage();
    for (const id of ['a', 'b', 'c']) await addAudit(s, entry(id));
    await deleteAudits(s, ['b']);
    expect((await readLog(s)).entries.map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('trims long evidence before saving', () => {
    const long = report('X', {
      items: [{ ...report('X').items[0]!, evidence: Array.from({ length: 10 }, () => ({ text: 'a'.repeat(2000), where: 'line 1' })) }],
    });
    const compact = compactReport(long);
    expect(compact.items[0]?.evidence).toHaveLength(6);
    expect(compact.items[0]?.evidence[0]?.text.length).toBeLessThanOrEqual(601);
  });
});

describe('summary CSV', () => {
  it('has one row per audit and neutralises formula-looking cells', () => {
    const hostile = entry('h', '=HYPERLINK("http://evil.example","x")');
    const csv = summaryCsv([entry('a'), hostile]);
    expect(csv.startsWith('\uFEFFurn,la,school,site_url,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines[2]).not.toMatch(/,=HYPERLINK/);
  });
});

describe('re-audits', () => {
  const withHash = (e: AuditLogEntry, textHash: string): AuditLogEntry => ({ ...e, notice: { ...e.notice, textHash } });
  it('fingerprints the text read, not the markup around it', async () => {
    const a = await documentTextHash({
      format: 'html',
      url: 'https://school.example/privacy',
      html: '<main><h1>Privacy notice</h1><p>We keep records until 25.</p></main><script>var t="a1"</script>',
    });
    const b = await documentTextHash({
      format: 'html',
      url: 'https://school.example/privacy',
      html: '<main><h1>Privacy notice</h1><p>We keep records until 25.</p></main><script>var t="b2"</script>',
    });
    const c = await documentTextHash({
      format: 'html',
      url: 'https://school.example/privacy',
      html: '<main><h1>Privacy notice</h1><p>We keep records until 30.</p></main>',
    });
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
  it('the fingerprint of the text the audit read is the fingerprint of the document read again', async () => {
    const notice = {
      format: 'html' as const,
      url: 'https://school.example/privacy',
      html: '<main><h1>Privacy notice</h1><p>We keep records until 25.</p><ul><li>the DfE</li><li>the council</li></ul></main>',
    };
    const cookieNotice = {
      format: 'html' as const,
      url: 'https://school.example/cookies',
      html: '<h1>Cookies</h1><p>A session cookie.</p>',
    };
    const read = auditAndRead({ notice, cookieNotice }, { asOf: '2026-11-23' });
    expect(await readTextHash(read.notice)).toBe(await documentTextHash(notice));
    expect(await readTextHash(read.cookieNotice!)).toBe(await documentTextHash(cookieNotice));
  });
  it('says whether the notice changed since the previous audit of the same school', () => {
    const old = withHash(entry('a', 'S', '2026-11-12T09:30:00.000Z'), 'aaaaaaaaaaaa');
    const same = withHash(entry('b', 'S', '2026-12-02T14:02:00.000Z'), 'aaaaaaaaaaaa');
    const edited = withHash(entry('c', 'S', '2026-12-02T14:05:00.000Z'), 'bbbbbbbbbbbb');
    const log = [edited, same, old];
    expect(previousAudit(log, same)?.id).toBe('a');
    expect(documentChanges(same, previousAudit(log, same))).toEqual([{ label: 'Privacy notice', status: 'unchanged', since: old.savedAt }]);
    expect(documentChanges(edited, previousAudit(log, edited))).toEqual([
      { label: 'Privacy notice', status: 'changed', since: same.savedAt },
    ]);
    expect(documentChanges(old, previousAudit(log, old))).toEqual([]);
  });
  it('keeps only the newest audit of each school for Export all when asked', () => {
    const other = { ...entry('x', 'Other', '2026-11-20T10:00:00.000Z'), siteUrl: 'https://other.example/' };
    const log = [
      entry('n', 'S', '2026-12-02T10:00:00.000Z'),
      other,
      entry('o', 'S', '2026-11-01T10:00:00.000Z'),
      { ...entry('w', 'S', '2026-10-01T10:00:00.000Z'), siteUrl: 'https://www.school.example/about' },
    ];
    expect(latestPerSchool(log).map((e) => e.id)).toEqual(['n', 'x']);
  });
});
