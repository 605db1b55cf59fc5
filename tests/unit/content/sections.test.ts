import { expect, test } from 'vitest';
import { Sections } from '../../../entrypoints/content/sections';

const text = (selector: string) =>
  (document.querySelector(selector) as Element).firstChild as Text;

test('a point takes the position of its paragraph or heading, or of the last one before it', () => {
  document.body.innerHTML = `
    <div id="before">Top</div>
    <h2 id="h">Heading</h2>
    <p id="a">One</p>
    <ul><li id="li">Listed</li></ul>
    <p id="b">Two <b id="bold">bold</b></p>`;
  const sections = new Sections(document);
  expect(sections.position(text('#before'))).toBe(-1);
  expect(sections.position(text('#h'))).toBe(0);
  expect(sections.position(text('#a'))).toBe(1);
  expect(sections.position(text('#li'))).toBe(1);
  expect(sections.position(text('#bold'))).toBe(2);
  // Asked out of order, the answer is the same.
  expect(sections.position(text('#li'))).toBe(1);
  expect(sections.sectionAt(-1)).toBe(document);
  expect(sections.of(text('#b'))).toBe(document.getElementById('h'));
});

test('paragraphs without headings are cut into sections of five', () => {
  document.body.innerHTML = Array.from(
    { length: 7 },
    (_, i) => `<p id="p${i}">Paragraph ${i}</p>`,
  ).join('');
  const sections = new Sections(document);
  const p = (i: number) => document.getElementById(`p${i}`);
  expect(sections.of(text('#p4'))).toBe(p(0));
  expect(sections.of(text('#p5'))).toBe(p(5));
  expect(sections.of(text('#p6'))).toBe(p(5));
});

test('a point asked first deep in the page, then points before it, take the same positions', () => {
  document.body.innerHTML = `${Array.from(
    { length: 30 },
    (_, i) =>
      `${i % 7 === 0 ? `<h3 id="h${i}">Part</h3>` : ''}<p id="p${i}">Paragraph ${i}</p><div id="d${i}">aside ${i}</div>`,
  ).join('')}`;
  const inOrder = new Sections(document);
  const expected = Array.from({ length: 30 }, (_, i) => [
    inOrder.position(text(`#p${i}`)),
    inOrder.position(text(`#d${i}`)),
  ]);
  const backwards = new Sections(document);
  for (let i = 29; i >= 0; i--) {
    expect(backwards.position(text(`#d${i}`))).toBe(expected[i]![1]);
    expect(backwards.position(text(`#p${i}`))).toBe(expected[i]![0]);
  }
  expect(expected[29]).toEqual([34, 34]);
});
