/**
 * The colours of each kind's marks on the page (a translucent fill and an
 * underline): the marks' stylesheet is written from them
 * (`highlight-sheet.ts`), and legends and swatches use them.
 */
import type { EntityKind } from '../knowledge/schema';

export interface KindColour {
  fill: string;
  line: string;
}

export const KIND_COLOURS: Record<EntityKind, KindColour> = {
  person: { fill: 'rgb(250 204 21 / 0.38)', line: 'rgb(202 138 4 / 0.9)' },
  place: { fill: 'rgb(45 212 191 / 0.32)', line: 'rgb(13 148 136 / 0.9)' },
  organisation: {
    fill: 'rgb(167 139 250 / 0.34)',
    line: 'rgb(124 58 237 / 0.9)',
  },
  event: { fill: 'rgb(251 113 133 / 0.32)', line: 'rgb(225 29 72 / 0.9)' },
  topic: { fill: 'rgb(96 165 250 / 0.3)', line: 'rgb(37 99 235 / 0.9)' },
};
