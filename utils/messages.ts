/**
 * The messages the parts of the extension exchange, as one typed protocol:
 * each message has a name, the data it carries and the answer it gets, both
 * described by valibot schemas and checked where they enter. On the wire a
 * message is `{ type: 'summit-lens:<name>', data }`.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

const PREFIX = 'summit-lens:';

/** One message: what it carries and what it is answered with. */
export interface MessageSpec {
  data: v.GenericSchema;
  reply: v.GenericSchema;
}

export type Protocol = Record<string, MessageSpec>;
export type DataOf<S extends MessageSpec> = v.InferOutput<S['data']>;
export type ReplyOf<S extends MessageSpec> = v.InferOutput<S['reply']>;

const pageEntitySchema = v.object({ id: v.string(), count: v.number() });

/** Which Kim–Putin meeting the page reports (see `meeting-decision.ts`). */
const meetingOnPageSchema = v.object({
  /** A meeting id, or `unknown`. */
  id: v.string(),
  /** Whether the sources cover the meeting. */
  covered: v.boolean(),
  /** As a sentence names it: "the September 2023 summit at Vostochny". */
  label: v.string(),
  /** One line built from the cues found ("dated 13 September 2023; …"). */
  why: v.string(),
});

/** A point the sources disagree on where the page takes a side. */
const claimOnPageSchema = v.object({
  /** The comparison's id. */
  comparison: v.string(),
  /** The comparison's topic: "when the train left Pyongyang". */
  topic: v.string(),
  /** The answer the page gives, in words: "On Sunday evening". */
  answer: v.string(),
  /** Ids of the sources that gave the same answer. */
  agrees: v.array(v.string()),
});

const pageStatusSchema = v.object({
  site: v.optional(v.string()),
  /** Whether annotation is switched on for this site. */
  enabled: v.boolean(),
  /** Whether the page is about the summits. */
  relevant: v.boolean(),
  entities: v.array(pageEntitySchema),
  total: v.number(),
  /** The meeting the page reports, once decided (relevant pages only). */
  meeting: v.optional(meetingOnPageSchema),
  /** What the page says on disputed points, one per comparison and answer. */
  claims: v.optional(v.array(claimOnPageSchema)),
});

/** An entity found on a page with its number of mentions. */
export type PageEntity = v.InferOutput<typeof pageEntitySchema>;
/** The meeting a page reports, as its status gives it. */
export type MeetingOnPage = v.InferOutput<typeof meetingOnPageSchema>;
/** A claim the page makes on a disputed point, as its status gives it. */
export type ClaimOnPage = v.InferOutput<typeof claimOnPageSchema>;
/** What the content script reports about its page. */
export type PageStatus = v.InferOutput<typeof pageStatusSchema>;

const nothing = v.object({});
/**
 * The answer to a message that returns nothing. Chrome hands a listener's
 * `undefined` on as null.
 */
const noAnswer = v.nullish(v.void());
/** A message about one entity, by id. */
export const entityData = v.object({ entity: v.string() });

/** Messages to a tab's content script. */
export const tabMessages = {
  status: { data: nothing, reply: pageStatusSchema },
  /**
   * Scroll to the next mention (of one entity, if given) and open its card;
   * answered with whether there was one.
   */
  nextMention: {
    data: v.object({ entity: v.optional(v.string()) }),
    reply: v.boolean(),
  },
} satisfies Protocol;

/**
 * Messages to the background. (What a card shows of an entity is asked
 * apart, in `entry-messages.ts`: its answer's schema is the knowledge's,
 * which the part of the content script that every page loads does without.)
 */
export const backgroundMessages = {
  /** The "next mention" shortcut as the browser reports it; null if unset. */
  shortcut: { data: nothing, reply: v.nullable(v.string()) },
  /** Open an entity's full entry in a tab. */
  openEntry: { data: entityData, reply: noAnswer },
  /**
   * How many mentions the sender's page has, and whether its site is
   * switched on, for the toolbar button.
   */
  mentions: {
    data: v.object({ total: v.number(), enabled: v.boolean() }),
    reply: noAnswer,
  },
} satisfies Protocol;

export type TabMessages = typeof tabMessages;
export type BackgroundMessages = typeof backgroundMessages;

/** The keyboard commands declared in the manifest. */
export const commandNames = ['next-mention', 'toggle-site'] as const;
export type CommandName = (typeof commandNames)[number];

function wire(name: string, data: unknown): { type: string; data: unknown } {
  return { type: PREFIX + name, data };
}

/**
 * Sends a message to the content script of a tab and checks its answer.
 * Rejects when the tab has no content script to answer, or when the answer
 * is not what the protocol says.
 */
export async function sendToTab<K extends keyof TabMessages>(
  tabId: number,
  name: K,
  data: DataOf<TabMessages[K]>,
): Promise<ReplyOf<TabMessages[K]>> {
  const reply: unknown = await browser.tabs.sendMessage(
    tabId,
    wire(name, data),
  );
  return v.parse(tabMessages[name].reply, reply);
}

/** Sends a message of `protocol` to the background and checks its answer. */
export async function sendToBackgroundIn<
  P extends Protocol,
  K extends Extract<keyof P, string>,
>(protocol: P, name: K, data: DataOf<P[K]>): Promise<ReplyOf<P[K]>> {
  const spec: P[K] = protocol[name];
  const reply: unknown = await browser.runtime.sendMessage(wire(name, data));
  return v.parse(spec.reply, reply);
}

/** Sends one of `backgroundMessages` to the background and checks its answer. */
export function sendToBackground<K extends keyof BackgroundMessages>(
  name: K,
  data: DataOf<BackgroundMessages[K]>,
): Promise<ReplyOf<BackgroundMessages[K]>> {
  return sendToBackgroundIn(backgroundMessages, name, data);
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (
    data: DataOf<P[K]>,
    sender: Browser.runtime.MessageSender,
  ) => ReplyOf<P[K]> | Promise<ReplyOf<P[K]>>;
};

/**
 * Answers the messages of one protocol in this part of the extension.
 * A message of another protocol is left for others to answer; one of this
 * protocol whose data does not fit is answered with an error. Returns a
 * function that stops answering.
 */
export function handleMessages<P extends Protocol>(
  protocol: P,
  handlers: Handlers<P>,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return undefined;
    const name = envelope.output.type.slice(PREFIX.length);
    if (!isMessageOf(protocol, name)) return undefined;
    const spec = protocol[name];
    if (!spec) return undefined;
    const data = v.safeParse(spec.data, envelope.output.data);
    if (!data.success)
      return Promise.reject(
        new Error(
          `Summit Lens: malformed "${name}" message: ${v.summarize(data.issues)}`,
        ),
      );
    return Promise.resolve(handlers[name](data.output, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Any of our messages, whatever its name. */
const envelopeSchema = v.object({
  type: v.pipe(v.string(), v.startsWith(PREFIX)),
  data: v.unknown(),
});

function isMessageOf<P extends Protocol>(
  protocol: P,
  name: string,
): name is Extract<keyof P, string> {
  return Object.hasOwn(protocol, name);
}
