// WXT build configuration: manifest, permissions (host access optional, requested per audit), icons, store zips and the Vite plugins.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noStringEval } from './scripts/build/no-string-eval';

// Host access is asked for when the user clicks Audit, for the school and the sites it embeds (see src/extension/hosts.ts).
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
// The e2e build grants the loopback test site up front so browser tests need no permission prompt.
const E2E_HOSTS = ['*://127.0.0.1/*', '*://*.localhost/*'];
// Rendered from public/icon.svg by `npm run icons`.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
/** The add-on's permanent id on addons.mozilla.org: never change it once published. */
export const GECKO_ID = 'school-privacy-audit@schoolprivacyaudit.org';

export default defineConfig({
  // `wxt/browser` becomes webextension-polyfill's promise-based `browser`, for WXT's runtime and src/extension/adapters alike.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion, mode }) => ({
    name: 'School Privacy Audit',
    description: "Checks a school website's privacy notice and cookies against UK GDPR and PECR, with evidence.",
    permissions: ['activeTab', 'scripting', 'storage', 'cookies'],
    // MV2 (Firefox's default build) has no optional_host_permissions: host patterns go in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    icons: ICONS,
    // The toolbar button's title and icon come from entrypoints/popup/index.html (WXT reads them there).
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the first Firefox to read data_collection_permissions (142 on Android).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  zip: {
    // The Firefox store's sources archive: what rebuilds the extension, without tests, docs or store art.
    excludeSources: ['tests/**', 'docs/**', 'store/screenshots/**', 'coverage/**', 'test-results/**'],
  },
  vite: () => ({
    plugins: [preact(), noStringEval()],
    // Inlining constants copies tldts's 68 KB suffix table into each place it is read, doubling its size in the popup.
    build: { rolldownOptions: { optimization: { inlineConst: false } } },
  }),
});
