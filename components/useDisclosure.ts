import { useId, useState } from 'preact/hooks';

/**
 * A button that shows and hides a region, the WAI-ARIA disclosure pattern:
 * spread `button` on the button and `region` on the element it shows.
 */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return {
    open,
    button: {
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen(!open),
    },
    region: { id, hidden: !open },
  };
}
