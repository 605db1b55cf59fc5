import { aliasKey } from '../utils/text';

export interface WhyMarkedInfo {
  /** The text on the page that was marked. */
  alias: string;
  /** For a short form ("Kim"), the full name on the page that allowed it. */
  licensedBy?: string;
}

interface Props extends WhyMarkedInfo {
  /** The entity's name. */
  name: string;
  id: string;
}

/** Says why a mention was marked: the alias matched and what licensed it. */
export function WhyMarked({ alias, licensedBy, name, id }: Props) {
  const isName = aliasKey(alias) === aliasKey(name);
  return (
    <div class="sl-panel-why" id={id}>
      <p>
        The page says <q class="sl-said">{alias}</q>
        {isName
          ? ', the name of this entry.'
          : licensedBy
            ? `, a short form of ${name}.`
            : `, another name for ${name}.`}
      </p>
      {licensedBy && (
        <p>
          A short form is marked only where the page also gives the full name,
          as it does here: <q class="sl-said">{licensedBy}</q>.
        </p>
      )}
    </div>
  );
}
