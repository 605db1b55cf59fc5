/**
 * `segmentsOf` against the plain definition of a segment, on random pages:
 * the text nodes a reader sees (none inside skipped, hidden or editable
 * elements), grouped while they belong to the same block (their nearest
 * ancestor that is not inline), with the nodes' text joined and soft hyphens
 * removed. The walk takes shortcuts (reading a whole block's `textContent`,
 * remembering a few readable ancestors); this says they change nothing.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  isInline,
  isSkipped,
  segmentsOf,
} from '../../../entrypoints/content/text-segments';

interface Tree {
  tag: string;
  attribute: '' | 'hidden' | 'contenteditable' | 'contenteditable=false';
  children: (Tree | string)[];
}

const TAGS = ['p', 'div', 'li', 'section', 'span', 'a', 'em', 'b', 'script'];
const WORDS = ['Kim', 'Jong', 'Un', 'Putin', ' ', '', 'met\u00ad', '\n'];

const text = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 4 })
  .map((w) => w.join(''));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attribute: fc.constantFrom(
      '',
      '',
      '',
      'hidden',
      'contenteditable',
      'contenteditable=false',
    ),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), {
      maxLength: 4,
    }),
  }),
})).node;

function build(node: Tree): Element {
  const el = document.createElement(node.tag);
  if (node.attribute) {
    const [name, value = ''] = node.attribute.split('=');
    el.setAttribute(name!, value);
  }
  for (const child of node.children)
    el.append(
      typeof child === 'string' ? document.createTextNode(child) : build(child),
    );
  return el;
}

function* allTexts(root: Node): Generator<Text> {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) yield child as Text;
    else yield* allTexts(child);
  }
}

/** The segments by definition: texts and nodes, in document order. */
function expectedSegments(root: Element, minLength: number) {
  const seen: { node: Text; block: Node }[] = [];
  const visit = (node: Node, block: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        seen.push({ node: child as Text, block });
      } else if (child instanceof Element && !isSkipped(child)) {
        visit(child, isInline(child) ? block : child);
      }
    }
  };
  visit(root, root);
  const runs: { nodes: Text[]; block: Node }[] = [];
  for (const { node, block } of seen) {
    const last = runs.at(-1);
    if (last?.block === block) last.nodes.push(node);
    else runs.push({ nodes: [node], block });
  }
  return runs
    .filter(
      ({ nodes }) => nodes.reduce((n, t) => n + t.data.length, 0) >= minLength,
    )
    .map(({ nodes }) => ({
      text: nodes.map((t) => t.data.replaceAll('\u00ad', '')).join(''),
      nodes,
    }))
    .filter(({ text }) => /\S/.test(text));
}

test('segments are the runs of visible text of one block', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(text, tree), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 4 }),
      (children, minLength) => {
        const root = document.createElement('article');
        for (const child of children)
          root.append(
            typeof child === 'string'
              ? document.createTextNode(child)
              : build(child),
          );
        document.body.replaceChildren(root);
        // Nodes by their place in the page, so that identity is compared.
        const all = [...allTexts(root)];
        const named = (segments: { text: string; nodes: Text[] }[]) =>
          segments.map((s) => ({
            text: s.text,
            nodes: s.nodes.map((n) => all.indexOf(n)),
          }));
        // A segment's arrays are the walk's: copy them before it goes on.
        const segments = [];
        for (const { text, nodes, count } of segmentsOf(root, minLength))
          segments.push({ text, nodes: nodes.slice(0, count) });
        expect(named(segments)).toEqual(
          named(expectedSegments(root, minLength)),
        );
      },
    ),
    { numRuns: 2000 },
  );
});
