/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per
 * entity kind, registered as `summit-lens-<kind>`, plus `summit-lens-active`
 * for the mention being shown. The page's DOM is never touched.
 */
import type { EntityKind } from '../../knowledge/schema';

export const HIGHLIGHT_PREFIX = 'summit-lens';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;

export interface Painter {
  add(ranges: readonly AbstractRange[], kind: EntityKind): void;
  remove(range: AbstractRange, kind: EntityKind): void;
  /** Shows one range as the active mention, or none. */
  setActive(range: AbstractRange | null): void;
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
  const byKind = new Map<EntityKind, Highlight>();
  let registry: HighlightRegistry | undefined;
  let active: Highlight | undefined;
  const highlights = () => (registry ??= CSS.highlights);
  return {
    add(ranges, kind) {
      let highlight = byKind.get(kind);
      if (highlight) {
        for (const range of ranges) highlight.add(range);
        return;
      }
      // Filled before it is registered, a highlight takes its ranges faster.
      highlight = new Highlight();
      for (const range of ranges) highlight.add(range);
      byKind.set(kind, highlight);
      highlights().set(`${HIGHLIGHT_PREFIX}-${kind}`, highlight);
    },
    remove(range, kind) {
      byKind.get(kind)?.delete(range);
    },
    setActive(range) {
      deleteOwn(registry, ACTIVE_HIGHLIGHT, active);
      active = undefined;
      if (!range) return;
      active = new Highlight(range);
      active.priority = 1;
      highlights().set(ACTIVE_HIGHLIGHT, active);
    },
    removeAll() {
      // Only what this painter registered: after an update, a newer content
      // script may have registered the same names.
      for (const [kind, highlight] of byKind)
        deleteOwn(registry, `${HIGHLIGHT_PREFIX}-${kind}`, highlight);
      byKind.clear();
      deleteOwn(registry, ACTIVE_HIGHLIGHT, active);
      active = undefined;
    },
  };
}

/** Unregisters `name` if it is still `highlight`. */
function deleteOwn(
  registry: HighlightRegistry | undefined,
  name: string,
  highlight: Highlight | undefined,
): void {
  if (highlight && registry?.get(name) === highlight) registry.delete(name);
}
