/**
 * The toolbar popup: this page at a glance, search across the memory, settings. All data comes
 * through the PopupClient (./use-page-state.ts); everything below is presentational (src/ui/popup).
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useT, type Translator } from "../ui/i18n.ts";
import { PagePanel } from "../ui/popup/PagePanel.tsx";
import { SearchPanel } from "../ui/popup/SearchPanel.tsx";
import { SettingsPanel } from "../ui/popup/SettingsPanel.tsx";
import { Tabs, panelProps, type TabSpec } from "../ui/popup/Tabs.tsx";
import { MemorySection } from "./MemorySection.tsx";
import { useClaimChecks, usePageState, useMemory, useSearch, useSources, type PopupClient } from "./use-page-state.ts";

type Section = "page" | "search" | "settings";

const allTabs = (t: Translator): readonly TabSpec<Section>[] => [
  { id: "page", label: t("popupTabPage") },
  { id: "search", label: t("popupTabSearch") },
  { id: "settings", label: t("popupTabSettings") },
];

const ID = "srcl-popup";

export interface AppProps {
  client: PopupClient;
}

export function App({ client }: AppProps) {
  const t = useT();
  const page = usePageState(client);
  const sources = useSources(client);
  const claimChecks = useClaimChecks(client);
  const search = useSearch(client, client.params.query);
  const memory = useMemory(client);
  const [section, setSection] = useState<Section>(client.params.query ? "search" : "page");
  const [notice, setNotice] = useState("");
  const [canPickFile, setCanPickFile] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const isOwnPage = page.status === "own-page";
  const tabs = useMemo(() => allTabs(t).filter((tab) => !isOwnPage || tab.id !== "page"), [t, isOwnPage]);

  useEffect(() => {
    // Opened as a page of its own (the card's "more…"): there is no "this page" to show.
    if (isOwnPage && section === "page") setSection("search");
  }, [isOwnPage, section]);

  useEffect(() => {
    // A toolbar popup loses focus, and closes, when a file picker opens (Firefox always, Chrome on
    // several platforms), so there the import lives on the options page; in a tab it is here.
    let live = true;
    void client.isToolbarPopup().then((isPopup) => live && setCanPickFile(!isPopup));
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => {
    if (client.params.query) searchInput.current?.focus();
  }, [client]);

  const settings = page.settings.settings;

  const onReveal = async (personId: string, claimId?: string) => {
    const isShown = await page.reveal(personId, claimId);
    if (isShown) client.closePopup();
    else setNotice(t("popupRevealFailed"));
  };

  const onSearchPerson = (name: string) => {
    setSection("search");
    search.searchNow(name);
  };

  const saveSettings = async (patch: Parameters<typeof page.settings.update>[0]) => {
    const r = await page.settings.update(patch);
    if (!r.ok) setNotice(t("couldNotSave", r.error));
    return r.ok;
  };

  const setSite = async (enabled: boolean) => {
    if (!page.site) return;
    const r = await page.settings.setSite(page.site, enabled);
    setNotice(r.ok ? t(enabled ? "popupSiteOn" : "popupSiteOff", page.site) : t("couldNotSave", r.error));
  };

  return (
    <div class="app">
      <header class="top">
        <h1>{t("extName")}</h1>
        {page.site && <p class="site">{page.site}</p>}
        <Tabs<Section> tabs={tabs} selected={section} label={t("extName")} idPrefix={ID} onSelect={setSection} />
      </header>
      <main class="body">
        {!isOwnPage && (
          <div {...panelProps(ID, "page", section)} class="panel">
            <PagePanel
              status={page.status === "own-page" ? "loading" : page.status}
              state={page.state}
              site={page.site}
              errorText={page.error}
              onReveal={(id, claim) => void onReveal(id, claim)}
              onSearchPerson={onSearchPerson}
              onEnableSite={() => void setSite(true)}
              onEnableGlobal={() => void saveSettings({ enabled: true })}
              onRetry={page.refresh}
              isRecordingPaused={settings?.recordingPaused ?? false}
              canCheckClaims={sources.status?.factCheck ?? false}
              claimChecks={claimChecks.checks}
              onCheckClaim={claimChecks.check}
            />
          </div>
        )}
        <div {...panelProps(ID, "search", section)} class="panel">
          <SearchPanel
            query={search.query}
            answeredQuery={search.answeredQuery}
            hits={search.hits}
            isSearching={search.isSearching}
            error={search.error}
            onQueryChange={search.setQuery}
            onSubmit={() => search.searchNow(searchInput.current?.value)}
            inputRef={searchInput}
          />
        </div>
        <div {...panelProps(ID, "settings", section)} class="panel">
          {settings ? (
            <SettingsPanel
              settings={settings}
              site={isOwnPage ? null : page.site}
              onChange={saveSettings}
              onSiteChange={(v) => void setSite(v)}
              onOpenOptions={() => client.openOptionsPage()}
            />
          ) : (
            <p role="status">{page.settings.error ? t("settingsLoadFailed", page.settings.error) : t("settingsLoading")}</p>
          )}
          <MemorySection memory={memory} canPickFile={canPickFile} onImportElsewhere={() => client.openOptionsPage()} site={isOwnPage ? null : page.site} />
        </div>
      </main>
      <footer class="notice">
        <p role="status">{notice}</p>
      </footer>
    </div>
  );
}
