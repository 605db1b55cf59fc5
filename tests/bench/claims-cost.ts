/**
 * `npx tsx tests/bench/claims-cost.ts`: what the meeting decision and the
 * claim finder cost, in Node, over the text of the benchmark's 1 MB pages
 * (the same generated pages as `npm run bench`, about the summits and not).
 * Each step runs over the whole text: the decision reads every block, the
 * finder examines every block. Prints the median of several runs in ms.
 */
import { Window } from 'happy-dom';
import { performance } from 'node:perf_hooks';
import { compileFromDisk } from '../../knowledge/build/load';
import { articleCues } from '../../knowledge/lexicon';
import { ClaimFinder } from '../../entrypoints/content/claim-finder';
import {
  MeetingEvidence,
  MeetingReader,
} from '../../entrypoints/content/meeting-decision';
import { articleText } from '../../entrypoints/content/page-text';
import { generatePage } from './generate-pages';

/** The seed `tests/bench/run.ts` gives its 1 MB pages. */
const SEED = 20_190_425 + 1_000_000;
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const cues = articleCues(compileFromDisk().knowledge);
const reader = new MeetingReader(cues);
const finder = new ClaimFinder(cues, reader);

for (const relevant of [true, false]) {
  const page = generatePage({ textLength: 1_000_000, seed: SEED, relevant });
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(page.html, 'text/html');
  const article = articleText(doc as unknown as Document);
  const chars = article.blocks.reduce((n, b) => n + b.length, 0);
  let decision = reader.decidePage(article);
  let claims = 0;
  const decide = time(() => {
    decision = reader.decidePage(article);
  });
  // A live page: one block at a time, deciding after each.
  const live = time(() => {
    const evidence = new MeetingEvidence();
    article.blocks.forEach((block, i) =>
      reader.read(block, i === 0 ? 'title' : i < 4 ? 'lead' : 'body', evidence),
    );
    reader.decide(evidence, article.published);
  });
  const find = time(() => {
    claims = 0;
    for (const block of article.blocks)
      claims += finder.find(block, decision.id).length;
  });
  console.log(
    `${relevant ? 'relevant' : 'irrelevant'} 1 MB page: ${article.blocks.length} blocks, ${chars} characters; ` +
      `meeting decision ${decide.toFixed(1)} ms (block by block ${live.toFixed(1)} ms) → ${decision.id}; ` +
      `claim finder ${find.toFixed(1)} ms → ${claims} claims`,
  );
  await window.happyDOM.close();
}
