/**
 * The plain-text problem report a reader copies from a card. Nothing is
 * sent anywhere: the reader pastes it where they choose.
 */
export interface ProblemReport {
  /** What the card was about: an entry, or a comparison (a claim card). */
  subject: { kind: 'entry' | 'comparison'; id: string; name: string };
  /** The statement the reader points at (a fact, an answer), if any. */
  statement?: string;
  pageUrl: string;
  /** For a claim card: the answer the page was taken to give. */
  pageAnswer?: string;
  /** The text on the page that was marked, if the card came from a mark. */
  alias?: string;
  note: string;
}

const SUBJECT_LABELS = { entry: 'Entry', comparison: 'Comparison' };
const STATEMENT_LABELS = { entry: 'Fact', comparison: 'Statement' };

/** The report as plain text, one field a line, the note last. */
export function reportText(report: ProblemReport): string {
  const { subject } = report;
  const note = report.note.trim();
  return [
    'Summit Lens: problem report',
    `${SUBJECT_LABELS[subject.kind]}: ${subject.name} (${subject.id})`,
    `${STATEMENT_LABELS[subject.kind]}: ${report.statement ?? '(none chosen)'}`,
    `Page: ${report.pageUrl}`,
    ...(report.pageAnswer
      ? [`Answer found on the page: ${report.pageAnswer}`]
      : []),
    ...(report.alias ? [`Marked text: “${report.alias}”`] : []),
    `Note: ${note || '(none)'}`,
  ].join('\n');
}
