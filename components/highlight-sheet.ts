/**
 * The marks' stylesheet, written from the kinds' colours (`KIND_COLOURS`,
 * which the legends and swatches use too). The build serves it as
 * `virtual:summit-lens/highlights.css` (`scripts/vite-highlight-sheet.ts`).
 *
 * Marks are painted by the CSS Custom Highlight API. Translucent fills keep
 * the page's own text colour readable on light and dark pages alike. A mark
 * is its kind's underline over its kind's fill; a quiet mark (in a headline
 * or a dateline) is the underline alone.
 *
 * Every rule is on `:root`: highlight styles are inherited (Chromium), so
 * the browser styles one element for them, not every element of the page.
 * In Chromium the sheet comes with the manifest at no cost to other pages;
 * Firefox, which does not inherit them, gets it without `:root`, adopted by
 * the annotator (`entrypoints/content/highlight-styles.ts`).
 */
import { KIND_COLOURS, type KindColour } from './kind-colours';
import type { EntityKind } from '../knowledge/schema';

/** One rule for the highlights named (each after `summit-lens-`). */
const rule = (names: readonly string[], body: string): string =>
  `${names.map((n) => `:root::highlight(summit-lens-${n})`).join(',\n')} {\n  ${body}\n}\n`;

/** The rules of one kind's marks: fill and underline, and the quiet underline. */
function kindRules(kind: string, { fill, line }: KindColour): string {
  return (
    rule([kind, `${kind}-quiet`], `text-decoration-color: ${line};`) +
    rule([kind], `background-color: ${fill};`)
  );
}

/** The whole sheet, for the given colours of each kind. */
export function highlightSheet(
  colours: Readonly<Record<EntityKind, KindColour>> = KIND_COLOURS,
): string {
  const kinds = Object.keys(colours) as EntityKind[];
  return [
    rule(
      kinds.flatMap((k) => [k, `${k}-quiet`]),
      'text-decoration-line: underline;\n  text-decoration-thickness: 2px;',
    ),
    ...kinds.map((k) => kindRules(k, colours[k])),
    '/* A mention that is not marked (a later one in its section), while the pointer rests on it. */\n',
    rule(['hover'], 'background-color: rgb(148 163 184 / 0.3);'),
    '/* A sentence that takes a side where the sources differ: quiet, no fill. */\n',
    rule(
      ['claim'],
      'text-decoration: underline dotted 2px rgb(100 116 139 / 0.95);',
    ),
    rule(
      ['active'],
      'background-color: rgb(249 115 22 / 0.55);\n  text-decoration: underline 3px rgb(234 88 12);',
    ),
  ].join('');
}
