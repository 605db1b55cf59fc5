/**
 * Where the reader is in the popup: one of the tabs, possibly with an entry
 * opened on top of it (entries opened from entries stack, so Back retraces
 * them), and in Sources the source being looked at. Pure state transitions.
 */
export const TABS = [
  { id: 'page', label: 'On this page' },
  { id: 'browse', label: 'Browse' },
  { id: 'compare', label: 'Compare' },
  { id: 'sources', label: 'Sources' },
  { id: 'timeline', label: 'Timeline' },
] as const;

export type TabId = (typeof TABS)[number]['id'];

export interface NavState {
  tab: TabId;
  /** Entries opened on top of the tab, the one shown last. */
  entries: string[];
  /** The source shown in the Sources tab, if one was chosen. */
  source: string | undefined;
}

export type NavAction =
  | { type: 'tab'; tab: TabId }
  | { type: 'entry'; id: string }
  | { type: 'back' }
  | { type: 'source'; id: string | undefined };

/**
 * Where the popup starts: on an entry when asked for one, else this page.
 * An entry opened for a page (from its card) sits on the page's list, so
 * Back leads there; one opened without a page sits on Browse.
 */
export function initialNav(
  entity: string | undefined,
  forPage = false,
): NavState {
  return {
    tab: entity && !forPage ? 'browse' : 'page',
    entries: entity ? [entity] : [],
    source: undefined,
  };
}

/** The label of the Back button of the entry on top. */
export function backLabel(
  state: NavState,
  nameOf: (id: string) => string | undefined,
): string {
  const previous = state.entries[state.entries.length - 2];
  if (previous !== undefined)
    return `Back to ${nameOf(previous) ?? 'previous entry'}`;
  const tab = TABS.find((t) => t.id === state.tab)?.label ?? 'list';
  return state.tab === 'page' ? `Back to “${tab}”` : `Back to ${tab}`;
}

/** The entry shown, if any. */
export function currentEntry(state: NavState): string | undefined {
  return state.entries[state.entries.length - 1];
}

export function navigate(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'tab':
      // Choosing the tab already shown goes back to its start.
      return {
        tab: action.tab,
        entries: [],
        source:
          action.tab === state.tab && state.entries.length === 0
            ? undefined
            : state.source,
      };
    case 'entry':
      return currentEntry(state) === action.id
        ? state
        : { ...state, entries: [...state.entries, action.id] };
    case 'back':
      return { ...state, entries: state.entries.slice(0, -1) };
    case 'source':
      return { ...state, tab: 'sources', entries: [], source: action.id };
  }
}
