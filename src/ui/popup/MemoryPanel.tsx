/**
 * The memory: what is stored, export (JSON, CSV), import (JSON) and clearing with a confirm step
 * inside the UI (never window.confirm, which Firefox's popup cannot show).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { useT, type Translator } from "../i18n.ts";
import { formatBytes } from "./format.ts";
import type { MemoryStats } from "./settings-type.ts";

export type ImportOutcome = { ok: true; articles: number; claims: number } | { ok: false; error: string };

export interface MemoryPanelProps {
  stats: MemoryStats | null;
  statsError: string | null;
  /** Resolves an error message, or null when the file was handed to the browser. */
  onExport(format: "json" | "csv"): Promise<string | null>;
  /** Present where a file picker can be shown; in Firefox's toolbar popup it closes the popup. */
  onImportFile?: (file: File) => Promise<ImportOutcome>;
  /** Where the import happens instead (the options page). */
  onImportElsewhere?: () => void;
  /** Resolves true when the memory was cleared. */
  onClear(): Promise<boolean>;
  /** The tab's site, when "forget this site" applies. */
  site?: string | null;
  /** Forgets the site's articles; resolves how many were forgotten, or an error message. */
  onForgetSite?: (site: string) => Promise<{ ok: true; articles: number } | { ok: false; error: string }>;
  headingLevel?: 2 | 3;
}

export function statsLine(t: Translator, stats: MemoryStats): string {
  const counts = t("memoryStats", t.plural("articleCount", stats.articles), t.plural("claimCount", stats.claims), t.plural("personCount", stats.people));
  const size = formatBytes(stats.usageBytes);
  return size ? t("memoryStatsUsed", counts, size) : counts;
}

export function importMessage(t: Translator, outcome: ImportOutcome): string {
  return outcome.ok ? t("memoryImported", t.plural("articleCount", outcome.articles), t.plural("claimCount", outcome.claims)) : t("memoryImportFailed", outcome.error);
}

export function MemoryPanel(props: MemoryPanelProps) {
  const t = useT();
  const H = props.headingLevel === 3 ? "h3" : "h2";
  const [status, setStatus] = useState("");
  const [isError, setIsError] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const report = (message: string, error: boolean) => {
    setStatus(message);
    setIsError(error);
  };

  const exportAs = async (format: "json" | "csv") => {
    report(t("memoryPreparing"), false);
    const error = await props.onExport(format);
    report(error ? t("memoryExportFailed", error) : t("memoryExported", format.toUpperCase()), !!error);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !props.onImportFile) return;
    report(t("memoryImporting", file.name), false);
    const outcome = await props.onImportFile(file);
    report(importMessage(t, outcome), !outcome.ok);
    input.value = ""; // the same file can be picked again
  };

  const clear = async () => {
    setIsBusy(true);
    const isCleared = await props.onClear();
    setIsBusy(false);
    report(isCleared ? t("memoryCleared") : t("memoryClearFailed"), !isCleared);
  };

  const forgetSite = async (site: string) => {
    if (!props.onForgetSite) return;
    setIsBusy(true);
    const r = await props.onForgetSite(site);
    setIsBusy(false);
    report(r.ok ? t("memoryForgot", t.plural("articleCount", r.articles), site) : t("memoryForgetFailed", site, r.error), !r.ok);
  };

  return (
    <section class="memory" aria-labelledby="srcl-memory-h">
      <H id="srcl-memory-h">{t("memoryHeading")}</H>
      <p class="stats">{props.stats ? statsLine(t, props.stats) : props.statsError ? t("memoryStatsFailed", props.statsError) : t("memoryCounting")}</p>
      <p class="hint">{t("memoryHint")}</p>
      <div class="row wrap">
        <button type="button" class="button" onClick={() => void exportAs("json")}>
          {t("memoryExportJson")}
        </button>
        <button type="button" class="button" onClick={() => void exportAs("csv")}>
          {t("memoryExportCsv")}
        </button>
      </div>
      {props.onImportFile ? (
        <div class="file-field">
          <label for="srcl-import-file">{t("memoryImportLabel")}</label>
          <input id="srcl-import-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        </div>
      ) : (
        props.onImportElsewhere && (
          <p>
            <button type="button" class="link-button" onClick={props.onImportElsewhere}>
              {t("memoryImportElsewhere")}
            </button>
          </p>
        )
      )}
      {props.site && props.onForgetSite && (
        <Confirmed
          id="srcl-forget-site"
          opener={t("memoryForgetSiteOpener", props.site)}
          question={t("memoryForgetSiteQuestion", props.site)}
          action={t("memoryForgetSiteAction", props.site)}
          isBusy={isBusy}
          onConfirm={() => forgetSite(props.site!)}
        />
      )}
      <Confirmed
        id="srcl-clear"
        opener={t("memoryClearOpener")}
        question={
          props.stats
            ? t("memoryClearQuestion", t.plural("articleCount", props.stats.articles), t.plural("claimCount", props.stats.claims))
            : t("memoryClearQuestionAll")
        }
        action={t("memoryClearAction")}
        isBusy={isBusy}
        onConfirm={clear}
      />
      <p role="status" class={isError ? "inline-status error" : "inline-status"}>
        {status}
      </p>
    </section>
  );
}

interface ConfirmedProps {
  id: string;
  opener: string;
  question: string;
  action: string;
  isBusy: boolean;
  onConfirm(): Promise<void>;
}

/**
 * A destructive action behind a confirm step inside the page (window.confirm cannot show in
 * Firefox's popup). Focus moves to "Cancel" when the step opens and back to the opener after.
 */
export function Confirmed(props: ConfirmedProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (isOpen) cancelRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);
  if (!isOpen)
    return (
      <p>
        <button ref={openerRef} type="button" class="button danger" onClick={() => setIsOpen(true)}>
          {props.opener}
        </button>
      </p>
    );
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`${props.id}-q`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          setIsOpen(false);
        }
      }}
    >
      <p id={`${props.id}-q`}>{props.question}</p>
      <div class="row">
        <button
          type="button"
          class="button danger"
          disabled={props.isBusy}
          onClick={() => void props.onConfirm().then(() => setIsOpen(false))}
        >
          {props.action}
        </button>
        <button ref={cancelRef} type="button" class="button" onClick={() => setIsOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
