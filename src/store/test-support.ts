/**
 * Builders for the memory's tests and benchmark: articles in the shape the background records,
 * with our own invented sentences (never corpus text). No test framework, no Node APIs.
 */
import type { ArticleRecordInput, ClaimRecordInput, PersonRecordInput } from "./types.ts";

export interface PersonSpec {
  name: string;
  role?: string | null;
  represents?: string | null;
  isOfficial?: boolean;
  kb?: PersonRecordInput["kb"];
}

export interface ClaimSpec {
  /** Index into the article's people, or a source label string. */
  by: number | string;
  text: string;
  kind?: "direct" | "indirect";
  cue?: string | null;
}

export interface ArticleSpec {
  url: string;
  title?: string;
  outlet?: string | null;
  publishedAt?: string | null;
  contentHash?: string;
  seenAt?: number;
  people?: PersonSpec[];
  claims?: ClaimSpec[];
  incognito?: boolean;
}

/** An ArticleRecordInput with consecutive claim offsets, as if the claims were the article's text. */
export function makeArticle(spec: ArticleSpec): ArticleRecordInput {
  const people: PersonRecordInput[] = (spec.people ?? []).map((p, i) => ({
    localId: `p${i + 1}`,
    name: p.name,
    role: p.role ?? null,
    represents: p.represents ?? null,
    isOfficial: p.isOfficial ?? true,
    ...(p.kb ? { kb: p.kb } : {}),
  }));
  let offset = 0;
  const claims: ClaimRecordInput[] = (spec.claims ?? []).map((c) => {
    const start = offset;
    offset += c.text.length + 2;
    return {
      personLocalId: typeof c.by === "number" ? `p${c.by + 1}` : null,
      source: typeof c.by === "string" ? c.by : null,
      text: c.text,
      kind: c.kind ?? "direct",
      cue: c.cue ?? "said",
      start,
      end: start + c.text.length,
    };
  });
  return {
    url: spec.url,
    title: spec.title ?? `Title of ${spec.url}`,
    outlet: spec.outlet === undefined ? "Example Times" : spec.outlet,
    publishedAt: spec.publishedAt === undefined ? null : spec.publishedAt,
    contentHash: spec.contentHash ?? `hash:${claims.map((c) => c.text).join("|")}`,
    people,
    claims,
    seenAt: spec.seenAt ?? Date.UTC(2026, 10, 1),
    ...(spec.incognito !== undefined ? { incognito: spec.incognito } : {}),
  };
}
