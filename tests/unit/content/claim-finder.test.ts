import cues from 'virtual:summit-lens/article-cues';
import { describe, expect, test } from 'vitest';
import { ClaimFinder } from '../../../entrypoints/content/claim-finder';
import { MeetingReader } from '../../../entrypoints/content/meeting-decision';

const finder = new ClaimFinder(cues, new MeetingReader(cues));
const V2023 = 'summit-2023-vostochny';

/** The comparison, answers and sources of each claim in the text. */
const claims = (text: string, page = 'unknown') =>
  finder
    .find(text, page)
    .map(
      (c) => `${c.comparison}: ${c.answers.join('+')} [${c.agrees.join(' ')}]`,
    );

describe('the claim finder', () => {
  test('marks the sentence that states an answer, with its offsets and the sources that agree', () => {
    const text =
      'Kim is in Russia. The train left Pyongyang on Sunday evening, Yonhap said. Putin waits.';
    expect(finder.find(text)).toEqual([
      {
        start: text.indexOf('The train'),
        end: text.indexOf(' Putin waits'),
        comparison: 'train-departure-time',
        answers: ['sunday-evening'],
        answer: 'On Sunday evening',
        agrees: ['nysun-2023'],
      },
    ]);
  });

  test('a headline alone decides on its own', () => {
    expect(
      claims("Kim's train left Pyongyang on Sunday afternoon, state media say"),
    ).toEqual([
      'train-departure-time: sunday-afternoon [bbn-2023 timenews-2023]',
    ]);
  });

  test('the answer counts only with its topic in the same sentence', () => {
    expect(
      claims(
        'Putin addressed the forum on Sunday evening. Kim left Pyongyang by train.',
      ),
    ).toEqual([]);
  });

  test('an outcome report agrees with the sources that expected it', () => {
    expect(
      claims('Kim and Putin met at the Vostochny Cosmodrome on Wednesday.'),
    ).toEqual(['expected-venue-2023: vostochny [bbn-2023]']);
  });

  test('a sentence about another meeting does not count for this one', () => {
    // Named by the sentence itself.
    expect(
      claims(
        'In 2019, Putin hosted a dinner in Kim’s honour after their talks in Vladivostok.',
        V2023,
      ),
    ).toEqual([
      'first-meeting-2019: in-vladivostok [nysun-2023 bbn-2023 timenews-2023]',
    ]);
    // Named by the paragraph's opening sentence.
    expect(
      claims(
        'Kim first came to Russia in April 2019. Putin hosted a dinner in his honour for Kim.',
        V2023,
      ),
    ).toEqual([]);
    // Named by the page.
    expect(
      claims(
        'Putin hosted a dinner in Kim’s honour.',
        'summit-2019-vladivostok',
      ),
    ).toEqual([]);
    expect(claims('Putin hosted a dinner in Kim’s honour.', V2023)).toEqual([
      'meal-in-kims-honour: dinner [timenews-2023]',
    ]);
  });

  test('words that fit several meetings need the meeting to be known', () => {
    expect(
      claims('Kim and Putin are expected to meet in Vladivostok.'),
    ).toEqual([]);
    expect(
      claims('Kim and Putin are expected to meet in Vladivostok.', V2023),
    ).toEqual(['expected-venue-2023: vladivostok [nysun-2023]']);
    expect(
      claims(
        'Kim and Putin are expected to meet in Vladivostok.',
        'summit-2019-vladivostok',
      ),
    ).toEqual([
      'first-meeting-2019: in-vladivostok [nysun-2023 bbn-2023 timenews-2023]',
    ]);
  });

  test.each([
    [
      'two answers',
      'Kim and Putin will meet at the Vostochny Cosmodrome, not in Vladivostok.',
    ],
    [
      'not … but',
      'The train left Pyongyang not on Sunday evening but on Sunday afternoon.',
    ],
    [
      'a negation',
      'Kim did not leave Pyongyang on Sunday afternoon, officials said.',
    ],
    [
      'a hedge',
      'It is unclear whether the train left Pyongyang on Sunday evening.',
    ],
    ['a question', 'Did the train leave Pyongyang on Sunday evening?'],
    [
      'a quote denying it',
      '“That is not true,” Peskov said of reports that the two would meet at the Vostochny spaceport.',
    ],
    ['a denial', 'The Kremlin denied that Putin would host a lunch for Kim.'],
  ])('marks nothing when the answer is unclear: %s', (_, text) => {
    expect(claims(text, V2023)).toEqual([]);
  });

  test('a negation in another clause does not undo the answer', () => {
    expect(
      claims(
        'It was not immediately clear why, but the Chosun Ilbo said the train departed Pyongyang on Sunday evening.',
      ),
    ).toEqual(['train-departure-time: sunday-evening [nysun-2023]']);
  });

  test('an answer that is itself a negation or a denial is found', () => {
    expect(claims('No date for the summit has been announced.', V2023)).toEqual(
      ['meeting-timing-2023: no-date-given [timenews-2023]'],
    );
    expect(
      claims(
        'Washington accuses Pyongyang of shipping shells to Russia, a charge both deny.',
      ),
    ).toEqual([
      'arms-sale-accusations: us-accused+denied [nysun-2023 bbn-2023 timenews-2023]',
    ]);
  });

  test('words in another sense are not an answer', () => {
    expect(
      claims(
        'Coal shipments through the Vostochny port to Kim’s customers rose.',
        V2023,
      ),
    ).toEqual([]);
    expect(
      claims('Reporters waited through the lunch break for Kim.', V2023),
    ).toEqual([]);
    expect(
      claims(
        "Kim's train left Vladivostok on Sunday afternoon, heading home.",
        V2023,
      ),
    ).toEqual([]);
  });

  test('handles news abbreviations in sentences', () => {
    const text =
      'SEOUL, Sept. 11 (Yonhap) -- Mr. Kim left Pyongyang on Sunday evening, a U.S. official said. More later.';
    const [mark] = finder.find(text);
    expect(text.slice(mark!.start, mark!.end)).toBe(
      'SEOUL, Sept. 11 (Yonhap) -- Mr. Kim left Pyongyang on Sunday evening, a U.S. official said.',
    );
  });

  test('text without any signal costs one search and returns nothing', () => {
    expect(
      finder.find(
        'Olaf Scholz met port officials in Hamburg on Sunday evening.',
      ),
    ).toEqual([]);
  });
});
