import { useId } from 'preact/hooks';
import { entityKinds, type EntityKind } from '../knowledge/schema';
import { KIND_PLURALS } from './format';
import { KindSwatch } from './KindSwatch';
import { Switch } from './Switch';

interface Props {
  kinds: Readonly<Record<EntityKind, boolean>>;
  onChange(kind: EntityKind, on: boolean): void;
  /** Heading level of the legend's title. */
  level: 2 | 3;
}

/** Each kind's mark colour and name, with a switch that marks it or not. */
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
            <Switch
              label={KIND_PLURALS[kind]}
              checked={kinds[kind]}
              icon={<KindSwatch kind={kind} />}
              onChange={(on) => onChange(kind, on)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
