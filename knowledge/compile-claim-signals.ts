/**
 * Compiles the authored claim signals (`claim-signals.yaml`): checks each
 * entry against its comparison, the sources and the meetings, merges the
 * comparison-wide topic, `unless`, meeting and distance into every answer
 * and turns the phrases into patterns.
 */
import type { Located, Problem } from './compile';
import { compilePhrases } from './compile-meetings';
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
    const phrases = (list: readonly string[], field: string) =>
      compilePhrases(list, { file, entry, field }, problems);
    const sharedTopic = s.topic.map((group, g) =>
      phrases(group, `topic[${g}]`),
    );
    const sharedUnless = s.unless.length ? phrases(s.unless, 'unless') : '';
    const answers: AnswerSignals[] = [];
    let broken = sharedTopic.includes(undefined) || sharedUnless === undefined;
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
      const says = phrases(a.says, `${at}.says`);
      const mentions = a.mentions.length
        ? phrases(a.mentions, `${at}.mentions`)
        : '';
      const topic = a.topic.map((group, g) =>
        phrases(group, `${at}.topic[${g}]`),
      );
      const ownUnless = a.unless.length
        ? phrases(a.unless, `${at}.unless`)
        : '';
      if (
        says === undefined ||
        mentions === undefined ||
        ownUnless === undefined ||
        sharedUnless === undefined ||
        topic.includes(undefined) ||
        sharedTopic.includes(undefined)
      ) {
        broken = true;
        return;
      }
      answers.push({
        id: a.id,
        answer: a.answer,
        sources: a.sources,
        meeting,
        requiresMeeting,
        negative: a.negative,
        says,
        slots: {
          says: a.says.map(phraseSlots),
          topic: [...s.topic, ...a.topic]
            .map(groupSlot)
            .filter((slot): slot is string[] => slot !== null),
        },
        mentions,
        topic: [...sharedTopic, ...topic] as string[],
        unless: [sharedUnless, ownUnless].filter(Boolean).join('|'),
        near: s.near,
      });
    });
    if (!broken) out.push({ comparison: entry, exclusive, answers });
  }
  return out;
}
