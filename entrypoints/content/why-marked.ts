/**
 * Why a mention is marked, for the card's "Why marked?": the text matched,
 * and for a short form that counts only beside the full name ("Kim"), the
 * full name the page used that licensed it.
 */
import type { WhyMarkedInfo } from '../../components/WhyMarked';
import type { Lexicon } from '../../knowledge/lexicon';
import { aliasKey } from '../../utils/text';

/**
 * `alias` is the mention's text; `fullName` the words that first named its
 * entity in full on the page (the entity's name stands in when absent).
 */
export function whyMarked(
  lexicon: Lexicon,
  entity: number,
  alias: string,
  fullName: string | undefined,
): WhyMarkedInfo {
  const contextAlias = lexicon.aliases[aliasKey(alias)]?.[1] === 1;
  if (!contextAlias) return { alias };
  return { alias, licensedBy: fullName ?? lexicon.entities[entity]?.name };
}
