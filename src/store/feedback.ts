/**
 * What the reader told us about a highlight ("not this person": drop the knowledge-base link;
 * "not an official": stop highlighting that name), kept in browser.storage.local under one
 * prefixed key and applied on every later page. Written by the background only.
 */
import type { FeedbackKind } from "../shared/types.ts";
import { prefixed } from "../shared/prefix.ts";
import type { SettingsArea } from "./settings.ts";

export const FEEDBACK_KEY = prefixed("feedback");
/** Oldest entries go first beyond this many (a reader will never get near it). */
const MAX_FEEDBACK = 5000;

export type FeedbackMap = Record<string, FeedbackKind>;

/** "Benjamin  NETANYAHU" and "benjamin netanyahu" are one key; diacritics fold. */
export function feedbackKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function normaliseFeedback(raw: unknown): FeedbackMap {
  const out: FeedbackMap = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (v === "not-official" || v === "not-this-person") out[k] = v;
  }
  return out;
}

export async function readFeedback(area: SettingsArea): Promise<FeedbackMap> {
  return normaliseFeedback((await area.get(FEEDBACK_KEY))[FEEDBACK_KEY]);
}

export async function addFeedback(area: SettingsArea, name: string, kind: FeedbackKind): Promise<FeedbackMap> {
  const current = await readFeedback(area);
  const key = feedbackKey(name);
  if (!key) return current;
  delete current[key];
  current[key] = kind;
  const keys = Object.keys(current);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_FEEDBACK))) delete current[old];
  await area.set({ [FEEDBACK_KEY]: current });
  return current;
}
