/**
 * The options page: the opt-in online sources (Wikidata look-ups, fact-checks with the reader's
 * API key, Wikiquote quotes) and what they stored; the recording switch and retention; the memory
 * (import needs a file picker, which Firefox's popup cannot keep open). The opt-ins live here, not
 * in the popup, because Firefox closes the toolbar popup when a permission prompt opens.
 */
import { useEffect, useState } from "preact/hooks";
import type { OptInSource } from "../shared/sources.ts";
import { useT, type MessageKey } from "../ui/i18n.ts";
import { Check, RetentionForm } from "../ui/popup/SettingsPanel.tsx";
import { FactCheckPanel, SourceDataPanel, WikidataPanel, WikiquotePanel, type OptInState } from "../ui/popup/SourcePanels.tsx";
import { MemorySection } from "../popup/MemorySection.tsx";
import { useMemory, useSettings, useSources, type PopupClient } from "../popup/use-page-state.ts";

export interface OptionsAppProps {
  client: PopupClient;
}

/** What the status line says after a switch, per source. */
const SAID: Record<OptInSource, { on: MessageKey; off: MessageKey; refused: MessageKey }> = {
  wikidata: { on: "wikidataOn", off: "wikidataOff", refused: "wikidataRefused" },
  factCheck: { on: "factCheckOn", off: "factCheckOff", refused: "factCheckRefused" },
  wikiquote: { on: "wikiquoteOn", off: "wikiquoteOff", refused: "wikiquoteRefused" },
};

type PerSource<T> = Record<OptInSource, T>;

export function OptionsApp({ client }: OptionsAppProps) {
  const t = useT();
  const { settings, error, update } = useSettings(client);
  const sources = useSources(client);
  const memory = useMemory(client);
  const [access, setAccess] = useState<PerSource<boolean | null>>({ wikidata: null, factCheck: null, wikiquote: null });
  const [busy, setBusy] = useState<OptInSource | null>(null);
  const [messages, setMessages] = useState<PerSource<string>>({ wikidata: "", factCheck: "", wikiquote: "" });
  const [saveError, setSaveError] = useState("");

  useEffect(() => {
    let live = true;
    void readAccess(client).then((held) => live && setAccess(held));
    return () => {
      live = false;
    };
  }, [client]);

  const wanted: PerSource<boolean> = {
    wikidata: settings?.wikidataEnabled ?? false,
    factCheck: sources.status?.factCheck ?? false,
    wikiquote: sources.status?.wikiquote ?? false,
  };
  const say = (source: OptInSource, text: string) => setMessages((m) => ({ ...m, [source]: text }));

  const saveSwitch = async (source: OptInSource, isOn: boolean): Promise<boolean> => {
    const r = source === "wikidata" ? await update({ wikidataEnabled: isOn }) : await sources.update({ [source]: isOn });
    if (!r.ok) say(source, t("couldNotSave", r.error));
    return r.ok;
  };

  const onToggle = (source: OptInSource, next: boolean) => {
    say(source, "");
    setBusy(source);
    if (next) {
      // Ask first, synchronously inside this change event: the browser shows the prompt only
      // during a user gesture. Only a granted permission switches the source on.
      void client.requestAccess(source).then(async (isGranted) => {
        setAccess((a) => ({ ...a, [source]: isGranted }));
        if (!isGranted) say(source, t(SAID[source].refused));
        else if (await saveSwitch(source, true)) say(source, t(SAID[source].on));
        setBusy(null);
      });
    } else {
      void saveSwitch(source, false).then(async (isSaved) => {
        const stillOn = (Object.keys(wanted) as OptInSource[]).filter((s) => s !== source && wanted[s]);
        await client.dropAccess(source, stillOn);
        setAccess(await readAccess(client));
        if (isSaved) say(source, t(SAID[source].off));
        setBusy(null);
      });
    }
  };

  const state = (source: OptInSource): OptInState => ({
    isOn: wanted[source] && access[source] === true,
    isPermissionMissing: wanted[source] && access[source] === false,
    isBusy: busy !== null,
    message: messages[source],
  });

  const save = async (patch: Parameters<typeof update>[0]) => {
    const r = await update(patch);
    setSaveError(r.ok ? "" : t("couldNotSave", r.error));
    return r.ok;
  };

  return (
    <div class="options">
      <header>
        <h1>{t("optionsTitle")}</h1>
      </header>
      <main>
        {!settings ? (
          <p role="status">{error ? t("settingsLoadFailed", error) : t("settingsLoading")}</p>
        ) : (
          <>
            <WikidataPanel {...state("wikidata")} isFirefox={client.isFirefox} onToggle={onToggle} />
            <FactCheckPanel
              {...state("factCheck")}
              isFirefox={client.isFirefox}
              onToggle={onToggle}
              hasKey={sources.status?.hasFactCheckKey ?? false}
              keyEnd={sources.status?.factCheckKeyEnd ?? null}
              onSaveKey={async (key) => (await sources.update({ factCheckKey: key })).ok}
            />
            <WikiquotePanel {...state("wikiquote")} isFirefox={client.isFirefox} onToggle={onToggle} />
            <SourceDataPanel storedRecords={sources.status?.storedRecords ?? null} onClear={async () => (await sources.clear()).ok} />
            <section aria-labelledby="srcl-recording-h">
              <h2 id="srcl-recording-h">{t("optionsRemembering")}</h2>
              <Check
                id="srcl-opt-paused"
                checked={settings.recordingPaused}
                label={t("settingsPaused")}
                hint={t("settingsPausedHint")}
                onChange={(v) => void save({ recordingPaused: v })}
              />
              <RetentionForm settings={settings} onSave={save} />
              {saveError && (
                <p role="status" class="inline-status error">
                  {saveError}
                </p>
              )}
            </section>
          </>
        )}
        <MemorySection memory={memory} canPickFile={true} />
      </main>
    </div>
  );
}

async function readAccess(client: PopupClient): Promise<PerSource<boolean>> {
  const [wikidata, factCheck, wikiquote] = await Promise.all([client.hasAccess("wikidata"), client.hasAccess("factCheck"), client.hasAccess("wikiquote")]);
  return { wikidata, factCheck, wikiquote };
}
