/**
 * How much is marked, in real Chromium: by default the first mention of each
 * entity per section, quietly in headlines and datelines, a light hover mark
 * on a later mention that still opens its card; and every marking setting
 * of the options page applied to an open page without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { knowledge, markPoint, paintedEnds, readMarks } from '../shared/marks';
import { entityByAlias } from '../../knowledge/query';
import { launchExtension, type ExtensionSession } from './harness';

const DEMO = 'pages/demo-article.html';
const WIRE = 'articles/ap-2023-arrival.html';
const LONG = 'dynamic/long-live-blog.html';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());
beforeEach(() =>
  session.changeSettings({ marking: 'first', claims: true, kinds: ALL_KINDS }),
);

const ALL_KINDS = {
  person: true,
  place: true,
  organisation: true,
  event: true,
  topic: true,
};

const dialog = (page: Page) => page.locator('summit-lens-card [role="dialog"]');

interface SectionMark {
  entity: string | undefined;
  /** The section the mark is in, counted as the issue defines it. */
  section: number;
  highlight: string;
}

/**
 * The page's marks with their sections, counted here independently of the
 * extension: a heading starts a section; without one, every fifth paragraph.
 */
async function marksBySection(page: Page): Promise<SectionMark[]> {
  const raw = await page.evaluate(() => {
    const starts: number[] = [];
    let section = -1;
    let paragraphs = 0;
    const boundaries = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,p')];
    for (const el of boundaries) {
      if (el.localName !== 'p' || section < 0 || paragraphs === 5) {
        section += 1;
        paragraphs = el.localName === 'p' ? 1 : 0;
      } else paragraphs += 1;
      starts.push(section);
    }
    const sectionOf = (node: Node) => {
      let found = 0;
      boundaries.forEach((el, i) => {
        if (
          el === node ||
          el.contains(node) ||
          el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING
        )
          found = starts[i] ?? 0;
      });
      return found;
    };
    const out: { text: string; section: number; highlight: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!/^summit-lens-(person|place|organisation|event|topic)/.test(name))
        continue;
      for (const r of highlight as Iterable<Range>)
        out.push({
          text: r.toString(),
          section: sectionOf(r.startContainer),
          highlight: name,
        });
    }
    return out;
  });
  return raw.map((m) => ({
    entity: entityByAlias(knowledge, m.text)?.id,
    section: m.section,
    highlight: m.highlight,
  }));
}

const pairs = (marks: readonly SectionMark[]) =>
  new Set(marks.map((m) => `${m.section} ${m.entity}`));

async function settledMarkCount(page: Page): Promise<number> {
  await session.status(page);
  let last = -1;
  await expect
    .poll(async () => {
      const now = (await readMarks(page)).length;
      const stable = now === last && now > 0;
      last = now;
      return stable;
    })
    .toBe(true);
  return last;
}

test('by default each entity is marked once in each section it is in, and no more', async () => {
  await session.changeSettings({ marking: 'every' });
  const page = await session.open(DEMO);
  const every = await settledMarkCount(page);
  const all = await marksBySection(page);
  await session.changeSettings({ marking: 'first' });
  await expect
    .poll(async () => (await readMarks(page)).length)
    .toBeLessThan(every);
  const first = await marksBySection(page);
  console.log(
    `demo page: ${every} marks with every mention, ${first.length} by default`,
  );
  expect(pairs(first)).toEqual(pairs(all));
  // One mark per entity and section.
  expect(pairs(first).size).toBe(first.length);
  // The acceptance: the default paints at most half as many marks.
  expect(first.length * 2).toBeLessThanOrEqual(every);
  await page.close();
});

test('headlines and datelines are marked quietly; the body is not', async () => {
  const page = await session.open(WIRE);
  await settledMarkCount(page);
  const quiet = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights)
      for (const r of highlight as Iterable<Range>) {
        const where = r.startContainer.parentElement?.closest('h1')
          ? 'headline'
          : r.toString() === 'SEOUL'
            ? 'dateline'
            : 'body';
        (out[where] ??= []).push(name);
      }
    return out;
  });
  expect(quiet.headline?.length).toBeGreaterThan(0);
  expect(quiet.headline?.every((name) => name.endsWith('-quiet'))).toBe(true);
  expect(quiet.dateline).toBeUndefined();
  expect(quiet.body?.filter((name) => name.endsWith('-quiet'))).toEqual([]);
  await page.close();
});

