/** The compiler on meetings (`meetings.yaml`) and claim signals (`claim-signals.yaml`). */
import { describe, expect, test } from 'vitest';
import {
  compileKnowledge,
  KnowledgeError,
  type Problem,
} from '../../../knowledge/compile';

const base: Record<string, string> = {
  'sources.yaml': `
- { id: wire, outlet: Wire, title: T, byline: '', published: 2023-09-11, kind: news, seedFile: wire.txt }
- { id: paper, outlet: Paper, title: T, byline: '', published: 2023-09-12, kind: news, seedFile: paper.txt }
`,
  'entities/events.yaml': `
- id: summit-2023
  kind: event
  name: The 2023 summit
  summary: A summit.
  dates: { start: 2023-09-13 }
  facts:
    - text: It was expected.
      citations: [{ source: wire, quote: a meeting }]
`,
  'comparisons.yaml': `
- id: meal
  question: What meal?
  topic: the meal
  about: [summit-2023]
  verdict: differ
  note: They differ.
  claims:
    - { source: wire, answer: Lunch., short: Lunch, quote: a lunch }
    - { source: paper, answer: Dinner., short: Dinner, quote: a dinner }
`,
  'meetings.yaml': `
- id: summit-2023
  label: the 2023 summit
  covered: true
  sources: [wire, paper]
  dates: { start: 2023-09-13, end: 2023-09-13 }
  trip: { start: 2023-09-10, end: 2023-09-17 }
  summary: They met.
  cues:
    places: [{ name: the spaceport, says: [spaceport, cosmodrome], weight: 3 }]
- id: later-2024
  label: a later visit
  covered: false
  dates: { start: 2024-06-19, end: 2024-06-19 }
  trip: { start: 2024-06-18, end: 2024-06-20 }
  summary: They met again.
  outside: From later news reports.
  cues:
    words: [{ name: a treaty, says: [treaty], weight: 2 }]
`,
  'claim-signals.yaml': `
- comparison: meal
  meeting: summit-2023
  topic: [[Kim, the leaders]]
  answers:
    - { id: lunch, answer: A lunch, sources: [wire], says: [lunch] }
    - { id: dinner, answer: A dinner, sources: [paper], says: [dinner], unless: [dinner party] }
`,
};

const texts = new Map([
  ['wire.txt', 'a meeting and a lunch'],
  ['paper.txt', 'a dinner'],
]);

const compile = (overrides: Record<string, string> = {}) =>
  compileKnowledge({
    files: Object.entries({ ...base, ...overrides }).map(([path, text]) => ({
      path,
      text,
    })),
    sourceTexts: texts,
  });

