// @vitest-environment node
import { expect, test } from 'vitest';
import { highlightSheet } from '../../../components/highlight-sheet';
import { highlightSheetPlugin } from '../../../scripts/vite-highlight-sheet';

interface Hooks {
  resolveId(id: string): string | null;
  load(id: string): string | null;
}

const plugin = highlightSheetPlugin() as unknown as Hooks;

test('the marks’ stylesheet is served as a CSS module, inline too, and nothing else is', () => {
  for (const id of [
    'virtual:summit-lens/highlights.css',
    'virtual:summit-lens/highlights.css?inline',
  ]) {
    expect(plugin.resolveId(id)).toBe(id);
    expect(plugin.load(id)).toBe(highlightSheet());
  }
  expect(plugin.resolveId('virtual:summit-lens/knowledge')).toBeNull();
  expect(plugin.load('./card.css')).toBeNull();
});
