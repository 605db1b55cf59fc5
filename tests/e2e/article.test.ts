/**
 * The article in front of the reader, in real Chromium: the meeting each
 * fixture article reports and why, in the page status; the card's meeting
 * attributes, the line on a page about a meeting the sources do not cover,
 * and facts about the page's meeting first; claim sentences marked, their
 * cards and the `data-agrees` contract; and no claim mark on sentences that
 * take no side or use an answer's words in another sense.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES_DIR } from '../shared/paths';
import { claimPoint } from '../shared/marks';
import { launchExtension, type ExtensionSession } from './harness';
import { openCardOn } from './open-card';

interface Expected {
  meeting: string;
  claims: { sentence: string; comparison: string; agrees: string[] }[];
}

const ARTICLES = join(FIXTURES_DIR, 'articles');
const expectations = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({
    name: f.replace('.expected.json', ''),
    expected: JSON.parse(readFileSync(join(ARTICLES, f), 'utf8')) as Expected,
  }));

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

const dialog = (page: Page) => page.locator('summit-lens-card [role="dialog"]');

test.each(expectations)(
  '$name: the status gives the meeting it reports, with a reason',
  async ({ name, expected }) => {
    const page = await session.open(`articles/${name}.html`);
    const status = await session.status(page);
    console.log(
      `${name}: ${status.meeting?.id ?? '(not relevant)'} — ${status.meeting?.why ?? ''}`,
    );
    if (name === 'headline-only') {
      // No Putin, no summit named: not relevant, so not annotated (the claim
      // finder reads its sentence alone all the same; see its unit tests).
      expect(status.relevant).toBe(false);
      expect(status.meeting).toBeUndefined();
    } else {
      expect(status.relevant).toBe(true);
      expect(status.meeting?.id).toBe(expected.meeting);
      expect(status.meeting?.why.length).toBeGreaterThan(0);
    }
    await page.close();
  },
);

test('on a page about a meeting the sources do not cover, every card starts by saying so', async () => {
  const page = await session.open('articles/nknews-2024-pyongyang.html');
  await session.status(page);
  for (const name of ['Putin', 'Pyongyang']) {
    await openCardOn(page, name);
    const card = dialog(page);
    expect(await card.getAttribute('data-meeting')).toBe('pyongyang-2024');
    expect(await card.getAttribute('data-covered')).toBe('false');
    const body = await card.locator('.sl-card-body').innerText();
    expect(body.split('\n')[0]).toMatch(
      /^This article is about .+\. Summit Lens's sources cover the April 2019 and September 2023 meetings\.$/,
    );
    // Facts show when they are from.
    expect(await card.locator('.sl-fact-date').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
  }
  await page.close();
});

/** The sources cited by the first fact of the open card. */
const firstFactSources = (page: Page) =>
  dialog(page)
    .locator('.sl-facts li')
    .first()
    .locator('[data-source]')
    .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-source')));

test('the Putin card leads with facts about the meeting the page reports', async () => {
  const page2019 = await session.open('articles/guardian-2019-summit-day.html');
  await session.status(page2019);
  await openCardOn(page2019, 'Putin');
  expect(await dialog(page2019).getAttribute('data-meeting')).toBe(
    'summit-2019-vladivostok',
  );
  expect(await dialog(page2019).getAttribute('data-covered')).toBe('true');
  expect(await firstFactSources(page2019)).toContain('npr-2019');
  await page2019.close();

  const page2023 = await session.open('articles/wire-2023-summit-day.html');
  await session.status(page2023);
  await openCardOn(page2023, 'Putin');
  expect(await dialog(page2023).getAttribute('data-meeting')).toBe(
    'summit-2023-vostochny',
  );
  const sources = await firstFactSources(page2023);
  expect(sources.length).toBeGreaterThan(0);
  expect(sources).not.toContain('npr-2019');
  await page2023.close();
});

/** The claim sentences painted on the page, by text. */
const paintedClaims = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('summit-lens-claim') ?? [])].map((r) =>
      (r as Range).toString().replace(/\s+/g, ' ').trim(),
    ),
  );

/**
 * Hovers a claim sentence where no mention is, and returns what its card
 * says: the comparison and the sources that agree.
 */
