/**
 * `TextReader` against the plain definition of a segment, on random pages:
 * the text nodes a reader sees (none inside skipped, hidden or editable
 * elements), grouped while they belong to the same block (their nearest
 * ancestor that is not inline) and no other block comes between them, with
 * the nodes' text joined and soft hyphens removed, and those only white
 * space left out. The walk takes shortcuts (a whole block's `textContent`,
 * its nodes found only to place spans, a look at the children of elements
 * that hold blocks); this says they change nothing.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  isInline,
  isSkipped,
  TextReader,
} from '../../../entrypoints/content/text-reader';

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
    // At least one child: happy-dom's TreeWalker.previousNode() does not
    // walk back past an element with no text inside (the DOM standard's
    // does; the e2e suites cover real browsers).
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
})).node;

/** A root holding the generated children, put on the page. */
function page(children: (Tree | string)[]): Element {
  const root = document.createElement('article');
  for (const child of children)
    root.append(
      typeof child === 'string' ? document.createTextNode(child) : build(child),
    );
  document.body.replaceChildren(root);
  return root;
}

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
  // Text nodes with their block; null where a block begins or ends.
  const seen: ({ node: Text; block: Node } | null)[] = [];
  const visit = (node: Node, block: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        seen.push({ node: child as Text, block });
      } else if (child instanceof Element && !isSkipped(child)) {
        if (isInline(child)) {
          visit(child, block);
        } else {
          seen.push(null);
          visit(child, child);
          seen.push(null);
        }
      }
    }
  };
  visit(root, root);
  const runs: { nodes: Text[]; block: Node }[] = [];
  let last: { nodes: Text[]; block: Node } | undefined;
  for (const entry of seen) {
    if (!entry) last = undefined;
    else if (last?.block === entry.block) last.nodes.push(entry.node);
    else runs.push((last = { nodes: [entry.node], block: entry.block }));
  }
  return runs
    .map(({ nodes }) => ({
      text: nodes.map((t) => t.data.replaceAll('\u00ad', '')).join(''),
      nodes,
    }))
    .filter(({ text }) => text.length >= minLength && /\S/.test(text));
}

test('segments are the runs of visible text of one block', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(text, tree), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 4 }),
      // Elements listed by one query, or by a walk as reading goes.
      fc.boolean(),
      (children, minLength, asRead) => {
        const root = page(children);
        // Nodes by their place in the page, so that identity is compared.
        const all = [...allTexts(root)];
        // Blocks come before the blocks inside them: order by first node.
        const named = (segments: { text: string; nodes: Text[] }[]) =>
          segments
            .map((s) => ({
              text: s.text,
              nodes: s.nodes.map((n) => all.indexOf(n)),
            }))
            .sort((a, b) => (a.nodes[0] ?? 0) - (b.nodes[0] ?? 0));
        const segments: { text: string; nodes: Text[] }[] = [];
        new TextReader(root, minLength, undefined, asRead).read(
          (text, locator) => segments.push({ text, nodes: locator.nodes() }),
        );
        expect(named(segments)).toEqual(
          named(expectedSegments(root, minLength)),
        );
      },
    ),
    { numRuns: 2000 },
  );
});

/**
 * The text of a range's part of `nodes`, soft hyphens removed: hidden text
 * between a segment's nodes is not the segment's.
 */
function visibleText(range: Range, nodes: Text[]): string {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const inside = (n: Text) =>
    range.comparePoint(n, 0) === 0 || range.comparePoint(n, n.length) === 0;
  return nodes
    .map((n) => {
      const from = n === startContainer ? startOffset : 0;
      const to = n === endContainer ? endOffset : n.length;
      return n === startContainer || n === endContainer || inside(n)
        ? n.data.slice(from, to)
        : '';
    })
    .join('')
    .replaceAll('\u00ad', '');
}

test('a placed span holds the text it was cut from', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(text, tree), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
      (children, cuts) => {
        page(children);
        new TextReader(document.body).read((text, locator) => {
          const { length } = text;
          // Spans that do not overlap, in order, as a matcher finds them.
          let after = 0;
          const spans = cuts
            .map(([a, b]) => ({
              start: a % length,
              end: (a % length) + 1 + (b % 3),
            }))
            .sort((a, b) => a.start - b.start)
            .filter(({ start, end }) => {
              const fits = start >= after && end <= length;
              if (fits) after = end;
              return fits;
            });
          const nodes = locator.nodes();
          const ranges = locator.place(spans);
          expect(ranges.map((range) => visibleText(range, nodes))).toEqual(
            spans.map(({ start, end }) => text.slice(start, end)),
          );
        });
      },
    ),
    { numRuns: 1000 },
  );
});
