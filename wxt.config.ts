// WXT build configuration: manifest, permissions and the Preact plugin.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: {
    name: 'School Privacy Audit',
    description: "Checks a school website's privacy notice and cookies against UK GDPR and PECR, with evidence.",
    permissions: ['activeTab', 'scripting', 'storage', 'cookies'],
  },
  vite: () => ({ plugins: [preact()] }),
});
