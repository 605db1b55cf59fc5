import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';

/**
 * Words by which a quote shows that the outlet relays someone else or hedges:
 * such a quote's citation must say whom (`via`) or how firm (`certainty`).
 */
const REPORTING_PHRASE =
  /\b(?:(?:analysts?|experts?|officials?|they) say|according to|citing|cited|quoted|quoting|said|says|saying|stated|told|reported|reports|confirmed|speculat\w*|likely|possibly|presumably|probably|expected|anticipated|could|may|might|believes?)\b/i;

interface Quoted {
  where: string;
  quote: string;
  via?: string;
  certainty?: string;
}

/** Every quote of the compiled knowledge, with where it is cited. */
function everyQuote(): Quoted[] {
  return [
    ...knowledge.entities.flatMap((e) =>
      e.facts.flatMap((f, i) =>
        f.citations.map((c) => ({ where: `${e.id} facts[${i}]`, ...c })),
      ),
    ),
    ...knowledge.comparisons.flatMap((c) =>
      c.claims.map((claim) => ({ where: `${c.id} ${claim.source}`, ...claim })),
    ),
    ...knowledge.timeline.flatMap((t) =>
      t.citations.map((c) => ({ where: `${t.date} ${t.title}`, ...c })),
    ),
  ];
}

describe('attribution', () => {
  test('the rule recognises reporting phrases', () => {
    for (const quote of [
      'nuclear-capable ballistic missile submarines, analysts say',
      'according to Russia’s TASS news agency',
      'Citing unidentified South Korean government sources',
      'Some Russian news outlets speculate that',
      'the train likely left',
    ])
      expect(REPORTING_PHRASE.test(quote), quote).toBe(true);
    expect(REPORTING_PHRASE.test('Kim arrived in Russia on Tuesday')).toBe(
      false,
    );
  });

  test('a quote that relays or hedges says whom or how firmly', () => {
    const quotes = everyQuote();
    expect(quotes.length).toBeGreaterThan(200);
    const unattributed = quotes
      .filter((q) => REPORTING_PHRASE.test(q.quote))
      .filter((q) => q.via === undefined && q.certainty === undefined)
      .map((q) => `${q.where}: "${q.quote}"`);
    expect(unattributed).toEqual([]);
  });

  test('relayed claims are in the knowledge', () => {
    const relayed = everyQuote().filter((q) => q.via !== undefined);
    const vias = new Set(relayed.map((q) => q.via));
    for (const via of [
      'analysts',
      'Chosun Ilbo, citing unnamed South Korean government sources',
      'KCNA',
      'Dmitry Peskov',
    ])
      expect(vias, via).toContain(via);
  });

  test('a fact from outside the sources says so, and only then may lack a citation', () => {
    const facts = knowledge.entities.flatMap((e) => e.facts);
    expect(facts.some((f) => f.outside !== undefined)).toBe(true);
    for (const fact of facts)
      if (fact.citations.length === 0) expect(fact.outside).toBeTruthy();
  });

  test('no summary or note speaks of only two summits', () => {
    const texts = [
      ...knowledge.entities.flatMap((e) => [
        e.summary,
        ...e.facts.map((f) => f.text),
      ]),
      ...knowledge.comparisons.flatMap((c) => [
        c.question,
        c.note,
        ...c.claims.map((claim) => claim.answer),
      ]),
      ...knowledge.timeline.map((t) => t.title),
    ];
    expect(texts.filter((t) => /\b(?:both|two) summits\b/i.test(t))).toEqual(
      [],
    );
  });
});
