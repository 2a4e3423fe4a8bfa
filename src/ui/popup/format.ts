/**
 * Small pure formatters for the popup and options pages. Everything that came from a page or from
 * the memory is rendered as preact text; the only thing that becomes an attribute is a link, and
 * only when it is an http(s) URL (a stored `javascript:` or `data:` URL must never be clickable).
 */
import type { Translator } from "../../shared/i18n.ts";

/** The URL itself when it is http(s), else undefined (no href at all). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** One formatter per locale and options: toLocaleDateString with options builds a new one on every
 *  call, which costs about a millisecond or more each in Chromium (a card lists several dates). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" };

/** "2026-03-04T…" → "4 Mar 2026" in the reader's locale; "" for missing or invalid dates. */
export function formatDate(iso: string | null | undefined, locale?: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return dateFormat(locale, DAY).format(d);
}

/**
 * When another article was published, or — when it states no date — when the reader read it:
 * "4 Mar 2026", "read on 5 Mar 2026". The day of reading is never shown as the day it was said.
 */
export function publishedOrRead(t: Translator, date: string | null | undefined, readOn: string | null | undefined, locale?: string): string {
  const published = formatDate(date, locale);
  if (published) return published;
  const read = formatDate(readOn, locale);
  return read ? t("dateReadOn", read) : "";
}

/** "fr" → "French" (in English, the popup's language), or null when the code names none. */
export function languageName(code: string | null | undefined, locale = "en"): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** 1536 → "1.5 KB"; null (the browser would not say) → "". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return "";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/**
 * The site a setting applies to: the host without "www." and without a trailing dot, lower case.
 * Mirrors store/settings.ts `normaliseSite` (the popup may not import the store; the background
 * normalises again, so a drift here can only mislabel the switch, never store a wrong site).
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    const host = u.hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
    return host || null;
  } catch {
    return null;
  }
}

/** Whether the reader's tab shows a web page the content script can run on at all. */
export function isWebUrl(url: string | null | undefined): boolean {
  return safeHref(url) !== undefined;
}

/** Parses a retention field: "" → null (no limit); a positive whole number → it; else an error. */
export function parseLimit(raw: string): { ok: true; value: number | null } | { ok: false } {
  const t = raw.trim();
  if (t === "") return { ok: true, value: null };
  if (!/^\d+$/.test(t)) return { ok: false };
  const n = Number(t);
  return Number.isSafeInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false };
}
