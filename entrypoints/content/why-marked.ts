/**
 * Why a mention is marked, for the card's "Why marked?": the text matched,
 * and for a short form that counts only beside the full name ("Kim"), the
 * name that licensed it.
 */
import type { WhyMarkedInfo } from '../../components/WhyMarked';
import type { Lexicon } from '../../knowledge/lexicon';
import { aliasKey } from '../../utils/text';

export function whyMarked(
  lexicon: Lexicon,
  entity: number,
  alias: string,
): WhyMarkedInfo {
  const contextAlias = lexicon.aliases[aliasKey(alias)]?.[1] === 1;
  return contextAlias
    ? { alias, licensedBy: lexicon.entities[entity]!.name }
    : { alias };
}
