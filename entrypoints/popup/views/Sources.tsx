import { AttributedQuote } from '../../../components/Attribution';
import { EntityLink } from '../../../components/EntityLinks';
import { countLabel, formatDate } from '../../../components/format';
import { SourceAddress, SourceList } from '../../../components/SourceList';
import {
  factCountsBySource,
  sourceById,
  sourceContribution,
  type SourceContribution,
} from '../../../knowledge/query';
import type { Knowledge, Source } from '../../../knowledge/schema';

interface Props {
  knowledge: Knowledge;
  /** The source shown, or undefined for the list. */
  selected: string | undefined;
  onSelect(id: string | undefined): void;
  onOpen(id: string): void;
}

/** The articles the knowledge cites, and what each one contributes. */
export function Sources({ knowledge, selected, onSelect, onOpen }: Props) {
  const source = selected ? sourceById(knowledge, selected) : undefined;
  if (source)
    return (
      <SourceDetail
        contribution={sourceContribution(knowledge, source.id)}
        source={source}
        onBack={() => onSelect(undefined)}
        onOpen={onOpen}
      />
    );
  return (
    <div class="sl-sources-view">
      <h2 class="sl-visually-hidden">Sources</h2>
      <p class="sl-lead">
        Every fact and comparison cites one of these articles with a short
        quote. Choose one to see what it contributes.
      </p>
      <SourceList
        sources={knowledge.sources}
        factCounts={factCountsBySource(knowledge)}
        onSelect={onSelect}
      />
    </div>
  );
}

/** One article: where and when it appeared, the facts it supports, its answers. */
function SourceDetail({
  source,
  contribution: { entities, factCount, claims },
  onBack,
  onOpen,
}: {
  source: Source;
  contribution: SourceContribution;
  onBack(): void;
  onOpen(id: string): void;
}) {
  return (
    <div class="sl-source-detail">
      <button type="button" class="sl-back" onClick={onBack}>
        <span aria-hidden="true">← </span>All sources
      </button>
      <p class="sl-source-outlet">{source.outlet}</p>
      <h2 class="sl-view-title">{source.title}</h2>
      <p class="sl-source-meta">
        {source.byline && <span>{source.byline} · </span>}
        <time dateTime={source.published}>{formatDate(source.published)}</time>
        <span> · {source.kind}</span>
      </p>
      <SourceAddress source={source} />
      <section aria-label="Facts it supports">
        <h3 class="sl-section-title">
          Supports {countLabel(factCount, 'fact')}
        </h3>
        <SupportedFacts
          outlet={source.outlet}
          entities={entities}
          onOpen={onOpen}
        />
      </section>
      {claims.length > 0 && (
        <section aria-label="Its answers in comparisons">
          <h3 class="sl-section-title">
            Answers {countLabel(claims.length, 'question')} in Compare
          </h3>
          <ul class="sl-contributions">
            {claims.map(({ comparison, claim }) => (
              <li key={comparison.id + claim.quote}>
                <p class="sl-contribution-question">{comparison.question}</p>
                <p>{claim.answer}</p>
                <AttributedQuote name={source.outlet} statement={claim} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The facts a source supports, by entity, each with its quotes. */
function SupportedFacts({
  outlet,
  entities,
  onOpen,
}: {
  outlet: string;
  entities: SourceContribution['entities'];
  onOpen(id: string): void;
}) {
  return (
    <ul class="sl-contributions">
      {entities.map(({ entity, facts }) => (
        <li key={entity.id}>
          <h4 class="sl-contribution-heading">
            <EntityLink
              entity={entity}
              onSelect={onOpen}
              class="sl-contribution-entity"
            />
          </h4>
          <ul class="sl-contribution-facts">
            {facts.map((f) => (
              <li key={f.text}>
                <p>{f.text}</p>
                {f.citations.map((c) => (
                  <AttributedQuote key={c.quote} name={outlet} statement={c} />
                ))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
