/**
 * The entries the card shows, asked of the background (which holds the
 * knowledge) once each. A request that failed is asked again next time.
 */
import type { EntryData } from '../../knowledge/query';
import { requestEntry } from '../../utils/entry-messages';

/** Returns a loader that resolves an entity's entry, or rejects saying why not. */
export function createEntryLoader(): (id: string) => Promise<EntryData> {
  const entries = new Map<string, Promise<EntryData>>();
  return (id) => {
    let entry = entries.get(id);
    if (!entry) {
      entry = requestEntry(id).then((found) => {
        if (!found) throw new Error(`the knowledge has no entry "${id}"`);
        return found;
      });
      entries.set(id, entry);
      // The caller sees the failure; the loader only forgets it.
      entry.then(undefined, () => entries.delete(id));
    }
    return entry;
  };
}
