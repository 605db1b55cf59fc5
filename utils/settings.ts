/**
 * Reader settings, kept in `storage.local` as a versioned WXT storage item:
 * a global switch and a per-site switch keyed by `siteKey`. Values that do
 * not fit the schema (corrupt or hand-edited storage) read as the defaults.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export const settingsSchema = v.object({
  enabled: v.boolean(),
  sites: v.record(v.string(), v.boolean()),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

/** Version 1 kept switched-off sites as a list. */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {} };

/** Any stored value as valid settings; anything malformed gives defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const result = v.safeParse(settingsSchema, value);
  return result.success
    ? { enabled: result.output.enabled, sites: { ...result.output.sites } }
    : { ...DEFAULT_SETTINGS, sites: {} };
}

/**
 * Migrates version 1 to version 2. A value that is already in the version 2
 * shape is kept; malformed input becomes the defaults.
 */
export function migrateV1(value: unknown): Settings {
  if (v.is(settingsSchema, value)) return sanitizeSettings(value);
  const v1 = value as Partial<SettingsV1> | null;
  if (!v1 || typeof v1 !== 'object') return { ...DEFAULT_SETTINGS, sites: {} };
  const sites: Record<string, boolean> = {};
  if (Array.isArray(v1.disabledSites))
    for (const site of v1.disabledSites)
      if (typeof site === 'string') sites[site] = false;
  return { enabled: v1.enabled !== false, sites };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1 },
});

export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (error) {
    console.warn(
      'Summit Lens: could not read the settings; using the defaults',
      error,
    );
    return { ...DEFAULT_SETTINGS, sites: {} };
  }
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
