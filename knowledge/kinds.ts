/**
 * The kinds of entity the knowledge holds, in the order readers see them.
 * Kept apart from `schema.ts` so that code needing only the kinds (the
 * settings, in the content script) does not bundle the validators.
 */
export const entityKinds = [
  'person',
  'place',
  'organisation',
  'event',
  'topic',
] as const;

export type EntityKind = (typeof entityKinds)[number];
