/**
 * Compiles the authored claim signals (`claim-signals.yaml`): checks each
 * entry against its comparison, the sources and the meetings, checks every
 * phrase, and merges the comparison-wide topic, `unless`, meeting and
 * distance into every answer.
 */
import type { Located, Problem } from './compile';
import { checkPhrases } from './compile-meetings';
import { groupSlot, phraseSlots } from './phrase-pattern';
import type {
  AnswerSignals,
  AuthoredClaimSignals,
  ClaimSignals,
  Comparison,
} from './schema';

export interface ClaimSignalRefs {
  comparisons: ReadonlyMap<string, Comparison>;
  meetingIds: ReadonlySet<string>;
}

/** The compiled signals; problems are recorded, not thrown. */
export function compileClaimSignals(
  items: readonly Located<AuthoredClaimSignals>[],
  refs: ClaimSignalRefs,
  problems: Problem[],
): ClaimSignals[] {
  const out: ClaimSignals[] = [];
  const seen = new Map<string, string>();
  for (const { file, value: s } of items) {
    const entry = s.comparison;
    const problem = (field: string, reason: string) =>
      problems.push({ file, entry, field, reason });
    const first = seen.get(entry);
    if (first !== undefined) {
      problem('comparison', `already has signals (first in ${first})`);
      continue;
    }
    seen.set(entry, file);
    const comparison = refs.comparisons.get(entry);
    if (!comparison) {
      problem('comparison', `unknown comparison "${entry}"`);
      continue;
    }
    const checkMeeting = (field: string, meeting: string | undefined) => {
      if (meeting !== undefined && !refs.meetingIds.has(meeting))
        problem(field, `unknown meeting "${meeting}"`);
    };
    checkMeeting('meeting', s.meeting);
    const exclusive = comparison.verdict === 'differ';
    const claimSources = new Set(comparison.claims.map((c) => c.source));
    const answerOfSource = new Map<string, string>();
    const answerIds = new Set<string>();
    const check = (list: readonly string[], field: string) =>
      checkPhrases(list, { file, entry, field }, problems);
    // Every list is checked (no short cut), so that every problem is named.
    let broken = [
      ...s.topic.map((group, g) => check(group, `topic[${g}]`)),
      check(s.unless, 'unless'),
    ].includes(false);
    const answers: AnswerSignals[] = [];
    s.answers.forEach((a, i) => {
      const at = `answers[${i}]`;
      if (answerIds.has(a.id))
        problem(`${at}.id`, `duplicate answer id "${a.id}"`);
      answerIds.add(a.id);
      checkMeeting(`${at}.meeting`, a.meeting);
      const meeting = a.meeting ?? s.meeting ?? null;
      const requiresMeeting = a.requiresMeeting ?? s.requiresMeeting;
      if (requiresMeeting && meeting === null)
        problem(`${at}.requiresMeeting`, 'needs a meeting to require');
      a.sources.forEach((source, j) => {
        if (!claimSources.has(source)) {
          problem(
            `${at}.sources[${j}]`,
            `source "${source}" has no claim in comparison "${entry}"`,
          );
          return;
        }
        const other = answerOfSource.get(source);
        if (exclusive && other !== undefined && other !== a.id)
          problem(
            `${at}.sources[${j}]`,
            `source "${source}" already gives answer "${other}"; in a differ comparison a source gives one answer`,
          );
        answerOfSource.set(source, a.id);
      });
      const ok = [
        check(a.says, `${at}.says`),
        check(a.mentions, `${at}.mentions`),
        ...a.topic.map((group, g) => check(group, `${at}.topic[${g}]`)),
        check(a.unless, `${at}.unless`),
      ].every(Boolean);
      broken ||= !ok;
      if (broken) return;
      const topic = [...s.topic, ...a.topic];
      answers.push({
        id: a.id,
        answer: a.answer,
        sources: a.sources,
        meeting,
        requiresMeeting,
        negative: a.negative,
        says: a.says,
        mentions: a.mentions,
        topic,
        unless: [...s.unless, ...a.unless],
        near: s.near,
        slots: {
          says: a.says.map(phraseSlots),
          topic: topic
            .map(groupSlot)
            .filter((slot): slot is string[] => slot !== null),
        },
      });
    });
    if (!broken) out.push({ comparison: entry, exclusive, answers });
  }
  return out;
}