function problemsOf(overrides: Record<string, string>): Problem[] {
  try {
    compile(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected the knowledge to be rejected');
}

const signals = base['claim-signals.yaml']!;
const meetings = base['meetings.yaml']!;

describe('meetings', () => {
  test('compile in date order, with their checked cue phrases', () => {
    const { knowledge } = compile();
    expect(knowledge.meetings.map((m) => m.id)).toEqual([
      'summit-2023',
      'later-2024',
    ]);
    const [cue] = knowledge.meetings[0]!.cues;
    expect(cue).toEqual({
      kind: 'place',
      name: 'the spaceport',
      says: ['spaceport', 'cosmodrome'],
      leads: ['spaceport', 'cosmodrome'],
      weight: 3,
    });
  });

  test('a covered meeting has sources and the id of an event', () => {
    const problems = problemsOf({
      'meetings.yaml': meetings
        .replace('id: summit-2023', 'id: summit-2023-bis')
        .replace('sources: [wire, paper]', 'sources: []'),
    });
    expect(problems.filter((p) => p.file === 'meetings.yaml')).toEqual([
      {
        file: 'meetings.yaml',
        entry: 'summit-2023-bis',
        field: 'sources',
        reason: 'a covered meeting needs the sources that report it',
      },
      {
        file: 'meetings.yaml',
        entry: 'summit-2023-bis',
        field: 'id',
        reason: 'a covered meeting must have the id of an event entity',
      },
    ]);
  });

  test('a meeting the sources do not cover says where its facts come from', () => {
    const problems = problemsOf({
      'meetings.yaml': meetings.replace(
        '  outside: From later news reports.\n',
        '',
      ),
    });
    expect(problems).toEqual([
      expect.objectContaining({ entry: 'later-2024', field: 'outside' }),
    ]);
  });

  test('names an unknown source, bad dates and a broken cue phrase', () => {
    const problems = problemsOf({
      'meetings.yaml': meetings
        .replace('sources: [wire, paper]', 'sources: [wire, gazette]')
        .replace('trip: { start: 2023-09-10', 'trip: { start: 2023-09-14')
        .replace('says: [treaty]', 'says: [treaty, (pact]'),
    });
    expect(problems).toEqual([
      {
        file: 'meetings.yaml',
        entry: 'summit-2023',
        field: 'sources[1]',
        reason: 'unknown source "gazette"',
      },
      {
        file: 'meetings.yaml',
        entry: 'summit-2023',
        field: 'dates',
        reason: 'the meeting days must lie within the trip',
      },
      {
        file: 'meetings.yaml',
        entry: 'later-2024',
        field: 'cues.words[0].says[1]',
        reason: 'a "(" is not closed in "(pact"',
      },
    ]);
  });

  test('rejects a weight out of range and a date that is not a day', () => {
    const problems = problemsOf({
      'meetings.yaml': meetings
        .replace('weight: 2', 'weight: 5')
        .replace('dates: { start: 2024-06-19', "dates: { start: '2024-06'"),
    });
    expect(problems.map((p) => `${p.entry} ${p.field}: ${p.reason}`)).toEqual([
      'later-2024 dates.start: must be a full date like 2023-09-13',
      'later-2024 cues.words[0].weight: must be at most 3',
    ]);
  });
});

describe('claim signals', () => {
  test('compile with the comparison topic, meeting and distance merged into each answer', () => {
    const { knowledge } = compile();
    const [meal] = knowledge.claimSignals;
    expect(meal).toMatchObject({ comparison: 'meal', exclusive: true });
    expect(
      meal!.answers.map((a) => [a.id, a.meeting, a.near, a.topic.length]),
    ).toEqual([
      ['lunch', 'summit-2023', 12, 1],
      ['dinner', 'summit-2023', 12, 1],
    ]);
    expect(meal!.answers.map((a) => [a.topic, a.unless])).toEqual([
      [[['Kim', 'the leaders']], []],
      [[['Kim', 'the leaders']], ['dinner party']],
    ]);
  });

  test('rejects an unknown comparison, and a second entry for one', () => {
    const problems = problemsOf({
      'claim-signals.yaml': `${signals}\n- comparison: venue\n  answers: [{ id: x, answer: X, sources: [wire], says: [x] }]\n${signals}`,
    });
    expect(problems).toEqual([
      {
        file: 'claim-signals.yaml',
        entry: 'venue',
        field: 'comparison',
        reason: 'unknown comparison "venue"',
      },
      {
        file: 'claim-signals.yaml',
        entry: 'meal',
        field: 'comparison',
        reason: 'already has signals (first in claim-signals.yaml)',
      },
    ]);
  });

  test('rejects a source with no claim in the comparison, and one source giving two answers', () => {
    const problems = problemsOf({
      'claim-signals.yaml': signals
        .replace(
          'sources: [wire], says: [lunch]',
          'sources: [wire, gazette], says: [lunch]',
        )
        .replace('sources: [paper]', 'sources: [paper, wire]'),
    });
    expect(problems).toEqual([
      {
        file: 'claim-signals.yaml',
        entry: 'meal',
        field: 'answers[0].sources[1]',
        reason: 'source "gazette" has no claim in comparison "meal"',
      },
      {
        file: 'claim-signals.yaml',
        entry: 'meal',
        field: 'answers[1].sources[1]',
        reason:
          'source "wire" already gives answer "lunch"; in a differ comparison a source gives one answer',
      },
    ]);
  });

  test('rejects an unknown meeting, a duplicate answer id, a broken phrase and requiresMeeting without a meeting', () => {
    const problems = problemsOf({
      'claim-signals.yaml': signals
        .replace('meeting: summit-2023', 'requiresMeeting: true')
        .replace('id: dinner', 'id: lunch, meeting: summit-2030')
        .replace(
          'topic: [[Kim, the leaders]]',
          'topic: [[Kim, "… the leaders"]]',
        ),
    });
    expect(problems.map((p) => `${p.entry} ${p.field}: ${p.reason}`)).toEqual([
      'meal topic[0][1]: a phrase cannot start or end with a gap in "… the leaders"',
      'meal answers[0].requiresMeeting: needs a meeting to require',
      'meal answers[1].id: duplicate answer id "lunch"',
      'meal answers[1].meeting: unknown meeting "summit-2030"',
    ]);
  });
});
