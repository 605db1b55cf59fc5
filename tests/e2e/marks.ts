/**
 * Reading the extension's marks from a page, as a test sees them: every
 * range registered in `CSS.highlights` under a `summit-lens` name.
 */
import type { Page } from 'playwright-core';
import { entityByAlias } from '../../knowledge/query';
import { compileFromDisk } from '../../knowledge/load';

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
