import type { EntityKind } from '../knowledge/schema';
import { KIND_COLOURS } from './kind-colours';

/** A small sample of how a kind's marks look on the page (decorative). */
export function KindSwatch({ kind }: { kind: EntityKind }) {
  const { fill, line } = KIND_COLOURS[kind];
  return (
    <span
      class="sl-swatch"
      aria-hidden="true"
      style={{ backgroundColor: fill, borderBottomColor: line }}
    />
  );
}
