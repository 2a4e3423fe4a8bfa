/**
 * The options page's opt-in sources, each explained plainly: what it shows, what is sent and
 * where, what is kept. One switch per source; the switch reports the reader's wish and the caller
 * asks the browser for the source's permission inside the same click (the prompt needs the user
 * gesture). Off by default, every one of them.
 */
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import type { OptInSource } from "../../shared/sources.ts";
import { useT, type MessageKey } from "../i18n.ts";
import { Check } from "./SettingsPanel.tsx";

export interface OptInState {
  /** The source is on: the setting is on and the browser permission is held. */
  isOn: boolean;
  /** The setting is on but the reader withdrew the permission in the browser. */
  isPermissionMissing: boolean;
  isBusy: boolean;
  message: string;
}

export interface OptInPanelProps extends OptInState {
  source: OptInSource;
  /** Prefix of the element ids ("srcl-wikidata" → #srcl-wikidata, #srcl-wikidata-status). */
  id: string;
  heading: string;
  label: string;
  children?: ComponentChildren;
  /** Shown under the switch (the fact-check key form). */
  after?: ComponentChildren;
  onToggle(source: OptInSource, next: boolean): void;
}

export function OptInPanel(props: OptInPanelProps) {
  const t = useT();
  return (
    <section class={`opt-in ${props.source}`} aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.heading}</h2>
      {props.children}
      <Check
        id={props.id}
        checked={props.isOn}
        disabled={props.isBusy}
        label={props.label}
        describedBy={`${props.id}-status`}
        onChange={(next) => props.onToggle(props.source, next)}
      />
      {props.after}
      <p id={`${props.id}-status`} role="status" class="inline-status">
        {props.message || (props.isPermissionMissing ? t("optInPermissionWithdrawn") : "")}
      </p>
    </section>
  );
}

type PanelProps = OptInState & { isFirefox: boolean; onToggle(source: OptInSource, next: boolean): void };

/** What a source does with what, as a list: each line a bold label (a message) and its text. */
function Facts({ lines }: { lines: [label: MessageKey, text: MessageKey][] }) {
  const t = useT();
  return (
    <ul class="plain-list">
      {lines.map(([label, text]) => (
        <li key={label}>
          <strong>{t(label)}</strong> {t(text)}
        </li>
      ))}
    </ul>
  );
}

/** The Wikidata look-up for officials the bundled list does not know. */
export function WikidataPanel(props: PanelProps) {
  const t = useT();
  return (
    <OptInPanel {...props} source="wikidata" id="srcl-wikidata" heading={t("wikidataHeading")} label={t("wikidataLabel")}>
      <p>{t("wikidataIntro")}</p>
      <Facts
        lines={[
          ["optInSentLabel", "wikidataSent"],
          ["optInWhereLabel", "wikidataWhere"],
          ["optInOffByDefault", props.isFirefox ? "wikidataAskFirefox" : "wikidataAsk"],
        ]}
      />
    </OptInPanel>
  );
}

export interface FactCheckPanelProps extends PanelProps {
  hasKey: boolean;
  keyEnd: string | null;
  /** Saves the key ("" removes it); resolves true once saved. */
  onSaveKey(key: string): Promise<boolean>;
}

/** Fact-checked claims (Google Fact Check Tools), with the reader's API key and how to get one. */
export function FactCheckPanel(props: FactCheckPanelProps) {
  const t = useT();
  return (
    <OptInPanel
      {...props}
      source="factCheck"
      id="srcl-factcheck"
      heading={t("factCheckOptionsHeading")}
      label={t("factCheckOptionsLabel")}
      after={<ApiKeyForm hasKey={props.hasKey} keyEnd={props.keyEnd} onSave={props.onSaveKey} />}
    >
      <p>{t("factCheckOptionsIntro")}</p>
      <Facts
        lines={[
          ["optInSentLabel", "factCheckOptionsSent"],
          ["optInWhereLabel", "factCheckOptionsWhere"],
          ["optInKeptLabel", "factCheckOptionsKept"],
          ["optInOffByDefault", props.isFirefox ? "factCheckOptionsAskFirefox" : "factCheckOptionsAsk"],
        ]}
      />
      <details class="how-to">
        <summary>{t("factCheckKeyHowToSummary")}</summary>
        <ol>
          <li>
            {t("factCheckKeyStep1")}{" "}
            <a href="https://console.cloud.google.com/projectcreate" target="_blank" rel="noopener noreferrer">
              {t("factCheckKeyStep1Link")}
            </a>
          </li>
          <li>
            {t("factCheckKeyStep2")}{" "}
            <a href="https://console.cloud.google.com/apis/library/factchecktools.googleapis.com" target="_blank" rel="noopener noreferrer">
              {t("factCheckKeyStep2Link")}
            </a>
          </li>
          <li>
            {t("factCheckKeyStep3")}{" "}
            <a href="https://console.cloud.google.com/apis/credentials" target="_blank" rel="noopener noreferrer">
              {t("factCheckKeyStep3Link")}
            </a>
          </li>
          <li>{t("factCheckKeyStep4")}</li>
          <li>{t("factCheckKeyStep5")}</li>
        </ol>
        <p class="hint">{t("factCheckKeyFree")}</p>
      </details>
    </OptInPanel>
  );
}

