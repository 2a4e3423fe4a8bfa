import type { QuoteKind } from "../../extract/types.ts";
import type { Translator } from "../i18n.ts";

export const CLAIM_MAX_CHARS = 280;

/** Direct quotes in quotation marks, reported speech without; long claims cut at a word. */
export function claimDisplay(t: Translator, text: string, kind: QuoteKind, max = CLAIM_MAX_CHARS): string {
  let shown = text.trim().replace(/\s+/g, " ");
  if (shown.length > max) {
    const cut = shown.slice(0, max - 1);
    const space = cut.lastIndexOf(" ");
    shown = `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  if (kind !== "direct") return shown;
  // The quote as printed often ends with the comma that led into "…, she said": drop it inside the marks.
  const inner = shown.replace(/^["“”]+|["“”]+$/g, "").replace(/[,;:]+$/, "");
  return t("quoted", inner);
}
