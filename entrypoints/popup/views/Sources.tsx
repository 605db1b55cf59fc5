import { Fragment } from 'preact';
import { Attribution } from '../../../components/Attribution';
import { formatDate } from '../../../components/format';
import {
  factCountLabel,
  SourceAddress,
  SourceList,
} from '../../../components/SourceList';
import { factCountsBySource, sourceById } from '../../../knowledge/query';
import type { Knowledge } from '../../../knowledge/schema';
import { sourceContribution } from '../lookup';

interface Props {
  knowledge: Knowledge;
  /** The source shown, or undefined for the list. */
  selected: string | undefined;
  onSelect(id: string | undefined): void;
  onOpen(id: string): void;
}

/** The articles the knowledge cites, and what each one contributes. */
export function Sources({ knowledge, selected, onSelect, onOpen }: Props) {
  const counts = factCountsBySource(knowledge);
  const source = selected ? sourceById(knowledge, selected) : undefined;
  if (!source)
    return (
      <div class="sl-sources-view">
        <h2 class="sl-visually-hidden">Sources</h2>
        <p class="sl-lead">
          Every fact and comparison cites one of these articles with a short
          quote. Choose one to see what it contributes.
        </p>
        <SourceList
          sources={knowledge.sources}
          factCounts={counts}
          onSelect={onSelect}
        />
      </div>
    );
  const { entities, factCount, claims } = sourceContribution(
    knowledge,
    source.id,
  );
  return (
    <div class="sl-source-detail">
      <button type="button" class="sl-back" onClick={() => onSelect(undefined)}>
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
        <h3 class="sl-section-title">Supports {factCountLabel(factCount)}</h3>
        <ul class="sl-contributions">
          {entities.map(({ entity, facts }) => (
            <li key={entity.id}>
              <h4 class="sl-contribution-heading">
                <button
                  type="button"
                  class="sl-link sl-contribution-entity"
                  onClick={() => onOpen(entity.id)}
                >
                  {entity.name}
                </button>
              </h4>
              <ul class="sl-contribution-facts">
                {facts.map((f) => (
                  <li key={f.text}>
                    <p>{f.text}</p>
                    {f.citations.map((c) => (
                      <Fragment key={c.quote}>
                        <Attribution
                          name={source.outlet}
                          via={c.via}
                          certainty={c.certainty}
                        />
                        <q class="sl-quote">{c.quote}</q>
                      </Fragment>
                    ))}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {claims.length > 0 && (
        <section aria-label="Its answers in comparisons">
          <h3 class="sl-section-title">
            Answers {claims.length}{' '}
            {claims.length === 1 ? 'question' : 'questions'} in Compare
          </h3>
          <ul class="sl-contributions">
            {claims.map(({ comparison, claim }) => (
              <li key={comparison.id + claim.quote}>
                <p class="sl-contribution-question">{comparison.question}</p>
                <p>{claim.answer}</p>
                <Attribution
                  name={source.outlet}
                  via={claim.via}
                  certainty={claim.certainty}
                />
                <q class="sl-quote">{claim.quote}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
