import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { knowledgePlugin } from './knowledge/build/vite-plugin';
import { highlightSheetPlugin } from './scripts/vite-highlight-sheet';

export default defineConfig({
  plugins: [WxtVitest(), preact(), knowledgePlugin(), highlightSheetPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // Property tests and long happy-dom pages take seconds on a busy machine;
    // no test asserts a time.
    testTimeout: 30_000,
  },
});
