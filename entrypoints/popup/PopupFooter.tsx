import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { commandShortcut } from '../../utils/shortcut';

/** The keyboard way onto the page, and the way to the options page. */
export function PopupFooter() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void commandShortcut('next-mention').then(setShortcut);
  }, []);
  return (
    <footer class="sl-popup-footer">
      <p>
        {shortcut ? (
          <>
            On a marked page, <kbd>{shortcut}</kbd> opens the card of the next
            mention; <kbd>Esc</kbd> closes it.
          </>
        ) : (
          'Set a shortcut for “Go to the next highlighted mention” in your browser’s extension shortcuts to reach marks from the keyboard.'
        )}
      </p>
      <button
        type="button"
        class="sl-link"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        Options
      </button>
    </footer>
  );
}
