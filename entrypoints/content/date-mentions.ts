/**
 * Dates as news writes them: "13 September 2023", "Sept. 13, 2023",
 * "September 13", "Sept 2023", "2023-09-13", and years alone. Weekdays
 * ("Wednesday") say nothing about which year and are not read. Pure.
 */
import { LETTER, LETTER_OR_DIGIT } from '../../knowledge/phrase-pattern';

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  /** 1–12. */
  month?: number;
  day?: number;
}

const MONTHS: readonly [string, number][] = [
  ['January|Jan', 1],
  ['February|Feb', 2],
  ['March|Mar', 3],
  ['April|Apr', 4],
  ['May', 5],
  ['June|Jun', 6],
  ['July|Jul', 7],
  ['August|Aug', 8],
  ['September|Sept|Sep', 9],
  ['October|Oct', 10],
  ['November|Nov', 11],
  ['December|Dec', 12],
];

const MONTH_NUMBER = new Map<string, number>();
for (const [names, n] of MONTHS)
  for (const name of names.split('|')) {
    MONTH_NUMBER.set(name, n);
    MONTH_NUMBER.set(name.toUpperCase(), n);
  }

/** Abbreviated names, which may take a full stop ("Sept."). */
const ABBREVIATIONS = [...MONTH_NUMBER.keys()].filter(
  (name) =>
    !MONTHS.some(
      ([names]) => names.split('|')[0]!.toUpperCase() === name.toUpperCase(),
    ),
);
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})(?:(?<=(?<![${LETTER}])(?:${ABBREVIATIONS.join('|')}))\\.)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
const SEP = '[\\s\\u00a0]+';

/** One pattern of every form, each alternative with its own groups. */
const DATE = new RegExp(
  [
    // 13 September 2023, 13 Sept
    `(?<![${LETTER_OR_DIGIT}])${DAY}${SEP}(?:of${SEP})?${MONTH}(?![${LETTER}])(?:,?${SEP}${YEAR})?`,
    // September 13, 2023; Sept. 13
    `(?<![${LETTER_OR_DIGIT}])${MONTH}${SEP}${DAY}(?:,?${SEP}${YEAR})?`,
    // September 2023
    `(?<![${LETTER_OR_DIGIT}])${MONTH},?${SEP}${YEAR}`,
    // 2023-09-13
    `(?<![0-9])${YEAR}-(\\d\\d)-(\\d\\d)(?!\\d)`,
    // 2023
    `(?<![${LETTER_OR_DIGIT}.,/-])${YEAR}`,
  ].join('|'),
  'g',
);

function inRange(day: number | undefined, month: number | undefined) {
  return (
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (day >= 1 && day <= 31))
  );
}

/** Every date in `text`, in order. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const g = m;
    const num = (i: number) => (g[i] === undefined ? undefined : Number(g[i]));
    const month = (i: number) =>
      g[i] === undefined ? undefined : MONTH_NUMBER.get(g[i]!);
    let found: Omit<DateMention, 'start' | 'end'>;
    if (g[1] !== undefined)
      found = { day: num(1), month: month(2), year: num(3) };
    else if (g[4] !== undefined)
      found = { month: month(4), day: num(5), year: num(6) };
    else if (g[7] !== undefined) found = { month: month(7), year: num(8) };
    else if (g[9] !== undefined)
      found = { year: num(9), month: num(10), day: num(11) };
    else found = { year: num(12) };
    if (!inRange(found.day, found.month)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, ...found });
  }
  return out;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as a reason shows it: "13 September 2023", "September 2023". */
export function formatDate(date: Omit<DateMention, 'start' | 'end'>): string {
  return [date.day, date.month && MONTH_NAMES[date.month - 1], date.year]
    .filter((part) => part !== undefined)
    .join(' ');
}
