/**
 * What every browser must mark on a fixture page, checked the same way in
 * each: exactly the expected mentions (or nothing, on a page that is not
 * about the summits), nothing inside scripts, styles or form fields, and
 * nothing over the strings the page's expectations name.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { SKIPPED } from '../../entrypoints/content/text-reader';
import type { FixtureExpectation } from './fixture-pages';
import { countByEntity, marksOverlapping, readMarks, type Page } from './marks';

/** Checks a freshly opened fixture page against its expectations. */
export async function expectFixtureMarks(
  page: Page,
  expected: FixtureExpectation,
): Promise<void> {
  await sleep(expected.waitFor + 300);
  if (expected.relevant) {
    await expect
      .poll(async () => {
        const counts = countByEntity(await readMarks(page));
        return Object.fromEntries(
          Object.keys(expected.mentions).map((id) => [id, counts[id] ?? 0]),
        );
      })
      .toEqual(expected.mentions);
  } else {
    // Give a page that fails the gate every chance to be (wrongly) marked.
    await sleep(700);
    expect(await readMarks(page)).toEqual([]);
  }
  const marks = await readMarks(page);
  for (const mark of marks) {
    expect(mark.entity, `"${mark.text}" is an alias`).toBeDefined();
    expect(mark.ancestors.filter((a) => SKIPPED.has(a))).toEqual([]);
    expect(mark.highlight).toMatch(/^summit-lens-/);
  }
  const overlaps = await marksOverlapping(page, expected.mustNotMark);
  for (const [needle, { occurrences, overlapping }] of Object.entries(
    overlaps,
  )) {
    expect(occurrences, `"${needle}" is on the page`).toBeGreaterThan(0);
    expect(overlapping, `"${needle}" is not marked`).toBe(0);
  }
}
