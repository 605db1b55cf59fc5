import cues from 'virtual:summit-lens/article-cues';
import { describe, expect, test } from 'vitest';
import {
  MeetingEvidence,
  MeetingReader,
  UNKNOWN_MEETING,
} from '../../../entrypoints/content/meeting-decision';

const reader = new MeetingReader(cues);

describe('the meeting decision', () => {
  test('a report of the 2023 summit that recalls 2019 in a background paragraph is a 2023 article', () => {
    const decision = reader.decidePage({
      title: 'Putin shows Kim rockets at remote spaceport',
      lead: 'TSIOLKOVSKY, Russia, Sept 13 - Vladimir Putin gave Kim Jong Un a tour of the Vostochny Cosmodrome on Wednesday before talks on military cooperation.',
      body: "The two leaders first met in April 2019 in Vladivostok, where they discussed denuclearisation after the collapse of Kim's talks with Donald Trump in Hanoi. Back then, Kim was greeted on Russky Island.",
    });
    expect(decision).toEqual({
      id: 'summit-2023-vostochny',
      covered: true,
      label: 'the September 2023 summit at Vostochny',
      why: 'dated 13 September; mentions a rocket launch site; names the Amur region',
    });
  });

  test('a 2024 Pyongyang article that recalls Vostochny is about the uncovered 2024 visit', () => {
    const decision = reader.decidePage({
      title: 'Putin lands in Pyongyang for rare visit',
      lead: 'PYONGYANG, June 19 - Russian President Vladimir Putin arrived in North Korea early on Wednesday, his first visit in 24 years, and was greeted by Kim Jong Un at Sunan airport.',
      body: 'The two leaders last met at the Vostochny Cosmodrome in Russia in September 2023. They are expected to sign a comprehensive strategic partnership treaty.',
    });
    expect(decision.id).toBe('pyongyang-2024');
    expect(decision.covered).toBe(false);
    expect(decision.label).toBe("Putin's June 2024 visit to Pyongyang");
  });

  test('a 2025 Beijing article that recalls 2024 and 2023 is about the Beijing talks', () => {
    const decision = reader.decidePage({
      title: 'Kim and Putin meet after Tiananmen parade',
      lead: 'BEIJING (AP) — Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday after watching a military parade with Xi Jinping.',
      body: 'Putin visited Pyongyang in June 2024, when the two signed a mutual defense treaty. Before that, they met at the Vostochny Cosmodrome in 2023, and Kim toured a fighter jet plant in Komsomolsk-on-Amur.',
      published: '2025-09-03T13:00:00Z',
    });
    expect(decision.id).toBe('beijing-2025');
    expect(decision.why).toMatch(/^published 3 September 2025; /);
  });

  test('a pre-summit article ("expected to meet") is about the coming meeting', () => {
    expect(
      reader.decidePage({
        title: "Kim's train heads for Russia as Putin meeting looms",
        lead: 'Kim Jong Un is expected to meet Vladimir Putin in Vladivostok as early as Tuesday, South Korean media said.',
        published: '2023-09-11',
      }).id,
    ).toBe('summit-2023-vostochny');
    expect(
      reader.decidePage({
        title: 'Kim Jong Un expected in Russia for first summit with Putin',
        lead: 'North Korean leader Kim Jong Un will travel to Vladivostok for his first summit with Vladimir Putin, the Kremlin said.',
        published: '2019-04-18',
      }).id,
    ).toBe('summit-2019-vladivostok');
  });

  test('too little evidence is unknown, with the reason', () => {
    expect(
      reader.decidePage({
        title: 'Kim Jong Un and Vladimir Putin hold talks',
        lead: 'The two leaders met on Wednesday.',
      }),
    ).toEqual({
      id: UNKNOWN_MEETING,
      covered: false,
      label: 'not clear which meeting',
      why: 'no date, place or event of a Kim–Putin meeting found',
    });
    const vladivostok = reader.decidePage({
      title: 'Kim and Putin to meet in Vladivostok',
    });
    expect(vladivostok.id).toBe(UNKNOWN_MEETING);
    expect(vladivostok.why).toMatch(/^too little to tell: names Vladivostok/);
  });

  test('two meetings with as much evidence are unknown, naming both', () => {
    const decision = reader.decidePage({
      title: 'Putin and Kim: the Tiananmen parade and the Vostochny launch pad',
    });
    expect(decision.id).toBe(UNKNOWN_MEETING);
    expect(decision.why).toMatch(/^as much points to /);
  });

  test('a weekday is not a date', () => {
    expect(
      reader.decidePage({ title: 'Kim and Putin met on Wednesday' }).id,
    ).toBe(UNKNOWN_MEETING);
  });

  test('a date without a year counts only when the page year fits', () => {
    const page = {
      title: 'Leaders meet',
      lead: 'SEOUL, June 19 - Kim and Putin met in Pyongyang.',
    };
    expect(reader.decidePage({ ...page, published: '2024-06-19' }).id).toBe(
      'pyongyang-2024',
    );
    expect(reader.decidePage({ ...page, published: '2021-06-19' }).id).toBe(
      UNKNOWN_MEETING,
    );
  });

  test('a page published long before a meeting cannot report it', () => {
    const decision = reader.decidePage({
      title:
        'Putin and Kim in Pyongyang talks on a treaty, Tiananmen parade recalled',
      published: '2019-04-25',
    });
    expect(decision.id).not.toBe('pyongyang-2024');
    expect(decision.id).not.toBe('beijing-2025');
  });

  test('is deterministic and does not depend on the order of reading', () => {
    const parts = [
      ['Kim arrives at cosmodrome', 'title'],
      ['Putin met Kim in Vladivostok in 2019.', 'body'],
      ['VOSTOCHNY, Sept. 13 - Kim met Putin.', 'lead'],
    ] as const;
    const forward = new MeetingEvidence();
    const backward = new MeetingEvidence();
    for (const [text, part] of parts) reader.read(text, part, forward);
    for (const [text, part] of [...parts].reverse())
      reader.read(text, part, backward);
    expect(reader.decide(backward)).toEqual(reader.decide(forward));
    expect(reader.decide(forward).id).toBe('summit-2023-vostochny');
  });

  test('re-decides when new text arrives', () => {
    const evidence = new MeetingEvidence();
    reader.read('Kim and Putin hold talks', 'title', evidence);
    expect(reader.decide(evidence).id).toBe(UNKNOWN_MEETING);
    reader.read(
      'PYONGYANG, June 19 (Reuters) - Putin signed a comprehensive strategic partnership treaty with Kim.',
      'lead',
      evidence,
    );
    expect(reader.decide(evidence).id).toBe('pyongyang-2024');
  });

  test('names the meetings a sentence itself is about', () => {
    const named = (text: string) => [...reader.named(text)];
    expect(named('They first met in April 2019.')).toEqual([
      'summit-2019-vladivostok',
    ]);
    expect(named('Kim toured the Vostochny Cosmodrome.')).toEqual([
      'summit-2023-vostochny',
    ]);
    expect(named('Ties have been frozen since 2019.')).toEqual([]);
    expect(named('They met in Vladivostok.')).toEqual([]);
  });
});

describe('the reading budget', () => {
  test('reads no more than the first BODY_READ_LIMIT characters of the body', async () => {
    const { BODY_READ_LIMIT } =
      await import('../../../entrypoints/content/meeting-decision');
    const filler = 'Officials met again. '.repeat(
      Math.ceil(BODY_READ_LIMIT / 20),
    );
    const late = reader.decidePage({
      title: 'Leaders meet',
      body: `${filler}They met at the Vostochny Cosmodrome on 13 September 2023.`,
    });
    expect(late.id).toBe(UNKNOWN_MEETING);
    const evidence = new MeetingEvidence();
    reader.read(filler, 'body', evidence);
    reader.read(
      'They met at the Vostochny Cosmodrome on 13 September 2023.',
      'body',
      evidence,
    );
    expect(evidence.bodyRead).toBe(BODY_READ_LIMIT);
    expect(reader.decide(evidence).id).toBe(UNKNOWN_MEETING);
  });
});
