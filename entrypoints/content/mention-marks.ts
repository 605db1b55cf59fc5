/**
 * Shows mentions on the page as marks, in the reader's way: by default only
 * the first mention of each entity in each section of the page (see
 * `sections.ts`), or every mention; never those of a kind switched off; and
 * quietly (an underline, no fill) in headlines and datelines. A mention left
 * unmarked still counts: pointing at it shows a light hover mark.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { EntityKind } from '../../knowledge/kinds';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { inWrittenDateline, MARKED_DATELINE_SELECTOR } from './dateline';
import { compareMentions, type Mention } from './mention-store';
import type { Painter } from './painter';
import { HEADING_SELECTOR, Sections } from './sections';
import { yieldToMain } from './yield-to-main';

/** Headings and marked datelines: their mentions are marked quietly. */
const QUIET_BLOCKS = `${HEADING_SELECTOR}, ${MARKED_DATELINE_SELECTOR}`;

export interface MarkingOptions {
  /** Mark every mention, not only the first per section. */
  every: boolean;
  /** The kinds of entity that are marked (and open cards). */
  kinds: Readonly<Record<EntityKind, boolean>>;
}

/** How the reader's settings say mentions are marked. */
export function markingOptions(settings: Settings): MarkingOptions {
  return { every: settings.marking === 'every', kinds: settings.kinds };
}

/** Every mention marked, of every kind. */
export const EVERY_MENTION: MarkingOptions = markingOptions({
  ...DEFAULT_SETTINGS,
  marking: 'every',
});

export class MentionMarks {
  /** Marked mentions, with the highlight each is in. */
  private readonly marked = new Map<Mention, string>();
  /** Section → entity → the mention marked there, the first in the section. */
  private readonly firsts = new Map<Node, Map<number, Mention>>();
  /** The section of each mention marked as a first. */
  private readonly sectionOf = new Map<Mention, Node>();
  /** The page's sections, listed once until the page changes. */
  private sections: Sections | undefined;
  /** Bumped by `hideAll()`, so that a `show()` under way gives up. */
  private generation = 0;

  constructor(
    private readonly painter: Painter,
    private readonly lexicon: Lexicon,
    private readonly root: Document,
    private options = markingOptions(DEFAULT_SETTINGS),
  ) {}

  /** Whether mentions of this entity's kind are marked and open cards. */
  shows(mention: Mention): boolean {
    return this.options.kinds[this.kindOf(mention)];
  }

  /** Says that the page changed: its sections are listed again when needed. */
  pageChanged(): void {
    this.sections = undefined;
  }

  /** Marks `all` afresh under new options. */
  configure(options: MarkingOptions, all: readonly Mention[]): Promise<void> {
    this.hideAll();
    this.options = options;
    return this.show(all);
  }

