import { describe, expect, test } from 'vitest';
import {
  compileKnowledge,
  KnowledgeError,
  type AuthoredFile,
  type Problem,
} from '../../../knowledge/compile';

const SOURCE_TEXT =
  'Kim Jong Un arrived in Vladivostok by train on Wednesday. Putin flew in from Moscow for the talks.';

const base: Record<string, string> = {
  'sources.yaml': `
- id: wire
  outlet: Wire
  title: A title
  byline: A. Writer
  published: 2019-04-24
  kind: news article
  seedFile: wire.txt
`,
  'entities/people.yaml': `
- id: kim-jong-un
  kind: person
  name: Kim Jong Un
  aliases: [Kim Jong-un]
  contextAliases: [Kim]
  summary: North Korea's leader.
  related: [vladivostok]
  facts:
    - text: He came by train.
      citations:
        - { source: wire, quote: "Kim Jong Un arrived in Vladivostok by train" }
    - text: He arrived on a Wednesday.
      citations:
        - { source: wire, quote: "by train on Wednesday" }
`,
  'entities/places.yaml': `
- id: vladivostok
  kind: place
  name: Vladivostok
  aliases: []
  summary: A port city.
  facts:
    - text: Kim arrived there.
      citations:
        - { source: wire, quote: "arrived in Vladivostok" }
`,
  'generic-words.yaml': `neverMark: [train, sanctions]\n`,
};

function files(overrides: Record<string, string> = {}): AuthoredFile[] {
  return Object.entries({ ...base, ...overrides }).map(([path, text]) => ({
    path,
    text,
  }));
}

const sourceTexts = new Map([['wire.txt', SOURCE_TEXT]]);

