/**
 * Compiles the authored YAML files into the knowledge the extension bundles.
 *
 * `compileKnowledge` is pure: it takes file contents (and, optionally, the
 * texts of the source articles) and returns the knowledge, or throws a
 * `KnowledgeError` listing every problem found. It never returns a partial
 * result.
 */
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { aliasKey, quoteKey, wordCount } from '../utils/text';
import { compileClaimSignals } from './compile-claim-signals';
import { compileMeetings } from './compile-meetings';
import { tagFactMeetings } from './fact-meetings';
import {
  claimSignalsSchema,
  comparisonSchema,
  entitySchema,
  genericWordsSchema,
  meetingSchema,
  sourceSchema,
  timelineEventSchema,
  type AuthoredClaimSignals,
  type AuthoredMeeting,
  type Citation,
  type Comparison,
  type Entity,
  type Knowledge,
  type Source,
  type TimelineEvent,
} from './schema';

export const MAX_QUOTE_WORDS = 25;

export interface AuthoredFile {
  /** Path relative to `knowledge/`, such as `entities/people.yaml`. */
  path: string;
  text: string;
}

export interface CompileInput {
  files: AuthoredFile[];
  /** Source article texts keyed by seed file name; omit to skip provenance. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface CompileResult {
  knowledge: Knowledge;
  provenanceChecked: boolean;
}

/** One problem: where it is (file, entry id, field) and why. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  reason: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge has ${problems.length} problem(s):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

export function formatProblem(p: Problem): string {
  return `  ${p.file} › ${p.entry} › ${p.field}: ${p.reason}`;
}

export interface Located<T> {
  file: string;
  value: T;
}

type Role =
  | 'sources'
  | 'entities'
  | 'comparisons'
  | 'timeline'
  | 'generic'
  | 'meetings'
  | 'claim-signals';

function roleOf(path: string): Role | undefined {
  if (path === 'sources.yaml') return 'sources';
  if (path.startsWith('entities/') && path.endsWith('.yaml')) return 'entities';
  if (path === 'comparisons.yaml') return 'comparisons';
  if (path === 'timeline.yaml') return 'timeline';
  if (path === 'generic-words.yaml') return 'generic';
  if (path === 'meetings.yaml') return 'meetings';
  if (path === 'claim-signals.yaml') return 'claim-signals';
  return undefined;
}

function entryName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const key of ['id', 'comparison']) {
      const name = (item as Record<string, unknown>)[key];
      if (typeof name === 'string') return name;
    }
  }
  return `#${index + 1}`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const parts = (issue.path ?? []).map((step) =>
    typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`,
  );
  return parts.join('').replace(/^\./, '') || '(entry)';
}

/** Validates each item of a YAML list against a schema, collecting problems. */
function readList<S extends v.GenericSchema>(
  file: AuthoredFile,
  data: unknown,
  schema: S,
  problems: Problem[],
): Located<v.InferOutput<S>>[] {
  if (!Array.isArray(data)) {
    problems.push({
      file: file.path,
      entry: '(file)',
      field: '(root)',
      reason: 'must be a list of entries',
    });
    return [];
  }
  const out: Located<v.InferOutput<S>>[] = [];
  data.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) {
      out.push({ file: file.path, value: result.output });
      return;
    }
    for (const issue of result.issues) {
      problems.push({
        file: file.path,
        entry: entryName(item, index),
        field: issuePath(issue),
        reason: issue.message,
      });
    }
  });
  return out;
}

function parseFile(file: AuthoredFile, problems: Problem[]): unknown {
  try {
    return parseYaml(file.text) as unknown;
  } catch (error) {
    problems.push({
      file: file.path,
      entry: '(file)',
      field: '(yaml)',
      reason:
        error instanceof Error ? error.message.split('\n')[0]! : 'bad YAML',
    });
    return undefined;
  }
}

