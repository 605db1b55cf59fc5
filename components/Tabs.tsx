import type { JSX } from 'preact';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect(id: T): void;
  /** Accessible name of the tab list. */
  label: string;
  /** Prefix of the tab ids; the panel is `${idPrefix}-panel`. */
  idPrefix: string;
}

/** The id of a tab's element, for `aria-labelledby` on its panel. */
export function tabElementId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

/**
 * The tab a key selects in a list of `count` tabs whose selected one is at
 * `index`: the arrow keys step to the next or previous tab (wrapping
 * around), Home and End go to the first and the last. Undefined for any
 * other key, which the tab list leaves alone.
 */
export function tabIndexForKey(
  key: string,
  index: number,
  count: number,
): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return index >= last ? 0 : index + 1;
    case 'ArrowLeft':
    case 'ArrowUp':
      return index <= 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * A tab list in the WAI-ARIA pattern: one tab in the Tab order, arrow keys
 * (and Home/End) move between tabs and select them.
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
}: Props<T>) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const target = tabIndexForKey(event.key, index, tabs.length);
    const tab = target === undefined ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    event.currentTarget
      .querySelector<HTMLElement>(
        `#${CSS.escape(tabElementId(idPrefix, tab.id))}`,
      )
      ?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      class="sl-tabs"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabElementId(idPrefix, tab.id)}
            class="sl-tab"
            aria-selected={isSelected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