function ApiKeyForm(props: { hasKey: boolean; keyEnd: string | null; onSave(key: string): Promise<boolean> }) {
  const t = useT();
  const [value, setValue] = useState("");
  const [status, setStatus] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const save = (key: string) => {
    setStatus(t("saving"));
    void props.onSave(key).then((isSaved) => {
      setStatus(isSaved ? (key ? t("factCheckKeySaved") : t("factCheckKeyRemoved")) : t("saveFailed"));
      if (isSaved) setValue("");
    });
  };
  return (
    <form
      class="key-form"
      onSubmit={(e) => {
        e.preventDefault();
        // Read the field itself: a submit can arrive before the last keystroke's re-render.
        const key = (input.current?.value ?? value).trim();
        if (key) save(key);
      }}
    >
      <label for="srcl-factcheck-key">{t("factCheckKeyLabel")}</label>
      <p class="hint" id="srcl-factcheck-key-hint">
        {props.hasKey && props.keyEnd ? t("factCheckKeyIsSaved", props.keyEnd) : t("factCheckKeyNone")}
      </p>
      <div class="row">
        <input
          id="srcl-factcheck-key"
          ref={input}
          class="input"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-describedby="srcl-factcheck-key-hint"
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("factCheckKeySave")}
        </button>
        {props.hasKey && (
          <button type="button" class="button" onClick={() => save("")}>
            {t("factCheckKeyRemove")}
          </button>
        )}
      </div>
      <p role="status" class="inline-status">
        {status}
      </p>
    </form>
  );
}

/** Sourced quotations from the person's Wikiquote page, reached through their Wikidata item. */
export function WikiquotePanel(props: PanelProps) {
  const t = useT();
  return (
    <OptInPanel {...props} source="wikiquote" id="srcl-wikiquote" heading={t("wikiquoteHeading")} label={t("wikiquoteLabel")}>
      <p>{t("wikiquoteIntro")}</p>
      <Facts
        lines={[
          ["optInSentLabel", "wikiquoteSent"],
          ["optInWhereLabel", "wikiquoteWhere"],
          ["optInKeptLabel", "wikiquoteKept"],
          ["optInOffByDefault", props.isFirefox ? "wikiquoteAskFirefox" : "wikiquoteAsk"],
        ]}
      />
    </OptInPanel>
  );
}

/** What the sources stored in this browser, and the way to delete it. */
export function SourceDataPanel(props: { storedRecords: number | null; onClear(): Promise<boolean> }) {
  const t = useT();
  const [status, setStatus] = useState("");
  return (
    <section class="source-data" aria-labelledby="srcl-source-data-h">
      <h2 id="srcl-source-data-h">{t("sourceDataHeading")}</h2>
      <p class="source-stats">{props.storedRecords === null ? t("memoryCounting") : t.plural("sourceDataStored", props.storedRecords)}</p>
      <p class="hint">{t("sourceDataHint")}</p>
      <p>
        <button
          type="button"
          class="button danger"
          id="srcl-source-data-clear"
          disabled={props.storedRecords === 0}
          onClick={() => void props.onClear().then((isCleared) => setStatus(isCleared ? t("sourceDataCleared") : t("sourceDataClearFailed")))}
        >
          {t("sourceDataClear")}
        </button>
      </p>
      <p role="status" class="inline-status">
        {status}
      </p>
    </section>
  );
}
