// Website text reaches the terminal inert (no control sequences or bidi overrides) and every quote is capped, in every format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Progress } from '../../src/cli/batch/progress';
import { inert } from '../../src/cli/inert-text';
import { capQuote, MAX_QUOTE_CHARS } from '../../src/core/quote';
import type { AuditReport } from '../../src/core/report';

const tmp = mkdtempSync(join(tmpdir(), 'spa-inert-'));
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {} });
  return { code, out, err };
}

const filler = 'the school keeps records about pupils and shares them where the law requires it and '.repeat(12_000);
const hostile = join(tmp, 'hostile.html');
writeFileSync(
  hostile,
  `<h1>Privacy notice</h1>
  <p>We are the data controller. Read more at <a href="http://intranet.local/\u001b[2J\u001b]0;owned\u0007">http://intranet.local/\u001b[2Jpage</a>.</p>
  <p>Contact \u202eevil\u202c the school office at [insert school name] ${filler}</p>
  <p>${filler} you can read the guidance at the following link:</p>`,
);

describe('terminal output is inert', () => {
  it('inert() strips C0/C1 controls and bidi overrides but keeps newlines and tabs', () => {
    expect(inert('a\u001b[2Jb\u009b31mc\u202ed\u2066e\tf\ng\r')).toBe('a[2Jb31mcde\tf\ng ');
  });

  it('--format text carries no escape sequence from the page', async () => {
    const r = await run(['notice', hostile, '--as-of', '2026-11-23', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('intranet.local');
    expect(r.out).not.toMatch(CONTROL);
  }, 180_000);

  it('batch progress lines carry no escape sequence from the list or the reason', () => {
    let written = '';
    const p = new Progress(1, { isTTY: false, write: (s: string) => ((written += s), true) });
    p.tick({ url: 'http://x.sch.uk/\u001b[2J', status: 'error', detail: 'HTTP 500 \u001b]0;t\u0007' });
    expect(written).toContain('x.sch.uk');
    expect(written).not.toMatch(CONTROL);
  });
});

describe('evidence quotes are capped', () => {
  it('capQuote cuts at a word boundary with an ellipsis', () => {
    const q = capQuote('word '.repeat(500));
    expect(q.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(q).toMatch(/word…$/);
    expect(capQuote('short')).toBe('short');
    expect(capQuote('x'.repeat(5_000))).toHaveLength(MAX_QUOTE_CHARS);
  });

  it('in JSON and CSV, however long the block it quotes', async () => {
    const json = await run(['notice', hostile, '--as-of', '2026-11-23', '--format', 'json']);
    const report = JSON.parse(json.out) as AuditReport;
    const quotes = [...report.items.flatMap((i) => i.evidence), ...report.flags.flatMap((f) => f.evidence)].map((e) => e.text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(Math.max(...quotes.map((q) => q.length))).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quotes.some((q) => q.endsWith('…'))).toBe(true);
    const csv = await run(['notice', hostile, '--as-of', '2026-11-23', '--format', 'csv']);
    expect(csv.out.length).toBeLessThan(200_000);
    expect(csv.out).not.toMatch(CONTROL);
  }, 180_000);
});
