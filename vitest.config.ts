// Vitest configuration: unit and fixture tests under tests/, e2e tests opt in by their own timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/setup/build-cli.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
