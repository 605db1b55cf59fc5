import { describe, expect, test } from 'vitest';
import { highlightSheet } from '../../../components/highlight-sheet';
import { KIND_COLOURS } from '../../../components/kind-colours';
import { entityKinds } from '../../../knowledge/schema';

const css = highlightSheet();

describe('kind colours', () => {
  test.each(entityKinds)(
    'the legend shows %s in the colours the page marks are painted in',
    (kind) => {
      const rules = [
        ...css.matchAll(
          /((?:(?::root)?::highlight\([\w-]+\),?\s*)+)\{([^}]*)\}/g,
        ),
      ].map(([, selectors = '', body = '']) => ({
        names: [...selectors.matchAll(/::highlight\(([\w-]+)\)/g)].map(
          (m) => m[1],
        ),
        body,
      }));
      const of = (name: string) =>
        rules
          .filter((r) => r.names.includes(name))
          .map((r) => r.body)
          .join('');
      const mark = of(`summit-lens-${kind}`);
      const quiet = of(`summit-lens-${kind}-quiet`);
      expect(mark).toContain(`background-color: ${KIND_COLOURS[kind].fill};`);
      expect(mark).toContain(
        `text-decoration-color: ${KIND_COLOURS[kind].line};`,
      );
      expect(quiet).toContain(
        `text-decoration-color: ${KIND_COLOURS[kind].line};`,
      );
      expect(quiet).not.toContain('background-color');
    },
  );
});
