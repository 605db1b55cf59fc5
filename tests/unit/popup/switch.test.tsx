import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Switch } from '../../../components/Switch';

afterEach(cleanup);

describe('Switch', () => {
  test('is a switch named by its label that reports its state', () => {
    const onChange = vi.fn();
    render(<Switch checked label="Annotate example.com" onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: 'Annotate example.com' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  test('when disabled it stays focusable, explains, and ignores presses', () => {
    const onChange = vi.fn();
    render(
      <Switch
        checked={false}
        label="Annotate example.com"
        disabled
        description="Off while annotation is off for all sites."
        onChange={onChange}
      />,
    );
    const sw = screen.getByRole('switch', { name: 'Annotate example.com' });
    expect(sw.getAttribute('aria-disabled')).toBe('true');
    expect(sw.hasAttribute('disabled')).toBe(false);
    const described = document.getElementById(
      sw.getAttribute('aria-describedby') ?? '',
    );
    expect(described?.textContent).toMatch(/off for all sites/);
    fireEvent.click(sw);
    expect(onChange).not.toHaveBeenCalled();
  });
});
