// The HTML reports in real Chromium: a seed notice's page and a batch's findings.html render, pass axe, and print to A4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { main } from '../../src/cli/main';
import { schoolFolderName } from '../../src/cli/batch/run-batch';
import { startFarm, schoolHandler, type Farm } from '../fixtures/farm/farm-server';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'spa-html-'));
/** Set SPA_REPORT_SCREENSHOTS=DIR to keep the screenshots (docs/report.png is made this way). */
const keep = process.env.SPA_REPORT_SCREENSHOTS;
let browser: Browser;
let farm: Farm;

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {} });
  return { code, out, err };
}

/** Only the page's own file may load: any other request would mean the report is not self-contained. */
async function openOffline(page: Page, file: string): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') && url.split('#')[0] === pathToFileURL(file).href) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  return outside;
}

async function check(file: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  try {
    const outside = await openOffline(page, file);
    expect(outside).toEqual([]);
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, `${name}.png`), shot);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    // A4 is 595 x 842 points.
    expect(pdf.toString('latin1')).toMatch(
      /\/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+841(?:\.\d+)?|\/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+842/,
    );
    return { pages };
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  farm = await startFarm({
    'school-a.localhost': schoolHandler({
      name: 'Alpha Primary School',
      noticeFile: 'seed-001.txt',
      analyticsBeforeConsent: true,
      videoEmbed: true,
      cookiePolicy: true,
    }),
    'school-b.localhost': schoolHandler({ name: 'Beta Academy', noticeFile: 'seed-004.txt', cookiePolicy: true }),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await farm?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('HTML reports in Chromium', () => {
  it('a seed notice with its cookies: readable, accessible, prints to A4', async () => {
    const r = await run([
      'notice',
      join(ROOT, 'tests/fixtures/corpus/seed-004.html'),
      '--cookies',
      join(ROOT, 'tests/fixtures/cookies/seed-004.observed.json'),
      '--as-of',
      '2026-11-23',
      '--format',
      'html',
    ]);
    expect(r.code).toBe(0);
    const file = join(tmp, 'seed-004.html');
    writeFileSync(file, r.out);
    expect(r.out).toContain('<table');
    const { pages } = await check(file, 'report');
    expect(pages).toBeGreaterThan(1);
  }, 120_000);

  it('a batch writes findings.html linking each school to its report.html', async () => {
    const list = join(tmp, 'schools.csv');
    const sites = [farm.url('school-a.localhost'), farm.url('school-b.localhost'), farm.url('school-500.localhost')];
    writeFileSync(
      list,
      `name,website\nAlpha Primary School,${sites[0]}\nBeta Academy,${sites[1]}\n"<script>alert(1)</script> School",${sites[2]}\n`,
    );
    const out = join(tmp, 'run', 'findings.csv');
    const r = await run(['batch', list, '--out', out, '--concurrency', '2', '--timeout', '30', '--browser', CHROMIUM]);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(join(tmp, 'run', 'findings.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; School');
    const names = ['Alpha Primary School', 'Beta Academy', '<script>alert(1)</script> School'];
    const folders = sites.map((url, i) => schoolFolderName({ url, school: names[i]!, urn: null }));
    for (const folder of folders) {
      expect(existsSync(join(tmp, 'run', 'findings-sites', folder, 'report.html'))).toBe(true);
      expect(html).toContain(`href="findings-sites/${folder}/report.html"`);
    }
    // Each school's page says which document was audited as what, before the findings (the popup's outcomes).
    const siteReport = readFileSync(join(tmp, 'run', 'findings-sites', folders[0]!, 'report.html'), 'utf8');
    const documents = /<section class="outcomes">([\s\S]*?)<\/section>/.exec(siteReport)?.[1] ?? '';
    expect(documents).toContain(`Pupil privacy notice:</b> <a href="${farm.url('school-a.localhost', '/privacy-notice-pupils')}"`);
    expect(documents).toContain(`Cookie notice:</b> <a href="${farm.url('school-a.localhost', '/cookie-policy')}"`);
    await check(join(tmp, 'run', 'findings.html'), 'findings');
    await check(join(tmp, 'run', 'findings-sites', folders[0]!, 'report.html'), 'site-report');
  }, 240_000);
});
