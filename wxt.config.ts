import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { knowledgePlugin } from './knowledge/vite-plugin';
import { noInnerHtml } from './scripts/vite-no-inner-html';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), knowledgePlugin(), noInnerHtml()],
  }),
  manifest: ({ browser }) => ({
    name: 'Summit Lens',
    description:
      'Explains the people, places and events of the Kim Jong Un – Vladimir Putin summits on the news pages you read, with what each outlet reported.',
    permissions: ['storage'],
    action: { default_title: 'Summit Lens' },
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
