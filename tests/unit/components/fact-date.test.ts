import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import { factDate } from '../../../components/fact-date';
import { entryData } from '../../../knowledge/query';
import type { Fact } from '../../../knowledge/schema';

const kim = entryData(knowledge, 'kim-jong-un')!;

const fact = (parts: Partial<Fact>): Fact => ({
  text: 't',
  citations: [],
  ...parts,
});

describe('when a fact is from', () => {
  test('the month of the meeting it is about, said in full in its title', () => {
    expect(factDate(fact({ meeting: 'summit-2019-vladivostok' }), kim)).toEqual(
      {
        text: 'Apr 2019',
        title: 'About the April 2019 summit in Vladivostok',
      },
    );
  });

  test('else the month of the newest source it cites', () => {
    const cited = fact({
      citations: [
        { source: 'npr-2019', quote: 'q' },
        { source: 'timenews-2023', quote: 'q' },
      ],
    });
    expect(factDate(cited, kim)?.text).toBe('as of Sept 2023');
  });

  test('nothing for a fact from outside the sources with no meeting', () => {
    expect(factDate(fact({ outside: 'From later news.' }), kim)).toBe(
      undefined,
    );
  });

  test('an entry carries the meetings its facts are about', () => {
    const tagged = new Set(kim.entity.facts.map((f) => f.meeting));
    expect(Object.keys(kim.meetings).sort()).toEqual(
      [...tagged].filter((m) => m !== undefined).sort(),
    );
  });
});
