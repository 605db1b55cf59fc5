import { useId } from 'preact/hooks';

/**
 * What a list can be narrowed to: a pill that shows everything, then one
 * pill for each value.
 */
export interface FilterChoices<T extends string> {
  /** The legend of the pills ("Kind"), which also names their group. */
  legend: string;
  /** The label of the pill that shows everything ("All"). */
  allLabel: string;
  values: readonly T[];
  labelOf(value: T): string;
  /** A class of the fieldset besides `sl-filter`. */
  class?: string;
}

interface Props<T extends string> {
  choices: FilterChoices<T>;
  /** The value chosen; undefined for "all". */
  selected: T | undefined;
  onSelect(value: NoInfer<T> | undefined): void;
  /** What the list shows now ("6 questions"), announced as it changes. */
  status: string;
}

/**
 * The head of a filtered list: radio buttons shown as pills, one chosen at
 * a time (each pill also classed `sl-pill-<value>` or `sl-pill-all`), and a
 * live line saying what the list holds.
 */
export function ResultFilter<T extends string>({
  choices,
  selected,
  onSelect,
  status,
}: Props<T>) {
  const name = useId();
  const pills = [
    { value: undefined, label: choices.allLabel },
    ...choices.values.map((value) => ({
      value,
      label: choices.labelOf(value),
    })),
  ];
  return (
    <>
      <fieldset
        class={choices.class ? `sl-filter ${choices.class}` : 'sl-filter'}
      >
        <legend>{choices.legend}</legend>
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
