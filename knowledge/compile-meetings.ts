/**
 * Compiles the authored meetings (`meetings.yaml`): checks each against the
 * sources and the event entities, and checks its cue phrases.
 */
import type { Located, Problem } from './compile';
import { leadWords, PhraseError, phrasePattern } from './phrase-pattern';
import type { AuthoredMeeting, Meeting, MeetingCue } from './schema';

export interface MeetingRefs {
  sourceIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

/**
 * Whether every phrase compiles; records why one does not (field
 * `${field}[i]`).
 */
export function checkPhrases(
  phrases: readonly string[],
  where: Omit<Problem, 'reason'>,
  problems: Problem[],
): boolean {
  let ok = true;
  phrases.forEach((phrase, i) => {
    try {
      phrasePattern(phrase);
    } catch (error) {
      if (!(error instanceof PhraseError)) throw error;
      ok = false;
      problems.push({
        ...where,
        field: `${where.field}[${i}]`,
        reason: `${error.message} in "${phrase}"`,
      });
    }
  });
  return ok;
}

/** The compiled meetings in date order; problems are recorded, not thrown. */
export function compileMeetings(
  items: readonly Located<AuthoredMeeting>[],
  refs: MeetingRefs,
  problems: Problem[],
): Meeting[] {
  const out: Meeting[] = [];
  for (const { file, value: m } of items) {
    const problem = (field: string, reason: string) =>
      problems.push({ file, entry: m.id, field, reason });
    if (m.covered) {
      if (m.sources.length === 0)
        problem(
          'sources',
          'a covered meeting needs the sources that report it',
        );
      if (!refs.eventIds.has(m.id))
        problem('id', 'a covered meeting must have the id of an event entity');
    } else {
      if (m.sources.length > 0)
        problem(
          'sources',
          'a meeting the sources do not cover lists no sources',
        );
      if (!m.outside)
        problem(
          'outside',
          'a meeting the sources do not cover must say where its facts come from',
        );
    }
    m.sources.forEach((source, i) => {
      if (!refs.sourceIds.has(source))
        problem(`sources[${i}]`, `unknown source "${source}"`);
    });
    if (m.dates.start > m.dates.end)
      problem('dates', 'the start is after the end');
    if (m.trip.start > m.trip.end)
      problem('trip', 'the start is after the end');
    if (m.dates.start < m.trip.start || m.dates.end > m.trip.end)
      problem('dates', 'the meeting days must lie within the trip');
    const cues: MeetingCue[] = [];
    const kinds = [
      ['places', 'place'],
      ['words', 'word'],
    ] as const;
    for (const [list, kind] of kinds) {
      m.cues[list].forEach((cue, i) => {
        const ok = checkPhrases(
          cue.says,
          { file, entry: m.id, field: `cues.${list}[${i}].says` },
          problems,
        );
        if (ok)
          cues.push({
            kind,
            name: cue.name,
            says: cue.says,
            leads: leadWords(cue.says),
            weight: cue.weight,
          });
      });
    }
    out.push({ ...m, cues });
  }
  return out.sort((a, b) => a.dates.start.localeCompare(b.dates.start));
}
