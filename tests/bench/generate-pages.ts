/**
 * Generated news-article pages for the benchmark. Pure and deterministic: the
 * same seed and size always give the same HTML. A page has the shape of a
 * long article on a news site (header and navigation, sections with headings,
 * paragraphs, lists, quotes and figures, links and inline emphasis, a related
 * links aside and a footer), with a name roughly every 300–600 characters of
 * text, some of them split across inline elements (`<a>Kim</a> Jong Un`).
 */

/** A pseudo-random number generator returning floats in [0, 1). */
export type Random = () => number;

/** Mulberry32: small, fast and good enough to vary generated text. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A name as it may appear in the text, with how often it is picked. */
export interface NameWeight {
  name: string;
  weight: number;
}

/** Names of an article about the Kim–Putin summits (lexicon aliases and a decoy). */
export const SUMMIT_NAMES: readonly NameWeight[] = [
  { name: 'Kim Jong Un', weight: 14 },
  { name: 'Kim', weight: 10 },
  { name: 'Mr. Kim', weight: 3 },
  { name: 'Putin', weight: 14 },
  { name: 'Vladimir Putin', weight: 6 },
  { name: 'Vladivostok', weight: 6 },
  { name: 'Pyongyang', weight: 6 },
  { name: 'Moscow', weight: 5 },
  { name: 'Kremlin', weight: 4 },
  { name: 'Shoigu', weight: 3 },
  { name: 'Sergei Shoigu', weight: 2 },
  { name: 'Khasan', weight: 2 },
  { name: 'Vostochny Cosmodrome', weight: 3 },
  { name: 'Vostochny', weight: 2 },
  { name: 'Peskov', weight: 2 },
  { name: 'Dmitry Peskov', weight: 1 },
  { name: 'KCNA', weight: 3 },
  { name: 'TASS', weight: 2 },
  { name: 'armored train', weight: 2 },
  { name: 'artillery shells', weight: 2 },
  { name: 'war in Ukraine', weight: 2 },
  { name: 'Vladivostok summit', weight: 1 },
  { name: 'Kim Jong-un', weight: 1 },
  // Not an entity: "Kim" followed by another name must not be marked.
  { name: 'Kim Yo Jong', weight: 1 },
];

/**
 * Names of an article that is not about the summits: other people and
 * places, a few lexicon aliases that do not open the gate on their own, and
 * look-alikes ("Kim Kardashian").
 */
export const OTHER_NAMES: readonly NameWeight[] = [
  { name: 'Olaf Scholz', weight: 6 },
  { name: 'Scholz', weight: 8 },
  { name: 'Angela Merkel', weight: 4 },
  { name: 'Hamburg', weight: 8 },
  { name: 'Rotterdam', weight: 6 },
  { name: 'Maria Schmidt', weight: 4 },
  { name: 'Schmidt', weight: 6 },
  { name: 'Jens Weber', weight: 3 },
  { name: 'Lisbon', weight: 4 },
  { name: 'European Commission', weight: 4 },
  { name: 'Port Authority', weight: 4 },
  { name: 'Kim Kardashian', weight: 1 },
  { name: 'Moscow', weight: 1 },
  { name: 'Biden', weight: 1 },
  { name: 'White House', weight: 1 },
  { name: 'COVID-19', weight: 1 },
];

/** Everyday news words; includes words the knowledge never marks alone. */
const WORDS = (
  'the a an of to in on for with by at from and but or as that this which ' +
  'officials said minister government state talks meeting visit summit ' +
  'sanctions train railway station border leader leaders delegation week ' +
  'agreement cooperation economic forum eastern region port city country ' +
  'president spokesman reporters statement press conference foreign defence ' +
  'military trade energy supplies exports imports analysts experts report ' +
  'reported according public media television footage showed later earlier ' +
  'morning evening night day days month year years since during after before ' +
  'while although however also only more most other several many new old ' +
  'long short first second last next major key important possible likely ' +
  'would could should might will may must can told asked added noted ' +
  'warned called described denied confirmed announced expected planned held ' +
  'arrived left travelled returned signed discussed agreed pledged offered ' +
  'security council international diplomatic relations partnership ties ' +
  'history war peace weapons ammunition technology space launch rocket ' +
  'satellite programme plans details issues questions answers'
).split(/\s+/);

const INLINE_TAGS = ['a', 'em', 'strong', 'span', 'i', 'b'] as const;