test('a later mention, not painted, gets a light hover mark and opens its card', async () => {
  const page = await session.open(DEMO);
  await settledMarkCount(page);
  // The second "KCNA" in its section: not painted.
  const point = await markPoint(page, 'KCNA', 'unpainted');
  await page.mouse.move(point.x, point.y);
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('summit-lens-hover') ?? [])].map((r) =>
          (r as Range).toString(),
        ),
      ),
    )
    .toEqual(['KCNA']);
  await dialog(page).locator('.sl-preview').waitFor({ timeout: 5000 });
  expect(await dialog(page).getAttribute('aria-label')).toBe('KCNA');
  await page.close();
});

test('every marking setting of the options page applies to an open page at once', async () => {
  const page = await session.open(DEMO);
  const first = await settledMarkCount(page);
  const { total } = await session.status(page);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByLabel('every mention', { exact: true }).check();
  await expect.poll(async () => (await readMarks(page)).length).toBe(total);

  await options.getByRole('switch', { name: 'People' }).click();
  await expect
    .poll(async () =>
      (await readMarks(page)).filter((m) => m.highlight.includes('person')),
    )
    .toEqual([]);
  expect((await readMarks(page)).length).toBeGreaterThan(0);
  // A person's mention no longer opens a card.
  const point = await markPoint(page, 'Kim Jong Un', 'any');
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(1000);
  expect(await dialog(page).count()).toBe(0);
  await options.getByRole('switch', { name: 'People' }).click();

  await options.getByLabel('first mentions', { exact: true }).check();
  await expect.poll(async () => (await readMarks(page)).length).toBe(first);
  await options.close();
  await page.close();
});

test('claim marks follow their switch', async () => {
  const page = await session.open(WIRE);
  const claims = () =>
    page.evaluate(() => CSS.highlights.get('summit-lens-claim')?.size ?? 0);
  await expect.poll(claims, { timeout: 10_000 }).toBeGreaterThan(0);
  await session.changeSettings({ claims: false });
  await expect.poll(claims).toBe(0);
  await session.changeSettings({ claims: true });
  await expect.poll(claims).toBeGreaterThan(0);
  await page.close();
});

test('a long page is read as far down as the reader goes, and in full once the popup asks', async () => {
  await session.changeSettings({ marking: 'every' });
  const page = await session.open(LONG);
  const tabId = await session.tabIdOf(page);
  const counted = async () => Number((await session.badge(tabId)) || 0);
  await expect.poll(counted).toBeGreaterThan(0);
  // The top of a page of 3,600 mentions: an article's length, and up to
  // a few screens down.
  const atLoad = await counted();
  expect(atLoad).toBeLessThan(1200);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect.poll(counted).toBeGreaterThan(1500);
  expect(await counted()).toBeLessThan(2400);
  const { total } = await session.status(page);
  expect(total).toBeGreaterThan(3000);
  await expect.poll(counted).toBe(total);
  await page.close();
});

test('on a page with thousands of marks, those near the reader are painted, and follow the scrolling', async () => {
  await session.changeSettings({ marking: 'every' });
  const page = await session.open(LONG);
  const { total } = await session.status(page);
  expect(total).toBeGreaterThan(3000);
  await expect.poll(async () => (await paintedEnds(page)).inFirst).toBe(true);
  const top = await paintedEnds(page);
  expect(top.inLast).toBe(false);
  expect(top.count).toBeLessThan(total / 2);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(async () => (await paintedEnds(page)).inLast).toBe(true);
  const bottom = await paintedEnds(page);
  expect(bottom.inFirst).toBe(false);
  expect(bottom.count).toBeLessThan(total / 2);
  await page.close();
});
