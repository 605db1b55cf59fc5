import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, expect, test } from 'vitest';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import {
  EVERY_MENTION,
  MentionMarks,
} from '../../../entrypoints/content/mention-marks';
import { ReadingHorizon } from '../../../entrypoints/content/reading-horizon';
import { Relevance } from '../../../entrypoints/content/relevance';
import { recordingPainter } from '../helpers/recording-painter';

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p;
}

/** Resolves once the scheduler has handled the changes made so far. */
async function handled(scheduler: AnnotationScheduler): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  await scheduler.settled();
}

/**
 * A horizon beyond which lie the elements in `far` (happy-dom lays nothing
 * out), moved by the test with `move()`.
 */
class TestHorizon extends ReadingHorizon {
  readonly far = new Set<Element>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    super(window);
  }

  override beyond(el: Element): boolean {
    return !this.isLifted && this.far.has(el);
  }

  override onMove(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The reader scrolled to the end: nothing is far any more. */
  move(): void {
    this.far.clear();
    for (const listener of this.listeners) listener();
  }

  get waiting(): number {
    return this.listeners.size;
  }
}

/** Starts annotating the test document, handling changes after 10 ms. */
async function annotate(
  relevance?: Relevance,
  horizon?: ReadingHorizon,
  sliceMs?: number,
) {
  const painter = recordingPainter();
  const scheduler = new AnnotationScheduler({
    document,
    lexicon,
    marks: new MentionMarks(painter, lexicon, document, EVERY_MENTION),
    delayMs: 10,
    relevance,
    horizon,
    sliceMs,
  });
  const changes: string[] = [];
  scheduler.onChange((change) => changes.push(change));
  await scheduler.start();
  return { scheduler, painter, changes: () => changes.length, kinds: changes };
}

/**
 * A long summit page: an opening naming Kim Jong Un in Vladivostok, then 40
 * paragraphs of about 600 characters, each naming Putin once; those from
 * `farFrom` on lie beyond `horizon`. 42 mentions in all.
 */
function longPage(horizon: TestHorizon, farFrom: number): HTMLElement[] {
  document.title = 'Kim Jong Un meets Vladimir Putin';
  const filler = 'The delegations talked about trade and rail links. '.repeat(
    11,
  );
  paragraph('Kim Jong Un arrived in Vladivostok.');
  const paragraphs: HTMLElement[] = [];
  for (let i = 0; i < 40; i++) {
    const p = paragraph(`${filler}Putin spoke (${i}).`);
    if (i >= farFrom) horizon.far.add(p);
    paragraphs.push(p);
  }
  return paragraphs;
}

const texts = (scheduler: AnnotationScheduler) =>
  scheduler.mentions?.list().map((m) => m.range.toString());

beforeEach(() => {
  document.body.replaceChildren();
  document.title = '';
});

test('a page naming Putin becomes relevant when Kim Jong Un is named later, and every mention is marked', async () => {
  paragraph('The talks went on. '.repeat(300));
  paragraph('Vladimir Putin spoke in Moscow.');
  const { scheduler, painter } = await annotate();
  expect(painter.painted.size).toBe(0);
  expect(scheduler.mentions).toBeUndefined();

  paragraph('Kim Jong Un arrived by train.');
  await handled(scheduler);
  expect(texts(scheduler)).toEqual(['Vladimir Putin', 'Moscow', 'Kim Jong Un']);
  expect(painter.painted.size).toBe(3);
  scheduler.stop();
});

test('a page about neither stays unmarked', async () => {
  paragraph('Vladimir Putin spoke in Moscow.');
  const { scheduler, painter } = await annotate();
  paragraph('Kim Kardashian arrived by train.');
  await handled(scheduler);
  expect(scheduler.mentions).toBeUndefined();
  expect(painter.painted.size).toBe(0);
  scheduler.stop();
});

test('text added later makes the page relevant when it names a summit', async () => {
  paragraph('Markets were calm.');
  const { scheduler } = await annotate();
  expect(scheduler.mentions).toBeUndefined();
  paragraph('The Vladivostok summit ended.');
  await handled(scheduler);
  expect(texts(scheduler)).toEqual(['Vladivostok summit']);
  scheduler.stop();
});

test('edited and removed text loses its marks, added text gains them', async () => {
  const p = paragraph('Putin met Kim Jong Un in Vladivostok.');
  const gone = paragraph('Sergei Shoigu was there.');
  const { scheduler, painter, changes } = await annotate();
  expect(painter.painted.size).toBe(4);
  const before = changes();

  (p.firstChild as Text).data = 'Putin met Kim Jong Un in Khasan.';
  gone.remove();
  paragraph('Dmitry Peskov spoke.');
  await handled(scheduler);
  expect(texts(scheduler)).toEqual([
    'Putin',
    'Kim Jong Un',
    'Khasan',
    'Dmitry Peskov',
  ]);
  expect(painter.painted.size).toBe(4);
  expect(changes()).toBeGreaterThan(before);
  scheduler.stop();
});

