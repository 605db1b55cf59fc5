/**
 * Generated live-blog pages for the black-box section: timestamped posts of
 * running news coverage, written from sentence templates in our own words,
 * at the density of real coverage (a name every 80–150 characters of text on
 * the summit page). The other subject, a dock strike in northern European
 * ports, is written the same way with its own names, a few of which are
 * lexicon aliases that do not open the gate. Pure and deterministic: the same
 * spec always gives the same HTML.
 */
import { HtmlWriter, seededRandom } from './generate-pages';

/** Slots a template may hold: person, place, organisation, topic, event. */
type Slot = 'p' | 'l' | 'o' | 't' | 'e';

interface Vocabulary {
  headline: string;
  names: Record<Slot, readonly string[]>;
  /** Sentences with `{p}`-style slots, each filled with a name. */
  named: readonly string[];
  /** Sentences that name no one, which real posts hold between names. */
  plain: readonly string[];
  headings: readonly string[];
}

const SUMMIT: Vocabulary = {
  headline:
    'Live: Kim Jong Un meets Vladimir Putin in Russia’s far east — latest updates',
  names: {
    p: [
      'Kim Jong Un',
      'Kim Jong Un',
      'Kim Jong Un',
      'Kim',
      'Kim',
      'Mr. Kim',
      'Putin',
      'Putin',
      'Putin',
      'Vladimir Putin',
      'Vladimir Putin',
      'Sergei Shoigu',
      'Shoigu',
      'Dmitry Peskov',
      'Peskov',
      'Choe Son Hui',
      'Kim Yo Jong',
      'Jo Chun Ryong',
      'Joe Biden',
      'Jake Sullivan',
      'Kim Jong-un',
    ],
    l: [
      'Vladivostok',
      'Vladivostok',
      'Pyongyang',
      'Pyongyang',
      'Moscow',
      'Khasan',
      'the Vostochny Cosmodrome',
      'Vostochny',
      'Primorsky Krai',
      'the Tumen River',
      'Donetsk',
    ],
    o: [
      'KCNA',
      'KCNA',
      'TASS',
      'TASS',
      'the Kremlin',
      'the Kremlin',
      'Kyodo',
      'the White House',
      'the UN Security Council',
      'the Korean Central News Agency',
    ],
    t: [
      'artillery shells',
      'the armored train',
      'the war in Ukraine',
      'spy satellites',
      'UN sanctions',
      'ICBMs',
      'denuclearization',
      'ballistic missile submarines',
    ],
    e: [
      'the Vladivostok summit',
      'the Eastern Economic Forum',
      'the Vostochny summit',
      'the Hanoi summit',
    ],
  },
  named: [
    '{p} arrived shortly after dawn, according to {o}.',
    'Footage aired by {o} showed {p} stepping down from {t} to a military band.',
    '{p} said the talks with {p} had been “frank and long”, without giving details.',
    'A spokesman for {o} would not say whether {t} were on the agenda.',
    'Analysts in Seoul read the trip to {l} as a sign that {p} wants friends beyond Beijing.',
    'The motorcade left {l} at about ten, heading north along the coast road.',
    '{o} reported that {p} inspected a rocket assembly hall before lunch.',
    'Officials in {l} have closed two streets near the station for the day.',
    'Asked about {t}, {p} said his country would honour its agreements.',
    '{p} has not travelled abroad often; this is his first trip since {e}.',
    'According to {o}, the two leaders toured the launch pad together.',
    'Reporters waiting in {l} were kept behind a fence for most of the morning.',
    '{p}’s delegation includes generals in charge of the missile programme.',
    'In Washington, {p} warned that any deal on {t} would break {t}.',
    'The last time the two men met was at {e}, four years ago.',
    'Local television in {l} showed crowds waving flags along the route.',
    '{o} said the banquet ran late and included a toast to “eternal friendship”.',
    '{p} thanked {p} for the invitation, {o} reported.',
    'Satellite images suggest more freight than usual crossing at {l}.',
    '{p} gave no timetable for a return visit to {l}.',
    'Western officials fear that {t} could reach the front within weeks.',
    '{p} was seen taking notes as engineers explained the launch vehicle.',
    'A correspondent for {o} said the mood at lunch was relaxed.',
    'The train is expected to cross back into North Korea near {l} on Sunday.',
    'There was no joint statement, but {o} described the meeting as “fruitful”.',
    '{p} is said to have asked for help with {t}.',
    '{p} declined to answer questions as he left the hall.',
    'In a brief remark, {p} called the partnership “a strategic choice”.',
    'The summit comes as {o} debates fresh measures over {t}.',
    'Officials travelling with {p} carried rifles and hunting gear as gifts.',
    '{o} later released photographs of {p} with the cosmonauts.',
    'Security around {l} has been tightened since Tuesday night.',
  ],
  plain: [
    'More details are expected later this afternoon.',
    'We will bring you the latest as it happens.',
    'Our correspondent says the rain has finally stopped.',
    'The visit has been planned for months, people familiar with it said.',
    'Neither side has confirmed how long the talks will last.',
    'Several roads remain closed to ordinary traffic.',
    'The schedule has changed twice since the morning.',
    'Journalists were given a short tour of the site but no chance to ask questions.',
    'It is not clear who else took part in the second round of talks.',
    'Both delegations sat at a long table decorated with flags and flowers.',
    'The official photographs show the leaders shaking hands at the top of the steps.',
    'Some of the officials in the room had not been seen in public for a year.',
    'The talks lasted longer than planned, and the press conference was cancelled.',
    'A brass band played as the guests walked along the red carpet.',
  ],
  headings: [
    'Arrival at the spaceport',
    'What we know so far',
    'Reaction from Seoul',
    'The train journey',
    'Talks behind closed doors',
    'Banquet and toasts',
    'Washington responds',
    'What analysts are saying',
  ],
};

