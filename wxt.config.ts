import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { knowledgePlugin } from './knowledge/build/vite-plugin';
import { highlightSheetPlugin } from './scripts/vite-highlight-sheet';
import { moduleChunk } from './scripts/vite-module-chunk';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { declareToolbarButton, EXTENSION_ICONS } from './utils/toolbar-action';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip for Firefox's review holds what the build reads; the
    // tests, benchmark and docs stay out.
    excludeSources: ['tests/**', 'bench/**', 'docs/**', 'scripts/!(vite-*).ts'],
  },
  hooks: {
    // The popup makes the toolbar button: `action` in MV3, `browser_action`
    // in MV2 (where WXT drops a configured `action`).
    'build:manifestGenerated': (_wxt, manifest) =>
      declareToolbarButton(manifest),
    // The annotator chunk, which the content script imports on pages that
    // may be about the summits.
    'vite:build:extendConfig': moduleChunk('annotator'),
  },
  vite: () => ({
    plugins: [
      preact(),
      knowledgePlugin(),
      highlightSheetPlugin(),
      noInnerHtml(),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Summit Lens',
    // The stores' summary too: at most 132 characters.
    description:
      'Marks the people, places and events of the Kim Jong Un – Vladimir Putin summits on news pages, with what each outlet reported.',
    permissions: ['storage'],
    web_accessible_resources: [
      {
        resources: ['annotator.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    icons: EXTENSION_ICONS,
    commands: {
      'next-mention': {
        // Not Alt+Shift+N: Chromium on Linux leaves that one unassigned.
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Switch Summit Lens on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'summit-lens@summit-lens.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
