/** The fixture pages under tests/fixtures/pages/ and what each expects. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './paths';

export interface FixtureExpectation {
  description: string;
  relevant: boolean;
  /** Milliseconds to wait after load for the page's own dynamic content. */
  waitFor: number;
  /** Exact number of marks per entity id. */
  mentions: Record<string, number>;
  /** Strings on the page that no mark may overlap. */
  mustNotMark: string[];
}

export interface FixturePage {
  name: string;
  path: string;
  expected: FixtureExpectation;
}

const PAGES_DIR = join(FIXTURES_DIR, 'pages');

export const fixturePages: FixturePage[] = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace('.expected.json', '');
    return {
      name,
      path: `pages/${name}.html`,
      expected: JSON.parse(
        readFileSync(join(PAGES_DIR, f), 'utf8'),
      ) as FixtureExpectation,
    };
  });

export function fixture(name: string): FixturePage {
  const page = fixturePages.find((p) => p.name === name);
  if (!page) throw new Error(`no fixture page ${name}`);
  return page;
}
