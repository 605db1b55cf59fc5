/**
 * Reader settings, kept in `storage.local` as a versioned WXT storage item:
 * a global switch, a per-site switch keyed by `siteKey`, which mentions to
 * mark, a switch per kind of entity, and claim marks. A stored value is read
 * field by field: a field that does not fit (corrupt or hand-edited storage)
 * reads as its default, and the others are kept.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { entityKinds, type EntityKind } from '../knowledge/kinds';
import { SETTINGS_VERSION } from './settings-version';

/** A switch that reads as on when it is missing or not a boolean. */
const switchOn = v.fallback(v.boolean(), true);

const markingSchema = v.picklist(['first', 'every']);

/** Which mentions are painted: the first of each entity per section, or all. */
export type Marking = v.InferOutput<typeof markingSchema>;

const kindsSchema = v.object(
  // Built from the list of kinds; valibot cannot infer keys from an array.
  Object.fromEntries(entityKinds.map((kind) => [kind, switchOn])) as Record<
    EntityKind,
    typeof switchOn
  >,
);

/**
 * The settings as stored, each field with its own fallback: a field that
 * does not fit reads as its default and the others are kept. Unknown
 * fields and kinds are dropped; a site whose switch is not a boolean reads
 * as on, as a site not listed does.
 */
const settingsSchema = v.object({
  enabled: switchOn,
  /** Site key → on/off; a site not listed is on. */
  sites: v.fallback(v.record(v.string(), switchOn), () => ({})),
  marking: v.fallback(markingSchema, 'first'),
  kinds: v.fallback(kindsSchema, () => v.parse(kindsSchema, {})),
  /** Whether sentences that answer a compared question are marked. */
  claims: switchOn,
});

export type Settings = v.InferOutput<typeof settingsSchema>;

/** Version 1 kept switched-off sites as a list. */
const settingsV1Schema = v.fallback(
  v.object({
    enabled: switchOn,
    disabledSites: v.fallback(v.array(v.string()), () => []),
  }),
  () => ({ enabled: true, disabledSites: [] }),
);

/** Version 2: the global switch and the per-site switches. */
export type SettingsV2 = Pick<Settings, 'enabled' | 'sites'>;

/** Fresh default settings (a new object each time, safe to change). */
export function defaultSettings(): Settings {
  return v.parse(settingsSchema, {});
}

export const DEFAULT_SETTINGS: Readonly<Settings> =
  /* @__PURE__ */ defaultSettings();

/** Any stored value as valid settings, each bad field replaced by its default. */
export function sanitizeSettings(value: unknown): Settings {
  return v.parse(v.fallback(settingsSchema, defaultSettings), value);
}

/**
 * Migrates version 1 to version 2. A value that already has per-site
 * switches (stored without its version) is kept whole; malformed input
 * becomes the defaults.
 */
export function migrateV1(value: unknown): SettingsV2 {
  if (v.is(v.object({ sites: v.record(v.string(), v.unknown()) }), value))
    return sanitizeSettings(value);
  const { enabled, disabledSites } = v.parse(settingsV1Schema, value);
  return {
    enabled,
    sites: Object.fromEntries(disabledSites.map((site) => [site, false])),
  };
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
    version: SETTINGS_VERSION,
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
 * Settings as stored, read field by field only when first asked for: the
 * part of the content script that every page loads needs only to know
 * whether its site is switched on, which `isSiteEnabled` tells from the
 * stored value itself, as `sanitizeSettings` would read it.
 */
export class StoredSettings {
  private read?: Settings;

  constructor(private readonly value: unknown) {}

  /** The stored value as valid settings (see `sanitizeSettings`). */
  get settings(): Settings {
    return (this.read ??= sanitizeSettings(this.value));
  }

  /** `isSiteEnabled` of the settings, without reading them whole. */
  isSiteEnabled(site: string | undefined): boolean {
    if (this.read) return isSiteEnabled(this.read, site);
    const { value } = this;
    if (typeof value !== 'object' || value === null) return true;
    const { enabled, sites } = value as Partial<
      Record<keyof Settings, unknown>
    >;
    if (enabled === false) return false;
    return !(
      site !== undefined &&
      typeof sites === 'object' &&
      sites !== null &&
      Object.hasOwn(sites, site) &&
      (sites as Record<string, unknown>)[site] === false
    );
  }
}

/**
 * Reads the settings straight from `storage.local`, without WXT's storage
 * item: for the part of the content script that every page loads, where
 * defining the item would cost a second read for its migration. The
 * background migrates the stored settings whenever the extension starts or
 * is updated; a value of an older version still reads field by field.
 */
export async function peekSettings(): Promise<StoredSettings> {
  try {
    const stored = await browser.storage.local.get(STORED_KEY);
    return new StoredSettings(stored[STORED_KEY]);
  } catch (error) {
    console.warn(
      'Summit Lens: could not read the settings; using the defaults',
      error,
    );
    return new StoredSettings(undefined);
  }
}

/** Like `watchSettings`, without WXT's storage item (see `peekSettings`). */
export function watchStoredSettings(
  onChange: (settings: StoredSettings) => void,
): () => void {
  const listener = (
    changes: Record<string, { newValue?: unknown }>,
    area: string,
  ) => {
    const change = changes[STORED_KEY];
    if (area === 'local' && change)
      onChange(new StoredSettings(change.newValue));
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
