/**
 * What the built packages ask of the browser: only the permissions used,
 * content scripts on web pages only, minimum versions that have the CSS
 * Custom Highlight API, and icons for the stores and the toolbar button;
 * and that they carry no way in for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TOOLBAR_ICON_OFF } from '../../utils/toolbar-action';
import {
  CHROME_BUILD,
  CHROME_E2E_BUILD,
  FIREFOX_BUILD,
  ROOT,
} from '../shared/paths';

interface ToolbarButton {
  default_title?: string;
  default_icon?: Record<string, string>;
  default_popup?: string;
}

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  icons?: Record<string, string>;
  action?: ToolbarButton;
  browser_action?: ToolbarButton;
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

const chrome = read(CHROME_BUILD);
const firefox = read(FIREFOX_BUILD);
const { version } = JSON.parse(
  readFileSync(join(ROOT, 'package.json'), 'utf8'),
) as { version: string };

describe.each([
  ['chrome', chrome, CHROME_BUILD],
  ['firefox', firefox, FIREFOX_BUILD],
])('%s manifest', (_browser, manifest, dir) => {
  test("has a description that fits the stores' summary (132 characters)", () => {
    expect(manifest.description.length).toBeGreaterThan(40);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  test("carries the package's version", () => {
    expect(manifest.version).toBe(version);
  });

  test('has icons at 16, 32, 48, 96 and 128 px, each a file in the package', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual([
      '16',
      '32',
      '48',
      '96',
      '128',
    ]);
    for (const file of Object.values(manifest.icons ?? {}))
      expect(existsSync(join(dir, file)), file).toBe(true);
  });

  test('declares its toolbar button under the key of its manifest version, with an icon and a greyed one', () => {
    const [key, other] =
      manifest.manifest_version === 3
        ? (['action', 'browser_action'] as const)
        : (['browser_action', 'action'] as const);
    const button = manifest[key];
    expect(manifest[other]).toBeUndefined();
    expect(button?.default_title).toBe('Summit Lens');
    expect(button?.default_popup).toBe('popup.html');
    expect(Object.keys(button?.default_icon ?? {}).length).toBeGreaterThan(0);
    for (const file of [
      ...Object.values(button?.default_icon ?? {}),
      ...Object.values(TOOLBAR_ICON_OFF),
    ])
      expect(existsSync(join(dir, file)), file).toBe(true);
  });

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
  expect(hook(CHROME_BUILD)).toBeUndefined();
  expect(hook(FIREFOX_BUILD)).toBeUndefined();
  expect(hook(CHROME_E2E_BUILD)).toBe('runCommand');
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
