/**
 * The plain-text problem report a reader copies from a card. Nothing is
 * sent anywhere: the reader pastes it where they choose.
 */
export interface ProblemReport {
  entity: { id: string; name: string };
  /** The fact the reader points at, if any. */
  fact?: string;
  pageUrl: string;
  /** The text on the page that was marked, if the card came from a mark. */
  alias?: string;
  note: string;
}

/** The report as plain text, one field a line, the note last. */
export function reportText(report: ProblemReport): string {
  const note = report.note.trim();
  return [
    'Summit Lens: problem report',
    `Entry: ${report.entity.name} (${report.entity.id})`,
    `Fact: ${report.fact ?? '(none chosen)'}`,
    `Page: ${report.pageUrl}`,
    ...(report.alias ? [`Marked text: “${report.alias}”`] : []),
    `Note: ${note || '(none)'}`,
  ].join('\n');
}