const OTHER: Vocabulary = {
  headline: 'Live: dockworkers strike across northern Europe’s ports',
  names: {
    p: [
      'Maria Schmidt',
      'Schmidt',
      'Schmidt',
      'Jens Weber',
      'Weber',
      'Pieter de Vries',
      'De Vries',
      'Ana Costa',
      'Olaf Scholz',
      'Scholz',
      'Luca Bianchi',
      'Kim Kardashian',
      'Biden',
    ],
    l: [
      'Hamburg',
      'Hamburg',
      'Rotterdam',
      'Rotterdam',
      'Antwerp',
      'Bremerhaven',
      'Lisbon',
      'Gdansk',
      'Le Havre',
      'Moscow',
    ],
    o: [
      'the port authority',
      'the union',
      'the European Commission',
      'the shipping association',
      'Eurostat',
      'the White House',
    ],
    t: [
      'overtime pay',
      'automated cranes',
      'the container backlog',
      'night shifts',
      'pension rules',
      'COVID-19',
    ],
    e: [
      'the 2021 walkout',
      'last spring’s talks',
      'the harbour festival',
      'the winter storm',
    ],
  },
  named: [
    'Dockworkers in {l} walked out at six, said {p}, who speaks for {o}.',
    '{p} told reporters that {t} was the sticking point.',
    'Queues of lorries stretched for miles outside {l}, {o} said.',
    '{o} estimates that the strike costs {l} millions a day.',
    'In {l}, ships waited at anchor as cranes stood idle.',
    '{p} called on both sides to return to talks on {t}.',
    'Since {e}, relations between the union and employers have been tense.',
    '{p} said a deal could be reached “within days”.',
    'Picket lines formed at the main gates in {l} and {l}.',
    'Retailers warned that {t} could empty shelves before the holidays.',
    '{o} offered a four per cent rise, which {p} rejected.',
    'Freight trains out of {l} were cancelled until further notice.',
  ],
  plain: [
    'More details are expected later this afternoon.',
    'We will bring you the latest as it happens.',
    'The weather on the coast has turned cold and windy.',
    'Neither side has said when talks will resume.',
    'Several ferry crossings were delayed overnight.',
    'Drivers said they had been waiting since the early hours with nowhere to go.',
    'The strike is the largest in the sector for more than a decade.',
    'Shipping lines have started to divert vessels to smaller harbours.',
    'Union members voted overwhelmingly in favour of the action last week.',
    'Employers say the demands would make the terminals uncompetitive.',
  ],
  headings: [
    'Talks stall again',
    'Ships wait at anchor',
    'What the union wants',
    'Impact on shops',
    'Government reaction',
  ],
};

export interface LiveBlogSpec {
  /** Approximate length of the rendered text, in characters. */
  textLength: number;
  seed: number;
  /** Coverage of the summits, or of the dock strike. */
  aboutSummits: boolean;
}

export interface LiveBlogPage {
  html: string;
  textLength: number;
  /** Rendered text in UTF-8, in bytes. */
  textBytes: number;
  /** Names written into the text (entities and decoys alike). */
  names: number;
}

const SLOT = /\{([plote])\}/g;
const INLINE = ['a', 'strong', 'em', 'a'] as const;

/** Writes a live blog, counting the names it renders. */
class PageWriter extends HtmlWriter {
  names = 0;

  /**
   * A name, as pages write them: mostly plain, sometimes a link or bold, and
   * sometimes with only its first word inside the element.
   */
  name(name: string): void {
    this.names += 1;
    const roll = this.random();
    if (roll < 0.7) return this.text(name);
    const tag = this.pick(INLINE);
    const open =
      tag === 'a' ? `<a href="/topic/${this.int(1, 400)}">` : `<${tag}>`;
    const space = name.indexOf(' ', name.startsWith('the ') ? 4 : 0);
    if (roll < 0.8 && space > 0) {
      this.markup(open);
      this.text(name.slice(0, space));
      this.markup(`</${tag}>`);
      this.text(name.slice(space));
      return;
    }
    this.markup(open);
    this.text(name);
    this.markup(`</${tag}>`);
  }

