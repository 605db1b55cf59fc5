import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in real Chromium; they share
// two cores, so files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
