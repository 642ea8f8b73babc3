// End to end: the built extension in Debian's Chromium audits a local school site (notice, cookies, CSV, log, a11y, hostile text).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extension/browser-harness';
import { clearAuditLog, openPopupFor, openTab, popupForTab, usePopupSession } from './popup-harness';

const session = usePopupSession();

/** Minimal RFC 4180 reader for checking the exported file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function downloadCsv(popup: Page): Promise<string[][]> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text);
}

/** A popup-sized picture of a state for the README (docs/), kept small: the popup's own 420 x 600 viewport. */
async function screenshotForDocs(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('.popup')?.scrollTo(0, 0);
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(ROOT, 'docs', name) });
}

function itemRow(popup: Page, title: string) {
  return popup.locator('li.item', { has: popup.locator('.item-title', { hasText: title }) }).first();
}

describe('extension on a local school site', () => {
  it('finds the notices from the home page, audits them and shows the cookies really set', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.site.origin}/`);

    await expect(popup.locator('.school').innerText()).resolves.toContain("St Anselm's Primary School");
    const docs = await popup.locator('.documents').innerText();
    expect(docs).toContain('/key-info/privacy-pupils');
    expect(docs).toMatch(/Cookie notice:\s*\/cookies/);

    // Statuses by word: the fixture names the controller and its purposes but has no DPO, no retention, no ICO complaint.
    await expect(itemRow(popup, 'Data Protection Officer contact details').locator('.status-word').innerText()).resolves.toBe('Missing');
    await expect(itemRow(popup, 'Purposes of processing').locator('.status-word').innerText()).resolves.toBe('Present');
    await expect(itemRow(popup, 'Right to complain to the Information Commissioner').locator('.status-word').innerText()).resolves.toBe(
      'Missing',
    );
    await expect(popup.locator('.summary').innerText()).resolves.toMatch(/required items? missing/);
    // The result takes the focus and its completion is announced.
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('result-heading');
    await expect(popup.locator('#announcer').innerText()).resolves.toMatch(/^Audit finished for St Anselm's Primary School\./);
    // A check with nothing quoted says "Nothing found" once.
    const dpo = itemRow(popup, 'Data Protection Officer contact details');
    await dpo.locator('.item-toggle').click();
    expect(await dpo.locator('.item-details').innerText()).not.toMatch(/Nothing found:\s*Nothing found/);
    await dpo.locator('.item-toggle').click();

    // Keyboard: Enter expands an item to its evidence, legal reference and guidance.
    const purposes = itemRow(popup, 'Purposes of processing');
    await purposes.locator('.item-toggle').focus();
    await popup.keyboard.press('Enter');
    await expect(purposes.locator('.item-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    const details = await purposes.locator('.item-details').innerText();
    expect(details).toMatch(/Art 13/);
    expect(details.toLowerCase()).toContain('pupil');
    await purposes.getByRole('button', { name: 'Show on page' }).first().waitFor();

    // Cookies tab: HttpOnly and third-party cookies appear; undeclared ones are marked.
    await popup.getByRole('tab', { name: /Cookies/ }).click();
    const table = popup.locator('table.cookie-table');
    await table.waitFor();
    const rowFor = (name: string) =>
      table.locator('tbody tr', { has: popup.locator('.cookie-name', { hasText: new RegExp(`^${name}$`) }) });
    await expect(rowFor('PHPSESSID').innerText()).resolves.toContain('HttpOnly');
    const video = await rowFor('VISITOR_INFO1_LIVE').innerText();
    expect(video).toContain('3rd');
    expect(video).toMatch(/Not declared|Vendor only|Near miss/);
    await expect(rowFor('_ga').innerText()).resolves.toContain('Declared');
    await expect(popup.locator('.capture-line').innerText()).resolves.toMatch(
      /no consent given \(CookieYes\); third-party cookies allowed/,
    );
    // Problems come first.
    const firstRow = await table.locator('tbody tr').first().getAttribute('class');
    expect(firstRow).toContain('problem');

    // CSV: one row per check, cookie rows, formula guard.
    const rows = await downloadCsv(popup);
    const header = rows[0] ?? [];
    expect(header.slice(0, 6)).toEqual(['site_url', 'school', 'document_url', 'audited_at', 'area', 'check_id']);
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(rows.slice(1).map((r) => [r[col('check_id')], r]));
    expect(byId.get('dpo-contact')?.[col('status')]).toBe('fail');
    expect(byId.get('purposes')?.[col('status')]).toBe('pass');
    expect(byId.get('cookie:VISITOR_INFO1_LIVE')?.[col('status')]).toBe('fail');
    expect(byId.get('purposes')?.[col('document_url')]).toBe(`${session.site.origin}/key-info/privacy-pupils`);

    // Accessibility: no serious or critical axe violations, on the notice tab and the cookie tab.
    for (const tabName of ['Cookies', 'Notice']) {
      await popup.getByRole('tab', { name: new RegExp(tabName) }).click();
      const axe = await new AxeBuilder({ page: popup }).analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }

    // The popup scrolls in itself, one way: the page around it is no wider or taller than the popup's 420 x 600.
    const page = await popup.evaluate(() => {
      const root = document.documentElement;
      return { wider: root.scrollWidth > root.clientWidth, taller: root.scrollHeight > root.clientHeight };
    });
    expect(page).toEqual({ wider: false, taller: false });

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await popup.evaluate(() => {
      document.querySelector('.popup')?.scrollTo(0, 0);
      window.scrollTo(0, 0);
    });
    await popup.screenshot({ path: join(ROOT, 'test-results/popup.png') });
    await screenshotForDocs(popup, 'popup-result.png');

    // The audit is in the log and survives a reload of the popup.
    await popup.reload();
    await popup.locator('.report').waitFor({ timeout: 30_000 });
    await expect(popup.locator('.from-log').innerText()).resolves.toMatch(/Saved audit/);
    const log = await session.browser.context.newPage();
    await log.goto(`chrome-extension://${session.browser.extensionId}/audit-log.html`);
    await log.locator('table.log-table').waitFor();
    await expect(log.locator('table.log-table tbody').innerText()).resolves.toContain("St Anselm's Primary School");
    await log.close();
    await popup.close();
  }, 120_000);

  it('audits a school site built entirely by script the same as its static twin', async () => {
    /** Check statuses and observed-cookie rows from the exported CSV, with the school's host name made neutral. */
    async function auditRows(origin: string, ready?: (tab: Page) => Promise<void>) {
      // A fresh audit, not the saved one of the same page.
      await clearAuditLog(session.browser);
      const tabsBefore = session.browser.context.pages().length;
      const { popup, tab } = await openPopupFor(session.browser, `${origin}/`, ready);
      const notes = await popup.locator('.warning').allInnerTexts();
      // What the popup says it audited, as a person reads it (the school's host made neutral).
      const host = new URL(origin).hostname;
      const says = {
        documents: (await popup.locator('.documents').innerText()).replaceAll(host, 'SCHOOL'),
        summary: (await popup.locator('.summary').innerText()).replaceAll(host, 'SCHOOL'),
      };
      if (origin === session.site.scriptOrigin) await screenshotForDocs(popup, 'popup-script-built.png');
      const rows = await downloadCsv(popup);
      // The background tabs the extension opened to render the notices are closed again.
      expect(session.browser.context.pages().length).toBe(tabsBefore + 2);
      await popup.close();
      await tab.close();
      const header = rows[0] ?? [];
      const col = (name: string) => header.indexOf(name);
      return {
        notes,
        says,
        statuses: rows
          .slice(1)
          .map((r) => `${r[col('check_id')]}=${r[col('status')]}`)
          .sort(),
        cookies: rows
          .slice(1)
          .filter((r) => r[col('row_type')] === 'cookie')
          .map((r) => `${r[col('check_id')]}|${r[col('status')]}|${(r[col('evidence')] ?? '').replaceAll(host, 'SCHOOL')}`)
          .sort(),
        documents: [...new Set(rows.slice(1).map((r) => (r[col('document_url')] ?? '').replace(origin, '')))],
      };
    }
    const staticTwin = await auditRows(session.site.origin);
    const scriptTwin = await auditRows(session.site.scriptOrigin, async (tab) => {
      await tab.locator('h1').waitFor({ timeout: 30_000 });
      await tab.waitForLoadState('networkidle');
    });
    expect(staticTwin.documents).toEqual(['/key-info/privacy-pupils']);
    expect(scriptTwin.documents).toEqual(staticTwin.documents);
    expect(staticTwin.statuses).toContain('purposes=pass');
    expect(scriptTwin.statuses).toEqual(staticTwin.statuses);
    expect(staticTwin.cookies.find((c) => c.startsWith('cookie:PHPSESSID|'))).toMatch(/^cookie:PHPSESSID\|pass\|declared: yes/);
    expect(scriptTwin.cookies).toEqual(staticTwin.cookies);
    // The popup names the same documents and gives the same summary for the script-built site: never "could not read".
    expect(scriptTwin.says.documents).toMatch(/Privacy notice:[\s\S]*\/key-info\/privacy-pupils/);
    expect(scriptTwin.says.documents).toMatch(/Cookie notice:\s*\/cookies/);
    expect(scriptTwin.says.summary).toMatch(/required items? missing/);
    expect(scriptTwin.says.summary).not.toMatch(/could not read|no readable text/i);
    expect(scriptTwin.says.documents).toBe(staticTwin.says.documents);
    // Both pages were rendered: no "read as served" note.
    expect([...staticTwin.notes, ...scriptTwin.notes].join(' ')).not.toMatch(/read as served|could not be rendered/);
  }, 120_000);

  it('shows hostile notice text as inert text and neutralises it in the CSV', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.site.origin}/hostile/privacy-notice`);
    // Expand every item so every quote is rendered.
    if (await popup.locator('details.folded summary').count()) await popup.locator('details.folded summary').click();
    const toggles = popup.locator('.item-toggle');
    const n = await toggles.count();
    for (let i = 0; i < n; i++) await toggles.nth(i).click();

    const state = await popup.evaluate(() => ({
      pwned:
        (window as unknown as { __pwned?: number; __pagePwned?: number }).__pwned ??
        (window as unknown as { __pagePwned?: number }).__pagePwned ??
        null,
      imgs: document.querySelectorAll('img').length,
      inlineScripts: Array.from(document.querySelectorAll('script')).filter((s) => !s.src).length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on')))
        .length,
      text: document.body.innerText,
    }));
    expect(state).toMatchObject({ pwned: null, imgs: 0, inlineScripts: 0, handlers: 0 });
    // The markup in the notice's text is shown as the characters it is.
    expect(state.text).toMatch(/<script>window\.__pwned = 1<\/script>|<img src=x onerror/);

    const rows = await downloadCsv(popup);
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const hyperlinkCells = cells.filter((c) => c.includes('HYPERLINK'));
    for (const c of hyperlinkCells) expect(c.startsWith('=')).toBe(false);

    // The saved HTML report carries the same text as text: no script, image or handler from the page.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^privacy-audit-.+\.html$/);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect((html.match(/<[a-z][^>]*>/gi) ?? []).filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(html).toMatch(/&lt;script&gt;|&lt;img src=x onerror/);
    await popup.close();
  }, 120_000);

  it('a refused permission gets a clear screen: Ask again re-requests, Audit without cookie access audits the notice alone', async () => {
    await clearAuditLog(session.browser);
    const { tab, tabId } = await openTab(session.browser, `${session.site.origin}/`);

    /**
     * The e2e build holds host access up front and headless Chromium cannot answer a permission prompt, so the
     * popup's permissions API is replaced before its scripts run: access is not held, the first request is
     * refused, a later one granted (as a person who clicks Ask again and then Allow).
     */
    async function popupWithPrompt(answers: boolean[]): Promise<Page> {
      return popupForTab(session.browser, tabId, (popup) =>
        popup.addInitScript((given: boolean[]) => {
          const api = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
          const state = { granted: false, requests: 0 };
          (globalThis as unknown as { __permissionRequests: typeof state }).__permissionRequests = state;
          const reply = <T>(value: T, callback?: (v: T) => void) => (callback ? void callback(value) : Promise.resolve(value));
          api.contains = (_p: unknown, callback?: (v: boolean) => void) => reply(state.granted, callback);
          api.request = (_p: unknown, callback?: (v: boolean) => void) => {
            state.granted = given[state.requests] ?? false;
            state.requests += 1;
            return reply(state.granted, callback);
          };
        }, answers),
      );
    }
    const requests = (popup: Page) =>
      popup.evaluate(() => (globalThis as unknown as { __permissionRequests: { requests: number } }).__permissionRequests.requests);

    // Refuse, then Ask again and allow: the audit runs with the cookies read.
    const popup = await popupWithPrompt([false, true]);
    await popup.getByRole('button', { name: 'Allow access and audit' }).click();
    await popup.getByRole('heading', { name: 'Access was not given' }).waitFor({ timeout: 30_000 });
    const refused = await popup.locator('.refused').innerText();
    expect(refused).toContain('school.localhost');
    expect(refused).toMatch(/cannot read the cookies/);
    await screenshotForDocs(popup, 'popup-refused.png');
    await popup.getByRole('button', { name: 'Ask again' }).click();
    await popup.locator('.report').waitFor({ timeout: 60_000 });
    expect(await requests(popup)).toBe(2);
    await popup.getByRole('tab', { name: /Cookies/ }).click();
    await popup.locator('table.cookie-table').waitFor();
    await popup.close();

    // Refuse, then audit without cookie access: the notice is audited and the cookies are said to be unread, not missing.
    await clearAuditLog(session.browser);
    const alone = await popupWithPrompt([false]);
    await alone.getByRole('button', { name: 'Allow access and audit' }).click();
    await alone.getByRole('button', { name: 'Audit without cookie access' }).click();
    await alone.locator('.report').waitFor({ timeout: 60_000 });
    expect(await requests(alone)).toBe(1);
    await expect(alone.locator('.documents').innerText()).resolves.toContain('/key-info/privacy-pupils');
    await expect(alone.locator('.summary').innerText()).resolves.toContain('Cookies not read: permission was not given.');
    await alone.getByRole('tab', { name: /Cookies/ }).click();
    await expect(alone.locator('.panel').innerText()).resolves.toMatch(/Cookies not read: permission was not given/);
    expect(await alone.locator('table.cookie-table').count()).toBe(0);
    await alone.close();
    await tab.close();
  }, 180_000);

  it('Show on page opens the notice on its own page, waits for it and highlights the whole quote there', async () => {
    await clearAuditLog(session.browser);
    const { popup, tab } = await openPopupFor(session.browser, `${session.site.origin}/`);
    const purposes = itemRow(popup, 'Purposes of processing');
    await purposes.locator('.item-toggle').click();
    const quote = (await purposes.locator('.evidence q').first().innerText()).trim();
    const [notice] = await Promise.all([
      session.browser.context.waitForEvent('page', { timeout: 30_000 }),
      purposes.getByRole('button', { name: 'Show on page' }).first().click(),
    ]);
    await notice.waitForLoadState('load');
    expect(notice.url()).toContain('/key-info/privacy-pupils#:~:text=');
    const marked = notice.locator('[data-school-privacy-audit-quote]');
    await marked.waitFor({ timeout: 30_000 });
    // The marked element holds the quote's words: the first whole words of the quote are in it.
    const firstWords = quote
      .replace(/^\.\.\.|^…/, '')
      .split(/\s+/)
      .slice(1, 5)
      .join(' ');
    expect((await marked.innerText()).replace(/\s+/g, ' ')).toContain(firstWords);
    await notice.setViewportSize({ width: 420, height: 600 });
    await notice.screenshot({ path: join(ROOT, 'docs', 'show-on-page.png') });
    await notice.close();
    await popup.close();
    await tab.close();
  }, 120_000);
});
