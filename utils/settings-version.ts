/**
 * The version of the stored settings, which migrations lead to. Apart from
 * `settings.ts`, so that tests can write stored settings without creating
 * the storage item.
 */
export const SETTINGS_VERSION = 3;
