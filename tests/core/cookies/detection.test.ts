// Which notices carry a cookie notice: seed 004 does (it ends with one); seeds 000-003 have no cookie content.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../../src/core/notice/read-text';
import { hasCookieNotice, isEmbeddedCookieSection, readCookieNotice } from '../../../src/core/cookies';
import { runAudit } from '../../../src/core/run-audit';
import { CORPUS } from './helpers';

const seed = (n: string) => readFileSync(join(CORPUS, `seed-${n}.txt`), 'utf8');

describe('cookie notice detection', () => {
  it.each(['000', '001', '002', '003'])('seed %s has no cookie notice, so no cookie items are reported', (n) => {
    expect(hasCookieNotice(readText(seed(n)))).toBe(false);
    const report = runAudit({ notice: { format: 'text', text: seed(n) } }, undefined, { asOf: '2026-11-23' });
    expect(report.items.some((i) => i.area === 'cookies')).toBe(false);
    expect(report.cookies).toBeUndefined();
  });

  it('finds the cookie section at the end of seed 004 and keeps the privacy notice out of it', () => {
    const doc = readText(seed('004'));
    expect(hasCookieNotice(doc)).toBe(true);
    expect(isEmbeddedCookieSection(doc)).toBe(true);
    const { scope } = readCookieNotice(doc);
    expect(doc.blocks[scope.first]!.text).toBe('How we use cookies');
    expect(doc.blocks[scope.first]!.line).toBe(103);
  });

  it('treats a stand-alone cookie policy as cookie content throughout', () => {
    const doc = readText('Cookie Policy\n\nLast updated 1 May 2026\n\nWe use cookies to make the site work.\n\nContact us\n\nEmail office@school.example.sch.uk about this policy.');
    expect(isEmbeddedCookieSection(doc)).toBe(false);
    expect(readCookieNotice(doc).scope).toMatchObject({ first: 0, last: doc.blocks.length - 1 });
  });

  it('ends a cookie section embedded in a privacy notice at the next privacy heading', () => {
    const doc = readText(['Privacy notice', '', 'We are the data controller for pupil information held by the school.', '', 'Why we collect data', '', 'We collect data to support learning.', '', 'Cookies', '', 'Our website uses cookies to keep you logged in; they are deleted when you close your browser.', '', 'Your data protection rights', '', 'You have the right to ask for a copy of your data. Last updated 1 May 2026.'].join('\n'));
    const { scope } = readCookieNotice(doc);
    const inside = doc.blocks.slice(scope.first, scope.last + 1).map((b) => b.text);
    expect(inside[0]).toBe('Cookies');
    expect(inside.some((t) => /right to ask/.test(t))).toBe(false);
  });
});
