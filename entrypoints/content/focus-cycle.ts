/**
 * Keeps Tab inside a dialog: from its last focusable element Tab goes to the
 * first, and Shift+Tab from the first (or the dialog itself) to the last.
 */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements of `container` that Tab can reach, in order. */
export function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden]'),
  );
}

/**
 * Handles a keydown on `container`: when Tab would leave it, moves the
 * focus round to its other end and returns true.
 */
export function cycleFocus(
  container: HTMLElement,
  event: KeyboardEvent,
): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey)
    return false;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return true;
  }
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const target = event.shiftKey
    ? active === first || active === container
      ? last
      : undefined
    : active === last
      ? first
      : undefined;
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}