async function openClaimCard(page: Page, sentence: string) {
  const point = await claimPoint(page, sentence);
  await page.mouse.move(point.x, point.y);
  const marked = dialog(page).locator('[data-comparison]');
  await marked.waitFor({ timeout: 5000 });
  return {
    comparison: await marked.getAttribute('data-comparison'),
    agrees: (await marked.getAttribute('data-agrees'))?.split(' ') ?? [],
    text: await dialog(page).innerText(),
  };
}

test('claim sentences are marked, and their card says which sources agree', async () => {
  const page = await session.open('articles/ap-2023-arrival.html');
  const status = await session.status(page);
  const { claims } = expectations.find(
    (e) => e.name === 'ap-2023-arrival',
  )!.expected;
  const painted = await paintedClaims(page);
  for (const claim of claims)
    expect(
      painted.some((p) => p.includes(claim.sentence)),
      claim.sentence,
    ).toBe(true);
  // The popup's list: one entry per comparison and answer.
  expect(status.claims?.map((c) => c.comparison).sort()).toEqual(
    [...new Set(claims.map((c) => c.comparison))].sort(),
  );
  const venue = claims.find((c) => c.comparison === 'expected-venue-2023')!;
  const card = await openClaimCard(page, venue.sentence);
  expect(card.comparison).toBe('expected-venue-2023');
  expect(card.agrees.sort()).toEqual([...venue.agrees].sort());
  expect(card.text).toMatch(/This article: /);
  await page.close();
});

interface SentenceCase {
  comparison: string;
  kind: 'states' | 'neutral' | 'other-sense';
  /** The meeting of the page the sentence is read on. */
  page: string;
  text: string;
}

/** A headline and a publication date that set a page's meeting. */
const PAGE_OF: Record<string, { title: string; published?: string }> = {
  unknown: { title: 'Kim Jong Un and Vladimir Putin: what was said' },
  'summit-2019-vladivostok': {
    title: 'Kim Jong Un and Vladimir Putin hold first summit in Vladivostok',
    published: '2019-04-25',
  },
  'summit-2023-vostochny': {
    title: 'Kim Jong Un and Vladimir Putin meet at the Vostochny Cosmodrome',
    published: '2023-09-13',
  },
  'pyongyang-2024': {
    title: 'Putin visits Pyongyang and signs a treaty with Kim Jong Un',
    published: '2024-06-19',
  },
  'beijing-2025': {
    title: 'Kim Jong Un and Vladimir Putin meet in Beijing after the parade',
    published: '2025-09-03',
  },
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const { sentences } = JSON.parse(
  readFileSync(join(ARTICLES, 'claim-sentences.json'), 'utf8'),
) as { sentences: SentenceCase[] };
const quietByPage = Object.entries(PAGE_OF).map(([meeting, head]) => ({
  meeting,
  head,
  quiet: sentences.filter((s) => s.kind !== 'states' && s.page === meeting),
}));

test.each(quietByPage)(
  'no claim mark on sentences that take no side or use the words in another sense ($meeting page)',
  async ({ meeting, head, quiet }) => {
    const html = `<!doctype html><meta charset="utf-8"><title>${head.title}</title>
${head.published ? `<meta property="article:published_time" content="${head.published}">` : ''}
<h1>${head.title}</h1>
${quiet.map((s) => `<p>${escape(s.text)}</p>`).join('\n')}`;
    const url = `${session.origin}/generated/quiet-${meeting}.html`;
    await session.context.route(url, (route) =>
      route.fulfill({ body: html, contentType: 'text/html' }),
    );
    const page = await session.context.newPage();
    await page.goto(url);
    const status = await session.status(page);
    expect(status.relevant).toBe(true);
    expect(status.meeting?.id).toBe(meeting);
    // A sentence quiet on one question may state the answer to another
    // ("they met at the Vostochny Cosmodrome" is no first meeting, but it
    // is where they met): each mark's card must be about another question.
    const wrong: string[] = [];
    for (const sentence of await paintedClaims(page)) {
      const listed = quiet.filter((s) => s.text === sentence);
      if (listed.length === 0) continue;
      const card = await openClaimCard(page, sentence);
      if (listed.some((s) => s.comparison === card.comparison))
        wrong.push(`${card.comparison}: ${sentence}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
    }
    expect(wrong).toEqual([]);
    await page.close();
  },
);
