import { useId } from 'preact/hooks';
import { entityKinds, type EntityKind } from '../knowledge/schema';
import { KIND_PLURALS } from './format';
import { KindSwatch } from './KindSwatch';

interface Props {
  kinds: Readonly<Record<EntityKind, boolean>>;
  onChange(kind: EntityKind, on: boolean): void;
  /** Heading level of the legend's title. */
  level: 2 | 3;
}

/**
 * Each kind's mark colour and name, as a row of small switches (a box that
 * is ticked while the kind is marked), compact enough for the popup.
 */
export function KindLegend({ kinds, onChange, level }: Props) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="sl-legend" aria-labelledby={headingId}>
      <Heading id={headingId} class="sl-section-title">
        Marks and their colours
      </Heading>
      <ul class="sl-legend-list">
        {entityKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              role="switch"
              class="sl-kind-switch"
              aria-checked={kinds[kind]}
              onClick={() => onChange(kind, !kinds[kind])}
            >
              <span class="sl-kind-check" aria-hidden="true" />
              <KindSwatch kind={kind} />
              {KIND_PLURALS[kind]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
