import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyText } from '../../../components/copy-text';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function container(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

describe('copyText', () => {
  test('uses the Clipboard API where there is one', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('report', container())).toBe(true);
    expect(writeText).toHaveBeenCalledWith('report');
  });

  test('without it (an insecure page), copies from a hidden textarea and removes it', async () => {
    vi.stubGlobal('navigator', {});
    const selected: string[] = [];
    const exec = vi.fn((command: string) => {
      const area = document.querySelector('textarea');
      selected.push(area?.value ?? '');
      return command === 'copy';
    });
    document.execCommand = exec;
    const button = document.createElement('button');
    const box = container();
    box.append(button);
    button.focus();
    expect(await copyText('the report', box)).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(selected).toEqual(['the report']);
    expect(box.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('falls back when the Clipboard API refuses, and reports failure', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    document.execCommand = vi.fn(() => false);
    expect(await copyText('x', container())).toBe(false);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
  });
});
