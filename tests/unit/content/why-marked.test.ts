import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import { whyMarked } from '../../../entrypoints/content/why-marked';
import { buildLexicon } from '../../../knowledge/lexicon';

const lexicon = buildLexicon(knowledge);
const kim = lexicon.entities.findIndex((e) => e.id === 'kim-jong-un');

describe('whyMarked', () => {
  test('a full name is its own reason', () => {
    expect(whyMarked(lexicon, kim, 'Kim Jong Un', 'Kim Jong Un')).toEqual({
      alias: 'Kim Jong Un',
    });
  });

  test('a short form names the full name that licensed it', () => {
    expect(whyMarked(lexicon, kim, 'Mr. Kim', 'KIM JONG-UN')).toEqual({
      alias: 'Mr. Kim',
      licensedBy: 'KIM JONG-UN',
    });
  });
});
