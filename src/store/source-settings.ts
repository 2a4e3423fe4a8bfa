/**
 * The reader's switches for the opt-in sources (fact-checks, Wikiquote) and their fact-check API
 * key, kept apart from the main settings record on purpose:
 * - the content script reads the main settings on every page load; these it never needs there
 *   (the card's view, loaded on the first hover, reads the two switches to know whether to ask),
 *   so the every-page code stays as it was;
 * - the API key has a key of its own, so reading the switches never hands over the key.
 * Written by the background only (popup→bg:updateSourceSettings from the options page). Reads
 * always return complete, valid values.
 */
import { prefixed } from "../shared/prefix.ts";

export interface SourceSettings {
  /** Fact-checked claims in the card, and the per-claim look-up (Google Fact Check Tools). */
  factCheck: boolean;
  /** Sourced quotes from the person's Wikiquote page (through their Wikidata item). */
  wikiquote: boolean;
}

export const SOURCE_SETTINGS_KEY = prefixed("sources");
export const FACT_CHECK_KEY_KEY = prefixed("factcheck-key");

export const DEFAULT_SOURCE_SETTINGS: Readonly<SourceSettings> = Object.freeze({ factCheck: false, wikiquote: false });

/** The part of browser.storage.StorageArea this needs. */
export interface SourceSettingsArea {
  get(key: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function normaliseSourceSettings(raw: unknown): SourceSettings {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return {
    factCheck: typeof r.factCheck === "boolean" ? r.factCheck : DEFAULT_SOURCE_SETTINGS.factCheck,
    wikiquote: typeof r.wikiquote === "boolean" ? r.wikiquote : DEFAULT_SOURCE_SETTINGS.wikiquote,
  };
}

export async function readSourceSettings(area: Pick<SourceSettingsArea, "get">): Promise<SourceSettings> {
  return normaliseSourceSettings((await area.get(SOURCE_SETTINGS_KEY))[SOURCE_SETTINGS_KEY]);
}

export async function writeSourceSettings(area: SourceSettingsArea, patch: Partial<SourceSettings>): Promise<SourceSettings> {
  const next = normaliseSourceSettings({ ...(await readSourceSettings(area)), ...patch });
  await area.set({ [SOURCE_SETTINGS_KEY]: next });
  return next;
}

/** API keys are printable ASCII without spaces; anything else is cut away (a pasted line break). */
export function normaliseApiKey(raw: string): string {
  return raw.replace(/[^\x21-\x7E]/g, "").slice(0, 200);
}

export async function readFactCheckKey(area: Pick<SourceSettingsArea, "get">): Promise<string> {
  const v = (await area.get(FACT_CHECK_KEY_KEY))[FACT_CHECK_KEY_KEY];
  return typeof v === "string" ? normaliseApiKey(v) : "";
}

/** Saves the key; an empty key removes it. */
export async function writeFactCheckKey(area: SourceSettingsArea, key: string): Promise<string> {
  const clean = normaliseApiKey(key);
  if (clean) await area.set({ [FACT_CHECK_KEY_KEY]: clean });
  else await area.remove(FACT_CHECK_KEY_KEY);
  return clean;
}