  /**
   * Marks new mentions (in document order). Which to mark is decided in
   * slices of `sliceMs`, yielding to the browser between them; the marks
   * are then painted all in one go per highlight, as every frame rendered
   * while highlights change redraws all of them. A `hideAll()` meanwhile
   * makes it give up.
   */
  async show(mentions: readonly Mention[], sliceMs = 8): Promise<void> {
    const generation = this.generation;
    let deadline = performance.now() + sliceMs;
    const added = new Map<string, Mention[]>();
    const sections = this.options.every
      ? undefined
      : (this.sections ??= new Sections(this.root));
    const quiet = new Map<Element, boolean>();
    /** Positions (see `Sections`) of the mentions placed in this batch. */
    const positions = new Map<Mention, number>();
    const precedes = (first: Mention, m: Mention, at: number): boolean => {
      const was = positions.get(first);
      return was !== undefined && was !== at
        ? was < at
        : compareMentions(first, m) < 0;
    };
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      // The clock is read every few dozen mentions: reading it costs too.
      if (i % 32 === 31 && performance.now() > deadline) {
        await yieldToMain();
        if (generation !== this.generation) return;
        deadline = performance.now() + sliceMs;
      }
      if (!this.shows(m) || this.marked.has(m)) continue;
      if (sections) {
        const at = sections.position(m.range.startContainer);
        positions.set(m, at);
        const section = sections.sectionAt(at);
        let firsts = this.firsts.get(section);
        if (!firsts) this.firsts.set(section, (firsts = new Map()));
        const first = firsts.get(m.entity);
        if (first && precedes(first, m, at)) continue;
        if (first) this.hide([first]);
        firsts.set(m.entity, m);
        this.sectionOf.set(m, section);
      }
      const name = this.highlightOf(m, quiet);
      this.marked.set(m, name);
      const batch = added.get(name);
      if (batch) batch.push(m);
      else added.set(name, [m]);
    }
    // A mention of this batch may have given way to an earlier one since.
    for (const [name, batch] of added)
      this.painter.add(
        batch.filter((m) => this.marked.has(m)).map((m) => m.range),
        name,
      );
  }

  /**
   * Takes the marks off mentions that left the page. A section whose marked
   * mention of an entity left shows the entity's next new mention there.
   */
  hide(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const name = this.marked.get(m);
      if (name === undefined) continue;
      this.painter.remove(m.range, name);
      this.marked.delete(m);
      const section = this.sectionOf.get(m);
      if (section === undefined) continue;
      const firsts = this.firsts.get(section);
      if (firsts?.get(m.entity) === m) firsts.delete(m.entity);
      this.sectionOf.delete(m);
    }
  }

  hideAll(): void {
    this.generation += 1;
    this.sections = undefined;
    this.painter.removeAll();
    this.marked.clear();
    this.firsts.clear();
    this.sectionOf.clear();
  }

  /** Shows what a card is open on (a mention, a claim) as active, or nothing. */
  setActive(target: { range: Range } | undefined): void {
    this.painter.setSingle('active', target?.range ?? null);
  }

  /** Gives a pointed-at mention that is not marked a light mark, or none. */
  setHover(mention: Mention | undefined): void {
    const unmarked = mention && !this.marked.has(mention) ? mention : undefined;
    this.painter.setSingle('hover', unmarked?.range ?? null);
  }

  /**
   * The highlight a mention goes in: its kind's, quiet in a headline or
   * dateline. What each element says is kept in `quiet`, as the mentions
   * of one batch share their paragraphs' ancestors.
   */
  private highlightOf(mention: Mention, quiet: Map<Element, boolean>): string {
    const kind = this.kindOf(mention);
    const { range } = mention;
    const node = range.startContainer;
    const parent = node instanceof Element ? node : node.parentElement;
    return inQuietBlock(parent, quiet) ||
      (mention.mayBeDateline && inWrittenDateline(range))
      ? `${kind}-quiet`
      : kind;
  }

  private kindOf(mention: Mention): EntityKind {
    const entity = this.lexicon.entities[mention.entity];
    if (!entity) throw new RangeError(`no entity ${mention.entity}`);
    return entity.kind;
  }
}

/**
 * Whether `el` is in a headline or a marked dateline. Each element looked
 * at is tested once and its answer kept in `known`: asking `closest()` for
 * every mention would test every ancestor of every paragraph again.
 */
function inQuietBlock(
  el: Element | null,
  known: Map<Element, boolean>,
): boolean {
  if (!el) return false;
  // Most mentions share their paragraph with one before them.
  const answer = known.get(el);
  if (answer !== undefined) return answer;
  const path: Element[] = [];
  let quiet = false;
  for (let at: Element | null = el; at; at = at.parentElement) {
    const answer = known.get(at);
    if (answer !== undefined) {
      quiet = answer;
      break;
    }
    path.push(at);
    if (at.matches(QUIET_BLOCKS)) {
      quiet = true;
      break;
    }
  }
  for (let i = 0; i < path.length; i++) known.set(path[i] as Element, quiet);
  return quiet;
}
