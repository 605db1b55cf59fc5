import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, expect, test } from 'vitest';
import { PageAnnotation } from '../../../entrypoints/content/page-annotation';
import { recordingPainter } from '../helpers/recording-painter';

function paragraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

/** Resolves once the page annotation has handled the changes made so far. */
async function handled(annotation: PageAnnotation): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  await annotation.settled();
}

/** Starts annotating the test document, handling changes after 10 ms. */
async function annotate() {
  const painter = recordingPainter();
  const annotation = new PageAnnotation({
    document,
    lexicon,
    painter,
    delayMs: 10,
  });
  await annotation.start();
  return { annotation, painter };
}

beforeEach(() => {
  document.body.replaceChildren();
  document.title = '';
});

test('a page naming Putin opens when Kim Jong Un is named later', async () => {
  paragraph('The talks went on. '.repeat(300));
  paragraph('Vladimir Putin spoke in Moscow.');
  const { annotation, painter } = await annotate();
  expect(painter.painted.size).toBe(0);

  paragraph('Kim Jong Un arrived by train.');
  await handled(annotation);
  expect(annotation.annotator.isOpen).toBe(true);
  expect(annotation.annotator.list().map((m) => m.range.toString())).toEqual([
    'Vladimir Putin',
    'Moscow',
    'Kim Jong Un',
  ]);
  annotation.stop();
});

test('a page about neither stays unmarked', async () => {
  paragraph('Vladimir Putin spoke in Moscow.');
  const { annotation, painter } = await annotate();
  paragraph('Kim Kardashian arrived by train.');
  await handled(annotation);
  expect(annotation.annotator.isOpen).toBe(false);
  expect(painter.painted.size).toBe(0);
  annotation.stop();
});

test('text added later opens the page when it names a summit', async () => {
  paragraph('Markets were calm.');
  const { annotation } = await annotate();
  expect(annotation.annotator.isOpen).toBe(false);
  paragraph('The Vladivostok summit ended.');
  await handled(annotation);
  expect(annotation.annotator.isOpen).toBe(true);
  annotation.stop();
});
