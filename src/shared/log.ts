/**
 * Errors are logged once per message with the culprit's name (refined-github's helpers/errors.ts),
 * never thrown into the page. "Extension context invalidated" is not an error: the extension was
 * updated or removed under a live content script, which then cleans up silently.
 */
import { PREFIX } from "./prefix.ts";

const seen = new Set<string>();

export function isContextInvalidated(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /context invalidated|Extension context|receiving end does not exist/i.test(message);
}

export function logError(where: string, e: unknown): void {
  if (isContextInvalidated(e)) return;
  const message = e instanceof Error ? e.message : String(e);
  const key = `${where}:${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[${PREFIX}] ${where}:`, e);
}