export interface PageSpec {
  /** Approximate length of the rendered text, in characters. */
  textLength: number;
  seed: number;
  /** Whether the article is about the summits (else: another subject). */
  relevant: boolean;
}

export interface GeneratedPage {
  html: string;
  /** Length of the rendered text, in characters. */
  textLength: number;
  /** Size of the rendered text in UTF-8, in bytes. */
  textBytes: number;
  /** Names written into the text (whether or not they are entities). */
  names: number;
  /** Of those, how many are split across inline elements. */
  splitNames: number;
}

const NON_ASCII = /[\u0080-\uffff]/;
const UTF8 = new TextEncoder();

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Builds a page's HTML from seeded random choices and counts the text it
 * renders, in characters and in UTF-8 bytes.
 */
export class HtmlWriter {
  private readonly parts: string[] = [];
  textLength = 0;
  textBytes = 0;

  constructor(readonly random: Random) {}

  /** Appends markup that renders no text. */
  markup(html: string): void {
    this.parts.push(html);
  }

  /** Appends text (escaped) that is rendered. */
  text(text: string): void {
    this.parts.push(escapeHtml(text));
    this.textLength += text.length;
    this.textBytes += NON_ASCII.test(text)
      ? UTF8.encode(text).length
      : text.length;
  }

  html(): string {
    return this.parts.join('');
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}

/** Writes an article, with names at the benchmark's density. */
class ArticleWriter extends HtmlWriter {
  names = 0;
  splitNames = 0;
  private sinceName = 0;
  private nextNameAt: number;
  private readonly totalWeight: number;

  constructor(
    random: Random,
    private readonly nameList: readonly NameWeight[],
  ) {
    super(random);
    this.totalWeight = nameList.reduce((sum, n) => sum + n.weight, 0);
    this.nextNameAt = this.gap();
  }

  override text(text: string): void {
    super.text(text);
    this.sinceName += text.length;
  }

  private gap(): number {
    return this.int(300, 600);
  }

  private pickName(): string {
    let r = this.random() * this.totalWeight;
    for (const { name, weight } of this.nameList) {
      r -= weight;
      if (r < 0) return name;
    }
    return this.nameList[this.nameList.length - 1]!.name;
  }

  /** A run of plain words, some wrapped in inline elements. */
  private words(count: number, capitalise: boolean, links = true): void {
    let remaining = count;
    let first = capitalise;
    while (remaining > 0) {
      const run = Math.min(remaining, this.int(1, 4));
      const words = Array.from({ length: run }, () => this.pick(WORDS));
      if (first) {
        words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
        first = false;
      }
      const text = words.join(' ');
      const roll = this.random();
      if (roll < 0.06 && links) {
        this.markup(`<a href="/story/${this.int(1000, 99999)}">`);
        if (this.random() < 0.3) {
          this.markup('<em>');
          this.text(text);
          this.markup('</em>');
        } else this.text(text);
        this.markup('</a>');
      } else if (roll < 0.1) {
        const tag = this.pick(INLINE_TAGS.slice(1));
        this.markup(`<${tag}>`);
        this.text(text);
        this.markup(`</${tag}>`);
      } else this.text(text);
      remaining -= run;
      if (remaining > 0) this.text(' ');
    }
  }

  /** Writes one name, plain, wrapped or split across inline elements. */
  private name(): void {
    const name = this.pickName();
    this.names += 1;
    this.sinceName = 0;
    this.nextNameAt = this.gap();
    const space = name.indexOf(' ');
    const roll = this.random();
    const suffix = this.random() < 0.1 ? '\u2019s' : '';
    if (space > 0 && roll < 0.25) {
      // Split: the first word (or the rest) in its own inline element.
      this.splitNames += 1;
      const head = name.slice(0, space);
      const tail = name.slice(space + 1);
      const tag = this.pick(INLINE_TAGS);
      const open =
        tag === 'a' ? `<a href="/topic/${this.int(1, 99)}">` : `<${tag}>`;
      if (this.random() < 0.5) {
        this.markup(open);
        this.text(head);
        this.markup(`</${tag}>`);
        this.text(` ${tail}`);
      } else {
        this.text(`${head} `);
        this.markup(open);
        this.text(tail);
        this.markup(`</${tag}>`);
      }
    } else if (roll < 0.45) {
      const tag = this.pick(['a', 'strong', 'a', 'span'] as const);
      const open =
        tag === 'a' ? `<a href="/topic/${this.int(1, 99)}">` : `<${tag}>`;
      this.markup(open);
      this.text(name);
      this.markup(`</${tag}>`);
    } else this.text(name);
    this.text(suffix);
  }

