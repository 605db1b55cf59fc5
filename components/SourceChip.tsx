import { useState } from 'preact/hooks';
import type { Certainty, Citation, Source } from '../knowledge/schema';
import { ArticleLink, hasUrl } from './ArticleLink';
import { CertaintyTag } from './Attribution';
import { sourceLabel } from './format';

interface Props {
  source: Source | undefined;
  sourceId: string;
  /** The quoted evidence: one quote, or several from the same source. */
  quote: string | readonly string[];
  /** Whom the source relays for these quotes. */
  via?: string;
  /** How firm the source is about them. */
  certainty?: Certainty;
}

/** Citations that share a source, relay and certainty. */
export interface CitationGroup {
  source: string;
  via?: string;
  certainty?: Certainty;
  quotes: string[];
}

/**
 * Citations merged per source and attribution (whom it relays, how firm),
 * in order of first appearance.
 */
export function groupCitations(
  citations: readonly Citation[],
): CitationGroup[] {
  const groups = new Map<string, CitationGroup>();
  for (const { source, quote, via, certainty } of citations) {
    const key = JSON.stringify([source, via, certainty]);
    const group = groups.get(key);
    if (group) group.quotes.push(quote);
    else
      groups.set(key, {
        source,
        ...(via !== undefined && { via }),
        ...(certainty !== undefined && { certainty }),
        quotes: [quote],
      });
  }
  return [...groups.values()];
}

/**
 * A source's outlet and date, with whom it relays and how firmly; pressing it
 * shows the quoted evidence. A source with a public address gets a link to
 * the article beside it.
 */
export function SourceChip({ source, sourceId, quote, via, certainty }: Props) {
  const [open, setOpen] = useState(false);
  const label = source ? sourceLabel(source) : sourceId;
  const quotes = typeof quote === 'string' ? [quote] : quote;
  return (
    <span class="sl-chip-wrap">
      <button
        type="button"
        class="sl-chip"
        aria-expanded={open}
        title={source?.title}
        onClick={() => setOpen(!open)}
      >
        {label}
        {via && <span class="sl-chip-via">, citing {via}</span>}
        <CertaintyTag certainty={certainty} />
      </button>
      {hasUrl(source) && (
        <ArticleLink
          source={source}
          class="sl-chip-link"
          label={`Open the article: ${label} (new tab)`}
        >
          ↗
        </ArticleLink>
      )}
      {open &&
        quotes.map((q) => (
          <q key={q} class="sl-quote" cite={source?.url}>
            {q}
          </q>
        ))}
    </span>
  );
}

/** One chip per source and attribution of `citations`, in order. */
export function CitationChips({
  citations,
  sources,
}: {
  citations: readonly Citation[];
  sources: Readonly<Record<string, Source>>;
}) {
  return (
    <>
      {groupCitations(citations).map((c) => (
        <SourceChip
          key={JSON.stringify([c.source, c.via, c.certainty])}
          source={sources[c.source]}
          sourceId={c.source}
          quote={c.quotes}
          via={c.via}
          certainty={c.certainty}
        />
      ))}
    </>
  );
}
