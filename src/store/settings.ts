/**
 * The one settings module every part uses (browser.storage.local under one prefixed key).
 * Only the background and the options page write; content reads once at bootstrap and then
 * follows changes. Reads always return a complete, valid Settings: stored values are checked
 * field by field, so a corrupt or older record falls back per field and loses nothing else.
 */
import { prefixed } from "../shared/prefix.ts";

export type HighlightStyle = "underline" | "marker" | "quiet";

export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  /** Hostnames the reader switched off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Also mark claims (quotes and attributed statements), not only names. */
  showClaims: boolean;
  /** Opt-in: look up people the bundled knowledge base lacks on Wikidata (sends a name only). */
  wikidataEnabled: boolean;
  /** Stop adding articles to the memory (reading and highlighting go on). */
  recordingPaused: boolean;
  /** Forget articles older than this many days; null keeps everything. */
  retentionDays: number | null;
  /** Keep at most this many claims (oldest go first); null for no limit. */
  retentionMaxClaims: number | null;
}

export const SETTINGS_KEY = prefixed("settings");

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: "underline",
  showClaims: true,
  wikidataEnabled: false,
  recordingPaused: false,
  retentionDays: null,
  retentionMaxClaims: null,
});

/** The part of browser.storage.StorageArea we use; lets tests pass a fake. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const STYLES: readonly HighlightStyle[] = ["underline", "marker", "quiet"];
const isPositiveIntOrNull = (v: unknown): v is number | null => v === null || (Number.isInteger(v) && (v as number) > 0);

export function normaliseSettings(raw: unknown): Settings {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const bool = (k: keyof Settings, d: boolean) => (typeof r[k] === "boolean" ? (r[k] as boolean) : d);
  return {
    enabled: bool("enabled", DEFAULT_SETTINGS.enabled),
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(r.disabledSites.filter((s): s is string => typeof s === "string").map(normaliseSite).filter(Boolean))].sort()
      : [],
    highlightStyle: STYLES.includes(r.highlightStyle as HighlightStyle) ? (r.highlightStyle as HighlightStyle) : DEFAULT_SETTINGS.highlightStyle,
    showClaims: bool("showClaims", DEFAULT_SETTINGS.showClaims),
    wikidataEnabled: bool("wikidataEnabled", DEFAULT_SETTINGS.wikidataEnabled),
    recordingPaused: bool("recordingPaused", DEFAULT_SETTINGS.recordingPaused),
    retentionDays: isPositiveIntOrNull(r.retentionDays) ? r.retentionDays : DEFAULT_SETTINGS.retentionDays,
    retentionMaxClaims: isPositiveIntOrNull(r.retentionMaxClaims) ? r.retentionMaxClaims : DEFAULT_SETTINGS.retentionMaxClaims,
  };
}

/** "https://www.Example.com/x" or "www.example.com" → "example.com" (a site is its host without www.). */
export function normaliseSite(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return "";
  }
  return host.replace(/^www\./, "").replace(/\.$/, "");
}

export function isSiteEnabled(settings: Settings, urlOrHost: string): boolean {
  // No site switched off (the usual case): no address to normalise (its patterns are compiled on
  // first use, in every page the content script runs in).
  return settings.enabled && (settings.disabledSites.length === 0 || !settings.disabledSites.includes(normaliseSite(urlOrHost)));
}

export async function readSettings(area: SettingsArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

export async function writeSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const current = await readSettings(area);
  const next = normaliseSettings({ ...current, ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function setSiteEnabled(area: SettingsArea, site: string, enabled: boolean): Promise<Settings> {
  const current = await readSettings(area);
  const host = normaliseSite(site);
  const others = current.disabledSites.filter((s) => s !== host);
  return writeSettings(area, { disabledSites: enabled ? others : [...others, host] });
}

/** Picks the new settings out of a storage.onChanged event, or null when they did not change. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>): Settings | null {
  const change = changes[SETTINGS_KEY];
  return change ? normaliseSettings(change.newValue) : null;
}