  /** A sentence of 8–25 words with a name wherever one is due. */
  sentence(): void {
    let words = this.int(8, 25);
    let first = true;
    while (words > 0) {
      const run = Math.min(words, this.int(2, 6));
      this.words(run, first);
      first = false;
      words -= run;
      if (this.sinceName >= this.nextNameAt) {
        this.text(' ');
        this.name();
      }
      this.text(words > 0 ? (this.random() < 0.12 ? ', ' : ' ') : '. ');
    }
  }

  paragraph(sentences: number): void {
    for (let i = 0; i < sentences; i++) this.sentence();
  }

  /** A short title-like phrase (headings, link texts). */
  phrase(min: number, max: number, links = true): void {
    this.words(this.int(min, max), true, links);
  }
}

function section(w: ArticleWriter, index: number): void {
  w.markup(`<section id="s${index}"><h2>`);
  w.phrase(3, 8);
  w.markup('</h2>\n');
  const blocks = w.int(3, 8);
  for (let b = 0; b < blocks; b++) {
    const roll = w.int(0, 19);
    if (roll === 0) {
      w.markup('<ul>');
      for (let i = w.int(2, 5); i > 0; i--) {
        w.markup('<li>');
        w.sentence();
        w.markup('</li>');
      }
      w.markup('</ul>\n');
    } else if (roll === 1) {
      w.markup('<blockquote><p>');
      w.paragraph(w.int(1, 3));
      w.markup('</p></blockquote>\n');
    } else if (roll === 2) {
      w.markup(
        `<figure><img src="data:," alt="" width="640" height="360"><figcaption>`,
      );
      w.sentence();
      w.markup('</figcaption></figure>\n');
    } else if (roll === 3) {
      w.markup('<h3>');
      w.phrase(3, 7);
      w.markup('</h3>\n');
    } else {
      w.markup('<p>');
      w.paragraph(w.int(2, 7));
      w.markup('</p>\n');
    }
  }
  w.markup('</section>\n');
}

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font-family:Georgia,serif;line-height:1.6;color:#222}
nav ul{display:flex;gap:1rem;list-style:none;padding:0}a{color:#0a58ca}figure{margin:1rem 0}
aside{border-top:1px solid #ccc;margin-top:2rem}footer{font-size:.8rem;color:#666}`;

const SCRIPT = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());`;

/** Generates one article page. */
export function generatePage(spec: PageSpec): GeneratedPage {
  const random = seededRandom(spec.seed);
  const w = new ArticleWriter(
    random,
    spec.relevant ? SUMMIT_NAMES : OTHER_NAMES,
  );
  w.markup('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">');
  w.markup(
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  );
  w.markup('<link rel="icon" href="data:,"><title>Generated article</title>');
  w.markup(`<style>${STYLE}</style><script>${SCRIPT}</script></head>\n<body>`);
  w.markup('<header><nav><ul>');
  for (const label of ['World', 'Asia', 'Europe', 'Business', 'Opinion']) {
    w.markup('<li><a href="/section">');
    w.text(label);
    w.markup('</a></li>');
  }
  w.markup('</ul></nav></header>\n<main><article><h1>');
  w.phrase(6, 12);
  w.markup('</h1>\n<p class="byline">');
  w.text('By ');
  w.markup('<a href="/staff">');
  w.text('Staff Reporter');
  w.markup('</a>');
  w.text(' · ');
  w.markup('<time datetime="2023-09-13">');
  w.text('13 September 2023');
  w.markup('</time></p>\n');
  const asideLength = 2_000;
  for (let i = 1; w.textLength < spec.textLength - asideLength; i++)
    section(w, i);
  w.markup('</article>\n<aside><h2>');
  w.text('Related');
  w.markup('</h2><ul>');
  while (w.textLength < spec.textLength) {
    w.markup(`<li><a href="/story/${w.int(1000, 99999)}">`);
    w.phrase(5, 10, false);
    w.markup('</a></li>');
  }
  w.markup('</ul></aside></main>\n<footer><p>');
  w.text('© 2023 Generated News. All rights reserved.');
  w.markup('</p><noscript>Enable JavaScript for comments.</noscript>');
  w.markup('</footer></body></html>\n');
  return {
    html: w.html(),
    textLength: w.textLength,
    textBytes: w.textBytes,
    names: w.names,
    splitNames: w.splitNames,
  };
}
