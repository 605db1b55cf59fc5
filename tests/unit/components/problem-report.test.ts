import { describe, expect, test } from 'vitest';
import { reportText } from '../../../components/problem-report';

describe('problem report', () => {
  test('names the entry, the fact, the page, the marked text and the note, one a line', () => {
    expect(
      reportText({
        entity: { id: 'kim-jong-un', name: 'Kim Jong Un' },
        fact: 'BBN reports that Kim crossed into Russia on Tuesday.',
        pageUrl: 'https://news.example/kim-putin',
        alias: 'Kim',
        note: '  It was Wednesday.\nSee the dateline.  ',
      }),
    ).toBe(
      [
        'Summit Lens: problem report',
        'Entry: Kim Jong Un (kim-jong-un)',
        'Fact: BBN reports that Kim crossed into Russia on Tuesday.',
        'Page: https://news.example/kim-putin',
        'Marked text: “Kim”',
        'Note: It was Wednesday.\nSee the dateline.',
      ].join('\n'),
    );
  });

  test('says when no fact or note was given, and leaves out a missing alias', () => {
    const text = reportText({
      entity: { id: 'khasan', name: 'Khasan' },
      pageUrl: 'http://127.0.0.1/a',
      note: ' ',
    });
    expect(text).toContain('Fact: (none chosen)');
    expect(text).toContain('Note: (none)');
    expect(text).not.toContain('Marked text');
  });
});
