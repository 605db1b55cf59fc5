interface Props {
  /** The words of the sentence that stated the answer, when known. */
  signal: string | undefined;
  /** The compared question as a noun phrase: "when the train left Pyongyang". */
  topic: string;
  /** The answer the sentence gives, in words. */
  answer: string;
  /** Whether the sources contradict each other on the question. */
  disputed: boolean;
  id: string;
}

/** Says why a sentence was marked as a claim: the words that gave its answer. */
export function ClaimWhyMarked({ signal, topic, answer, disputed, id }: Props) {
  return (
    <div class="sl-panel-why" id={id}>
      <p>
        {signal ? (
          <>
            The sentence says <q class="sl-said">{signal}</q>, which answers{' '}
            {topic}: {answer}.
          </>
        ) : (
          `The sentence names ${topic} and answers it: ${answer}.`
        )}
      </p>
      <p>
        A sentence is marked only where it plainly takes a side on a point{' '}
        {disputed
          ? 'the sources report differently'
          : 'the sources report in their own ways'}
        ; one that hedges, denies or asks is left alone.
      </p>
    </div>
  );
}
