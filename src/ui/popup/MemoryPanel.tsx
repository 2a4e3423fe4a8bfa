/**
 * The memory: what is stored, export (JSON, CSV), import (JSON) and clearing with a confirm step
 * inside the UI (never window.confirm, which Firefox's popup cannot show).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { count, formatBytes } from "./format.ts";
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

export function statsLine(stats: MemoryStats): string {
  const parts = [count(stats.articles, "article"), count(stats.claims, "claim"), count(stats.people, "person", "people")];
  const size = formatBytes(stats.usageBytes);
  return `${parts.join(", ")}${size ? ` · ${size} used` : ""}`;
}

export function importMessage(outcome: ImportOutcome): string {
  return outcome.ok ? `Imported ${count(outcome.articles, "article")} and ${count(outcome.claims, "claim")}.` : `Import failed: ${outcome.error}`;
}

export function MemoryPanel(props: MemoryPanelProps) {
  const H = props.headingLevel === 3 ? "h3" : "h2";
  const [status, setStatus] = useState("");
  const [isError, setIsError] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const report = (message: string, error: boolean) => {
    setStatus(message);
    setIsError(error);
  };

  const exportAs = async (format: "json" | "csv") => {
    report("Preparing the file…", false);
    const error = await props.onExport(format);
    report(error ? `Export failed: ${error}` : `Exported as ${format.toUpperCase()}.`, !!error);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !props.onImportFile) return;
    report(`Importing ${file.name}…`, false);
    const outcome = await props.onImportFile(file);
    report(importMessage(outcome), !outcome.ok);
    input.value = ""; // the same file can be picked again
  };

  const clear = async () => {
    setIsBusy(true);
    const isCleared = await props.onClear();
    setIsBusy(false);
    report(isCleared ? "Memory cleared." : "Could not clear the memory.", !isCleared);
  };

  const forgetSite = async (site: string) => {
    if (!props.onForgetSite) return;
    setIsBusy(true);
    const r = await props.onForgetSite(site);
    setIsBusy(false);
    report(r.ok ? `Forgot ${count(r.articles, "article")} from ${site}.` : `Could not forget ${site}: ${r.error}`, !r.ok);
  };

  return (
    <section class="memory" aria-labelledby="srcl-memory-h">
      <H id="srcl-memory-h">Memory</H>
      <p class="stats">{props.stats ? statsLine(props.stats) : props.statsError ? `Could not read the memory: ${props.statsError}` : "Counting…"}</p>
      <p class="hint">The memory stays in this browser and is never sent anywhere.</p>
      <div class="row wrap">
        <button type="button" class="button" onClick={() => void exportAs("json")}>
          Export JSON
        </button>
        <button type="button" class="button" onClick={() => void exportAs("csv")}>
          Export CSV
        </button>
      </div>
      {props.onImportFile ? (
        <div class="file-field">
          <label for="srcl-import-file">Import a JSON export</label>
          <input id="srcl-import-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        </div>
      ) : (
        props.onImportElsewhere && (
          <p>
            <button type="button" class="link-button" onClick={props.onImportElsewhere}>
              Import a JSON export on the settings page
            </button>
          </p>
        )
      )}
      {props.site && props.onForgetSite && (
        <Confirmed
          id="srcl-forget-site"
          opener={`Forget ${props.site}…`}
          question={`Forget every article remembered from ${props.site}? This cannot be undone.`}
          action={`Forget ${props.site}`}
          isBusy={isBusy}
          onConfirm={() => forgetSite(props.site!)}
        />
      )}
      <Confirmed
        id="srcl-clear"
        opener="Clear memory…"
        question={`Forget ${props.stats ? `${count(props.stats.articles, "article")} and ${count(props.stats.claims, "claim")}` : "everything remembered"}? This cannot be undone.`}
        action="Clear everything"
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
          Cancel
        </button>
      </div>
    </div>
  );
}
