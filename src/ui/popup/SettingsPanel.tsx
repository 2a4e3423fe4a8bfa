/**
 * The switches: global, this site, highlight style, claims, recording, and the retention limits.
 * Every change is reported upward as it happens; the caller saves it and passes the answer back.
 */
import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useT, type MessageKey } from "../i18n.ts";
import type { HighlightStyle, Settings } from "./settings-type.ts";
import { parseLimit } from "./format.ts";

export interface SettingsPanelProps {
  settings: Settings;
  /** The tab's site (host without www.), or null when the tab is not a web page. */
  site: string | null;
  /** Saves a change; resolves true once the background accepted it. */
  onChange(patch: Partial<Settings>): Promise<boolean>;
  onSiteChange(enabled: boolean): void;
  /** Present in the popup: opens the options page. */
  onOpenOptions?: () => void;
}

const STYLES: readonly { value: HighlightStyle; label: MessageKey; hint: MessageKey }[] = [
  { value: "underline", label: "styleUnderline", hint: "styleUnderlineHint" },
  { value: "marker", label: "styleMarker", hint: "styleMarkerHint" },
  { value: "quiet", label: "styleQuiet", hint: "styleQuietHint" },
];

export function SettingsPanel(props: SettingsPanelProps) {
  const t = useT();
  const { settings: s, site } = props;
  const isSiteOn = site ? !s.disabledSites.includes(site) : true;
  return (
    <div class="settings">
      <h2>{t("settingsHeading")}</h2>
      <div class="field-list">
        <Check
          id="srcl-set-enabled"
          checked={s.enabled}
          label={t("settingsEnabled")}
          hint={t("settingsEnabledHint")}
          onChange={(v) => void props.onChange({ enabled: v })}
        />
        {site && (
          <Check
            id="srcl-set-site"
            checked={isSiteOn}
            disabled={!s.enabled}
            label={t("settingsSite", site)}
            hint={s.enabled ? t("settingsSiteHint") : t("settingsSiteHintOff")}
            onChange={(v) => props.onSiteChange(v)}
          />
        )}
        <Check
          id="srcl-set-claims"
          checked={s.showClaims}
          label={t("settingsClaims")}
          hint={t("settingsClaimsHint")}
          onChange={(v) => void props.onChange({ showClaims: v })}
        />
        <Check
          id="srcl-set-paused"
          checked={s.recordingPaused}
          label={t("settingsPaused")}
          hint={t("settingsPausedHint")}
          onChange={(v) => void props.onChange({ recordingPaused: v })}
        />
      </div>
      <fieldset class="fieldset">
        <legend>{t("styleLegend")}</legend>
        {STYLES.map((st) => (
          <div class="radio" key={st.value}>
            <input
              type="radio"
              id={`srcl-style-${st.value}`}
              name="srcl-style"
              value={st.value}
              checked={s.highlightStyle === st.value}
              onChange={() => void props.onChange({ highlightStyle: st.value })}
            />
            <label for={`srcl-style-${st.value}`}>
              {t(st.label)} <span class="muted">— {t(st.hint)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <RetentionForm settings={s} onSave={props.onChange} />
      {props.onOpenOptions && (
        <p class="more-settings">
          <button type="button" class="link-button" onClick={props.onOpenOptions}>
            {t("settingsMore")}
          </button>
        </p>
      )}
    </div>
  );
}

export interface CheckProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  label: string;
  hint?: string;
  /** Another element that describes the box (a status line below it). */
  describedBy?: string;
  onChange(value: boolean): void;
}

/** A labelled checkbox with an optional hint tied to it by aria-describedby. */
export function Check(props: CheckProps) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const describedBy = [hintId, props.describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div class="check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

export interface RetentionFormProps {
  settings: Pick<Settings, "retentionDays" | "retentionMaxClaims">;
  onSave(patch: Pick<Settings, "retentionDays" | "retentionMaxClaims">): Promise<boolean>;
}

/** Retention limits: saved together on submit, so a half-typed number never deletes anything. */
export function RetentionForm(props: RetentionFormProps) {
  const t = useT();
  const { retentionDays, retentionMaxClaims } = props.settings;
  const [days, setDays] = useState(retentionDays === null ? "" : String(retentionDays));
  const [max, setMax] = useState(retentionMaxClaims === null ? "" : String(retentionMaxClaims));
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState({ days: false, max: false });
  const [saved, setSaved] = useState("");
  const daysRef = useRef<HTMLInputElement>(null);
  const maxRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setDays(retentionDays === null ? "" : String(retentionDays));
    setMax(retentionMaxClaims === null ? "" : String(retentionMaxClaims));
  }, [retentionDays, retentionMaxClaims]);
  /** An edit of one field: the "Saved." of the last submit no longer describes the form. */
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setSaved("");
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    // Read the fields themselves: a submit can arrive before the last keystroke's re-render.
    const d = parseLimit(daysRef.current?.value ?? days);
    const m = parseLimit(maxRef.current?.value ?? max);
    setInvalid({ days: !d.ok, max: !m.ok });
    if (!d.ok || !m.ok) {
      setSaved("");
      setError(!d.ok ? t("retentionDaysInvalid") : t("retentionMaxInvalid"));
      return;
    }
    setError(null);
    setSaved(t("saving"));
    void props.onSave({ retentionDays: d.value, retentionMaxClaims: m.value }).then((isSaved) => setSaved(isSaved ? t("saved") : t("saveFailed")));
  };
  return (
    <form class="fieldset retention" onSubmit={onSubmit} noValidate>
      <fieldset class="plain">
        <legend>{t("retentionLegend")}</legend>
        <p class="hint" id="srcl-retention-hint">
          {t("retentionHint")}
        </p>
        <LimitField
          id="srcl-retention-days"
          label={t("retentionDays")}
          inputRef={daysRef}
          value={days}
          isInvalid={invalid.days}
          onInput={edit(setDays)}
        />
        <LimitField
          id="srcl-retention-max"
          label={t("retentionMax")}
          inputRef={maxRef}
          value={max}
          isInvalid={invalid.max}
          onInput={edit(setMax)}
        />
        <div class="row">
          <button type="submit" class="button">
            {t("retentionSave")}
          </button>
          <span role="status" class={error ? "inline-status error" : "inline-status"}>
            {error ?? saved}
          </span>
        </div>
      </fieldset>
    </form>
  );
}

interface LimitFieldProps {
  id: string;
  label: string;
  inputRef: Ref<HTMLInputElement>;
  value: string;
  isInvalid: boolean;
  onInput(value: string): void;
}

/** One retention limit: a number, or empty for none; described by the form's hint. */
function LimitField(props: LimitFieldProps) {
  return (
    <div class="inline-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        class="input narrow"
        type="text"
        inputMode="numeric"
        value={props.value}
        aria-describedby="srcl-retention-hint"
        aria-invalid={props.isInvalid}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
