import { Timeline } from '../../../components/Timeline';
import type { Knowledge } from '../../../knowledge/schema';
import { entityNamer, sourceIndex } from '../lookup';

interface Props {
  knowledge: Knowledge;
  onOpen(id: string): void;
}

/** The dated events the sources report, from 2011 to September 2023, in order. */
export function TimelineView({ knowledge, onOpen }: Props) {
  return (
    <div class="sl-timeline-view">
      <h2 class="sl-visually-hidden">Timeline</h2>
      <p class="sl-lead">
        From Kim's rise to the 2023 meeting, with the articles that report each
        event.
      </p>
      <Timeline
        events={knowledge.timeline}
        sources={sourceIndex(knowledge)}
        entityName={entityNamer(knowledge)}
        onSelectEntity={onOpen}
      />
    </div>
  );
}
