// WXT build configuration: manifest, permissions (host access optional, requested per audit) and the Preact plugin.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access is asked for when the user clicks Audit, for the school and the sites it embeds (see src/extension/hosts.ts).
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
// The e2e build grants the loopback test site up front so browser tests need no permission prompt.
const E2E_HOSTS = ['*://127.0.0.1/*', '*://*.localhost/*'];

export default defineConfig({
  manifest: ({ manifestVersion, mode }) => ({
    name: 'School Privacy Audit',
    description: "Checks a school website's privacy notice and cookies against UK GDPR and PECR, with evidence.",
    permissions: ['activeTab', 'scripting', 'storage', 'cookies'],
    // MV2 (Firefox's default build) has no optional_host_permissions: host patterns go in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Audit this school\'s privacy notice' },
    browser_specific_settings: {
      gecko: {
        id: 'school-privacy-audit@example.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  vite: () => ({ plugins: [preact()] }),
});
