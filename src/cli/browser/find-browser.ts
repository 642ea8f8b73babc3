// Finds a system Chromium/Chrome binary for the site and batch commands; never downloads one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { InputError } from '../load-document';

/** Names tried on PATH, most likely first (Debian's package is `chromium`). */
const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
  'microsoft-edge-stable',
];
/** Absolute locations used when PATH is minimal (cron, CI containers, macOS app bundles). */
const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'no Chromium found. Install one with "apt-get install -y chromium" (Debian/Ubuntu), or pass --browser PATH to a Chromium or Chrome binary';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to drive: --browser PATH if given (must exist), else the first system Chromium found. */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) {
    if (!isExecutable(explicit)) throw new InputError(`--browser ${explicit} is not an executable file`);
    return explicit;
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => BROWSER_NAMES.map((n) => join(dir, n)));
  const found = [...onPath, ...BROWSER_PATHS].find(isExecutable);
  if (!found) throw new InputError(INSTALL_HINT);
  return found;
}
