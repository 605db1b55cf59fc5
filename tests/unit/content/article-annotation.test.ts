import { expect, test } from 'vitest';
import { ArticleAnnotation } from '../../../entrypoints/content/article-annotation';
import type {
  ArticleReader,
  PageClaim,
} from '../../../entrypoints/content/article-reader';
import type { MeetingDecision } from '../../../entrypoints/content/meeting-decision';
import { claimsOnPage } from '../../../entrypoints/content/page-status';
import { ReadingHorizon } from '../../../entrypoints/content/reading-horizon';
import { recordingPainter } from '../helpers/recording-painter';

const MEETING: MeetingDecision = {
  id: 'summit-2023-vostochny',
  covered: true,
  label: 'the September 2023 summit at Vostochny',
  why: 'names the Vostochny Cosmodrome',
};

function claim(comparison: string, answers: string[]): PageClaim {
  return {
    start: 0,
    end: 1,
    comparison,
    answers,
    answer: answers.join(', '),
    agrees: ['bbn-2023'],
    range: document.createRange(),
  };
}

/**
 * A reader that answers at once, or waits for `release` before claims.
 * Its claims come in `stretches`: every stretch but the last pauses at the
 * horizon.
 */
function fakeReader(...stretches: PageClaim[][]) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let gated = false;
  let readings = 0;
  const reader = {
    meetingOf: () => {
      readings += 1;
      return MEETING;
    },
    claimReading: () => {
      let next = 0;
      return {
        lastRead: document.body,
        charactersRead: 0,
        async read(current: () => boolean) {
          if (gated) await gate;
          if (!current()) return undefined;
          next += 1;
          return {
            claims: stretches[next - 1] ?? [],
            stop: next < stretches.length ? 'horizon' : 'end',
          };
        },
      };
    },
  } as unknown as ArticleReader; // Only the two methods the annotation calls.
  return {
    reader,
    hold: () => (gated = true),
    release: () => release(),
    /** How many times the page was read. */
    readings: () => readings,
  };
}

/** The annotation of the test document, with `reader` and `painter`. */
const annotation = (reader: ArticleReader, painter = recordingPainter()) =>
  new ArticleAnnotation(document, reader, painter, new ReadingHorizon(window));

test('a relevant page gets its meeting and its claims painted; a page no longer relevant loses both', async () => {
  const claims = [claim('meal-in-kims-honour', ['lunch'])];
  const painter = recordingPainter();
  const article = annotation(fakeReader(claims).reader, painter);
  await article.update(true);
  expect(article.meeting).toEqual(MEETING);
  expect(article.shownClaims).toEqual(claims);
  expect(painter.named.get('claim')?.size).toBe(1);
  await article.update(false);
  expect(article.meeting).toBeUndefined();
  expect(article.shownClaims).toEqual([]);
  expect(painter.painted.size).toBe(0);
});

test('claim marks switched off are taken away, and claims open no card', async () => {
  const painter = recordingPainter();
  const article = annotation(
    fakeReader([claim('meal-in-kims-honour', ['lunch'])]).reader,
    painter,
  );
  await article.update(true);
  article.showClaims(false);
  expect(painter.painted.size).toBe(0);
  expect(article.shownClaims).toEqual([]);
  article.showClaims(true);
  expect(painter.painted.size).toBe(1);
});

test('changes while the page is read make one more reading, not one each', async () => {
  const fake = fakeReader([claim('meal-in-kims-honour', ['lunch'])]);
  const article = annotation(fake.reader, recordingPainter());
  fake.hold();
  void article.update(true);
  await Promise.resolve();
  void article.update(true);
  void article.update(true);
  const last = article.update(true);
  fake.release();
  await last;
  expect(fake.readings()).toBe(2);
  expect(article.claims).toHaveLength(1);
});

test('a reading under way when the page is forgotten is dropped', async () => {
  const fake = fakeReader([claim('meal-in-kims-honour', ['lunch'])]);
  const painter = recordingPainter();
  const article = annotation(fake.reader, painter);
  fake.hold();
  const first = article.update(true);
  article.stop();
  fake.release();
  await first;
  expect(article.meeting).toBeUndefined();
  expect(painter.painted.size).toBe(0);
});

test('claims that paused at the horizon are read on, added to the list and painted', async () => {
  const first = claim('meal-in-kims-honour', ['lunch']);
  const later = claim('kims-train-departure', ['Sunday afternoon']);
  const painter = recordingPainter();
  const article = annotation(fakeReader([first], [later]).reader, painter);
  await article.update(true);
  expect(article.claims).toEqual([first]);
  expect(painter.named.get('claim')?.size).toBe(1);
  await article.readOn();
  expect(article.claims).toEqual([first, later]);
  expect(painter.named.get('claim')?.size).toBe(2);
  await article.readOn();
  expect(article.claims).toHaveLength(2);
});

test('the popup gets one claim per comparison and answer, with its topic', () => {
  const list = claimsOnPage(
    [
      claim('meal-in-kims-honour', ['lunch']),
      claim('meal-in-kims-honour', ['lunch']),
      claim('meal-in-kims-honour', ['dinner']),
      claim('unknown-one', ['x']),
    ],
    { 'meal-in-kims-honour': 'the meal held in Kim’s honour' },
  );
  expect(list.map((c) => [c.comparison, c.topic, c.answer])).toEqual([
    ['meal-in-kims-honour', 'the meal held in Kim’s honour', 'lunch'],
    ['meal-in-kims-honour', 'the meal held in Kim’s honour', 'dinner'],
    ['unknown-one', 'unknown-one', 'x'],
  ]);
});
