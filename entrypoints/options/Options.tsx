import { useEffect, useId, useState } from 'preact/hooks';
import { KindLegend } from '../../components/KindLegend';
import { Switch } from '../../components/Switch';
import {
  switchedOffSites,
  withKind,
  withSite,
  type Marking,
  type Settings,
} from '../../utils/settings';
import { commandShortcut } from '../../utils/shortcut';
import { useSettings } from '../../utils/useSettings';

const MARKING: { value: Marking; label: string; description: string }[] = [
  {
    value: 'first',
    label: 'first mentions',
    description:
      'The first mention of each name in each part of an article. Pointing at a later mention still opens its card.',
  },
  {
    value: 'every',
    label: 'every mention',
    description: 'Every time a name appears.',
  },
];

/** The options page: what is marked, and the sites switched off. */
export function Options() {
  const { settings, save } = useSettings();
  return (
    <main class="sl-options">
      <h1 class="sl-options-title">Summit Lens options</h1>
      {settings ? (
        <>
          <MarkingChoice
            settings={settings}
            onSave={(next) => void save(next)}
          />
          <KindLegend
            level={2}
            kinds={settings.kinds}
            onChange={(kind, on) => void save(withKind(settings, kind, on))}
          />
          <ClaimsChoice
            settings={settings}
            onSave={(next) => void save(next)}
          />
          <Sites settings={settings} onSave={(next) => void save(next)} />
        </>
      ) : (
        <p>Reading your settings…</p>
      )}
      <Keyboard />
    </main>
  );
}

interface SectionProps {
  settings: Settings;
  onSave(next: Settings): void;
}

function MarkingChoice({ settings, onSave }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="sl-section-title">
        Which mentions to mark
      </h2>
      <fieldset class="sl-choices">
        <legend class="sl-visually-hidden">Which mentions to mark</legend>
        {MARKING.map((m) => (
          <div key={m.value} class="sl-choice">
            <label>
              <input
                type="radio"
                name="marking"
                value={m.value}
                checked={settings.marking === m.value}
                aria-describedby={`${id}-${m.value}`}
                onChange={() => onSave({ ...settings, marking: m.value })}
              />{' '}
              {m.label}
            </label>
            <p id={`${id}-${m.value}`} class="sl-choice-description">
              {m.description}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}

function ClaimsChoice({ settings, onSave }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} class="sl-section-title">
        Claims
      </h2>
      <Switch
        label="Mark claims the sources disagree on"
        checked={settings.claims}
        description="Where a sentence on the page answers a question the sources answer differently, it is underlined, and its card says which sources agree with it."
        onChange={(on) => onSave({ ...settings, claims: on })}
      />
    </section>
  );
}

function Sites({ settings, onSave }: SectionProps) {
  const id = useId();
  const off = switchedOffSites(settings);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} class="sl-section-title">
        Sites
      </h2>
      <Switch
        label="Annotate all sites"
        checked={settings.enabled}
        onChange={(on) => onSave({ ...settings, enabled: on })}
      />
      {off.length === 0 ? (
        <p class="sl-options-note">
          No site is switched off. Switch one off from the toolbar popup on that
          site.
        </p>
      ) : (
        <ul class="sl-sites" aria-label="Sites switched off">
          {off.map((site) => (
            <li key={site}>
              <span class="sl-site">{site}</span>
              <button
                type="button"
                class="sl-secondary"
                aria-label={`Switch ${site} back on`}
                onClick={() => onSave(withSite(settings, site, true))}
              >
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Keyboard() {
  const id = useId();
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void commandShortcut('next-mention').then(setShortcut);
  }, []);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} class="sl-section-title">
        Keyboard
      </h2>
      <p class="sl-options-note">
        {shortcut ? (
          <>
            <kbd>{shortcut}</kbd> goes to the next mention on a marked page and
            opens its card; <kbd>Esc</kbd> closes it.
          </>
        ) : (
          'No shortcut is set for “Go to the next highlighted mention”.'
        )}{' '}
        Change shortcuts in your browser’s extension settings
        (chrome://extensions/shortcuts in Chrome, “Manage Extension Shortcuts”
        in Firefox’s add-ons page).
      </p>
    </section>
  );
}
