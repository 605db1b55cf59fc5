/**
 * Scores the meeting decision and the claim finder against sets of pages
 * and sentences whose answers we know, and formats the report. Used by the
 * fixture test and by the held-out test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleCues } from '../../../knowledge/schema';
import {
  ClaimFinder,
  type ClaimMark,
} from '../../../entrypoints/content/claim-finder';
import {
  MeetingReader,
  type MeetingDecision,
} from '../../../entrypoints/content/meeting-decision';
import { articleText } from '../../../entrypoints/content/page-text';

/** A claim a page or sentence is known to state. */
export interface ExpectedClaim {
  /** The start of the sentence (or the whole of it), as on the page. */
  sentence: string;
  comparison: string;
  agrees: string[];
}

export interface PageExpectation {
  description: string;
  meeting: string;
  claims: ExpectedClaim[];
  /** Sentences that state no claim (any sentence not in `claims` states none). */
  noClaims: string[];
}

export interface SentenceCase {
  comparison: string;
  kind: 'states' | 'neutral' | 'other-sense';
  /** The meeting of the page the sentence stands on, or `unknown`. */
  page: string;
  text: string;
  answers?: string[];
  agrees?: string[];
  /** Other comparisons the sentence rightly states. */
  also?: string[];
}

export interface Tally {
  /** Marks that match a known claim, with the right sources. */
  right: number;
  /** Marks on a sentence that states no such claim, or with wrong sources. */
  wrong: number;
  /** Known claims. */
  claims: number;
  /** Known claims found. */
  found: number;
  /** What went wrong, one line each. */
  misses: string[];
}

export const emptyTally = (): Tally => ({
  right: 0,
  wrong: 0,
  claims: 0,
  found: 0,
  misses: [],
});

export const precision = (t: Tally) =>
  t.right + t.wrong === 0 ? 1 : t.right / (t.right + t.wrong);
export const recall = (t: Tally) => (t.claims === 0 ? 1 : t.found / t.claims);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function createTools(cues: ArticleCues) {
  const reader = new MeetingReader(cues);
  const finder = new ClaimFinder(cues, reader);
  return { reader, finder };
}

export interface PageResult {
  name: string;
  expected: PageExpectation;
  decision: MeetingDecision;
  tally: Tally;
}

/** Reads an article fixture, decides its meeting and scores its claims. */
export function evaluatePage(
  tools: ReturnType<typeof createTools>,
  name: string,
  html: string,
  expected: PageExpectation,
): PageResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = articleText(doc);
  const decision = tools.reader.decidePage(article);
  const tally = emptyTally();
  const marked: { sentence: string; mark: ClaimMark }[] = [];
  for (const block of article.blocks)
    for (const mark of tools.finder.find(block, decision.id))
      marked.push({ sentence: block.slice(mark.start, mark.end), mark });
  const matched = new Set<ExpectedClaim>();
  for (const { sentence, mark } of marked) {
    const claim = expected.claims.find(
      (c) =>
        c.comparison === mark.comparison &&
        sentence.includes(c.sentence) &&
        !matched.has(c),
    );
    if (claim && sameSet(claim.agrees, mark.agrees)) {
      matched.add(claim);
      tally.right += 1;
    } else {
      tally.wrong += 1;
      tally.misses.push(
        `${name}: wrong mark ${mark.comparison} [${mark.agrees.join(' ')}] on "${sentence}"`,
      );
    }
  }
  tally.claims = expected.claims.length;
  tally.found = matched.size;
  for (const c of expected.claims)
    if (!matched.has(c))
      tally.misses.push(`${name}: missed ${c.comparison} on "${c.sentence}"`);
  return { name, expected, decision, tally };
}

/** Every article fixture in a folder (`name.html` beside `name.expected.json`). */
export function evaluatePages(
  tools: ReturnType<typeof createTools>,
  dir: string,
): PageResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      return evaluatePage(
        tools,
        name,
        readFileSync(join(dir, `${name}.html`), 'utf8'),
        JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageExpectation,
      );
    });
}

/** Scores sentences each standing alone on a page about `page`. */
export function evaluateSentences(
  tools: ReturnType<typeof createTools>,
  cases: readonly SentenceCase[],
): Tally {
  const tally = emptyTally();
  for (const c of cases) {
    const marks = tools.finder.find(c.text, c.page);
    const own = marks.filter((m) => m.comparison === c.comparison);
    const others = marks.filter(
      (m) => m.comparison !== c.comparison && !c.also?.includes(m.comparison),
    );
    if (c.kind === 'states') {
      tally.claims += 1;
      const hit = own.find(
        (m) =>
          sameSet(m.answers, c.answers ?? []) &&
          sameSet(m.agrees, c.agrees ?? []),
      );
      if (hit) {
        tally.found += 1;
        tally.right += 1;
      } else tally.misses.push(`missed ${c.comparison}: "${c.text}"`);
      for (const m of own.filter((m) => m !== hit)) {
        tally.wrong += 1;
        tally.misses.push(`wrong ${m.comparison} [${m.answers}]: "${c.text}"`);
      }
    } else {
      for (const m of own) {
        tally.wrong += 1;
        tally.misses.push(`wrong ${m.comparison} on ${c.kind}: "${c.text}"`);
      }
    }
    for (const m of others) {
      tally.wrong += 1;
      tally.misses.push(`wrong ${m.comparison} [${m.answers}]: "${c.text}"`);
    }
  }
  return tally;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One line of precision and recall. */
export function formatTally(label: string, t: Tally): string {
  return `${label}: precision ${pct(precision(t))} (${t.right} right, ${t.wrong} wrong), recall ${pct(recall(t))} (${t.found} of ${t.claims})`;
}

/** The meeting decision on each page, one line each. */
export function formatDecisions(results: readonly PageResult[]): string {
  return results
    .map(
      (r) =>
        `${r.decision.id === r.expected.meeting ? 'ok  ' : 'MISS'} ${r.name}: ${r.decision.id} (${r.decision.why})${r.decision.id === r.expected.meeting ? '' : ` — expected ${r.expected.meeting}`}`,
    )
    .join('\n');
}
