import { describe, expect, test } from 'vitest';
import {
  findDates,
  formatDate,
} from '../../../entrypoints/content/date-mentions';

const dates = (text: string) =>
  findDates(text).map(({ year, month, day }) => ({ year, month, day }));

describe('findDates', () => {
  test.each([
    ['13 September 2023', { day: 13, month: 9, year: 2023 }],
    ['Wednesday, 13th September', { day: 13, month: 9, year: undefined }],
    ['Sept. 13, 2023', { day: 13, month: 9, year: 2023 }],
    ['SEOUL, Sept 12 (Reuters)', { day: 12, month: 9, year: undefined }],
    ['June 19', { day: 19, month: 6, year: undefined }],
    ['in April 2019', { day: undefined, month: 4, year: 2019 }],
    ['2023-09-12 15:05:44', { day: 12, month: 9, year: 2023 }],
    ['first met in 2019.', { day: undefined, month: undefined, year: 2019 }],
    ['16 SEP, 08:15', { day: 16, month: 9, year: undefined }],
  ])('reads %j', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  test('reads no weekday, no modal "may", no number that is not a date', () => {
    expect(
      dates('On Wednesday they may 10 times say 1,500 km or $34 million'),
    ).toEqual([]);
    expect(dates('a 32 May figure')).toEqual([]);
  });

  test('gives offsets into the text', () => {
    const text = 'Kim left on Sept. 10 and met Putin on 13 September.';
    expect(findDates(text).map((d) => text.slice(d.start, d.end))).toEqual([
      'Sept. 10',
      '13 September',
    ]);
  });

  test('formats a date for a reason', () => {
    expect(formatDate({ day: 13, month: 9, year: 2023 })).toBe(
      '13 September 2023',
    );
    expect(formatDate({ month: 4, year: 2019 })).toBe('April 2019');
  });
});
