// The store builds: icons and the Firefox id in both manifests, and no bundle that can evaluate a string as code.
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeStringEval } from '../../scripts/build/no-string-eval';
import { GECKO_ID } from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const ICON_SIZES = ['16', '32', '48', '128'];
const hasUnzip = (() => {
  try {
    execSync('unzip -v', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/** A call or construction of Function or eval, or an alias of Function taken to call later. */
const STRING_EVAL = /(?<![\w$.])(?:new\s+)?(?:Function|eval)\s*\(|(?<![=!<>])=\s*Function\s*[,;]/;

beforeAll(() => {
  // zip -b firefox builds the Firefox add-on and writes the store's two archives.
  execSync('npx wxt build && npx wxt zip -b firefox', { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}, 300_000);

describe('store builds', () => {
  for (const [browser, dir] of Object.entries(BUILDS)) {
    it(`${browser}: manifest has the icons, the toolbar icon and the Firefox id`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(Object.keys(manifest.icons)).toEqual(ICON_SIZES);
      const action = manifest.action ?? manifest.browser_action;
      expect(Object.keys(action.default_icon)).toEqual(ICON_SIZES);
      for (const path of Object.values<string>(manifest.icons)) {
        const png = readFileSync(join(dir, path));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // Width and height from the IHDR chunk match the declared size.
        const size = String(png.readUInt32BE(16));
        expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
        expect(path).toBe(`icon/${size}.png`);
      }
      expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
      expect(GECKO_ID).not.toMatch(/example\.(org|com)/);
      expect(manifest.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    });

    it(`${browser}: no bundle contains new Function, Function( or eval(`, () => {
      const scripts = files(dir).filter((f) => /\.m?js$/.test(f));
      expect(scripts.length).toBeGreaterThan(3);
      const offending = scripts.filter((f) => STRING_EVAL.test(readFileSync(f, 'utf8'))).map((f) => f.slice(dir.length + 1));
      expect(offending).toEqual([]);
    });

    it(`${browser}: the background and the popup call the extension APIs through webextension-polyfill`, () => {
      // The polyfill's own guard sentence marks its code in a bundle.
      const marker = 'This script should only be loaded in a browser extension';
      expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(marker);
      const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
      const popupScripts = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => readFileSync(join(dir, m[1] ?? ''), 'utf8'));
      expect(popupScripts.some((code) => code.includes(marker))).toBe(true);
    });
  }

  it('the rewrite removes each form libraries use, and leaves look-alikes alone', () => {
    const cases = [
      'try{return Function(``),!0}catch{return!1}',
      'compile(){let e=Function,t=1;return new e(...a)}',
      'if(e)return new Function("src","dest",e)',
      'var g=self||Function(`return this`)()||{}',
      'eval("1+1")',
    ];
    for (const c of cases) expect(STRING_EVAL.test(removeStringEval(c)), c).toBe(false);
    expect(removeStringEval('var g=self||Function(`return this`)()')).toBe('var g=self||globalThis');
    for (const keep of ['isPDFFunction(e)', 'x instanceof Function', 'a.Function(1)', 'e.constructor===Function;', 'isEvalSupported()'])
      expect(removeStringEval(keep)).toBe(keep);
  });

  it.skipIf(!hasUnzip)('the sources archive for the Firefox store holds what rebuilds the add-on, without tests or build output', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const zip = join(ROOT, `.output/school-privacy-audit-${version}-sources.zip`);
    expect(existsSync(join(ROOT, `.output/school-privacy-audit-${version}-firefox.zip`))).toBe(true);
    const listed = execSync(`unzip -Z1 ${JSON.stringify(zip)}`, { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const f of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'scripts/build/no-string-eval.ts',
      'src/core/report.ts',
      'entrypoints/popup/index.html',
      'public/icon/128.png',
      'store/BUILD.md',
    ])
      expect(listed).toContain(f);
    expect(listed.filter((f) => /^(tests|node_modules|\.output|\.wxt|docs)\//.test(f) || f.includes('/node_modules/'))).toEqual([]);
  });
});
