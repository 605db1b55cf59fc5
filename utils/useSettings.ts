import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  readSettings,
  settingsItem,
  watchSettings,
  type Settings,
} from './settings';

export interface SettingsHandle {
  /** Undefined until read from storage. */
  settings: Settings | undefined;
  /** Writes settings; the content scripts pick them up from storage. */
  save(next: Settings): Promise<void>;
}

/** The reader's settings, kept in step with storage. */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void readSettings().then((read) => {
      if (live) setSettings((current) => current ?? read);
    });
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      await settingsItem.setValue(next);
    } catch (error) {
      // The switch goes back to what storage holds, which the reader sees.
      console.error('Summit Lens: could not save the settings', error);
      setSettings(await readSettings());
    }
  }, []);
  return { settings, save };
}
