/**
 * The options page: the Wikidata opt-in (here, not in the popup, because Firefox closes the
 * toolbar popup when a permission prompt opens), the recording switch and retention, and the
 * memory (import needs a file picker, which Firefox's popup cannot keep open either).
 */
import { useEffect, useState } from "preact/hooks";
import { Check, RetentionForm } from "../ui/popup/SettingsPanel.tsx";
import { WikidataPanel } from "../ui/popup/WikidataPanel.tsx";
import { MemorySection } from "../popup/MemorySection.tsx";
import { useMemory, useSettings, type PopupClient } from "../popup/use-page-state.ts";

export interface OptionsAppProps {
  client: PopupClient;
}

export function OptionsApp({ client }: OptionsAppProps) {
  const { settings, error, update } = useSettings(client);
  const memory = useMemory(client);
  const [hasPermission, setHasPermission] = useState<boolean | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    let live = true;
    void client.hasWikidataAccess().then((has) => live && setHasPermission(has));
    return () => {
      live = false;
    };
  }, [client]);

  const save = async (patch: Parameters<typeof update>[0]) => {
    const r = await update(patch);
    if (!r.ok) setMessage(`Could not save: ${r.error}`);
    return r.ok;
  };

  const onToggleWikidata = (next: boolean) => {
    setMessage("");
    if (next) {
      // Ask first, synchronously inside this change event: the browser shows the prompt only
      // during a user gesture. Only a granted permission switches the setting on.
      const asked = client.requestWikidataAccess();
      setIsBusy(true);
      void asked.then(async (isGranted) => {
        setHasPermission(isGranted);
        if (isGranted) {
          const isSaved = await save({ wikidataEnabled: true });
          if (isSaved) setMessage("Wikidata look-ups are on.");
        } else setMessage("The browser did not allow access to wikidata.org, so look-ups stay off.");
        setIsBusy(false);
      });
    } else {
      setIsBusy(true);
      void save({ wikidataEnabled: false }).then(async (isSaved) => {
        await client.dropWikidataAccess();
        setHasPermission(false);
        if (isSaved) setMessage("Wikidata look-ups are off.");
        setIsBusy(false);
      });
    }
  };

  return (
    <div class="options">
      <header>
        <h1>Sourcelight settings</h1>
      </header>
      <main>
        {!settings ? (
          <p role="status">{error ? `Could not load the settings: ${error}` : "Loading settings…"}</p>
        ) : (
          <>
            <WikidataPanel
              isOn={settings.wikidataEnabled && hasPermission === true}
              isPermissionMissing={settings.wikidataEnabled && hasPermission === false}
              isBusy={isBusy}
              isFirefox={client.isFirefox}
              message={message}
              onToggle={onToggleWikidata}
            />
            <section aria-labelledby="srcl-recording-h">
              <h2 id="srcl-recording-h">Remembering</h2>
              <Check
                id="srcl-opt-paused"
                checked={settings.recordingPaused}
                label="Pause recording"
                hint="Pages are still read and highlighted, but nothing new is remembered."
                onChange={(v) => void save({ recordingPaused: v })}
              />
              <RetentionForm settings={settings} onSave={save} />
            </section>
          </>
        )}
        <MemorySection memory={memory} canPickFile={true} />
      </main>
    </div>
  );
}
