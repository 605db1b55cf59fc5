import knowledgeData from 'virtual:summit-lens/knowledge';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { Tabs, tabElementId } from '../../components/Tabs';
import { entityById } from '../../knowledge/query';
import type { EntityKind, Knowledge } from '../../knowledge/schema';
import { Header } from './Header';
import { mentionCount } from './lookup';
import {
  backLabel,
  currentEntry,
  initialNav,
  navigate,
  TABS,
  type TabId,
} from './navigation';
import { PopupFooter } from './PopupFooter';
import { activateTab, showNextMention } from './page-link';
import type { Route } from './route';
import { usePageStatus } from './usePageStatus';
import { useSettings } from '../../utils/useSettings';
import { Browse } from './views/Browse';
import { Compare } from './views/Compare';
import { Entry } from './views/Entry';
import { OnThisPage } from './views/OnThisPage';
import { Sources } from './views/Sources';
import { TimelineView } from './views/TimelineView';

const PANEL = 'sl-popup';

/** Where keyboard focus goes after the next render. */
type PendingFocus =
  | { to: 'heading' }
  | { to: 'element'; element: HTMLElement | null; scrollY: number }
  | { to: 'selector'; selector: string };

interface Props {
  route: Route;
  knowledge?: Knowledge;
}

/** The popup: switches, tabs, and the view or entry being read. */
export function App({ route, knowledge = knowledgeData }: Props) {
  const { settings, save } = useSettings();
  const page = usePageStatus(route.tab, settings);
  const [nav, dispatch] = useReducer(navigate, route, (r) =>
    initialNav(r.entity, r.tab !== undefined),
  );
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntityKind>();
  const [feedback, setFeedback] = useState<string>();
  const panelRef = useRef<HTMLDivElement>(null);
  const opener = useRef<{ element: HTMLElement | null; scrollY: number }>();
  const pendingFocus = useRef<PendingFocus>();

  const entry = currentEntry(nav);
  const status = page.kind === 'ready' ? page.status : undefined;

  useEffect(() => {
    const focus = pendingFocus.current;
    const panel = panelRef.current;
    pendingFocus.current = undefined;
    if (!focus || !panel) return;
    if (focus.to === 'heading') {
      const heading = panel.querySelector<HTMLElement>(
        ':scope > :not([hidden]) h2',
      );
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      window.scrollTo(0, 0);
    } else if (focus.to === 'element') {
      window.scrollTo(0, focus.scrollY);
      if (focus.element?.isConnected) focus.element.focus();
    } else panel.querySelector<HTMLElement>(focus.selector)?.focus();
  });

  const open = (id: string) => {
    if (nav.entries.length === 0)
      opener.current = {
        element:
          document.activeElement instanceof HTMLElement
            ? document.activeElement
            : null,
        scrollY: window.scrollY,
      };
    pendingFocus.current = { to: 'heading' };
    setFeedback(undefined);
    dispatch({ type: 'entry', id });
  };
  const back = () => {
    pendingFocus.current =
      nav.entries.length > 1
        ? { to: 'heading' }
        : { to: 'element', element: null, scrollY: 0, ...opener.current };
    setFeedback(undefined);
    dispatch({ type: 'back' });
  };
  const selectTab = (tab: TabId) => {
    setFeedback(undefined);
    dispatch({ type: 'tab', tab });
  };
  const selectSource = (id: string | undefined) => {
    pendingFocus.current = id
      ? { to: 'heading' }
      : nav.source
        ? {
            to: 'selector',
            selector: `[data-source-id="${CSS.escape(nav.source)}"]`,
          }
        : undefined;
    dispatch({ type: 'source', id });
  };
  const showOnPage = async (id: string) => {
    if (page.kind !== 'ready') return;
    const name = entityById(knowledge, id)?.name ?? id;
    setFeedback(`Looking for ${name} on the page…`);
    const found = await showNextMention(page.tabId, id);
    setFeedback(
      found
        ? `Showing ${name} on the page.`
        : `Could not find a mention of ${name} on the page any more.`,
    );
    if (!found) return;
    if (route.inTab) await activateTab(page.tabId);
    else window.close();
  };

  return (
    <div class="sl-popup">
      <Header page={page} settings={settings} onSave={(s) => void save(s)} />
      <nav class="sl-views" aria-label="Views">
        <Tabs
          tabs={TABS}
          selected={nav.tab}
          onSelect={selectTab}
          label="Views"
          idPrefix={PANEL}
        />
      </nav>
      <main class="sl-main">
        <div
          ref={panelRef}
          id={`${PANEL}-panel`}
          role="tabpanel"
          class="sl-panel"
          aria-labelledby={tabElementId(PANEL, nav.tab)}
        >
          <div hidden={entry !== undefined}>
            {nav.tab === 'page' && (
              <OnThisPage
                knowledge={knowledge}
                page={page}
                settings={settings}
                onShow={(id) => void showOnPage(id)}
                onOpen={open}
                onBrowse={() => selectTab('browse')}
                feedback={feedback}
                onSaveSettings={(next) => void save(next)}
              />
            )}
            {nav.tab === 'browse' && (
              <Browse
                knowledge={knowledge}
                query={query}
                kind={kind}
                onQuery={setQuery}
                onKind={setKind}
                onOpen={open}
              />
            )}
            {nav.tab === 'compare' && (
              <Compare knowledge={knowledge} onOpen={open} />
            )}
            {nav.tab === 'sources' && (
              <Sources
                knowledge={knowledge}
                selected={nav.source}
                onSelect={selectSource}
                onOpen={open}
              />
            )}
            {nav.tab === 'timeline' && (
              <TimelineView knowledge={knowledge} onOpen={open} />
            )}
          </div>
          {entry !== undefined && (
            <div key={entry}>
              <Entry
                knowledge={knowledge}
                id={entry}
                mentions={mentionCount(status, entry)}
                onOpen={open}
                onBack={back}
                backLabel={backLabel(
                  nav,
                  (id) => entityById(knowledge, id)?.name,
                )}
                onShowOnPage={status ? (id) => void showOnPage(id) : undefined}
              />
              {feedback && (
                <p class="sl-feedback" role="status">
                  {feedback}
                </p>
              )}
            </div>
          )}
        </div>
      </main>
      <PopupFooter />
    </div>
  );
}
