import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  attributionLabel,
  certaintyOf,
  countLabel,
  formatDate,
  formatDates,
  KIND_LABELS,
  KIND_PLURALS,
  siteOf,
  sourceLabel,
  VERDICT_LABELS,
} from '../../../components/format';
import { entityKinds, verdicts, type Source } from '../../../knowledge/schema';

// ICU before version 72 shortens September to "Sep" in British English.
const SEPT = /Sept?/.source;

describe('countLabel', () => {
  test.each([
    [0, 'mention', '0 mentions'],
    [1, 'mention', '1 mention'],
    [2, 'mention', '2 mentions'],
    [1, 'entry', '1 entry'],
    [3, 'entry', '3 entries'],
    [1, 'fact', '1 fact'],
    [12, 'fact', '12 facts'],
    [1, 'comparison', '1 comparison'],
    [8, 'comparison', '8 comparisons'],
    [1, 'question', '1 question'],
    [27, 'question', '27 questions'],
  ] as const)('%i %s → %s', (count, noun, label) => {
    expect(countLabel(count, noun)).toBe(label);
  });

  test('groups the digits of large counts', () => {
    expect(countLabel(12_345, 'mention')).toBe('12,345 mentions');
  });
});

describe('formatDate', () => {
  test('a full date reads day, month, year', () => {
    expect(formatDate('2023-09-12')).toMatch(new RegExp(`^12 ${SEPT} 2023$`));
    expect(formatDate('2019-04-05')).toBe('5 Apr 2019');
  });

  test('a month or a year alone stays as precise as it was written', () => {
    expect(formatDate('2019-02')).toBe('Feb 2019');
    expect(formatDate('2011')).toBe('2011');
  });

  test('the date does not move with the time zone', () => {
    expect(formatDate('2019-01-01')).toBe('1 Jan 2019');
    expect(formatDate('2019-12-31')).toBe('31 Dec 2019');
  });

  test.each(['', '12 Sep 2023', '2023-9-12', '2023-09-12T10:00'])(
    '"%s" is refused with a RangeError',
    (iso) => {
      expect(() => formatDate(iso)).toThrow(RangeError);
    },
  );
});

describe('formatDates', () => {
  test('one day, or a range that ends where it starts, is one date', () => {
    expect(formatDates({ start: '2019-04-25' })).toBe('25 Apr 2019');
    expect(formatDates({ start: '2019-04-25', end: '2019-04-25' })).toBe(
      '25 Apr 2019',
    );
  });

  test('a range within a month names the month once', () => {
    expect(formatDates({ start: '2023-09-12', end: '2023-09-13' })).toMatch(
      new RegExp(`^12\\s?–\\s?13 ${SEPT} 2023$`),
    );
  });

  test('a range across months names both', () => {
    expect(formatDates({ start: '2019-04-24', end: '2019-05-02' })).toMatch(
      /^24 Apr\s?–\s?2 May 2019$/,
    );
  });

  test('ends of different precision are each written in full', () => {
    expect(formatDates({ start: '2019-02', end: '2019-04-25' })).toBe(
      'Feb 2019 – 25 Apr 2019',
    );
  });
});

describe('labels', () => {
  const source: Source = {
    id: 'sun',
    outlet: 'The New York Sun',
    title: 'A train',
    byline: '',
    published: '2023-09-11',
    kind: 'news article',
    seedFile: 'sun.txt',
  };

  test('a source is named by its outlet and date', () => {
    expect(sourceLabel(source)).toMatch(
      new RegExp(`^The New York Sun, 11 ${SEPT} 2023$`),
    );
  });

  test('every kind and verdict has a label', () => {
    for (const kind of entityKinds) {
      expect(KIND_LABELS[kind]).toMatch(/^[A-Z]/);
      expect(KIND_PLURALS[kind]).not.toBe(KIND_LABELS[kind]);
    }
    for (const verdict of verdicts)
      expect(VERDICT_LABELS[verdict]).toMatch(/^Sources /);
  });

  test('an outlet relaying someone says whom', () => {
    expect(attributionLabel('NPR')).toBe('NPR');
    expect(attributionLabel('NPR', 'the Kremlin')).toBe(
      'NPR, citing the Kremlin',
    );
  });

  test('only statements that are not plainly stated carry a certainty', () => {
    expect(certaintyOf(undefined)).toBeUndefined();
    expect(certaintyOf('stated')).toBeUndefined();
    expect(certaintyOf('speculated')?.label).toBe('speculation');
    expect(certaintyOf('expected')?.label).toBe('expected');
  });

  test('a link names the site without "www."', () => {
    expect(siteOf('https://www.keranews.org/2019/04/24/x')).toBe(
      'keranews.org',
    );
    expect(siteOf('https://nysun.com/article')).toBe('nysun.com');
  });
});

describe('the formatters', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('are made on first use, once, not when the module loads', async () => {
    vi.resetModules();
    const { DateTimeFormat, PluralRules } = Intl;
    // Counting constructions; each still makes the real formatter.
    const dates = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args
    ) {
      return new DateTimeFormat(...args);
    });
    const plurals = vi.spyOn(Intl, 'PluralRules').mockImplementation(function (
      ...args
    ) {
      return new PluralRules(...args);
    });
    const fresh = await import('../../../components/format');
    expect(dates).not.toHaveBeenCalled();
    expect(plurals).not.toHaveBeenCalled();

    expect(fresh.formatDate('2011')).toBe('2011');
    fresh.formatDate('2012');
    expect(dates).toHaveBeenCalledTimes(1);
    fresh.formatDate('2012-04');
    expect(dates).toHaveBeenCalledTimes(2);

    expect(fresh.countLabel(1, 'fact')).toBe('1 fact');
    expect(fresh.countLabel(2, 'fact')).toBe('2 facts');
    expect(plurals).toHaveBeenCalledTimes(1);
  });
});
