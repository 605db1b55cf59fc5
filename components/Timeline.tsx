import type { Source, TimelineEvent } from '../knowledge/schema';
import { EntityLinks } from './EntityLinks';
import { formatDate } from './format';
import { CitationChips } from './SourceChip';

interface Props {
  /** Events in date order. */
  events: readonly TimelineEvent[];
  sources: Readonly<Record<string, Source>>;
  /** The name of an entity by id; entities without one are left out. */
  entityName(id: string): string | undefined;
  onSelectEntity?: (id: string) => void;
}

/** Groups events by year, keeping their order. */
export function groupByYear(
  events: readonly TimelineEvent[],
): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** Dated events in order, grouped by year, each with its sources. */
export function Timeline({
  events,
  sources,
  entityName,
  onSelectEntity,
}: Props) {
  return (
    <div class="sl-timeline">
      {groupByYear(events).map((group) => (
        <section key={group.year} aria-label={group.year}>
          <h3 class="sl-timeline-year">{group.year}</h3>
          <ol class="sl-timeline-events">
            {group.events.map((event) => {
              const entities = event.entities.flatMap((id) => {
                const name = entityName(id);
                return name === undefined ? [] : [{ id, name }];
              });
              return (
                <li key={event.date + event.title} class="sl-timeline-event">
                  <time class="sl-timeline-date" dateTime={event.date}>
                    {formatDate(event.date)}
                  </time>
                  <p class="sl-timeline-title">{event.title}</p>
                  <EntityLinks
                    entities={entities}
                    onSelect={onSelectEntity}
                    label={`Entries for: ${event.title}`}
                  />
                  <p class="sl-timeline-sources">
                    <CitationChips
                      citations={event.citations}
                      sources={sources}
                    />
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
