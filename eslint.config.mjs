// ESLint (flat config): typescript-eslint's recommended rules everywhere, the rules of hooks in the Preact UI,
// and no browser or Node globals in the pure core. Formatting is Prettier's job (see .prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Globals that would tie src/core to one platform; the core gets what it needs through its arguments.
const PLATFORM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'DOMParser',
  'XMLHttpRequest',
  'fetch',
  'chrome',
  'browser',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
].map((name) => ({ name, message: 'src/core is pure: pass what it needs in from the CLI or the extension.' }));

export default tseslint.config(
  {
    // Fixtures are inputs to tests (and the blind split is never read); builds and generated types are not sources.
    ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'test-results/', 'coverage/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
    rules: {
      // Off: control characters are matched on purpose, to strip them from hostile text before it is shown or saved.
      'no-control-regex': 'off',
      // Unused arguments and caught errors that start with _ are deliberate (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/extension/ui/**/*.tsx', 'src/extension/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...PLATFORM_GLOBALS] },
  },
);
