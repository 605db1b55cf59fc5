/**
 * The card's questions to the background: what it shows of an entity, and
 * of a comparison. A protocol of its own, beside those of `messages.ts`,
 * because its answers are checked against the knowledge's schemas: the
 * background, the popup and the annotator load them, the part of the content
 * script that every page loads does not.
 */
import * as v from 'valibot';
import {
  comparisonSchema,
  entityKinds,
  entitySchema,
  sourceSchema,
} from '../knowledge/schema';
import { entityData, sendToBackgroundIn, type Protocol } from './messages';

const entryDataSchema = v.object({
  entity: entitySchema,
  comparisons: v.array(comparisonSchema),
  related: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      kind: v.picklist(entityKinds),
    }),
  ),
  sources: v.record(v.string(), sourceSchema),
  meetings: v.record(
    v.string(),
    v.object({ label: v.string(), start: v.string() }),
  ),
});

const comparisonDataSchema = v.object({
  comparison: comparisonSchema,
  /** The sources the comparison's claims cite, keyed by id. */
  sources: v.record(v.string(), sourceSchema),
});

export const entryMessages = {
  /** What a card shows about an entity; null for an unknown entity. */
  entry: { data: entityData, reply: v.nullable(entryDataSchema) },
  /** A comparison and the sources it cites; null for an unknown one. */
  comparison: {
    data: v.object({ id: v.string() }),
    reply: v.nullable(comparisonDataSchema),
  },
} satisfies Protocol;

/** Asks the background for an entity's entry; null for an unknown entity. */
export function requestEntry(entity: string) {
  return sendToBackgroundIn(entryMessages, 'entry', { entity });
}

/** Asks the background for a comparison; null for an unknown one. */
export function requestComparison(id: string) {
  return sendToBackgroundIn(entryMessages, 'comparison', { id });
}