/** Builds the compiled knowledge from authored files; throws on any problem. */
export function compileKnowledge(input: CompileInput): CompileResult {
  const problems: Problem[] = [];
  const sources: Located<Source>[] = [];
  const entities: Located<Entity>[] = [];
  const comparisons: Located<Comparison>[] = [];
  const timeline: Located<TimelineEvent>[] = [];
  const authoredMeetings: Located<AuthoredMeeting>[] = [];
  const authoredSignals: Located<AuthoredClaimSignals>[] = [];
  const neverMark: string[] = [];
  const files = [...input.files].sort((a, b) => a.path.localeCompare(b.path));

  for (const file of files) {
    const role = roleOf(file.path);
    if (!role) continue;
    const data = parseFile(file, problems);
    if (data === undefined && problems.length) continue;
    if (role === 'sources') {
      sources.push(...readList(file, data, sourceSchema, problems));
    } else if (role === 'entities') {
      entities.push(...readList(file, data, entitySchema, problems));
    } else if (role === 'comparisons') {
      comparisons.push(...readList(file, data, comparisonSchema, problems));
    } else if (role === 'timeline') {
      timeline.push(...readList(file, data, timelineEventSchema, problems));
    } else if (role === 'meetings') {
      authoredMeetings.push(...readList(file, data, meetingSchema, problems));
    } else if (role === 'claim-signals') {
      authoredSignals.push(
        ...readList(file, data, claimSignalsSchema, problems),
      );
    } else {
      const result = v.safeParse(genericWordsSchema, data);
      if (result.success) neverMark.push(...result.output.neverMark);
      else
        for (const issue of result.issues)
          problems.push({
            file: file.path,
            entry: '(file)',
            field: issuePath(issue),
            reason: issue.message,
          });
    }
  }

  for (const role of ['sources', 'entities'] as const) {
    if (!files.some((f) => roleOf(f.path) === role)) {
      problems.push({
        file: role === 'sources' ? 'sources.yaml' : 'entities/',
        entry: '(file)',
        field: '(root)',
        reason: 'is missing',
      });
    }
  }

  checkUniqueIds('source', sources, problems);
  checkUniqueIds('entity', entities, problems);
  checkUniqueIds('comparison', comparisons, problems);
  checkUniqueIds('meeting', authoredMeetings, problems);

  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  const entityIds = new Set(entities.map((e) => e.value.id));
  const sourceTexts = prepareSourceTexts(input.sourceTexts);
  const checkCitation = (
    file: string,
    entry: string,
    field: string,
    c: { source: string; quote: string },
  ) => {
    checkQuote(file, entry, field, c, sourceById, sourceTexts, problems);
  };
  const checkEntityRefs = (
    file: string,
    entry: string,
    field: string,
    ids: string[],
  ) => {
    ids.forEach((ref, i) => {
      if (!entityIds.has(ref))
        problems.push({
          file,
          entry,
          field: `${field}[${i}]`,
          reason: `unknown entity "${ref}"`,
        });
    });
  };

  const generic = new Set(neverMark.map(aliasKey));
  const aliasOwner = new Map<string, string>();
  for (const { file, value: e } of entities) {
    const lists = [
      ['name', [e.name]],
      ['aliases', e.aliases],
      ['contextAliases', e.contextAliases],
    ] as const;
    for (const [field, list] of lists) {
      list.forEach((alias, i) => {
        const key = aliasKey(alias);
        const owner = aliasOwner.get(key);
        const where = field === 'name' ? field : `${field}[${i}]`;
        if (generic.has(key)) {
          problems.push({
            file,
            entry: e.id,
            field: where,
            reason: `"${alias}" is a generic word that must never be marked`,
          });
        } else if (owner && owner !== e.id) {
          problems.push({
            file,
            entry: e.id,
            field: where,
            reason: `alias "${alias}" is already claimed by entity "${owner}"`,
          });
        }
        aliasOwner.set(key, owner ?? e.id);
      });
    }
    if (!e.aliases.includes(e.name)) e.aliases.unshift(e.name);
    if (e.kind === 'event' && !e.dates) {
      problems.push({
        file,
        entry: e.id,
        field: 'dates',
        reason: 'an event needs dates',
      });
    }
    checkEntityRefs(file, e.id, 'related', e.related);
    e.facts.forEach((fact, f) =>
      fact.citations.forEach((c, ci) =>
        checkCitation(file, e.id, `facts[${f}].citations[${ci}]`, c),
      ),
    );
  }

  for (const { file, value: c } of comparisons) {
    checkEntityRefs(file, c.id, 'about', c.about);
    c.claims.forEach((claim, i) =>
      checkCitation(file, c.id, `claims[${i}]`, claim),
    );
    const claimSources = new Set(c.claims.map((claim) => claim.source));
    if (claimSources.size < 2) {
      problems.push({
        file,
        entry: c.id,
        field: 'claims',
        reason: 'a comparison needs claims from at least two sources',
      });
    }
  }

  timeline.forEach(({ file, value: t }, index) => {
    const entry = `${t.date} ${t.title}`.slice(0, 60) || `#${index + 1}`;
    checkEntityRefs(file, entry, 'entities', t.entities);
    t.citations.forEach((c, i) =>
      checkCitation(file, entry, `citations[${i}]`, c),
    );
  });

  const meetings = compileMeetings(
    authoredMeetings,
    {
      sourceIds: new Set(sourceById.keys()),
      eventIds: new Set(
        entities.filter((e) => e.value.kind === 'event').map((e) => e.value.id),
      ),
    },
    problems,
  );
  const meetingIds = new Set(meetings.map((m) => m.id));
  for (const { file, value: e } of entities)
    e.facts.forEach((fact, f) => {
      if (fact.meeting !== undefined && !meetingIds.has(fact.meeting))
        problems.push({
          file,
          entry: e.id,
          field: `facts[${f}].meeting`,
          reason: `unknown meeting "${fact.meeting}"`,
        });
    });
  tagFactMeetings(
    entities.map((e) => e.value),
    sourceById,
    meetings,
  );
  const claimSignals = compileClaimSignals(
    authoredSignals,
    {
      comparisons: new Map(comparisons.map((c) => [c.value.id, c.value])),
      meetingIds,
    },
    problems,
  );

  if (problems.length) throw new KnowledgeError(problems);

  return {
    knowledge: {
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      comparisons: comparisons.map((c) => c.value),
      timeline: timeline
        .map((t) => t.value)
        .sort((a, b) => a.date.localeCompare(b.date)),
      neverMark,
      meetings,
      claimSignals,
    },
    provenanceChecked: sourceTexts !== undefined,
  };
}

