/**
 * The page gate: is this page about the Kim–Putin summits? A page qualifies
 * when its rendered text names Kim Jong Un in full and Putin, or names one of
 * the summits. Pure functions over matches and plain text.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { TextMatch } from './matcher';

export interface GateState {
  kim: boolean;
  putin: boolean;
  summit: boolean;
}

export const closedGate = (): GateState => ({
  kim: false,
  putin: false,
  summit: false,
});

export function isOpen(state: GateState): boolean {
  return (state.kim && state.putin) || state.summit;
}

/** Records what the matches tell the gate. Context aliases never count. */
export function recordMatches(
  lexicon: Lexicon,
  state: GateState,
  matches: readonly TextMatch[],
): void {
  for (const m of matches) {
    if (m.context) continue;
    if (m.entity === lexicon.gate.kim) state.kim = true;
    else if (m.entity === lexicon.gate.putin) state.putin = true;
    else if (lexicon.gate.summits.includes(m.entity)) state.summit = true;
  }
}

export type QuickGate = (text: string, state: GateState) => void;

/**
 * A cheap pre-check over raw text (such as `textContent`) that may say yes
 * too often (it also sees script text, and ignores word boundaries) but never
 * says no wrongly for rendered text. Only when it says yes does the page get
 * a full scan. One pass of a plain case-insensitive pattern, with no
 * look-arounds or Unicode mode, so the engine can skip ahead quickly.
 */
export function createQuickGate(lexicon: Lexicon): QuickGate {
  const pattern = new RegExp(lexicon.gate.pattern, 'gi');
  return (text, state) => {
    pattern.lastIndex = 0;
    for (
      let m = pattern.exec(text);
      m && !isOpen(state);
      m = pattern.exec(text)
    ) {
      if (m[1] !== undefined) state.kim = true;
      else if (m[2] !== undefined) state.putin = true;
      else state.summit = true;
    }
  };
}
