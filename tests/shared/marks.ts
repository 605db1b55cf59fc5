/**
 * Reading the extension's marks from a page, as a test sees them: every
 * range registered in `CSS.highlights` under a `summit-lens` name. The same
 * in every browser: a page is anything that can run a function in itself,
 * as Playwright's and Puppeteer's pages both can.
 */
import { entityByAlias } from '../../knowledge/query';
import { compileFromDisk } from '../../knowledge/load';

/** A browser page driven by a test (Playwright's or Puppeteer's). */
export interface Page {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export const knowledge = compileFromDisk().knowledge;

export interface Mark {
  highlight: string;
  text: string;
  /** Entity whose alias the marked text is, or undefined. */
  entity: string | undefined;
  /** Tag names from the text's parent up to <html>. */
  ancestors: string[];
}

export async function readMarks(page: Page): Promise<Mark[]> {
  const raw = await page.evaluate(() => {
    const out: { highlight: string; text: string; ancestors: string[] }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('summit-lens') || name === 'summit-lens-active')
        continue;
      for (const range of highlight as Iterable<Range>) {
        const ancestors: string[] = [];
        for (let n = range.startContainer.parentElement; n; n = n.parentElement)
          ancestors.push(n.localName);
        out.push({ highlight: name, text: range.toString(), ancestors });
      }
    }
    return out;
  });
  return raw.map((m) => ({
    ...m,
    entity: entityByAlias(knowledge, m.text)?.id,
  }));
}

/** Marks per entity id. */
export function countByEntity(marks: readonly Mark[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of marks) {
    const key = m.entity ?? `?${m.text}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * For each string, whether any mark overlaps an occurrence of it in any text
 * node of the page (scripts and form fields included).
 */
export async function marksOverlapping(
  page: Page,
  needles: readonly string[],
): Promise<Record<string, { occurrences: number; overlapping: number }>> {
  return page.evaluate((list) => {
    const ranges: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('summit-lens'))
        for (const r of highlight as Iterable<AbstractRange>) ranges.push(r);
    const toRange = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    };
    const marks = ranges.map(toRange);
    const result: Record<string, { occurrences: number; overlapping: number }> =
      {};
    const texts: Text[] = [];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        texts.push(n as Text);
    };
    walk(document);
    for (const t of document.querySelectorAll('template')) walk(t.content);
    for (const needle of list) {
      let occurrences = 0;
      let overlapping = 0;
      for (const text of texts) {
        for (
          let i = text.data.indexOf(needle);
          i >= 0;
          i = text.data.indexOf(needle, i + 1)
        ) {
          occurrences += 1;
          // Template content lives in its own document, where nothing is marked.
          if (text.ownerDocument !== document) continue;
          const r = document.createRange();
          r.setStart(text, i);
          r.setEnd(text, i + needle.length);
          if (
            marks.some(
              (m) =>
                m.compareBoundaryPoints(Range.END_TO_START, r) < 0 &&
                m.compareBoundaryPoints(Range.START_TO_END, r) > 0,
            )
          )
            overlapping += 1;
        }
      }
      // Values of form fields are text too, though not in text nodes.
      for (const field of document.querySelectorAll('input, textarea'))
        if ((field as HTMLInputElement).value.includes(needle))
          occurrences += 1;
      result[needle] = { occurrences, overlapping };
    }
    return result;
  }, needles);
}

/**
 * Scrolls the first mark whose text is `text` into view and returns the
 * middle of its first box, in viewport coordinates.
 */
export async function markPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('summit-lens')) continue;
      for (const r of highlight as Iterable<Range>) {
        if (r.toString() !== wanted) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        if (rect)
          return {
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
          };
      }
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`no mark "${text}"`);
  return point;
}
