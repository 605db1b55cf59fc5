/**
 * Reader settings, kept in `storage.local` as a versioned WXT storage item:
 * a global switch, a per-site switch keyed by `siteKey`, which mentions to
 * mark, a switch per kind of entity, and claim marks. A stored value is read
 * field by field: a field that does not fit (corrupt or hand-edited storage)
 * reads as its default, and the others are kept.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { entityKinds, type EntityKind } from '../knowledge/kinds';

/** Which mentions are painted: the first of each entity per section, or all. */
export type Marking = 'first' | 'every';

export interface Settings {
  enabled: boolean;
  /** Site key → on/off; a site not listed is on. */
  sites: Record<string, boolean>;
  marking: Marking;
  kinds: Record<EntityKind, boolean>;
  /** Whether sentences that answer a compared question are marked. */
  claims: boolean;
}

/** Version 1 kept switched-off sites as a list. */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
}

/** Version 2: the global switch and the per-site switches. */
export interface SettingsV2 {
  enabled: boolean;
  sites: Record<string, boolean>;
}

function allKinds(on: boolean): Record<EntityKind, boolean> {
  return Object.fromEntries(entityKinds.map((k) => [k, on])) as Record<
    EntityKind,
    boolean
  >;
}

/** Fresh default settings (a new object each time, safe to change). */
export function defaultSettings(): Settings {
  return {
    enabled: true,
    sites: {},
    marking: 'first',
    kinds: allKinds(true),
    claims: true,
  };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = defaultSettings();

/** Whether a value is a plain record (not null, not an array). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The boolean entries of a record; anything else is left out. */
function booleanEntries(value: unknown): Record<string, boolean> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, boolean] => typeof entry[1] === 'boolean',
    ),
  );
}

/** Any stored value as valid settings, each bad field replaced by its default. */
export function sanitizeSettings(value: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(value)) return settings;
  if (typeof value.enabled === 'boolean') settings.enabled = value.enabled;
  settings.sites = booleanEntries(value.sites) ?? settings.sites;
  if (value.marking === 'first' || value.marking === 'every')
    settings.marking = value.marking;
  const kinds = booleanEntries(value.kinds) ?? {};
  for (const kind of entityKinds)
    if (kind in kinds) settings.kinds[kind] = kinds[kind]!;
  if (typeof value.claims === 'boolean') settings.claims = value.claims;
  return settings;
}

/**
 * Migrates version 1 to version 2. A value that is already in the version 2
 * shape is kept; malformed input becomes the defaults.
 */
export function migrateV1(value: unknown): SettingsV2 {
  if (!isRecord(value)) return { enabled: true, sites: {} };
  if ('sites' in value) {
    const { enabled, sites } = sanitizeSettings(value);
    return { enabled, sites };
  }
  const sites: Record<string, boolean> = {};
  if (Array.isArray(value.disabledSites))
    for (const site of value.disabledSites as unknown[])
      if (typeof site === 'string') sites[site] = false;
  return { enabled: value.enabled !== false, sites };
}

/**
 * Migrates version 2 to version 3: the switches the reader set are kept,
 * and the new fields (marking, kinds, claims) start at their defaults.
 */
export function migrateV2(value: unknown): Settings {
  return sanitizeSettings(value);
}

/** Migrations by the version they lead to. */
const migrations = { 2: migrateV1, 3: migrateV2 };

/** Where the settings are kept in `storage.local` (WXT's `local:settings`). */
const STORED_KEY = 'settings';

// Pure: an entry that never uses the item (the bootstrap) does not define it,
// so does not run its migration.
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(
  `local:${STORED_KEY}`,
  {
    fallback: DEFAULT_SETTINGS,
    version: 3,
    migrations,
  },
);

export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (error) {
    console.warn(
      'Summit Lens: could not read the settings; using the defaults',
      error,
    );
    return defaultSettings();
  }
}

/**
 * Reads the settings straight from `storage.local`, without WXT's storage
 * item: for the part of the content script that every page loads, where
 * defining the item would cost a second read for its migration. The
 * background migrates the stored settings whenever the extension starts or
 * is updated; a value of an older version still reads field by field.
 */
export async function peekSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(STORED_KEY);
    return sanitizeSettings(stored[STORED_KEY]);
  } catch (error) {
    console.warn(
      'Summit Lens: could not read the settings; using the defaults',
      error,
    );
    return defaultSettings();
  }
}

/** Like `watchSettings`, without WXT's storage item (see `peekSettings`). */
export function watchStoredSettings(
  onChange: (settings: Settings) => void,
): () => void {
  const listener = (
    changes: Record<string, { newValue?: unknown }>,
    area: string,
  ) => {
    const change = changes[STORED_KEY];
    if (area === 'local' && change) onChange(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` with sanitized settings whenever they change. */
export function watchSettings(
  onChange: (settings: Settings) => void,
): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}

export function isSiteEnabled(
  settings: Settings,
  site: string | undefined,
): boolean {
  return (
    settings.enabled && (site === undefined || settings.sites[site] !== false)
  );
}

/** Settings with one site switched on or off. */
export function withSite(
  settings: Settings,
  site: string,
  on: boolean,
): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: on } };
}

/** Settings with one kind of entity switched on or off. */
export function withKind(
  settings: Settings,
  kind: EntityKind,
  on: boolean,
): Settings {
  return { ...settings, kinds: { ...settings.kinds, [kind]: on } };
}

/** The sites the reader switched off, in alphabetical order. */
export function switchedOffSites(settings: Settings): string[] {
  return Object.entries(settings.sites)
    .filter(([, on]) => !on)
    .map(([site]) => site)
    .sort();
}
