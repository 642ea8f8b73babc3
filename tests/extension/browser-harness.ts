// Launches Debian's Chromium with the built e2e extension in a persistent profile that accepts third-party cookies.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, THIRD_PARTY_COOKIE_PREFERENCES } from '../../src/cli/browser/launch-browser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
export const CHROMIUM = '/usr/bin/chromium';

/** Newest modification time of the files the extension is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package-lock.json'])
    if (existsSync(join(ROOT, path))) visit(join(ROOT, path));
  return newest;
}

/** Build the e2e extension when it is missing (a fresh checkout) or older than its sources, so nothing tests stale code. */
export function ensureE2eBuild(): void {
  const manifest = join(E2E_BUILD, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource()) return;
  execSync('npm run build:e2e', { cwd: ROOT, stdio: 'inherit' });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  downloadsDir: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium blocks third-party cookies by default, even headless; a profile whose Preferences turn the
 * block off behaves like a default desktop browser with third-party cookies allowed.
 */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'spa-profile-'));
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(THIRD_PARTY_COOKIE_PREFERENCES));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'spa-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 420, height: 600 },
    args: ['--headless=new', ...CHROMIUM_ARGS, `--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    downloadsDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chromium gave a page, found by its URL through the extension's own tabs API. */
export async function tabIdFor(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/audit-log.html`);
  const id = await helper.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? -1;
  }, url);
  await helper.close();
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}
