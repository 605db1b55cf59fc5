/**
 * The black-box section's baseline: an extension with the built manifest's
 * shape (the same permissions, background service worker and content script
 * entries, on the same matches and `run_at`) whose scripts do nothing and
 * which injects no CSS. It has no icons, options page or web-accessible
 * resources (files it would have to carry, none of which a page load
 * touches). Whatever a page costs under it is the page's own cost
 * plus what Chromium pays for any extension with a content script.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface ContentScriptEntry {
  matches: string[];
  run_at?: string;
  js?: string[];
  css?: string[];
  [key: string]: unknown;
}

interface Manifest {
  name: string;
  background?: { service_worker?: string };
  content_scripts?: ContentScriptEntry[];
  action?: Record<string, unknown>;
  icons?: unknown;
  options_ui?: unknown;
  web_accessible_resources?: unknown;
  [key: string]: unknown;
}

const NOTHING = '"use strict";\n';

/**
 * Writes the empty counterpart of the extension built in `builtDir` into
 * `dir`: its manifest with every content script's files replaced by one
 * script each, `contentScript` (by default one that does nothing), and no
 * CSS, an empty service worker, and no popup.
 */
export function writeEmptyExtension(
  builtDir: string,
  dir: string,
  contentScript = NOTHING,
): void {
  const manifest = JSON.parse(
    readFileSync(join(builtDir, 'manifest.json'), 'utf8'),
  ) as Manifest;
  const scripts = manifest.content_scripts ?? [];
  if (scripts.length === 0)
    throw new Error(`${builtDir}/manifest.json declares no content script`);
  const files = new Set<string>();
  const empty: Manifest = {
    ...manifest,
    name: `${manifest.name} (empty)`,
    content_scripts: scripts.map((entry, i) => {
      const file = `content-scripts/empty-${i}.js`;
      files.add(file);
      const emptied: ContentScriptEntry = { ...entry, js: [file] };
      delete emptied.css;
      return emptied;
    }),
  };
  if (manifest.background?.service_worker) {
    empty.background = { service_worker: 'background.js' };
    files.add('background.js');
  }
  // Chromium refuses an extension whose manifest names a file it lacks.
  delete empty.icons;
  delete empty.options_ui;
  delete empty.web_accessible_resources;
  if (manifest.action) {
    empty.action = { ...manifest.action };
    delete empty.action.default_popup;
    delete empty.action.default_icon;
  }
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(
      join(dir, file),
      file.startsWith('content-scripts/') ? contentScript : NOTHING,
    );
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(empty, null, 2));
}

/**
 * The content script of the black-box section's _floor_ extension: the least
 * that any extension doing Summit Lens's job on every page must do there.
 * It answers messages (the popup asks every page for its status), reads its
 * settings, reads the page's text once (one `Range.toString()`, the
 * cheapest native read) and searches it for the gate's needles
 * (`needles`, sources of one pattern each, as `Lexicon.gate.needles`), and
 * watches the page for text added later.
 */
export function floorContentScript(needles: readonly string[]): string {
  const pattern = needles.map((n) => `(${n})`).join('|');
  return `"use strict";
chrome.runtime.onMessage.addListener(() => undefined);
chrome.storage.local.get('settings').then(() => {
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const text = range.toString();
  const needles = new RegExp(${JSON.stringify(pattern)}, 'gi');
  const found = new Set();
  for (let m = needles.exec(text); m && found.size < ${needles.length}; m = needles.exec(text))
    found.add(m.findIndex((group, i) => i > 0 && group));
  new MutationObserver(() => undefined).observe(document.body, { childList: true, subtree: true, characterData: true });
});
`;
}