  /** One sentence from a template, its slots filled with names. */
  sentence(template: string, vocabulary: Vocabulary): void {
    let at = 0;
    for (const slot of template.matchAll(SLOT)) {
      this.text(template.slice(at, slot.index));
      const name = this.pick(vocabulary.names[slot[1] as Slot]);
      // A template's slot may open its sentence.
      this.name(
        slot.index === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name,
      );
      at = slot.index + slot[0].length;
    }
    this.text(template.slice(at));
  }
}

/**
 * The share of sentences that name no one: with it, the summit page has a
 * name about every 97 characters of text, as a live blog of the summits
 * does (the dock-strike page one about every 82).
 */
const PLAIN_SHARE = 0.55;

/** A paragraph of named sentences and plain ones. */
function paragraph(w: PageWriter, v: Vocabulary): void {
  const sentences = w.int(2, 5);
  for (let i = 0; i < sentences; i++) {
    if (i > 0) w.text(' ');
    w.sentence(w.random() < PLAIN_SHARE ? w.pick(v.plain) : w.pick(v.named), v);
  }
}

function post(w: PageWriter, v: Vocabulary, index: number): void {
  const minutes = 9 * 60 + index * 3;
  const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  w.markup(`<article class="post" id="post-${index}"><header><time>`);
  w.text(time);
  w.markup('</time>');
  if (w.random() < 0.3) {
    w.markup('<h2>');
    w.text(w.pick(v.headings));
    w.markup('</h2>');
  }
  w.markup('</header>\n');
  for (let p = w.int(1, 3); p > 0; p--) {
    const roll = w.random();
    if (roll < 0.08) {
      w.markup('<blockquote><p>');
      paragraph(w, v);
      w.markup('</p></blockquote>\n');
    } else if (roll < 0.14) {
      w.markup('<ul>');
      for (let i = w.int(2, 4); i > 0; i--) {
        w.markup('<li>');
        w.sentence(w.pick(v.named), v);
        w.markup('</li>');
      }
      w.markup('</ul>\n');
    } else if (roll < 0.18) {
      w.markup(
        '<figure><img src="data:," alt="" width="640" height="360"><figcaption>',
      );
      w.sentence(w.pick(v.named), v);
      w.markup('</figcaption></figure>\n');
    } else {
      w.markup('<p>');
      paragraph(w, v);
      w.markup('</p>\n');
    }
  }
  w.markup(
    '<footer class="share"><button type="button">Share</button></footer></article>\n',
  );
}

const STYLE = `body{max-width:44rem;margin:1rem auto;padding:0 1rem;font-family:Georgia,serif;line-height:1.6;color:#222}
nav ul{display:flex;gap:1rem;list-style:none;padding:0}a{color:#0a58ca}.post{border-top:1px solid #ddd;padding:.5rem 0}
.post time{font:600 .85rem sans-serif;color:#b00}.share{font-size:.8rem}figure{margin:1rem 0}aside{border-top:2px solid #222}`;

/** Generates one live-blog page. */
export function generateLiveBlog(spec: LiveBlogSpec): LiveBlogPage {
  const v = spec.aboutSummits ? SUMMIT : OTHER;
  const w = new PageWriter(seededRandom(spec.seed));
  w.markup('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">');
  w.markup(
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  );
  w.markup('<link rel="icon" href="data:,"><title>');
  w.text(v.headline);
  w.markup(`</title><style>${STYLE}</style></head>\n<body><header><nav><ul>`);
  for (const label of ['World', 'Asia', 'Europe', 'Business', 'Live']) {
    w.markup('<li><a href="/section">');
    w.text(label);
    w.markup('</a></li>');
  }
  w.markup('</ul></nav></header>\n<main><h1>');
  w.text(v.headline);
  w.markup('</h1>\n<section class="key-events"><h2>');
  w.text('Key events');
  w.markup('</h2><ul>');
  for (let i = 0; i < 5; i++) {
    w.markup(`<li><a href="#post-${i}">`);
    w.sentence(w.pick(v.named), v);
    w.markup('</a></li>');
  }
  w.markup('</ul></section>\n<div class="feed">\n');
  const asideLength = 1_500;
  for (let i = 0; w.textLength < spec.textLength - asideLength; i++)
    post(w, v, i);
  w.markup('</div></main>\n<aside><h2>');
  w.text('Most read');
  w.markup('</h2><ol>');
  while (w.textLength < spec.textLength) {
    w.markup(`<li><a href="/story/${w.int(1000, 99999)}">`);
    w.text(w.pick(v.plain));
    w.markup('</a></li>');
  }
  w.markup('</ol></aside>\n<footer><p>');
  w.text('© 2023 Generated News.');
  w.markup('</p></footer></body></html>\n');
  return {
    html: w.html(),
    textLength: w.textLength,
    textBytes: w.textBytes,
    names: w.names,
  };
}
