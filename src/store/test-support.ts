/**
 * Builders for the memory's tests and benchmark: articles in the shape the background records,
 * with our own invented sentences (never corpus text). No test framework, no Node APIs.
 */
import type { AppearanceRecord, ArticleRecord, ArticleRecordInput, ClaimRecord, ClaimRecordInput, PersonRecordInput, StoreResult } from "./types.ts";

/** The value of a successful result; a failed one fails the test with its error. */
export function value<T>(r: StoreResult<T>): T {
  if (!r.ok) throw new Error(`${r.error}: ${r.message}`);
  return r.value;
}

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

/** One article of a JSON export as a file could hold it: the article, one person's appearance
 *  and that person's claims, ids from `idOf`. `overrides` edit the records (hand-edited files). */
export function exportedArticle(spec: {
  url: string;
  at: number;
  person: { key: string; name: string; role: string | null; represents: string | null };
  texts: string[];
  idOf: (position: number) => string;
  publishedAt?: string | null;
  article?: Partial<ArticleRecord>;
  appearance?: Partial<AppearanceRecord>;
}): { article: ArticleRecord; appearance: AppearanceRecord; claims: ClaimRecord[] } {
  const { url, at, person, texts } = spec;
  return {
    article: {
      url,
      origin: new URL(url).origin,
      title: url,
      outlet: null,
      publishedAt: spec.publishedAt ?? null,
      at,
      firstSeen: at,
      lastSeen: at,
      contentHash: `hash:${url}`,
      claimCount: texts.length,
      peopleCount: 1,
      ...spec.article,
    },
    appearance: {
      personKey: person.key,
      articleUrl: url,
      name: person.name,
      role: person.role,
      represents: person.represents,
      isOfficial: true,
      kbId: null,
      kbName: null,
      at,
      ...spec.appearance,
    },
    claims: texts.map((text, i) => ({
      id: spec.idOf(i),
      articleUrl: url,
      personKey: person.key,
      source: null,
      speaker: person.name,
      text,
      kind: "direct",
      cue: "said",
      start: i * 40,
      end: i * 40 + text.length,
      at,
    })),
  };
}
