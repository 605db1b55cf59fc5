import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { readMarks } from '../shared/marks';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

test('the content script marks names in CSS.highlights', async () => {
  const page = await session.open('pages/classic-article.html');
  await expect
    .poll(async () => (await readMarks(page)).length)
    .toBeGreaterThan(5);
  const marks = await readMarks(page);
  console.log(
    marks.map((m) => `${m.highlight} ${m.text} ${m.entity}`).join('\n'),
  );
  expect(marks.every((m) => m.highlight.startsWith('summit-lens'))).toBe(true);
});
