import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { useDisclosure } from '../../../components/useDisclosure';

afterEach(cleanup);

function Disclosure() {
  const { open, button, region } = useDisclosure();
  return (
    <>
      <button type="button" {...button}>
        Details
      </button>
      <div data-testid="region" {...region}>
        {open && 'shown'}
      </div>
    </>
  );
}

describe('useDisclosure', () => {
  test('the button shows and hides the region it controls', () => {
    render(<Disclosure />);
    const button = screen.getByRole('button', { name: 'Details' });
    const region = screen.getByTestId('region');
    expect(button.getAttribute('aria-controls')).toBe(region.id);
    expect(region.id).not.toBe('');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    expect(region.textContent).toBe('shown');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
  });

  test('each disclosure controls its own region', () => {
    render(
      <>
        <Disclosure />
        <Disclosure />
      </>,
    );
    const [a, b] = screen.getAllByRole('button', { name: 'Details' });
    expect(a?.getAttribute('aria-controls')).not.toBe(
      b?.getAttribute('aria-controls'),
    );
  });
});
