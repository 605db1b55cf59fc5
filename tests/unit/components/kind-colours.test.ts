import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KIND_COLOURS } from '../../../components/kind-colours';
import { entityKinds } from '../../../knowledge/schema';

const css = readFileSync(
  resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css'),
  'utf8',
);

describe('kind colours', () => {
  test.each(entityKinds)(
    'the legend shows %s in the colours the page marks are painted in',
    (kind) => {
      const rule = new RegExp(
        `::highlight\\(summit-lens-${kind}\\)\\s*\\{([^}]*)\\}`,
      ).exec(css)?.[1];
      expect(rule).toBeDefined();
      expect(rule).toContain(`background-color: ${KIND_COLOURS[kind].fill};`);
      expect(rule).toContain(KIND_COLOURS[kind].line);
    },
  );
});
