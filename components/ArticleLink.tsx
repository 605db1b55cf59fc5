import type { ComponentChildren } from 'preact';
import type { Source } from '../knowledge/schema';

interface Props {
  source: Source & { url: string };
  class?: string;
  /** An accessible name, for content that does not name the article itself. */
  label?: string;
  children: ComponentChildren;
}

/** A link that opens a source article in a new tab, never telling it where from. */
export function ArticleLink({
  source,
  class: className,
  label,
  children,
}: Props) {
  return (
    <a
      class={className}
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={`${source.title} (opens in a new tab)`}
      aria-label={label}
    >
      {children}
    </a>
  );
}

/** Whether a source has a public address to link to. */
export function hasUrl(
  source: Source | undefined,
): source is Source & { url: string } {
  return source?.url !== undefined;
}
