import { describe, expect, test } from 'vitest';
import { reportText } from '../../../components/problem-report';

describe('problem report', () => {
  test('names the entry, the fact, the page, the marked text and the note, one a line', () => {
    expect(
      reportText({
        subject: { kind: 'entry', id: 'kim-jong-un', name: 'Kim Jong Un' },
        statement: 'BBN reports that Kim crossed into Russia on Tuesday.',
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
      subject: { kind: 'entry', id: 'khasan', name: 'Khasan' },
      pageUrl: 'http://127.0.0.1/a',
      note: ' ',
    });
    expect(text).toContain('Fact: (none chosen)');
    expect(text).toContain('Note: (none)');
    expect(text).not.toContain('Marked text');
  });

  test('for a claim, names the comparison, the answer found on the page and the statement', () => {
    const text = reportText({
      subject: {
        kind: 'comparison',
        id: 'meal-in-kims-honour',
        name: 'What meal did the Kremlin plan for Kim?',
      },
      statement: 'BBN: a lunch',
      pageUrl: 'https://news.example/b',
      pageAnswer: 'A dinner',
      alias: 'a state dinner',
      note: '',
    });
    expect(text.split('\n').slice(1, 6)).toEqual([
      'Comparison: What meal did the Kremlin plan for Kim? (meal-in-kims-honour)',
      'Statement: BBN: a lunch',
      'Page: https://news.example/b',
      'Answer found on the page: A dinner',
      'Marked text: “a state dinner”',
    ]);
  });
});
