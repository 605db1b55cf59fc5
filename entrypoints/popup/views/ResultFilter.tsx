import { useId } from 'preact/hooks';

export interface Pill<T extends string> {
  /** The value chosen; undefined for "all". */
  value: T | undefined;
  label: string;
}

interface Props<T extends string> {
  legend: string;
  pills: readonly Pill<T>[];
  selected: T | undefined;
  onSelect(value: NoInfer<T> | undefined): void;
  /** What the list shows now ("6 questions"), announced as it changes. */
  status: string;
  /** A class of the fieldset besides `sl-filter`. */
  class?: string;
}

/**
 * The head of a filtered list: radio buttons shown as pills, one chosen at
 * a time (each pill also classed `sl-pill-<value>` or `sl-pill-all`), and a
 * live line saying what the list holds.
 */
export function ResultFilter<T extends string>({
  legend,
  pills,
  selected,
  onSelect,
  status,
  class: className,
}: Props<T>) {
  const name = useId();
  return (
    <>
      <fieldset class={className ? `sl-filter ${className}` : 'sl-filter'}>
        <legend>{legend}</legend>
        {pills.map((pill) => (
          <label
            key={pill.label}
            class={`sl-pill sl-pill-${pill.value ?? 'all'}`}
          >
            <input
              type="radio"
              name={name}
              checked={selected === pill.value}
              onChange={() => onSelect(pill.value)}
            />
            <span>{pill.label}</span>
          </label>
        ))}
      </fieldset>
      <p class="sl-result-count" role="status">
        {status}
      </p>
    </>
  );
}
