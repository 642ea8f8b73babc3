// End to end: the popup says which document it audited as what, or plainly that there is no pupil notice and what it looked at.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extension/browser-harness';
import { openPopupFor, usePopupSession } from './popup-harness';

const session = usePopupSession();

/** The popup as a person first sees it, saved for the README. */
async function screenshot(popup: Page, name: string): Promise<void> {
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: join(ROOT, 'docs', name) });
}

describe('what the popup says it audited', () => {
  it('a site whose only "Privacy & cookies" page is a cookie policy: no pupil notice, cookie checks on the cookie policy', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.site.more.noPupil}/`);
    const docs = await popup.locator('.documents').innerText();
    expect(docs).toMatch(/Privacy notice:\s*none found/);
    expect(docs).toMatch(/Cookie notice:\s*\/privacy-cookies/);
    const summary = await popup.locator('.summary').innerText();
    expect(summary).toContain('No pupil privacy notice found.');
    expect(summary).toContain('Only the cookie notice was audited.');
    expect(await popup.locator('.no-notice .looked-at').innerText()).toMatch(/\/privacy-cookies\s+is a cookie notice/);
    // No count of "required items missing" is made of a cookie policy.
    expect(summary).not.toMatch(/required items? missing/);
    // The cookie checks ran on it: the cookie tab has them.
    await popup.getByRole('tab', { name: /Cookies/ }).click();
    await expect(popup.locator('.panel').innerText()).resolves.toContain('Cookie notice checks');
    await popup.getByRole('tab', { name: /Notice/ }).click();
    await screenshot(popup, 'popup-no-pupil-notice.png');
    await popup.close();
  }, 120_000);

  it('a site whose "Privacy notices" link answers 404: the popup names the 404', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.site.more.gone}/`);
    const docs = await popup.locator('.documents').innerText();
    expect(docs).toMatch(/Privacy notice:\s*none found/);
    expect(docs).toMatch(/Cookie notice:\s*\/cookies/);
    const lookedAt = await popup.locator('.no-notice .looked-at').innerText();
    expect(lookedAt).toMatch(/\/privacy-notices\s+answered HTTP 404/);
    expect(lookedAt).toMatch(/\/cookies\s+is a cookie notice/);
    await screenshot(popup, 'popup-notice-link-404.png');
    await popup.close();
  }, 120_000);

  it("a trust academy: the academy's own name, secondary for an 11-18 academy, its pupil notice and cookie policy", async () => {
    const { popup } = await openPopupFor(session.browser, `${session.site.more.academy}/`);
    await expect(popup.locator('.school').innerText()).resolves.toBe('Oakfield Academy');
    await expect(popup.locator('.meta').innerText()).resolves.toMatch(/secondary/i);
    const docs = await popup.locator('.documents').innerText();
    expect(docs).toMatch(/Privacy notice:[\s\S]*\/students\/privacy-notice/);
    expect(docs).toMatch(/Cookie notice:\s*\/cookies/);
    expect(await popup.locator('.no-notice').count()).toBe(0);
    await expect(popup.locator('.summary').innerText()).resolves.toMatch(/required items? missing/);
    // The outcomes say why each document was taken.
    await popup.locator('.outcomes summary').click();
    const outcomes = await popup.locator('.outcome-list').innerText();
    expect(outcomes).toMatch(
      /Pupil privacy notice: \/students\/privacy-notice \(linked as 'Privacy notice for students and parents'; its text reads as a pupil privacy notice\)/,
    );
    expect(outcomes).toMatch(/Cookie notice: \/cookies \(linked as 'Cookie policy'; its text reads as a cookie notice\)/);
    await screenshot(popup, 'popup-trust-academy.png');
    await popup.close();
  }, 120_000);
});
