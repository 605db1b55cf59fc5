/**
 * The content script on every fixture page, in real Chromium: exactly the
 * expected mentions are marked, look-alike pages get nothing, nothing hidden
 * or typed is marked, and the page's DOM is left as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePages } from '../shared/fixture-pages';
import { launchExtension, type ExtensionSession } from './harness';
import { expectFixtureMarks } from '../shared/detection';
import { readMarks } from '../shared/marks';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  // Record every DOM mutation once the page has been parsed (before the
  // content script runs, at document idle).
  await session.context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase());
        const removed = [...r.removedNodes].map((n) =>
          n.nodeName.toLowerCase(),
        );
        log.push(
          `${r.type}:${(r.target as Element).nodeName?.toLowerCase()}:+${added}:-${removed}:${r.attributeName ?? ''}`,
        );
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      }),
    );
  });
});
afterAll(() => session?.close());

describe.each(fixturePages)('$name', ({ path, expected }) => {
  test(
    expected.relevant
      ? 'marks exactly the expected mentions'
      : 'gets no marks at all',
    async () => {
      const page = await session.open(path);
      await expectFixtureMarks(page, expected);
      await page.close();
    },
  );
});

describe('the page DOM', () => {
  test.each([
    'classic-article',
    'split-names',
    'dark-page',
    'lookalike-other-kims',
  ])(
    '%s: nothing changes but our own host element, even with a card open',
    async (name) => {
      const page = await session.open(`pages/${name}.html`);
      await page.waitForTimeout(500);
      const marks = await readMarks(page);
      if (marks.length > 0) await session.runCommand(page, 'next-mention');
      await page.waitForTimeout(500);
      if (marks.length > 0)
        expect(
          await page.locator('summit-lens-card [role="dialog"]').count(),
        ).toBe(1);
      const log = await page.evaluate(
        () => (window as unknown as { __mutations: string[] }).__mutations,
      );
      const others = log.filter((entry) => !entry.includes('summit-lens-card'));
      expect(others).toEqual([]);
      await page.close();
    },
  );
});
