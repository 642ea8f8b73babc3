// Which notices carry a cookie notice: seed 004 does (it ends with one); seeds 000-003 have no cookie content.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { hasCookieNotice, isEmbeddedCookieSection, readCookieNotice } from '../../../src/core/cookies';
import { runAudit } from '../../../src/core/run-audit';
import { CORPUS } from './helpers';

const seed = (n: string) => readFileSync(join(CORPUS, `seed-${n}.txt`), 'utf8');

describe('cookie notice detection', () => {
  it.each(['000', '001', '002', '003'])('seed %s has no cookie notice, so no cookie items are reported', (n) => {
    expect(hasCookieNotice(readText(seed(n)))).toBe(false);
    const report = runAudit({ notice: { format: 'text', text: seed(n) } }, { asOf: '2026-11-23' });
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
    const doc = readText(
      'Cookie Policy\n\nLast updated 1 May 2026\n\nWe use cookies to make the site work.\n\nContact us\n\nEmail office@school.example.sch.uk about this policy.',
    );
    expect(isEmbeddedCookieSection(doc)).toBe(false);
    expect(readCookieNotice(doc).scope).toMatchObject({ first: 0, last: doc.blocks.length - 1 });
  });

  it('ends a cookie section embedded in a privacy notice at the next privacy heading', () => {
    const doc = readText(
      [
        'Privacy notice',
        '',
        'We are the data controller for pupil information held by the school.',
        '',
        'Why we collect data',
        '',
        'We collect data to support learning.',
        '',
        'Cookies',
        '',
        'Our website uses cookies to keep you logged in; they are deleted when you close your browser.',
        '',
        'Your data protection rights',
        '',
        'You have the right to ask for a copy of your data. Last updated 1 May 2026.',
      ].join('\n'),
    );
    const { scope } = readCookieNotice(doc);
    const inside = doc.blocks.slice(scope.first, scope.last + 1).map((b) => b.text);
    expect(inside[0]).toBe('Cookies');
    expect(inside.some((t) => /right to ask/.test(t))).toBe(false);
  });

  it.each([
    ['Contacting us', 'Write to the school office at 1 Elm Road, Leeds LS1 9ZZ.'],
    ['Keeping information secure', 'Records are locked away and our systems are password protected.'],
    ['Who to contact', 'Our DPO, Mrs A Khan, can be reached at dpo@elm.example.sch.uk.'],
    ['How long we keep information', 'We keep pupil files until the pupil is 25.'],
  ])('ends an embedded cookie section at the next section of the notice: %s', (heading, body) => {
    const doc = readText(
      [
        'Privacy policy',
        '',
        'We are the data controller for pupil information held by the school.',
        '',
        'Why we collect data',
        '',
        'We collect data to support learning.',
        '',
        'Cookies',
        '',
        'Our website uses cookies; they are deleted when you close your browser.',
        '',
        'Managing cookies',
        '',
        'You can block cookies in your browser settings.',
        '',
        heading,
        '',
        body,
      ].join('\n'),
    );
    const { scope } = readCookieNotice(doc);
    const inside = doc.blocks.slice(scope.first, scope.last + 1).map((b) => b.text);
    expect(inside[0]).toBe('Cookies');
    expect(inside).toContain('You can block cookies in your browser settings.');
    expect(inside).not.toContain(body);
  });

  it('ends a numbered cookie section at the next numbered section of the policy, whatever it is called', () => {
    const html =
      '<html><body><main><h1>Privacy policy</h1><h2>6. What we collect</h2><p>Names and addresses of pupils.</p><h2>7. Cookies</h2><p>Our website uses cookies.</p><h3>Managing cookies</h3><p>Block them in your browser.</p><h2>8. Something else entirely</h2><p>Write to the governors at the school.</p></main></body></html>';
    const doc = readHtml(html, 'https://school.example/privacy');
    const { scope } = readCookieNotice(doc);
    const inside = doc.blocks.slice(scope.first, scope.last + 1).map((b) => b.text);
    expect(inside[0]).toBe('7. Cookies');
    expect(inside).toContain('Block them in your browser.');
    expect(inside).not.toContain('Write to the governors at the school.');
  });

  describe('a privacy and cookies policy (one document titled for both)', () => {
    const html = [
      '<html><head><title>Privacy and cookies policy</title></head><body><main>',
      '<h1>Privacy and cookies policy</h1>',
      '<p>Brookfield Academy is the data controller for personal data collected through this website. Last updated 3 February 2026.</p>',
      '<h2>Cookies</h2>',
      '<p>A banner asks whether you accept analytics cookies; we do not set them unless you choose Accept.</p>',
      '<table><tr><th>Cookie</th><th>Purpose</th><th>Expires</th></tr><tr><td>_ga</td><td>Used to distinguish visitors</td><td>2 years</td></tr></table>',
      '<h2>Your rights</h2><p>You can ask for a copy of your information.</p>',
      '</main></body></html>',
    ].join('');
    const report = runAudit(
      { notice: { format: 'html', html, url: 'https://brookfield.example.sch.uk/privacy' } },
      { asOf: '2026-11-23', kind: 'website-privacy-policy' },
    );
    const item = (id: string) => report.items.find((i) => i.id === id)!;

    it('keeps the privacy part out of the cookie section, so the controller statement still counts', () => {
      const doc = readHtml(html, 'https://brookfield.example.sch.uk/privacy');
      const { scope } = readCookieNotice(doc);
      expect(doc.blocks[scope.first]!.text).toBe('Cookies');
      expect(item('controller-identity').status).toBe('pass');
    });

    it("reads the cookie section's table, and the policy's own date and privacy information cover it", () => {
      expect(item('ck-purposes').status).toBe('pass');
      expect(item('ck-duration').status).toBe('pass');
      expect(item('ck-last-updated').status).toBe('pass');
      expect(item('ck-personal-data-link').status).toBe('pass');
      expect(item('ck-prior-consent').status).toBe('pass');
    });
  });

  it('reads a purpose cell that says what the cookie does with any verb of function, but not one that says only when it is set', () => {
    const table = (purpose: string) =>
      [
        'Cookie policy',
        '',
        'Cookie name',
        'Purpose',
        'Expiry',
        'PHPSESSID',
        purpose,
        'Session',
        '_ga',
        'Establishes a unique ID so visits can be counted',
        '2 years',
      ].join('\n');
    const status = (purpose: string) =>
      runAudit({ notice: { format: 'text', text: table(purpose) } }, { asOf: '2026-11-23', kind: 'cookie-notice' }).items.find(
        (i) => i.id === 'ck-purposes',
      )!.status;
    expect(status('Maintains your session as you move between pages')).toBe('pass');
    expect(status('Determines whether you are signed in')).toBe('pass');
    expect(status('This cookie may be set if you visit the site')).toBe('partial');
  });
});
