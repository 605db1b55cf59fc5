/**
 * What cards show, asked of the background (which holds the knowledge) once
 * each: an entity's entry, a comparison with its sources. A request that
 * failed is asked again next time.
 */
import type { ComparisonData, EntryData } from '../../knowledge/query';
import { requestComparison, requestEntry } from '../../utils/entry-messages';

/**
 * Returns a loader that resolves what `ask` answers for an id, or rejects
 * saying why not (`ask` answered null: the knowledge has no such `what`).
 */
function cachedLoader<T>(
  what: string,
  ask: (id: string) => Promise<T | null>,
): (id: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (id) => {
    let found = loaded.get(id);
    if (!found) {
      found = ask(id).then((answer) => {
        if (answer === null)
          throw new Error(`the knowledge has no ${what} "${id}"`);
        return answer;
      });
      loaded.set(id, found);
      // The caller sees the failure; the loader only forgets it.
      found.then(undefined, () => loaded.delete(id));
    }
    return found;
  };
}

/** A loader of entities' entries. */
export const createEntryLoader = (): ((id: string) => Promise<EntryData>) =>
  cachedLoader('entry', requestEntry);

/** A loader of comparisons, with the sources they cite. */
export const createComparisonLoader = (): ((
  id: string,
) => Promise<ComparisonData>) => cachedLoader('comparison', requestComparison);
