// Store screenshots at 1280x800 (the popup beside the local fixture school site, its cookie tab, the saved HTML report) and docs/report.png.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, ensureE2eBuild, launchWithExtension, tabIdFor } from '../tests/extension/browser-harness';
import { startSchoolSite } from '../tests/fixtures/site/server';

const OUT = join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };

/** The site page with the popup drawn at the top right, as the browser shows it under the toolbar button. */
function composite(sitePng: Buffer, popupPng: Buffer, caption: string): string {
  const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  return `<!doctype html><html><head><style>
    body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; overflow: hidden; font: 15px system-ui, sans-serif; background: #dfe3ea; }
    .bar { height: 44px; background: #f1f3f6; border-bottom: 1px solid #c8ccd4; display: flex; align-items: center; padding: 0 16px; gap: 12px; color: #333; }
    .bar .url { flex: 1; background: #fff; border-radius: 16px; padding: 6px 14px; color: #555; }
    .site { position: absolute; top: 45px; left: 0; width: ${SIZE.width}px; height: ${SIZE.height - 45}px; object-fit: cover; object-position: top left; }
    .popup { position: absolute; top: 52px; right: 24px; width: 420px; height: 600px; box-shadow: 0 8px 30px rgba(0,0,0,.35); border-radius: 8px; border: 1px solid #aab; }
    .caption { position: absolute; left: 32px; bottom: 32px; max-width: 700px; background: #1d4e89; color: #fff; padding: 14px 20px; border-radius: 8px; font-size: 22px; font-weight: 600; }
  </style></head><body><div class="bar"><span>&#9664; &#9654;</span><span class="url">school.localhost/</span><span>&#9881;</span></div>
  <img class="site" src="${img(sitePng)}" alt=""><img class="popup" src="${img(popupPng)}" alt=""><div class="caption">${caption}</div></body></html>`;
}

async function main() {
  ensureE2eBuild();
  mkdirSync(OUT, { recursive: true });
  const site = await startSchoolSite();
  const ext = await launchWithExtension();
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const tab = await ext.context.newPage();
    await tab.setViewportSize(SIZE);
    await tab.goto(`${site.origin}/`, { waitUntil: 'load' });
    const sitePng = await tab.screenshot();
    const tabId = await tabIdFor(ext.context, ext.extensionId, tab.url());
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.report').waitFor({ timeout: 60_000 });
    const noticePng = await popup.screenshot();
    await popup.getByRole('tab', { name: /Cookies/ }).click();
    const cookiesPng = await popup.screenshot();

    const page = await plain.newPage({ viewport: SIZE });
    const shots: [string, string][] = [
      ['1-notice.png', composite(sitePng, noticePng, 'One click: the privacy notice found and checked, each gap with its evidence')],
      ['2-cookies.png', composite(sitePng, cookiesPng, 'The cookies the site really sets, against its own cookie notice')],
    ];
    for (const [name, html] of shots) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: join(OUT, name) });
    }

    // The report a governor saves: the popup's own "Save report" download for the fixture school.
    await popup.getByRole('tab', { name: /Notice/ }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save report' }).click()]);
    await page.setContent(readFileSync(await download.path(), 'utf8'), { waitUntil: 'load' });
    await page.screenshot({ path: join(OUT, '3-report.png') });
    // The README's picture of the report: the same page, taller.
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.screenshot({ path: join(ROOT, 'docs/report.png') });
    for (const f of ['1-notice.png', '2-cookies.png', '3-report.png']) console.log(join('store/screenshots', f));
    writeFileSync(
      join(OUT, 'README.md'),
      '1280x800 store screenshots, made by `npm run screenshots:store` from the local fixture school site (no real school).\n',
    );
  } finally {
    await plain.close();
    await ext.close();
    await site.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
