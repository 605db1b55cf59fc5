import { Switch } from '../../components/Switch';
import { withSite, type Settings } from '../../utils/settings';
import type { PageState } from './usePageStatus';

interface Props {
  page: PageState;
  settings: Settings | undefined;
  onSave(next: Settings): void;
}

/**
 * The title and the two switches: this site, and all sites. Flipping a
 * switch never changes the header's size: the reason a switch is disabled
 * is announced, not shown (the greyed switch says it).
 */
export function Header({ page, settings, onSave }: Props) {
  const site = page.kind === 'ready' ? page.status.site : undefined;
  return (
    <header class="sl-popup-header">
      <h1 class="sl-popup-title">Summit Lens</h1>
      {settings && (
        <div class="sl-switches">
          {site !== undefined && (
            <Switch
              label={`Annotate ${site}`}
              checked={settings.sites[site] !== false}
              disabled={!settings.enabled}
              description={
                !settings.enabled
                  ? 'Off while annotation is off for all sites.'
                  : undefined
              }
              descriptionHidden
              onChange={(on) => onSave(withSite(settings, site, on))}
            />
          )}
          <Switch
            label="Annotate all sites"
            checked={settings.enabled}
            onChange={(on) => onSave({ ...settings, enabled: on })}
          />
        </div>
      )}
      {page.kind === 'unavailable' && (
        <p class="sl-notice" role="status">
          Annotation is not available on this page.
        </p>
      )}
    </header>
  );
}
