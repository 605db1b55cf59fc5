/**
 * The hover card as a preview, in real Chromium: its size at a desktop and a
 * phone viewport, what shows before any scrolling, "More" and the full
 * entry, scrolling kept inside the card, Back after a related link, Tab
 * kept inside the card, "Why marked?", and "Report a problem" putting a
 * plain-text report on the clipboard (also on an insecure page, where the
 * Clipboard API is missing).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { knowledge, markPoint } from '../shared/marks';
import { openCardOn } from './open-card';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

const DEMO = 'pages/demo-article.html';
const dialog = (page: Page) => page.locator('summit-lens-card [role="dialog"]');

const VIEWPORTS = [
  { width: 1280, height: 800, maxHeight: 320 },
  { width: 390, height: 844, maxHeight: 0.45 * 844 },
] as const;

const NAMES = ['Vladimir Putin', 'Kim Jong Un', 'Vladivostok'];

/** Opens the demo page at a viewport size, once its marks are in. */
async function openDemo(viewport: {
  width: number;
  height: number;
}): Promise<Page> {
  const page = await session.open(DEMO);
  await page.setViewportSize(viewport);
  await session.status(page);
  await page.bringToFront();
  return page;
}

/** Closes the open card and moves the pointer out of the way. */
async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => dialog(page).count()).toBe(0);
}

interface Geometry {
  height: number;
  bodyScrollTop: number;
  /** Whether each lead part lies wholly inside the card's visible area. */
  visible: Record<string, boolean>;
  disagreement: string | undefined;
}

