import fc from 'fast-check';
import lexicon from 'virtual:summit-lens/lexicon';
import { expect, test } from 'vitest';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import {
  EVERY_MENTION,
  MentionMarks,
} from '../../../entrypoints/content/mention-marks';
import { recordingPainter } from '../helpers/recording-painter';
import { aliasKey } from '../../../utils/text';
import { sentence } from './vocabulary';

interface Tree {
  tag: string;
  children: (Tree | string)[];
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'li',
  'section',
  'script',
  'textarea',
  'code',
];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(
      fc.oneof({ depthSize: 'small' }, sentence, tie('node')),
      // At least one child: happy-dom's TreeWalker.previousNode() does not
      // walk back past an element with no text inside (the DOM standard's
      // does; the e2e suites cover real browsers).
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  }),
})).node;

function build(doc: Document, node: Tree): Element {
  const el = doc.createElement(node.tag);
  for (const child of node.children)
    el.append(
      typeof child === 'string' ? doc.createTextNode(child) : build(doc, child),
    );
  return el;
}

function serialise(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE)
    return JSON.stringify((node as Text).data);
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(',');
  return `<${el.localName}${attrs}>${[...el.childNodes].map(serialise).join('')}</>`;
}

test('annotating leaves the DOM as it was, marks only aliases, and clears completely', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(tree, { minLength: 1, maxLength: 4 }),
      async (trees) => {
        document.body.replaceChildren();
        for (const t of trees) document.body.append(build(document, t));
        // A paragraph that makes the page about the summits.
        const lead = document.createElement('p');
        lead.textContent = 'Kim Jong Un met Vladimir Putin.';
        document.body.append(lead);
        const before = serialise(document.body);

        const painter = recordingPainter();
        const scheduler = new AnnotationScheduler({
          document,
          lexicon,
          marks: new MentionMarks(painter, lexicon, document, EVERY_MENTION),
          sliceMs: 1000,
        });
        await scheduler.start();

        expect(serialise(document.body)).toBe(before);
        const mentions = scheduler.mentions?.list() ?? [];
        expect(mentions.length).toBeGreaterThanOrEqual(2);
        expect(painter.painted.size).toBe(mentions.length);
        for (const m of mentions) {
          expect(lexicon.aliases[aliasKey(m.range.toString())]?.[0]).toBe(
            m.entity,
          );
          expect(painter.painted.has(m.range)).toBe(true);
          for (let n: Node | null = m.range.startContainer; n; n = n.parentNode)
            expect(['script', 'textarea']).not.toContain(
              (n as Element).localName,
            );
        }

        scheduler.stop();
        expect(painter.painted.size).toBe(0);
        expect(scheduler.mentions).toBeUndefined();
        expect(serialise(document.body)).toBe(before);
      },
    ),
    { numRuns: 60 },
  );
});
