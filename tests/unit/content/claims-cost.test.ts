import cues from 'virtual:summit-lens/article-cues';
/**
 * What the meeting decision and the claim finder cost over the text of the
 * benchmark's 1 MB page (tests/bench/generate-pages.ts, the seed `npm run
 * bench` uses), and over 1 MB of our article fixtures' text, in Node's V8.
 * Prints the medians; the bounds asserted are loose (a shared machine): the
 * printed figures are the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { ClaimFinder } from '../../../entrypoints/content/claim-finder';
import {
  MeetingEvidence,
  MeetingReader,
} from '../../../entrypoints/content/meeting-decision';
import { articleText } from '../../../entrypoints/content/page-text';
import { generatePage } from '../../bench/generate-pages';

const RUNS = 7;
const reader = new MeetingReader(cues);
const finder = new ClaimFinder(cues, reader);

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

/** The text blocks of generated HTML, split where block elements are. */
function blocksOf(html: string): string[] {
  return html
    .split(/<\/?(?:p|h1|h2|h3|li|figcaption|blockquote|title)\b[^>]*>/)
    .map((b) =>
      b
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    .filter((b) => b.trim() !== '');
}

function measure(label: string, blocks: string[]) {
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  const page = {
    title: blocks[0],
    lead: blocks.slice(1, 4).join('\n'),
    body: blocks.slice(4).join('\n'),
  };
  let meeting = reader.decidePage(page).id;
  const decision = median(() => {
    meeting = reader.decidePage(page).id;
  });
  // For reference: every character read, past the body limit.
  const everything = median(() => {
    const evidence = new MeetingEvidence();
    for (const block of blocks) reader.read(block, 'lead', evidence);
    reader.decide(evidence);
  });
  let claims = 0;
  const finding = median(() => {
    claims = 0;
    for (const block of blocks) claims += finder.find(block, meeting).length;
  });
  // Once warm: the slowest single block, the unit a caller can schedule.
  let longest = 0;
  for (const block of blocks) {
    const start = performance.now();
    finder.find(block, meeting);
    longest = Math.max(longest, performance.now() - start);
  }
  console.log(
    `${label}: ${blocks.length} blocks, ${(chars / 1e6).toFixed(2)} M characters → ${meeting}; ` +
      `meeting decision ${decision.toFixed(1)} ms (reading all the text: ${everything.toFixed(1)} ms); ` +
      `claim finder ${finding.toFixed(1)} ms (${claims} claims; slowest block ${longest.toFixed(2)} ms)`,
  );
  return { decision, finding, longest };
}

test(
  'the cost of the meeting decision and the claim finder on 1 MB pages',
  { timeout: 120_000 },
  () => {
    const bench = blocksOf(
      generatePage({
        textLength: 1_000_000,
        seed: 20_190_425 + 1_000_000,
        relevant: true,
      }).html,
    );
    const dir = join(import.meta.dirname, '../../fixtures/articles');
    const fixtureBlocks = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .flatMap(
        (f) =>
          articleText(
            new DOMParser().parseFromString(
              readFileSync(join(dir, f), 'utf8'),
              'text/html',
            ),
          ).blocks,
      );
    const articles: string[] = [];
    let length = 0;
    while (length < 1_000_000)
      for (const block of fixtureBlocks) {
        articles.push(block);
        length += block.length;
      }
    const a = measure('benchmark 1 MB page', bench);
    const b = measure('1 MB of fixture articles', articles);
    // Loose bounds: they catch a pattern gone pathological (seconds per
    // megabyte), not the noise of a shared machine.
    for (const m of [a, b]) {
      expect(m.decision).toBeLessThan(200);
      expect(m.finding).toBeLessThan(5_000);
      expect(m.longest).toBeLessThan(1_000);
    }
  },
);
