import { describe, expect, test } from 'vitest';
import { parseRoute } from '../../../entrypoints/popup/route';

describe('parseRoute', () => {
  test('without parameters the popup works for the active tab', () => {
    expect(parseRoute('')).toEqual({
      tab: undefined,
      entity: undefined,
      inTab: false,
    });
  });

  test('?tab=<id> works for that tab, in a tab', () => {
    expect(parseRoute('?tab=42')).toEqual({
      tab: 42,
      entity: undefined,
      inTab: true,
    });
  });

  test('?entity=<id>&tab=<id> opens straight on the entry', () => {
    expect(parseRoute('?entity=kim-jong-un&tab=7')).toEqual({
      tab: 7,
      entity: 'kim-jong-un',
      inTab: true,
    });
  });

  test.each([
    '?tab=abc',
    '?tab=-3',
    '?tab=1.5',
    '?tab=',
    '?tab=99999999999999999999',
  ])('ignores a malformed tab in %j', (search) => {
    expect(parseRoute(search).tab).toBeUndefined();
  });

  test('an empty entity is no entity', () => {
    expect(parseRoute('?entity=&tab=1').entity).toBeUndefined();
  });
});
