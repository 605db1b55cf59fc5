/**
 * What the compiler reports: each problem names the file, the entry and the
 * field, and says why; all of them are collected before the build fails.
 */

/** One problem: where it is (file, entry id, field) and why. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  reason: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge has ${problems.length} problem(s):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

export function formatProblem(p: Problem): string {
  return `  ${p.file} › ${p.entry} › ${p.field}: ${p.reason}`;
}

export interface Located<T> {
  file: string;
  value: T;
}

/** Records problems at one entry of one file: `problem(field, reason)`. */
export function problemsAt(
  problems: Problem[],
  file: string,
  entry: string,
): (field: string, reason: string) => void {
  return (field, reason) => {
    problems.push({ file, entry, field, reason });
  };
}