/** Where the parts of the open card are, read inside its shadow root. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const root = document.querySelector('summit-lens-card')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
    const body = root.querySelector<HTMLElement>('.sl-card-body')!;
    const frame = body.getBoundingClientRect();
    const within = (el: Element | null, box: DOMRect) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return (
        r.height > 0 &&
        r.top >= box.top - 0.5 &&
        r.bottom <= box.bottom + 0.5 &&
        r.top >= 0 &&
        r.bottom <= innerHeight
      );
    };
    const parts: Record<string, Element | null> = {
      name: root.querySelector('.sl-name'),
      kind: root.querySelector('.sl-kind'),
      close: root.querySelector('.sl-close'),
    };
    const visible: Record<string, boolean> = {};
    for (const [key, el] of Object.entries(parts))
      visible[key] = within(el, card.getBoundingClientRect());
    const bodyParts: Record<string, Element | null> = {
      summary: root.querySelector('.sl-summary'),
      'fact 1': root.querySelectorAll('.sl-preview > section .sl-facts li')[0]!,
      'fact 2': root.querySelectorAll('.sl-preview > section .sl-facts li')[1]!,
      disagreement: root.querySelector('.sl-disagreement-line'),
    };
    for (const [key, el] of Object.entries(bodyParts))
      visible[key] = within(el, frame);
    return {
      height: card.getBoundingClientRect().height,
      bodyScrollTop: body.scrollTop,
      visible,
      disagreement: root
        .querySelector('.sl-disagreement-line')
        ?.textContent?.trim(),
    };
  });
}

test.each(VIEWPORTS)(
  'at $width×$height the card is at most $maxHeight px tall and shows its lead without scrolling',
  async (viewport) => {
    const page = await openDemo(viewport);
    const heights: Record<string, number> = {};
    for (const name of NAMES) {
      await openCardOn(page, name);
      const g = await geometry(page);
      heights[name] = Math.round(g.height);
      expect(g.height, name).toBeLessThanOrEqual(viewport.maxHeight);
      expect(g.bodyScrollTop, name).toBe(0);
      expect(g.visible, name).toEqual({
        name: true,
        kind: true,
        close: true,
        summary: true,
        'fact 1': true,
        'fact 2': true,
        disagreement: true,
      });
      expect(g.disagreement, name).toMatch(/^Sources differ/);
      await closeCard(page);
    }
    console.log(
      `card heights at ${viewport.width}×${viewport.height}`,
      heights,
    );
    await page.close();
  },
);

test('the disagreement line opens the comparison in place', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  await openCardOn(page, 'Kim Jong Un');
  const line = dialog(page).locator('.sl-disagreement-line');
  const id = await dialog(page)
    .locator('.sl-disagreement')
    .getAttribute('data-comparison-id');
  const comparison = knowledge.comparisons.find((c) => c.id === id)!;
  expect(comparison.verdict).toBe('differ');
  await line.click();
  expect(await line.getAttribute('aria-expanded')).toBe('true');
  const rows = dialog(page).locator('.sl-disagreement-body tbody tr');
  expect(await rows.count()).toBe(comparison.claims.length);
  expect(await rows.first().innerText()).toContain(
    comparison.claims[0]!.answer,
  );
  await page.close();
});

test('"More" unfolds the rest in place, each comparison opens, and the full entry opens in Summit Lens', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  await openCardOn(page, 'Kim Jong Un');
  const kim = knowledge.entities.find((e) => e.id === 'kim-jong-un')!;
  const more = dialog(page).locator('.sl-more-row button').first();
  expect(await more.innerText()).toMatch(
    new RegExp(`^More: ${kim.facts.length - 2} facts`),
  );
  await more.click();
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  expect(await more.innerText()).toBe('Show less');
  const moreFacts = dialog(page).getByRole('region', { name: 'More facts' });
  expect(await moreFacts.locator('li').count()).toBe(kim.facts.length - 2);
  // The unfolded part is scrolled into view inside the card.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .querySelector('summit-lens-card')!
            .shadowRoot!.querySelector('.sl-card-body')!.scrollTop,
      ),
    )
    .toBeGreaterThan(0);
  const questions = dialog(page).locator(
    '[aria-label="How the sources compare"] .sl-disclosure',
  );
  const count = await questions.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    await questions.nth(i).click();
    expect(await questions.nth(i).getAttribute('aria-expanded')).toBe('true');
  }
  expect(
    await dialog(page)
      .locator('[aria-label="How the sources compare"] table')
      .count(),
  ).toBe(count);

  const opened = session.context.waitForEvent('page');
  await dialog(page).getByRole('button', { name: 'Full entry' }).click();
  const entry = await opened;
  await entry.waitForURL(/popup\.html\?entity=kim-jong-un&tab=\d+/);
  await entry
    .getByRole('heading', { level: 2, name: 'Kim Jong Un' })
    .waitFor({ timeout: 10_000 });
  await entry.getByRole('button', { name: 'Back to “On this page”' }).click();
  await entry
    .getByRole('list', { name: 'Found on this page' })
    .waitFor({ timeout: 10_000 });
  await entry.close();
  await page.close();
});

test('scrolling inside the card never scrolls the page', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  await openCardOn(page, 'Kim Jong Un');
  await dialog(page)
    .getByRole('button', { name: /^More: / })
    .click();
  const body = dialog(page).locator('.sl-card-body');
  expect(
    await body.evaluate((el) => getComputedStyle(el).overscrollBehaviorY),
  ).toBe('contain');
  const box = (await body.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const pageY = await page.evaluate(() => scrollY);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
  await expect
    .poll(() =>
      body.evaluate(
        (el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
      ),
    )
    .toBe(true);
  // Past the card's end, still nothing moves the page.
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(pageY);
  expect(await dialog(page).count()).toBe(1);
  await page.close();
});

test('a related link shows that entry with a Back button; Back returns', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  await openCardOn(page, 'Kim Jong Un');
  await dialog(page)
    .getByRole('button', { name: /^More: / })
    .click();
  const related = dialog(page).getByRole('region', { name: 'Related' });
  const first = related.getByRole('button').first();
  const name = await first.innerText();
  await first.click();
  await expect.poll(() => dialog(page).getAttribute('aria-label')).toBe(name);
  const back = dialog(page).getByRole('button', {
    name: 'Back to Kim Jong Un',
  });
  await back.waitFor();
  // The focus goes to Back, as the pressed link is gone.
  expect(
    await page.evaluate(
      () =>
        document.querySelector('summit-lens-card')!.shadowRoot!.activeElement
          ?.textContent,
    ),
  ).toContain('Back to Kim Jong Un');
  expect(
    await dialog(page).getByRole('button', { name: 'Why marked?' }).count(),
  ).toBe(0);
  await back.click();
  await expect
    .poll(() => dialog(page).getAttribute('aria-label'))
    .toBe('Kim Jong Un');
  expect(
    await dialog(page)
      .getByRole('button', { name: /^Back to/ })
      .count(),
  ).toBe(0);
  await dialog(page).getByRole('button', { name: 'Why marked?' }).waitFor();
  await page.close();
});

test('while the card has the focus, Tab cycles inside it; Escape closes it and gives the focus back', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  const link = page.locator('a').first();
  await link.focus();
  await session.runCommand(page, 'next-mention');
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  await dialog(page).locator('.sl-preview').waitFor();
  const insideCard = () =>
    page.evaluate(() => {
      const host = document.querySelector('summit-lens-card');
      return (
        document.activeElement === host &&
        host?.shadowRoot?.activeElement !== null
      );
    });
  expect(await insideCard()).toBe(true);
  const seen = new Set<string>();
  const buttons = await dialog(page).locator('button').count();
  for (let i = 0; i < buttons + 3; i++) {
    await page.keyboard.press('Tab');
    expect(await insideCard(), `after ${i + 1} Tab presses`).toBe(true);
    seen.add(
      await page.evaluate(
        () =>
          document.querySelector('summit-lens-card')!.shadowRoot!.activeElement
            ?.textContent ?? '',
      ),
    );
  }
  expect(seen.has('×')).toBe(true);
  expect(seen.has('Report a problem')).toBe(true);
  for (let i = 0; i < buttons + 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await insideCard(), `after ${i + 1} Shift+Tab presses`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).count()).toBe(0);
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.close();
});

test('"Why marked?" gives the alias matched and the full name that licensed it', async () => {
  const page = await openDemo({ width: 1280, height: 800 });
  const point = await markPoint(page, 'Mr. Kim');
  await page.mouse.move(point.x, point.y);
  await dialog(page).locator('.sl-preview').waitFor({ timeout: 5000 });
  expect(await dialog(page).getAttribute('aria-label')).toBe('Kim Jong Un');
  const why = dialog(page).getByRole('button', { name: 'Why marked?' });
  await why.click();
  const panel = dialog(page).locator('.sl-panel-why');
  // <q> draws its quotation marks; innerText leaves them out.
  expect(await panel.innerText()).toContain(
    'The page says Mr. Kim, a short form of Kim Jong Un.',
  );
  expect(await panel.locator('q').allInnerTexts()).toEqual([
    'Mr. Kim',
    'Kim Jong Un',
  ]);
  await closeCard(page);
  await openCardOn(page, 'Vladimir Putin');
  await dialog(page).getByRole('button', { name: 'Why marked?' }).click();
  expect(await dialog(page).locator('.sl-panel-why').innerText()).toBe(
    'The page says Vladimir Putin, the name of this entry.',
  );
  await page.close();
});

/** Fills in and sends the card's report form; returns what the card said. */
async function report(page: Page, note: string): Promise<string> {
  await dialog(page).getByRole('button', { name: 'Report a problem' }).click();
  await dialog(page)
    .getByLabel('Which fact is wrong?')
    .selectOption({ index: 2 });
  await dialog(page).getByLabel('What is wrong?').fill(note);
  await dialog(page).getByRole('button', { name: 'Copy report' }).click();
  const status = dialog(page).locator('.sl-report-status');
  await expect.poll(() => status.innerText()).not.toBe('');
  return status.innerText();
}

