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

/** Reads `text` into the gate's state. */
export type QuickGate = (text: string, state: GateState) => void;

/**
 * A cheap pre-check over raw text (such as the opening of a page) that may
 * say yes too often (it looks only for one telling word of each name) but
 * never says no wrongly for rendered text. Only when it says yes does the
 * page get a full scan. A plain case-insensitive search for a few words is
 * the cheapest thing the engine can do over a long text.
 */
export function createQuickGate(lexicon: Lexicon): QuickGate {
  const { kim, putin, summit } = lexicon.gate.needles;
  const tests = {
    kim: new RegExp(kim, 'i'),
    putin: new RegExp(putin, 'i'),
    summit: new RegExp(summit, 'i'),
  };
  return (text, state) => {
    state.summit ||= tests.summit.test(text);
    if (state.summit) return;
    state.kim ||= tests.kim.test(text);
    state.putin ||= tests.putin.test(text);
  };
}
