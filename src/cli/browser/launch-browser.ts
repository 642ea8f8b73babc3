// Launches one system Chromium with a throw-away profile that accepts third-party cookies, and hands out a fresh context per site.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { USER_AGENT } from '../fetch-document';
import type { BrowserProxySettings } from './checked-proxy';
import { probeThirdPartyCookies, type ThirdPartyCookies } from './probe-third-party-cookies';

/** Flags for an unattended, quiet browser: no GPU, no phoning home, no QUIC (loopback test servers speak TCP only). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Chromium 156 blocks third-party cookies by default, also headless and in incognito. A persistent
 * profile whose Preferences turn the control off accepts them, and the incognito contexts created
 * inside that browser inherit the setting, so each site still starts with an empty, isolated jar.
 */
/** Default/Preferences that turn Chromium's third-party-cookie blocking off for the whole profile. */
export const THIRD_PARTY_COOKIE_PREFERENCES = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };

export interface AuditBrowser {
  /** e.g. "Chromium 156.0.8078.79". */
  readonly version: string;
  readonly executablePath: string;
  /** What the loopback probe saw at launch: whether a cross-site iframe could set a cookie. */
  readonly thirdPartyCookies: ThirdPartyCookies;
  readonly userAgent: string;
  /** A new, empty context (cookies, storage, cache) for one site; with `proxy`, its requests go through that proxy. */
  newSiteContext(opts?: { proxy?: BrowserProxySettings }): Promise<BrowserContext>;
  isConnected(): boolean;
  close(): Promise<void>;
}

/** `args`: extra Chromium flags (tests map made-up host names to a local server with --host-resolver-rules). */
export async function launchAuditBrowser(
  executablePath: string,
  opts: { probe?: boolean; args?: readonly string[] } = {},
): Promise<AuditBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'school-privacy-audit-profile-'));
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify(THIRD_PARTY_COOKIE_PREFERENCES));
  let persistent: BrowserContext;
  try {
    persistent = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
      timeout: 60_000,
    });
  } catch (err) {
    await rm(profileDir, { recursive: true, force: true });
    throw new Error(`cannot start the browser ${executablePath}: ${(err as Error).message.split('\n')[0]}`);
  }
  const browser: Browser | null = persistent.browser();
  const close = async (): Promise<void> => {
    await persistent.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true }).catch(() => {});
  };
  if (!browser) {
    await close();
    throw new Error('the browser did not expose a Browser handle for new contexts');
  }
  // Headless Chromium says "HeadlessChrome", which some hosts refuse; present as the desktop browser
  // it is, and say who is visiting with the tool's identifying suffix.
  const probePage = persistent.pages()[0] ?? (await persistent.newPage());
  const nativeUa = (await probePage.evaluate(() => navigator.userAgent)) as string;
  await probePage.close().catch(() => {});
  const userAgent = `${nativeUa.replace('HeadlessChrome', 'Chrome')} ${USER_AGENT}`;
  const newSiteContext = (opts: { proxy?: BrowserProxySettings } = {}) =>
    browser.newContext({
      ...(opts.proxy ? { proxy: opts.proxy } : {}),
      userAgent,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: false,
      serviceWorkers: 'block',
    });
  const thirdPartyCookies = opts.probe === false ? 'unknown' : await probeThirdPartyCookies(() => newSiteContext());
  return {
    version: `Chromium ${browser.version()}`,
    executablePath,
    thirdPartyCookies,
    userAgent,
    newSiteContext,
    isConnected: () => browser.isConnected(),
    close,
  };
}
