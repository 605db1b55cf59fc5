import lexicon from 'virtual:summit-lens/lexicon';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import {
  EVERY_MENTION,
  markingOptions,
  MentionMarks,
} from '../../../entrypoints/content/mention-marks';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { recordingPainter } from '../helpers/recording-painter';

const FIRST = markingOptions(DEFAULT_SETTINGS);

/** The schedulers a test started: stopped after it, so none watches the next. */
const started: AnnotationScheduler[] = [];
afterEach(() => {
  for (const scheduler of started.splice(0)) scheduler.stop();
});

/** Starts annotating the test document with `marks`, handling changes after `delayMs`. */
async function schedule(marks: MentionMarks, delayMs?: number) {
  const scheduler = new AnnotationScheduler({
    document,
    lexicon,
    marks,
    delayMs,
  });
  started.push(scheduler);
  await scheduler.start();
  return scheduler;
}

/** Finds the mentions of the test document, painting them with `marks`. */
async function annotate(marks: MentionMarks) {
  const scheduler = await schedule(marks);
  return scheduler.mentions?.list() ?? [];
}

function setUp(html: string) {
  document.body.innerHTML = html;
  const painter = recordingPainter();
  return {
    painter,
    marks: new MentionMarks(painter, lexicon, document, FIRST),
  };
}

const paintedTexts = (painter: ReturnType<typeof recordingPainter>) =>
  [...painter.painted].map((r) => r.toString());

const sentence = 'Kim Jong Un met Vladimir Putin, and Kim spoke after Putin.';

beforeEach(() => {
  document.title = '';
});

test('by default only the first mention of each entity per section is painted', async () => {
  const { painter, marks } = setUp(
    `<p>${sentence}</p><p>${sentence}</p><h2>Later</h2><p>${sentence}</p>`,
  );
  const all = await annotate(marks);
  expect(all).toHaveLength(12);
  // Two entities, two sections (the heading starts the second).
  expect(paintedTexts(painter)).toEqual([
    'Kim Jong Un',
    'Vladimir Putin',
    'Kim Jong Un',
    'Vladimir Putin',
  ]);
  marks.configure(EVERY_MENTION, all);
  expect(painter.painted.size).toBe(12);
  marks.configure(FIRST, all);
  expect(painter.painted.size).toBe(4);
});

test('a run of paragraphs without headings is a new section every fifth paragraph', async () => {
  const { painter, marks } = setUp(`<p>${sentence}</p>`.repeat(11));
  await annotate(marks);
  // Sections of paragraphs 1–5, 6–10 and 11.
  expect(painter.painted.size).toBe(6);
});

test('a kind switched off is neither painted nor shown', async () => {
  const { painter, marks } = setUp(`<p>${sentence} Vladivostok.</p>`);
  const all = await annotate(marks);
  marks.configure(
    { ...EVERY_MENTION, kinds: { ...EVERY_MENTION.kinds, person: false } },
    all,
  );
  expect(paintedTexts(painter)).toEqual(['Vladivostok']);
  const kim = all.find((m) => m.range.toString() === 'Kim Jong Un');
  expect(kim && marks.shows(kim)).toBe(false);
});

test('headlines and datelines are marked quietly, in their own highlights', async () => {
  const { painter, marks } = setUp(
    `<h1>Kim Jong Un meets Putin</h1><p>VLADIVOSTOK, Russia (AP) — Kim Jong Un arrived in Vladivostok on Wednesday.</p>`,
  );
  await annotate(marks);
  const texts = (name: string) =>
    [...(painter.named.get(name) ?? [])].map((r) => r.toString());
  expect(texts('person-quiet')).toEqual(['Kim Jong Un', 'Putin']);
  expect(texts('place-quiet')).toEqual(['VLADIVOSTOK']);
  // The dateline's city is quiet; the same place later in the section is not
  // its first mention, so it stays unpainted.
  expect(texts('person')).toEqual([]);
  expect(texts('place')).toEqual([]);
});

test('a mention is quiet inside a headline or marked dateline at any depth, and only there', async () => {
  const { painter, marks } = setUp(
    `<div class="Story-Dateline"><p>Kim Jong Un arrived.</p></div>` +
      `<article><h2><a href="#">Putin</a> and <em>Kim Jong Un</em></h2>` +
      `<p>Putin met <strong>Kim Jong Un</strong> there.</p></article>`,
  );
  await marks.configure(EVERY_MENTION, await annotate(marks));
  const texts = (name: string) =>
    [...(painter.named.get(name) ?? [])].map((r) => r.toString());
  expect(texts('person-quiet')).toEqual([
    'Kim Jong Un',
    'Putin',
    'Kim Jong Un',
  ]);
  // The article holds a headline, but its paragraph is not in one.
  expect(texts('person')).toEqual(['Putin', 'Kim Jong Un']);
});

test('a dateline marked on an inline element is quiet, the rest of its paragraph not', async () => {
  const { painter, marks } = setUp(
    `<h1>Talks in the east</h1>` +
      `<p><span class="dateline">Vladivostok, Sept. 13</span> Putin met <a href="#">Kim Jong Un</a>.</p>`,
  );
  await marks.configure(EVERY_MENTION, await annotate(marks));
  const texts = (name: string) =>
    [...(painter.named.get(name) ?? [])].map((r) => r.toString());
  expect(texts('place-quiet')).toEqual(['Vladivostok']);
  expect(texts('person')).toEqual(['Putin', 'Kim Jong Un']);
  expect(texts('person-quiet')).toEqual([]);
});

test('pointing at an unmarked mention gives it the hover mark, a marked one none', async () => {
  const { painter, marks } = setUp(`<p>${sentence}</p>`);
  const all = await annotate(marks);
  const [first, , later] = all;
  marks.setHover(later);
  expect(painter.singles.get('hover')?.toString()).toBe('Kim');
  marks.setHover(first);
  expect(painter.singles.has('hover')).toBe(false);
});

test('a mention that appears earlier in its section takes the mark', async () => {
  const { painter, marks } = setUp(
    `<p id="a">Nothing yet.</p><p>Kim Jong Un met Vladimir Putin.</p>`,
  );
  const scheduler = await schedule(marks, 10);
  expect(paintedTexts(painter)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  const a = document.getElementById('a');
  if (!a) throw new Error('no paragraph');
  a.textContent = 'Putin waited.';
  await new Promise((resolve) => setTimeout(resolve, 30));
  await scheduler.settled();
  expect(paintedTexts(painter).sort()).toEqual(['Kim Jong Un', 'Putin']);
});

test('in a batch out of document order, only the earliest mention of a section is painted', async () => {
  const { painter, marks } = setUp(
    '<p id="p">Kim Jong Un arrived. Later, Kim Jong Un left.</p>',
  );
  const text = (document.getElementById('p') as Element).firstChild as Text;
  const entity = lexicon.entities.findIndex((e) => e.id === 'kim-jong-un');
  const at = (start: number) => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'Kim Jong Un'.length);
    return { entity, range, mayBeDateline: false };
  };
  const later = at(text.data.lastIndexOf('Kim Jong Un'));
  const earlier = at(0);
  await marks.show([later, earlier]);
  expect([...painter.painted]).toEqual([earlier.range]);
});
