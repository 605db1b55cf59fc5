/**
 * Copies text to the clipboard from a page or an extension page. Uses the
 * asynchronous Clipboard API where the page allows it; on pages where it is
 * missing (insecure origins) or refused, falls back to selecting a hidden
 * textarea placed in `container` and `execCommand('copy')`. Resolves to
 * whether the text was copied. Must be called while handling a user's click.
 */
export async function copyText(
  text: string,
  container: HTMLElement,
): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, document not focused): try the old way.
    }
  }
  return copyWithTextarea(text, container);
}

function copyWithTextarea(text: string, container: HTMLElement): boolean {
  const doc = container.ownerDocument;
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText =
    'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  container.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  return copied;
}
