/**
 * The shipped code never inserts HTML, evaluates strings or loads remote
 * code. (The built bundles are checked by `web-ext lint` as well.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHIPPED = ['entrypoints', 'components', 'utils', 'knowledge'];
const FORBIDDEN = [
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /dangerouslySetInnerHTML/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /document\.write/,
  /https?:\/\/(?!127\.0\.0\.1|localhost)[a-z]/i,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(ts|tsx|html)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

test('no HTML insertion, eval or remote URLs in shipped code', () => {
  const found: string[] = [];
  for (const file of SHIPPED.flatMap((d) => files(join(ROOT, d))))
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim().startsWith('*') || line.trim().startsWith('//')) return;
        for (const pattern of FORBIDDEN)
          if (pattern.test(line))
            found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
  expect(found).toEqual([]);
});
