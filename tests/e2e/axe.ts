/**
 * Runs axe-core in a page, as a test sees it: injected through the
 * debugging protocol (so an extension page's content security policy does
 * not stop it), scoped to a selector or the whole document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** Selectors of the offending nodes (a shadow host first, then inside it). */
  nodes: string[];
}

/** The part of axe's API the tests use, as it is in the page. */
interface AxeGlobal {
  axe: {
    run(
      context: unknown,
      options: object,
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }>;
  };
}

/**
 * axe's violations in `page` (WCAG 2 A and AA rules and best practices),
 * within the element `include` names, if given: a list of selectors, each
 * one inside the shadow root of the one before.
 */
export async function axeViolations(
  page: Page,
  include?: string[],
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis)))
    await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (scope) => {
    const { axe } = globalThis as unknown as AxeGlobal;
    const result = await axe.run(scope ? { include: [scope] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include);
}
