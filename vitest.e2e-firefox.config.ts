import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite: one Firefox ESR for the whole suite (see
// tests/e2e-firefox/firefox.test.ts), so one file.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
