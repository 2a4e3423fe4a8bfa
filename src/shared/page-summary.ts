/**
 * The page's people and claims in the plain shape the card, the popup and the memory share,
 * derived from the engine's Analysis and the article text (claim texts are slices of it).
 */
import type { Analysis } from "../extract/types.ts";
import type { PageClaim, PagePerson } from "./types.ts";

/** Claims longer than this are cut for display and storage (a quote is rarely longer). */
export const MAX_CLAIM_CHARS = 1200;

export function summarisePeople(analysis: Analysis): PagePerson[] {
  return analysis.people.map((p) => ({
    id: p.id,
    name: p.name,
    isOfficial: p.isOfficial,
    role: p.role,
    represents: p.represents,
    mentionCount: p.mentions.filter((m) => m.kind === "name" || m.kind === "surname").length,
  }));
}

export function summariseClaims(analysis: Analysis, text: string): PageClaim[] {
  return analysis.quotes.map((q) => ({
    id: q.id,
    kind: q.kind,
    text: text.slice(q.start, Math.min(q.end, q.start + MAX_CLAIM_CHARS)).replace(/\s+/g, " ").trim(),
    speakerId: q.speakerId,
    source: q.source,
    cue: q.cue,
  }));
}
