/**
 * A comma for screen readers between parts of a button's content that are
 * laid out apart (name, kind, count), so its accessible name reads
 * "Khasan, Place, 2 mentions" rather than "KhasanPlace2 mentions".
 */
export function Separator() {
  return <span class="sl-visually-hidden">, </span>;
}