/** The clipboard's text, read from an extension page. */
async function clipboardText(s: ExtensionSession): Promise<string> {
  const reader = await s.openPopup();
  try {
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

test('"Report a problem" puts a plain-text report on the clipboard and says so', async () => {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openDemo({ width: 1280, height: 800 });
  await openCardOn(page, 'Vladivostok');
  const status = await report(page, 'The date looks wrong.');
  expect(status).toMatch(/^Copied to the clipboard/);
  const fact = knowledge.entities.find((e) => e.id === 'vladivostok')!.facts[1]!
    .text;
  const text = await clipboardText(session);
  expect(text).toBe(
    [
      'Summit Lens: problem report',
      'Entry: Vladivostok (vladivostok)',
      `Fact: ${fact}`,
      `Page: ${page.url()}`,
      'Marked text: “Vladivostok”',
      'Note: The date looks wrong.',
    ].join('\n'),
  );
  await page.close();
});

test('on an insecure page, without the Clipboard API, the report is still copied', async () => {
  const insecure = await launchExtension({
    extraArgs: [
      '--host-resolver-rules=MAP insecure.test 127.0.0.1',
      '--disable-features=HttpsUpgrades',
    ],
  });
  try {
    await insecure.context.grantPermissions([
      'clipboard-read',
      'clipboard-write',
    ]);
    const port = new URL(insecure.origin).port;
    const page = await insecure.open(`http://insecure.test:${port}/${DEMO}`);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
    await insecure.status(page);
    await page.bringToFront();
    await openCardOn(page, 'Kim Jong Un');
    expect(await report(page, 'Insecure page.')).toMatch(
      /^Copied to the clipboard/,
    );
    const text = await clipboardText(insecure);
    expect(text).toContain('Entry: Kim Jong Un (kim-jong-un)');
    expect(text).toContain(`Page: http://insecure.test:${port}/${DEMO}`);
    expect(text).toContain('Note: Insecure page.');
  } finally {
    await insecure.close();
  }
});