function checkUniqueIds(
  what: string,
  items: Located<{ id: string }>[],
  problems: Problem[],
): void {
  const seen = new Map<string, string>();
  for (const { file, value } of items) {
    const first = seen.get(value.id);
    if (first !== undefined) {
      problems.push({
        file,
        entry: value.id,
        field: 'id',
        reason: `duplicate ${what} id (first defined in ${first})`,
      });
    } else {
      seen.set(value.id, file);
    }
  }
}

function prepareSourceTexts(
  texts: ReadonlyMap<string, string> | undefined,
): Map<string, string> | undefined {
  if (!texts) return undefined;
  return new Map([...texts].map(([name, text]) => [name, quoteKey(text)]));
}

function checkQuote(
  file: string,
  entry: string,
  field: string,
  citation: Pick<Citation, 'source' | 'quote'>,
  sourceById: ReadonlyMap<string, Source>,
  sourceTexts: ReadonlyMap<string, string> | undefined,
  problems: Problem[],
): void {
  const source = sourceById.get(citation.source);
  if (!source) {
    problems.push({
      file,
      entry,
      field: `${field}.source`,
      reason: `unknown source "${citation.source}"`,
    });
    return;
  }
  const words = wordCount(citation.quote);
  if (words > MAX_QUOTE_WORDS) {
    problems.push({
      file,
      entry,
      field: `${field}.quote`,
      reason: `quote has ${words} words; at most ${MAX_QUOTE_WORDS} are allowed`,
    });
  }
  if (!sourceTexts) return;
  const text = sourceTexts.get(source.seedFile);
  if (text === undefined) {
    problems.push({
      file,
      entry,
      field: `${field}.source`,
      reason: `the text of source "${source.id}" (${source.seedFile}) was not found`,
    });
  } else if (!text.includes(quoteKey(citation.quote))) {
    problems.push({
      file,
      entry,
      field: `${field}.quote`,
      reason: `quote not found verbatim in ${source.id} (${source.seedFile}): "${citation.quote}"`,
    });
  }
}
