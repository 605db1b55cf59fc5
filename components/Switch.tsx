import { useId } from 'preact/hooks';

interface Props {
  checked: boolean;
  /** Visible text, which is also the switch's accessible name. */
  label: string;
  onChange(next: boolean): void;
  /** Shown and announced, but the switch cannot be flipped. */
  disabled?: boolean;
  /** A line under the label explaining the state, announced with it. */
  description?: string;
  /** Announce the description without showing it (where space is fixed). */
  descriptionHidden?: boolean;
}

/**
 * An on/off switch: a button with `role="switch"` and `aria-checked`. When
 * disabled it stays focusable (so its description can be read) but ignores
 * presses.
 */
export function Switch({
  checked,
  label,
  onChange,
  disabled = false,
  description,
  descriptionHidden = false,
}: Props) {
  const descriptionId = useId();
  return (
    <div class="sl-switch-row">
      <button
        type="button"
        role="switch"
        class="sl-switch"
        aria-checked={checked}
        aria-disabled={disabled || undefined}
        aria-describedby={description ? descriptionId : undefined}
        onClick={() => {
          if (!disabled) onChange(!checked);
        }}
      >
        <span class="sl-switch-track" aria-hidden="true">
          <span class="sl-switch-thumb" />
        </span>
        <span class="sl-switch-label">{label}</span>
      </button>
      {description && (
        <p
          class={
            descriptionHidden ? 'sl-visually-hidden' : 'sl-switch-description'
          }
          id={descriptionId}
        >
          {description}
        </p>
      )}
    </div>
  );
}