function problemsOf(overrides: Record<string, string>): Problem[] {
  try {
    compileKnowledge({ files: files(overrides), sourceTexts });
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected the knowledge to be rejected');
}

const people = base['entities/people.yaml']!;

describe('compileKnowledge', () => {
  test('compiles valid files and adds the name to the aliases', () => {
    const { knowledge, provenanceChecked } = compileKnowledge({
      files: files(),
      sourceTexts,
    });
    expect(provenanceChecked).toBe(true);
    expect(knowledge.entities.map((e) => e.id)).toEqual([
      'kim-jong-un',
      'vladivostok',
    ]);
    expect(knowledge.entities[0]!.aliases).toEqual([
      'Kim Jong Un',
      'Kim Jong-un',
    ]);
    expect(knowledge.neverMark).toEqual(['train', 'sanctions']);
  });

  test('says when provenance was not checked', () => {
    expect(compileKnowledge({ files: files() }).provenanceChecked).toBe(false);
  });

  test('names file, entry and field for an unknown source', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        'source: wire',
        'source: nowhere',
      ),
    });
    expect(problems).toContainEqual({
      file: 'entities/places.yaml',
      entry: 'vladivostok',
      field: 'facts[0].citations[0].source',
      reason: 'unknown source "nowhere"',
    });
  });

  test('rejects an unknown related entity id', () => {
    const problems = problemsOf({
      'entities/people.yaml': people.replace(
        'related: [vladivostok]',
        'related: [atlantis]',
      ),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        entry: 'kim-jong-un',
        field: 'related[0]',
        reason: 'unknown entity "atlantis"',
      }),
    ]);
  });

  test('rejects duplicate entity ids across files', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        'id: vladivostok',
        'id: kim-jong-un',
      ),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'entities/places.yaml',
        entry: 'kim-jong-un',
        field: 'id',
        reason: expect.stringContaining('duplicate entity id'),
      }),
    );
  });

  test('rejects an alias claimed by two entities, whatever its spelling', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        'aliases: []',
        'aliases: [KIM JONG UN]',
      ),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        entry: 'vladivostok',
        field: 'aliases[0]',
        reason:
          'alias "KIM JONG UN" is already claimed by entity "kim-jong-un"',
      }),
    );
  });

  test('rejects a generic word as an alias', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        'aliases: []',
        'aliases: [Train]',
      ),
    });
    expect(problems[0]).toMatchObject({
      entry: 'vladivostok',
      field: 'aliases[0]',
      reason: expect.stringContaining('generic word'),
    });
  });

  test('rejects a quote over 25 words', () => {
    const long = Array.from({ length: 26 }, (_, i) => `w${i}`).join(' ');
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        '"arrived in Vladivostok"',
        `"${long}"`,
      ),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        entry: 'vladivostok',
        field: 'facts[0].citations[0].quote',
        reason: 'quote has 26 words; at most 25 are allowed',
      }),
    );
  });

  test('rejects a quote that is not in its source', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        '"arrived in Vladivostok"',
        '"arrived in Moscow"',
      ),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entities/places.yaml',
        entry: 'vladivostok',
        field: 'facts[0].citations[0].quote',
        reason: expect.stringContaining('quote not found verbatim in wire'),
      }),
    ]);
  });

  test('accepts typographic quotes, dashes and other whitespace in quotes', () => {
    const { knowledge } = compileKnowledge({
      files: files({
        'entities/places.yaml': base['entities/places.yaml']!.replace(
          '"arrived in Vladivostok"',
          '"Putin  flew in\\nfrom Moscow"',
        ),
      }),
      sourceTexts: new Map([
        ['wire.txt', SOURCE_TEXT.replace('Putin flew', 'Putin flew')],
      ]),
    });
    expect(knowledge.entities).toHaveLength(2);
  });

  test('rejects an entity without facts', () => {
    const problems = problemsOf({
      'entities/places.yaml': `
- id: vladivostok
  kind: place
  name: Vladivostok
  aliases: []
  summary: A port city.
  facts: []
`,
    });
    expect(problems).toContainEqual({
      file: 'entities/places.yaml',
      entry: 'vladivostok',
      field: 'facts',
      reason: 'an entity needs at least one fact',
    });
  });

  test('reports a missing field by its path', () => {
    const problems = problemsOf({
      'entities/places.yaml': base['entities/places.yaml']!.replace(
        '  summary: A port city.\n',
        '',
      ),
    });
    expect(problems[0]).toMatchObject({
      file: 'entities/places.yaml',
      entry: 'vladivostok',
      field: 'summary',
    });
  });

  test('reports broken YAML by file', () => {
    const problems = problemsOf({ 'entities/places.yaml': '- id: [unclosed' });
    expect(problems[0]).toMatchObject({
      file: 'entities/places.yaml',
      entry: '(file)',
      field: '(yaml)',
    });
  });

  test('never returns partial knowledge: one problem rejects everything', () => {
    expect(() =>
      compileKnowledge({
        files: files({
          'entities/people.yaml': people.replace('source: wire', 'source: x'),
        }),
        sourceTexts,
      }),
    ).toThrow(/entities\/people\.yaml › kim-jong-un › facts\[0\]/);
  });

  test('a comparison needs claims from two sources', () => {
    const problems = problemsOf({
      'comparisons.yaml': `
- id: arrival
  question: How did Kim arrive?
  topic: how Kim arrived
  about: [kim-jong-un]
  verdict: agree
  note: Only one source here.
  claims:
    - { source: wire, answer: By train., short: By train, quote: "by train on Wednesday" }
    - { source: wire, answer: On Wednesday., short: Wednesday, quote: "on Wednesday" }
`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'comparisons.yaml',
        entry: 'arrival',
        field: 'claims',
        reason: 'a comparison needs claims from at least two sources',
      }),
    ]);
  });

  describe('who an outlet relays, how firm it is, and outside details', () => {
    const relayed = (attribution: string) =>
      people.replace(
        '- { source: wire, quote: "by train on Wednesday" }',
        `- { source: wire, quote: "by train on Wednesday", ${attribution} }`,
      );

    test('accepts via and certainty on citations and claims', () => {
      const { knowledge } = compileKnowledge({
        files: files({
          'entities/people.yaml': relayed(
            'via: "Kyodo, citing Russian officials", certainty: reported',
          ),
        }),
        sourceTexts,
      });
      expect(knowledge.entities[0]!.facts[1]!.citations[0]).toEqual({
        source: 'wire',
        quote: 'by train on Wednesday',
        via: 'Kyodo, citing Russian officials',
        certainty: 'reported',
      });
    });

    test('rejects a certainty outside the allowed set', () => {
      const problems = problemsOf({
        'entities/people.yaml': relayed('certainty: rumoured'),
      });
      expect(problems).toEqual([
        {
          file: 'entities/people.yaml',
          entry: 'kim-jong-un',
          field: 'facts[1].citations[0].certainty',
          reason: 'must be one of stated, reported, expected, speculated',
        },
      ]);
    });

    test.each([
      ['via: ""', 'must not be empty'],
      ['via: "citing analysts"', 'without "citing"'],
      ['via: "According to TASS"', 'without "citing" or "according to"'],
      ['via: "analysts\\nand officials"', 'must be one line'],
      ['via: [analysts]', 'must be text naming whom the outlet relays'],
    ])('rejects %s as a via', (attribution, reason) => {
      const problems = problemsOf({
        'entities/people.yaml': relayed(attribution),
      });
      expect(problems).toEqual([
        {
          file: 'entities/people.yaml',
          entry: 'kim-jong-un',
          field: 'facts[1].citations[0].via',
          reason: expect.stringContaining(reason),
        },
      ]);
    });

    test('rejects a claim whose certainty is outside the allowed set', () => {
      const problems = problemsOf({
        'comparisons.yaml': `
- id: arrival
  question: How did Kim arrive?
  topic: how Kim arrived
  about: [kim-jong-un]
  verdict: agree
  note: A note.
  claims:
    - { source: wire, answer: By train., short: By train, quote: "by train", certainty: sure }
    - { source: other, answer: By train., short: By train, quote: "Putin flew in" }
`,
        'sources.yaml':
          base['sources.yaml']! +
          base['sources.yaml']!.replace('id: wire', 'id: other'),
      });
      expect(problems).toContainEqual({
        file: 'comparisons.yaml',
        entry: 'arrival',
        field: 'claims[0].certainty',
        reason: 'must be one of stated, reported, expected, speculated',
      });
    });

    test('a claim needs a short answer of at most four words, and a comparison a topic', () => {
      const problems = problemsOf({
        'comparisons.yaml': `
- id: arrival
  question: How did Kim arrive?
  about: [kim-jong-un]
  verdict: agree
  note: A note.
  claims:
    - { source: wire, answer: By train., short: By his own armoured train, quote: "by train" }
    - { source: wire, answer: By train., quote: "by train" }
`,
      });
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entry: 'arrival', field: 'topic' }),
          {
            file: 'comparisons.yaml',
            entry: 'arrival',
            field: 'claims[0].short',
            reason: 'must be 1–4 words',
          },
          expect.objectContaining({
            entry: 'arrival',
            field: 'claims[1].short',
          }),
        ]),
      );
    });

    test.each([
      'http://example.org/article',
      'ftp://example.org/article',
      'example.org/article',
      'https://',
      'javascript:alert(1)',
    ])('rejects %s as a source url', (url) => {
      const problems = problemsOf({
        'sources.yaml': base['sources.yaml']!.replace(
          '  seedFile: wire.txt',
          `  seedFile: wire.txt\n  url: "${url}"`,
        ),
      });
      // The rejected source leaves its citations unknown, too.
      expect(problems).toContainEqual({
        file: 'sources.yaml',
        entry: 'wire',
        field: 'url',
        reason: 'must be an https:// address',
      });
    });

    test('keeps an https url', () => {
      const { knowledge } = compileKnowledge({
        files: files({
          'sources.yaml': base['sources.yaml']!.replace(
            '  seedFile: wire.txt',
            '  seedFile: wire.txt\n  url: https://example.org/a?b=c',
          ),
        }),
        sourceTexts,
      });
      expect(knowledge.sources[0]!.url).toBe('https://example.org/a?b=c');
    });

    test('a fact marked outside may have no citation; any other fact needs one', () => {
      const outside = `
    - text: It is Russia's largest port on the Pacific.
      outside: Not in the sources.
      citations: []
`;
      const { knowledge } = compileKnowledge({
        files: files({
          'entities/places.yaml': base['entities/places.yaml']! + outside,
        }),
        sourceTexts,
      });
      expect(knowledge.entities[1]!.facts[1]).toEqual({
        text: "It is Russia's largest port on the Pacific.",
        outside: 'Not in the sources.',
        citations: [],
      });
      const problems = problemsOf({
        'entities/places.yaml':
          base['entities/places.yaml']! +
          outside.replace('      outside: Not in the sources.\n', ''),
      });
      expect(problems).toContainEqual({
        file: 'entities/places.yaml',
        entry: 'vladivostok',
        field: 'facts[1].citations',
        reason: expect.stringContaining('needs at least one citation'),
      });
    });
  });
});
