/**
 * Paints ranges with the CSS Custom Highlight API, each in a named
 * `Highlight` registered as `summit-lens-<name>`: one per kind of entity
 * (`person`), a quiet one per kind for headlines and datelines
 * (`person-quiet`), `claim` for sentences that answer a compared question,
 * and two that hold one range at a time: `active` for the mention whose
 * card is open, `hover` for a mention that is not marked but is pointed at.
 * The page's DOM is never touched.
 */

export const HIGHLIGHT_PREFIX = 'summit-lens';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;
export const HOVER_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-hover`;

/** The highlights that hold one range at a time, above the others. */
export type SingleHighlight = 'active' | 'hover';

export interface Painter {
  add(ranges: readonly AbstractRange[], name: string): void;
  remove(range: AbstractRange, name: string): void;
  /** Shows one range in a single highlight, or none. */
  setSingle(which: SingleHighlight, range: AbstractRange | null): void;
  /** Removes every highlight this painter registered. */
  removeAll(): void;
}

/** Whether this browser supports the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * Creates a painter. It looks up `CSS.highlights` on first use (the lookup
 * creates the registry, about 0.2 ms), so a page that is never marked never
 * pays for it.
 */
export function createHighlightPainter(): Painter {
  const byName = new Map<string, Highlight>();
  const singles = new Map<SingleHighlight, Highlight>();
  let registry: HighlightRegistry | undefined;
  const highlights = () => (registry ??= CSS.highlights);
  return {
    add(ranges, name) {
      const known = byName.get(name);
      // Filled before it is registered, a highlight takes its ranges faster.
      const highlight = known ?? new Highlight();
      addAll(highlight, ranges);
      if (known) return;
      byName.set(name, highlight);
      highlights().set(`${HIGHLIGHT_PREFIX}-${name}`, highlight);
    },
    remove(range, name) {
      byName.get(name)?.delete(range);
    },
    setSingle(which, range) {
      const name = `${HIGHLIGHT_PREFIX}-${which}`;
      deleteOwn(registry, name, singles.get(which));
      singles.delete(which);
      if (!range) return;
      const highlight = new Highlight(range);
      highlight.priority = which === 'active' ? 2 : 1;
      singles.set(which, highlight);
      highlights().set(name, highlight);
    },
    removeAll() {
      // Only what this painter registered: after an update, a newer content
      // script may have registered the same names.
      for (const [name, highlight] of byName)
        deleteOwn(registry, `${HIGHLIGHT_PREFIX}-${name}`, highlight);
      byName.clear();
      for (const [which, highlight] of singles)
        deleteOwn(registry, `${HIGHLIGHT_PREFIX}-${which}`, highlight);
      singles.clear();
    },
  };
}

/**
 * Adds ranges to a highlight. An indexed loop: it runs once per mark, mostly
 * before the engine has optimised it, where `for…of` costs several times more.
 */
function addAll(highlight: Highlight, ranges: readonly AbstractRange[]): void {
  for (let i = 0; i < ranges.length; i++)
    highlight.add(ranges[i] as AbstractRange);
}

/** Unregisters `name` if it is still `highlight`. */
function deleteOwn(
  registry: HighlightRegistry | undefined,
  name: string,
  highlight: Highlight | undefined,
): void {
  if (highlight && registry?.get(name) === highlight) registry.delete(name);
}
