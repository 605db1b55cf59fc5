import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, describe, expect, test } from 'vitest';
import { Annotator } from '../../../entrypoints/content/annotator';
import { recordingPainter } from '../helpers/recording-painter';

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const template = document.createElement('template');
  // Test fixtures only: the extension itself never parses HTML.
  template.innerHTML = html;
  p.append(template.content);
  document.body.append(p);
  return p;
}

const texts = (a: Annotator) => a.list().map((m) => m.range.toString());

beforeEach(() => document.body.replaceChildren());

describe('Annotator', () => {
  test('paints nothing until the page qualifies, then everything', async () => {
    const painter = recordingPainter();
    const annotator = new Annotator({ lexicon, painter });
    paragraph('Sergei Shoigu visited Pyongyang.');
    await annotator.scan(document.body);
    expect(annotator.isOpen).toBe(false);
    expect(painter.painted.size).toBe(0);
    expect(annotator.list()).toEqual([]);

    const late = paragraph('Later <b>Kim</b> Jong Un met Vladimir Putin.');
    await annotator.scan(late);
    expect(annotator.isOpen).toBe(true);
    expect(texts(annotator)).toEqual([
      'Sergei Shoigu',
      'Pyongyang',
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
    expect(painter.painted.size).toBe(4);
  });

  test('a short form waits for the full name, wherever it comes', async () => {
    const annotator = new Annotator({ lexicon, painter: recordingPainter() });
    paragraph('Mr. Kim waved. Putin smiled.');
    paragraph('It was Kim Jong Un’s first trip in years.');
    await annotator.scan(document.body);
    expect(texts(annotator)).toEqual(['Mr. Kim', 'Putin', 'Kim Jong Un']);
  });

  test('edited text loses its stale marks and gains new ones', async () => {
    const painter = recordingPainter();
    const annotator = new Annotator({ lexicon, painter });
    const p = paragraph('Putin met Kim Jong Un in Vladivostok.');
    await annotator.scan(document.body);
    expect(texts(annotator)).toHaveLength(3);

    const text = p.firstChild as Text;
    text.data = 'Putin met Kim Jong Un in Khasan.';
    annotator.prune(new Set([text]));
    annotator.forget(p);
    await annotator.scan(p);
    expect(texts(annotator)).toEqual(['Putin', 'Kim Jong Un', 'Khasan']);
    expect(painter.painted.size).toBe(3);
  });

  test('removed nodes lose their marks', async () => {
    const annotator = new Annotator({ lexicon, painter: recordingPainter() });
    paragraph('Putin met Kim Jong Un.');
    const gone = paragraph('Sergei Shoigu was there.');
    await annotator.scan(document.body);
    gone.remove();
    annotator.prune(new Set());
    expect(texts(annotator)).toEqual(['Putin', 'Kim Jong Un']);
  });

  test('lists mentions in document order, those in shadow trees too', async () => {
    const annotator = new Annotator({ lexicon, painter: recordingPainter() });
    paragraph('Putin met Kim Jong Un.');
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Vladivostok';
    shadow.append(inner);
    paragraph('Later, Pyongyang.');
    await annotator.scan(document.body);
    await annotator.scan(shadow);
    // Where a shadow tree's text falls against the page's is the browser's
    // choice (the trees are disconnected); each tree keeps its own order.
    const listed = texts(annotator);
    expect(listed.filter((t) => t !== 'Vladivostok')).toEqual([
      'Putin',
      'Kim Jong Un',
      'Pyongyang',
    ]);
    expect(listed).toContain('Vladivostok');
    const [putin] = annotator.list();
    expect(annotator.has(putin!)).toBe(true);
    annotator.clear();
    expect(annotator.has(putin!)).toBe(false);
  });

  test('finds the mention at a DOM point', async () => {
    const annotator = new Annotator({ lexicon, painter: recordingPainter() });
    const p = paragraph('Putin met <em>Kim</em> Jong Un.');
    await annotator.scan(document.body);
    const kim = p.querySelector('em')!.firstChild!;
    expect(annotator.mentionAt(kim, 1)?.range.toString()).toBe('Kim Jong Un');
    expect(annotator.mentionAt(p.firstChild!, 7)).toBeUndefined();
  });
});
