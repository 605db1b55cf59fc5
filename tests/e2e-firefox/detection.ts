/**
 * Detection in Firefox: every fixture page gets exactly the marks it gets
 * in Chromium (the same expectations), look-alike pages none, and nothing in
 * scripts or form fields is marked.
 */
import { describe, test } from 'vitest';
import { expectFixtureMarks } from '../shared/detection';
import { fixturePages } from '../shared/fixture-pages';
import type { FirefoxSession } from './harness';

export function detectionTests(session: () => FirefoxSession): void {
  describe.each(fixturePages)('$name', ({ path, expected }) => {
    test(
      expected.relevant
        ? 'marks exactly the expected mentions'
        : 'gets no marks at all',
      async () => {
        const page = await session().open(path);
        await expectFixtureMarks(page, expected);
        await page.close();
      },
    );
  });
}
