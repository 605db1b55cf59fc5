/**
 * The article in Firefox: the default marking (first mention per section),
 * the meeting a page reports on its status and its cards, the line on a
 * page about a meeting the sources do not cover, and claim marks with their
 * card's `data-agrees` contract.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { claimPoint, markPoint, paintedEnds, readMarks } from '../shared/marks';
import type { FirefoxSession } from './harness';

/** The open card's meeting attributes and text, or undefined. */
function openCard(page: Page) {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('summit-lens-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return undefined;
    const claim = dialog.querySelector('[data-comparison]');
    return {
      meeting: dialog.getAttribute('data-meeting'),
      covered: dialog.getAttribute('data-covered'),
      text: (dialog as HTMLElement).innerText,
      comparison: claim?.getAttribute('data-comparison') ?? undefined,
      agrees: claim?.getAttribute('data-agrees') ?? undefined,
    };
  });
}

/** The page's number of mentions, once its content script reports some. */
async function settledTotal(session: FirefoxSession, page: Page) {
  let total = 0;
  await expect
    .poll(
      async () => {
        total = await session.status(page).then(
          (status) => status.total,
          () => 0,
        );
        return total;
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
  return total;
}

async function hover(page: Page, point: { x: number; y: number }) {
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

export function articleTests(session: () => FirefoxSession): void {
  test('a long page is read as far down as the reader goes, and in full once the popup asks', async () => {
    await session().changeSettings({ marking: 'every' });
    const page = await session().open('dynamic/long-live-blog.html');
    const tabId = await session().tabIdOf(page);
    const counted = async () => Number((await session().badge(tabId)) || 0);
    await expect.poll(counted).toBeGreaterThan(0);
    expect(await counted()).toBeLessThan(1200);
    await page.evaluate(() =>
      window.scrollTo(0, document.body.scrollHeight / 2),
    );
    await expect.poll(counted).toBeGreaterThan(1500);
    expect(await counted()).toBeLessThan(2400);
    const { total } = await session().status(page);
    expect(total).toBeGreaterThan(3000);
    await expect.poll(counted).toBe(total);
    await page.close();
  });

  test('on a page with thousands of marks, those near the reader are painted, and follow the scrolling', async () => {
    await session().changeSettings({ marking: 'every' });
    const page = await session().open('dynamic/long-live-blog.html');
    await expect.poll(async () => (await paintedEnds(page)).inFirst).toBe(true);
    const top = await paintedEnds(page);
    expect(top.inLast).toBe(false);
    expect(top.count).toBeLessThan(1800);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await paintedEnds(page)).inLast).toBe(true);
    expect((await paintedEnds(page)).inFirst).toBe(false);
    await page.close();
  });

  test('by default only the first mention of each entity per section is painted', async () => {
    await session().changeSettings({ marking: 'first' });
    try {
      const page = await session().open('pages/demo-article.html');
      const total = await settledTotal(session(), page);
      await expect
        .poll(async () => (await readMarks(page)).length)
        .toBeGreaterThan(10);
      const marks = await readMarks(page);
      // At most half of the page's mentions are painted.
      expect(marks.length * 2).toBeLessThanOrEqual(total);
      await page.close();
    } finally {
      await session().changeSettings({ marking: 'every' });
    }
  });

  test('a page about a meeting the sources do not cover says so on its status and its cards', async () => {
    const page = await session().open('articles/nknews-2024-pyongyang.html');
    await settledTotal(session(), page);
    const status = await session().status(page);
    expect(status.meeting?.id).toBe('pyongyang-2024');
    expect(status.meeting?.covered).toBe(false);
    await hover(page, await markPoint(page, 'Putin', 'any'));
    await expect
      .poll(async () => (await openCard(page))?.meeting, { timeout: 5000 })
      .toBe('pyongyang-2024');
    const card = (await openCard(page))!;
    expect(card.covered).toBe('false');
    expect(card.text).toContain(
      "Summit Lens's sources cover the April 2019 and September 2023 meetings.",
    );
    await page.close();
  });

  test('a claim sentence is marked, and its card says which sources agree', async () => {
    const page = await session().open('articles/ap-2023-arrival.html');
    await settledTotal(session(), page);
    const status = await session().status(page);
    expect(status.meeting?.id).toBe('summit-2023-vostochny');
    expect(status.claims?.length).toBeGreaterThan(0);
    await hover(
      page,
      await claimPoint(
        page,
        'Russian media speculated that Kim was heading for the Vostochny Cosmodrome',
      ),
    );
    await expect
      .poll(async () => (await openCard(page))?.comparison, { timeout: 5000 })
      .toBe('expected-venue-2023');
    const agrees = (await openCard(page))?.agrees?.split(' ').sort();
    expect(agrees?.length).toBeGreaterThan(0);
    expect(agrees).toEqual(
      status.claims
        ?.find((c) => c.comparison === 'expected-venue-2023')
        ?.agrees.slice()
        .sort(),
    );
    await page.close();
  });
}
