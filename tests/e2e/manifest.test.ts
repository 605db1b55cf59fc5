/**
 * What the built packages ask of the browser: only the permissions used,
 * content scripts on web pages only, and minimum versions that have the CSS
 * Custom Highlight API; and that they carry no way in for tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_DIR, ROOT, SHIPPED_DIR } from './harness';

interface Manifest {
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  minimum_chrome_version?: string;
  content_security_policy?: unknown;
  content_scripts: { matches: string[]; all_frames?: boolean }[];
  browser_specific_settings?: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
  };
}

const read = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

const chrome = read(SHIPPED_DIR);
const firefoxDir = join(ROOT, '.output', 'firefox-mv2');
const firefox = read(firefoxDir);

describe.each([
  ['chrome', chrome],
  ['firefox', firefox],
])('%s manifest', (_browser, manifest) => {
  test('is named Summit Lens and asks only for storage', () => {
    expect(manifest.name).toBe('Summit Lens');
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('runs the content script on http and https pages, top frame only', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]?.matches).toEqual([
      'http://*/*',
      'https://*/*',
    ]);
    expect(manifest.content_scripts[0]?.all_frames ?? false).toBe(false);
  });

  test('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

/** The text of every script in a build. */
function scripts(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

test('the packages readers install carry no test hooks; the e2e build does', () => {
  const hook = (dir: string) =>
    /runCommand|run-command|summit-lens:ping/.exec(scripts(dir))?.[0];
  expect(hook(SHIPPED_DIR)).toBeUndefined();
  expect(hook(firefoxDir)).toBeUndefined();
  expect(hook(E2E_DIR)).toBe('runCommand');
});

test('Chrome needs a version with the Highlight API (105+)', () => {
  expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
});

test('Firefox has a gecko id, no data collection, and a Highlight API version', () => {
  const gecko = firefox.browser_specific_settings!.gecko;
  expect(gecko.id).toMatch(/@/);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
});
