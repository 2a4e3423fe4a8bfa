/**
 * Turning whatever IndexedDB/Dexie threw into a StoreResult failure. Quota errors arrive in
 * several wrappings depending on the browser and on where the write failed: a bare DOMException
 * named "QuotaExceededError", Dexie.QuotaExceededError, a Dexie AbortError whose `inner` is one
 * of those, or a Dexie BulkError whose failures are. All of them become `error: "quota"`.
 */
import type { StoreErrorCode, StoreResult } from "./types.ts";

/** Shown to the reader: what happened, that nothing is half-saved, and how to make room
 *  (the caller can add figures from Memory.estimateUsage()). */
export const QUOTA_MESSAGE =
  "The browser's storage for Sourcelight is full, so this article was not remembered (nothing was partly saved). " +
  "Free space by keeping fewer days or claims (retention), or by deleting a site's or all remembered articles.";

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function asErrorLike(e: unknown): ErrorLike | null {
  return typeof e === "object" && e !== null ? (e as ErrorLike) : null;
}

function isQuota(e: unknown, depth = 0): boolean {
  const x = asErrorLike(e);
  if (!x || depth > 4) return false;
  // DOMException code 22 is QUOTA_EXCEEDED_ERR (older engines only set the code).
  if (x.name === "QuotaExceededError" || x.name === "NS_ERROR_DOM_QUOTA_REACHED" || x.code === 22) return true;
  if (isQuota(x.inner, depth + 1)) return true;
  if (Array.isArray(x.failures)) return x.failures.some((f) => isQuota(f, depth + 1));
  return false;
}

function messageOf(e: unknown): string {
  const x = asErrorLike(e);
  if (x && typeof x.message === "string" && x.message !== "") return x.message;
  if (x && typeof x.name === "string") return x.name;
  return String(e);
}

export function classifyError(e: unknown): { error: StoreErrorCode; message: string } {
  if (isQuota(e)) return { error: "quota", message: QUOTA_MESSAGE };
  const name = asErrorLike(e)?.name;
  if (name === "DatabaseClosedError" || name === "InvalidStateError" || name === "VersionError" || name === "OpenFailedError") {
    return { error: "closed", message: messageOf(e) };
  }
  if (name === "AbortError" || name === "TransactionInactiveError") {
    return { error: "aborted", message: `The write was interrupted and rolled back: ${messageOf(e)}` };
  }
  if (name === "DataError" || name === "ConstraintError" || name === "DataCloneError") {
    return { error: "invalid", message: messageOf(e) };
  }
  return { error: "unknown", message: messageOf(e) };
}

export function fail<T>(error: StoreErrorCode, message: string): StoreResult<T> {
  return { ok: false, error, message };
}

/** Run an operation and return its value or the classified failure; never throws. */
export async function attempt<T>(fn: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const { error, message } = classifyError(e);
    return { ok: false, error, message };
  }
}
