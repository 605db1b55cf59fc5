/**
 * Shows mentions on the page as marks: each mention's range goes into the
 * painter's highlight for its entity's kind.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { EntityKind } from '../../knowledge/schema';
import type { Mention } from './mention-store';
import type { Painter } from './painter';

export class MentionMarks {
  constructor(
    private readonly painter: Painter,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * Marks mentions, all in one go per kind: every frame rendered while
   * highlights change redraws all of them.
   */
  show(mentions: readonly Mention[]): void {
    const byKind = new Map<EntityKind, Range[]>();
    for (const m of mentions) {
      const kind = this.kindOf(m);
      const ranges = byKind.get(kind);
      if (ranges) ranges.push(m.range);
      else byKind.set(kind, [m.range]);
    }
    for (const [kind, ranges] of byKind) this.painter.add(ranges, kind);
  }

  hide(mentions: readonly Mention[]): void {
    for (const m of mentions) this.painter.remove(m.range, this.kindOf(m));
  }

  hideAll(): void {
    this.painter.removeAll();
  }

  /** Shows one mention as the active one (its card is open), or none. */
  setActive(mention: Mention | undefined): void {
    this.painter.setActive(mention?.range ?? null);
  }

  private kindOf(mention: Mention): EntityKind {
    const entity = this.lexicon.entities[mention.entity];
    if (!entity) throw new RangeError(`no entity ${mention.entity}`);
    return entity.kind;
  }
}
