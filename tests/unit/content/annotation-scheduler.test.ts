import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, expect, test } from 'vitest';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import {
  EVERY_MENTION,
  MentionMarks,
} from '../../../entrypoints/content/mention-marks';
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

/** Starts annotating the test document, handling changes after 10 ms. */
async function annotate(relevance?: Relevance) {
  const painter = recordingPainter();
  const scheduler = new AnnotationScheduler({
    document,
    lexicon,
    marks: new MentionMarks(painter, lexicon, document, EVERY_MENTION),
    delayMs: 10,
    relevance,
  });
  let changes = 0;
  scheduler.onChange(() => (changes += 1));
  await scheduler.start();
  return { scheduler, painter, changes: () => changes };
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
