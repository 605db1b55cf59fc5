/**
 * A site switched off stays off after the browser restarts: the setting
 * lives in the profile's extension storage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { launchExtension } from './harness';
import { readMarks } from '../shared/marks';

const profile = mkdtempSync(join(tmpdir(), 'summit-lens-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

test('a site switched off stays off after a browser restart', async () => {
  const first = await launchExtension({ userDataDir: profile });
  const page = await first.open('pages/dark-page.html');
  await expect
    .poll(async () => (await readMarks(page)).length)
    .toBeGreaterThan(0);
  await first.runCommand(page, 'toggle-site');
  await expect.poll(async () => (await readMarks(page)).length).toBe(0);
  await first.close();

  const second = await launchExtension({ userDataDir: profile });
  try {
    const again = await second.open('pages/dark-page.html');
    expect((await second.status(again)).enabled).toBe(false);
    expect(await readMarks(again)).toEqual([]);
    // Another site is still annotated.
    const other = await second.open(
      `${second.otherOrigin}/pages/dark-page.html`,
    );
    await expect
      .poll(async () => (await readMarks(other)).length)
      .toBeGreaterThan(0);
  } finally {
    await second.close();
  }
});
