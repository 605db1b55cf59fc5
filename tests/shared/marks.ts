/**
 * Reading the extension's marks from a page, as a test sees them: every
 * range registered in `CSS.highlights` under a `summit-lens` name. The same
 * in every browser: a page is anything that can run a function in itself,
 * as Playwright's and Puppeteer's pages both can.
 */
import { entityByAlias } from '../../knowledge/query';
import { compileFromDisk } from '../../knowledge/build/load';

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
      // Entity marks only: not the open card's, the hover one, or claims.
      if (
        !name.startsWith('summit-lens') ||
        /-(active|hover|claim)$/.test(name)
      )
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
    // Entity marks only: a claim mark covers a whole sentence.
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('summit-lens') && !/-(hover|claim)$/.test(name))
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

/** Which occurrence of a text `markPoint` looks for. */
export type Occurrence =
  /** The first painted mark (the default). */
  | 'painted'
  /** The first painted mark, else the first occurrence on the page. */
  | 'any'
  /** The first occurrence that no mark covers. */
  | 'unpainted';

/**
 * Scrolls an occurrence of `text` into view and returns the middle of its
 * first box, in viewport coordinates. The default marking paints only the
 * first mention per section; the others are in the hit-test index all the
 * same, and a reader can point at them.
 */
export async function markPoint(
  page: Page,
  text: string,
  occurrence: Occurrence = 'painted',
): Promise<{ x: number; y: number }> {
  // No named functions inside: tsx would wrap them in a helper the page lacks.
  const point = await page.evaluate(
    ([wanted, which]) => {
      const painted: Range[] = [];
      for (const [name, highlight] of CSS.highlights)
        if (name.startsWith('summit-lens'))
          for (const r of highlight as Iterable<Range>)
            if (r.toString() === wanted) painted.push(r);
      let range: Range | undefined =
        which === 'unpainted' ? undefined : painted[0];
      if (!range && which !== 'painted') {
        const walker = document.createTreeWalker(
          document.body,
          NodeFilter.SHOW_TEXT,
        );
        search: for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('script, style, noscript, textarea'))
            continue;
          const data = (n as Text).data;
          for (
            let at = data.indexOf(wanted);
            at >= 0;
            at = data.indexOf(wanted, at + 1)
          ) {
            const covered = painted.some(
              (p) => p.startContainer === n && p.startOffset === at,
            );
            if (which === 'any' || !covered) {
              range = document.createRange();
              range.setStart(n, at);
              range.setEnd(n, at + wanted.length);
              break search;
            }
          }
        }
      }
      if (!range) return undefined;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect
        ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
        : undefined;
    },
    [text, occurrence] as const,
  );
  if (!point) throw new Error(`no ${occurrence} occurrence of "${text}"`);
  return point;
}

/**
 * A point on the claim mark that holds `sentence`, on a small word where no
 * mention can be, scrolled into view.
 */
export async function claimPoint(
  page: Page,
  sentence: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted: string) => {
    for (const r of CSS.highlights.get('summit-lens-claim') ?? []) {
      const range = r as Range;
      if (!range.toString().replace(/\s+/g, ' ').includes(wanted)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const common = range.commonAncestorContainer;
      const walker = document.createTreeWalker(
        common.parentNode ?? common,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!range.intersectsNode(n)) continue;
        const data = (n as Text).data;
        const word =
          / (the|at|in|of|on|to|and|for|a|was|had|that|from) /.exec(data) ??
          / ([a-z]{3,}) /.exec(data);
        if (!word) continue;
        const small = document.createRange();
        small.setStart(n, word.index + 1);
        small.setEnd(n, word.index + 1 + (word[1]?.length ?? 1));
        const rect = small.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return undefined;
  }, sentence);
  if (!point) throw new Error(`no claim mark on "${sentence}"`);
  return point;
}

/** The long live blog's marks painted, and whether its first and last post have one. */
export function paintedEnds(
  page: Page,
): Promise<{ count: number; inFirst: boolean; inLast: boolean }> {
  return page.evaluate(() => {
    const first = document.getElementById('p0') as Element;
    const last = document.getElementById('p1199') as Element;
    let count = 0;
    let inFirst = false;
    let inLast = false;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('summit-lens')) continue;
      for (const range of highlight as unknown as Set<AbstractRange>) {
        count += 1;
        inFirst ||= first.contains(range.startContainer);
        inLast ||= last.contains(range.startContainer);
      }
    }
    return { count, inFirst, inLast };
  });
}