test('stopping removes every mark and forgets the page', async () => {
  paragraph('Putin met Kim Jong Un.');
  const { scheduler, painter } = await annotate();
  expect(painter.painted.size).toBe(2);
  scheduler.stop();
  expect(painter.painted.size).toBe(0);
  expect(scheduler.mentions).toBeUndefined();
  await scheduler.restart();
  expect(painter.painted.size).toBe(2);
  scheduler.stop();
});

test('a scheduler given a page already found likely scans it, though its opening names nobody', async () => {
  // The summits are named only after the opening that the likely step reads.
  for (let i = 0; i < 200; i++) paragraph('The talks went on. '.repeat(50));
  paragraph('The Vladivostok summit ended.');
  const alone = await annotate();
  expect(alone.scheduler.mentions).toBeUndefined();
  alone.scheduler.stop();

  const found = new Relevance(lexicon);
  found.search('The Vladivostok summit ended.');
  const { scheduler } = await annotate(found);
  expect(texts(scheduler)).toEqual(['Vladivostok summit']);
  scheduler.stop();
});

test('a long relevant page is read up to the horizon, and on as the reader scrolls', async () => {
  const horizon = new TestHorizon();
  longPage(horizon, 10);
  const { scheduler, painter, kinds } = await annotate(undefined, horizon);
  const read = scheduler.mentions?.list().length ?? 0;
  // The horizon is looked at every few thousand characters: the pass stops
  // within a few paragraphs of it.
  expect(read).toBeGreaterThanOrEqual(12);
  expect(read).toBeLessThan(22);
  expect(painter.painted.size).toBe(read);
  expect(horizon.waiting).toBe(1);

  horizon.move();
  await scheduler.settled();
  expect(scheduler.mentions?.list()).toHaveLength(42);
  expect(painter.painted.size).toBe(42);
  expect(kinds).toEqual(['page', 'further']);
  expect(horizon.waiting).toBe(0);
  scheduler.stop();
});

test('where the first pass stops does not depend on how its slices fall', async () => {
  const read: number[] = [];
  for (const sliceMs of [0, 1000]) {
    document.body.replaceChildren();
    const horizon = new TestHorizon();
    longPage(horizon, 10);
    const { scheduler } = await annotate(undefined, horizon, sliceMs);
    read.push(scheduler.mentions?.list().length ?? 0);
    scheduler.stop();
  }
  expect(read[0]).toBeLessThan(42);
  expect(read[0]).toBe(read[1]);
});

test('readAll() reads the rest of the page at once, and the horizon stays lifted', async () => {
  const horizon = new TestHorizon();
  longPage(horizon, 10);
  const { scheduler } = await annotate(undefined, horizon);
  expect(scheduler.mentions?.list().length).toBeLessThan(42);
  await scheduler.readAll();
  expect(scheduler.mentions?.list()).toHaveLength(42);
  expect(horizon.isLifted).toBe(true);
  scheduler.stop();
  expect(horizon.isLifted).toBe(false);
});

test('a change above where reading paused is rescanned and the rest still waits', async () => {
  const horizon = new TestHorizon();
  const paragraphs = longPage(horizon, 10);
  const { scheduler } = await annotate(undefined, horizon);
  const read = scheduler.mentions!.list().length;
  paragraphs[0]!.before(document.createElement('p'));
  (paragraphs[1]!.lastChild as Text).data += ' Kim Jong Un listened.';
  await handled(scheduler);
  expect(scheduler.mentions!.list()).toHaveLength(read + 1);
  expect(horizon.waiting).toBe(1);
  scheduler.stop();
});

test('a change where reading has not got to reads the rest first: nothing twice, nothing missed', async () => {
  const horizon = new TestHorizon();
  const paragraphs = longPage(horizon, 10);
  const { scheduler } = await annotate(undefined, horizon);
  (paragraphs[30]!.lastChild as Text).data += ' Kim Jong Un listened.';
  paragraphs[35]!.remove();
  paragraph('Sergei Shoigu was there.');
  await handled(scheduler);
  const list = scheduler.mentions!.list();
  expect(list).toHaveLength(43);
  expect(new Set(list.map((m) => m.range.startContainer)).size).toBe(41);
  expect(list.at(-1)?.range.toString()).toBe('Sergei Shoigu');
  expect(horizon.waiting).toBe(0);
  scheduler.stop();
});
