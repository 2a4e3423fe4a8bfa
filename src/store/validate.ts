/**
 * Checking an import file before anything is written: a JSON export is user-supplied data
 * (edited, truncated, from another version), so every record is checked field by field and the
 * first problem is reported with its place ("claims[12].start: expected a number").
 */
import type { Result } from "../shared/result.ts";
import type { AppearanceRecord, ArticleRecord, ClaimRecord, MemoryExport, PersonRecord } from "./types.ts";
import { EXPORT_VERSION } from "./schema.ts";

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === "string";
const strOrNull: Check = (v) => v === null || typeof v === "string";
const num: Check = (v) => typeof v === "number" && Number.isFinite(v);
const bool: Check = (v) => typeof v === "boolean";
const kind: Check = (v) => v === "direct" || v === "indirect";
const strArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const roles: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (r) =>
      typeof r === "object" &&
      r !== null &&
      strOrNull((r as Record<string, unknown>).role) &&
      strOrNull((r as Record<string, unknown>).represents) &&
      num((r as Record<string, unknown>).firstAt) &&
      num((r as Record<string, unknown>).lastAt) &&
      num((r as Record<string, unknown>).articleCount),
  );

const basis: Check = (v) => {
  if (typeof v !== "object" || v === null) return false;
  const b = v as Record<string, unknown>;
  return str(b.statedName) && num(b.nameTokens) && num(b.nameAt) && strOrNull(b.kbName) && (b.kbAt === null || num(b.kbAt));
};

const ARTICLE: Record<keyof ArticleRecord, Check> = {
  url: str,
  origin: str,
  title: str,
  outlet: strOrNull,
  publishedAt: strOrNull,
  at: num,
  firstSeen: num,
  lastSeen: num,
  contentHash: str,
  claimCount: num,
  peopleCount: num,
};
const APPEARANCE: Record<keyof AppearanceRecord, Check> = {
  personKey: str,
  articleUrl: str,
  name: str,
  role: strOrNull,
  represents: strOrNull,
  isOfficial: bool,
  kbId: strOrNull,
  kbName: strOrNull,
  at: num,
};
const CLAIM: Record<keyof ClaimRecord, Check> = {
  id: str,
  articleUrl: str,
  personKey: strOrNull,
  source: strOrNull,
  speaker: str,
  text: str,
  kind,
  cue: strOrNull,
  start: num,
  end: num,
  at: num,
};
const PERSON: Record<keyof PersonRecord, Check> = {
  key: str,
  kbId: strOrNull,
  name: str,
  surname: str,
  skels: strArray,
  aliases: strArray,
  isOfficial: bool,
  roles,
  context: strArray,
  firstAt: num,
  lastAt: num,
  basis,
};

function checkList<T>(data: Record<string, unknown>, field: string, shape: Record<string, Check>): Result<T[]> {
  const list = data[field];
  if (!Array.isArray(list)) return { ok: false, error: `${field}: expected an array` };
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const rec = list[i] as unknown;
    if (typeof rec !== "object" || rec === null) return { ok: false, error: `${field}[${i}]: expected an object` };
    const picked: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) {
      const v = (rec as Record<string, unknown>)[k];
      if (!check(v)) return { ok: false, error: `${field}[${i}].${k}: unexpected value ${JSON.stringify(v) ?? "undefined"}` };
      picked[k] = v;
    }
    out.push(picked as T);
  }
  return { ok: true, value: out };
}

/** Validate a parsed JSON export (only known fields are kept). */
export function validateExport(data: unknown): Result<MemoryExport> {
  if (typeof data === "string") {
    try {
      data = JSON.parse(data) as unknown;
    } catch (e) {
      return { ok: false, error: `not JSON: ${(e as Error).message}` };
    }
  }
  if (typeof data !== "object" || data === null) return { ok: false, error: "expected an object" };
  const d = data as Record<string, unknown>;
  if (d.format !== "sourcelight-memory") return { ok: false, error: 'format: expected "sourcelight-memory"' };
  if (d.schemaVersion !== EXPORT_VERSION) {
    return { ok: false, error: `schemaVersion: ${JSON.stringify(d.schemaVersion)} is not supported (expected ${EXPORT_VERSION})` };
  }
  const people = checkList<PersonRecord>(d, "people", PERSON);
  if (!people.ok) return people;
  const articles = checkList<ArticleRecord>(d, "articles", ARTICLE);
  if (!articles.ok) return articles;
  const appearances = checkList<AppearanceRecord>(d, "appearances", APPEARANCE);
  if (!appearances.ok) return appearances;
  const claims = checkList<ClaimRecord>(d, "claims", CLAIM);
  if (!claims.ok) return claims;
  const ids = new Set<string>();
  for (const [i, c] of claims.value.entries()) {
    if (ids.has(c.id)) return { ok: false, error: `claims[${i}]: duplicate id ${JSON.stringify(c.id)}` };
    ids.add(c.id);
  }
  return {
    ok: true,
    value: {
      format: "sourcelight-memory",
      schemaVersion: EXPORT_VERSION,
      exportedAt: typeof d.exportedAt === "string" ? d.exportedAt : "",
      people: people.value,
      articles: articles.value,
      appearances: appearances.value,
      claims: claims.value,
    },
  };
}
