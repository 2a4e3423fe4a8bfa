import type { QuoteKind } from "../../extract/types.ts";

export const CLAIM_MAX_CHARS = 280;

/** Direct quotes in quotation marks, reported speech without; long claims cut at a word. */
export function claimDisplay(text: string, kind: QuoteKind, max = CLAIM_MAX_CHARS): string {
  let t = text.trim().replace(/\s+/g, " ");
  if (t.length > max) {
    const cut = t.slice(0, max - 1);
    const space = cut.lastIndexOf(" ");
    t = `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  if (kind !== "direct") return t;
  // The quote as printed often ends with the comma that led into "…, she said": drop it inside the marks.
  const inner = t.replace(/^["“”]+|["“”]+$/g, "").replace(/[,;:]+$/, "");
  return `“${inner}”`;
}
