/**
 * A person record is a pure function of its key and its appearances: recording, deletion,
 * article updates and import all rebuild the touched people from their remaining appearances.
 * Nothing about a person outlives the articles that mentioned them (a deleted site leaves no
 * alias or role behind), and the JSON export round trip is lossless by construction.
 */
import { contextWords, parseName } from "./identity.ts";
import { fold } from "./normalize.ts";
import type { AppearanceRecord, DatedRole, PersonRecord } from "./types.ts";

function roleKey(role: string | null, represents: string | null): string {
  return `${fold(role ?? "")}|${fold(represents ?? "")}`;
}

/** Oldest first: article date, then URL (a total order, so the result never depends on the
 *  order the database returned the appearances in). */
function byDate(a: AppearanceRecord, b: AppearanceRecord): number {
  return a.at - b.at || (a.articleUrl < b.articleUrl ? -1 : a.articleUrl > b.articleUrl ? 1 : 0);
}

export function buildPerson(key: string, apps: readonly AppearanceRecord[]): PersonRecord | null {
  if (apps.length === 0) return null;
  const sorted = [...apps].sort(byDate);
  let kbId: string | null = null;
  let kbName: string | null = null;
  let bestName = "";
  let bestTokens = -1;
  const aliases = new Set<string>();
  const context = new Set<string>();
  const roles = new Map<string, DatedRole>();
  let isOfficial = false;

  for (const app of sorted) {
    // Later appearances win ties, so every choice below is "the newest among the best".
    if (app.kbId !== null) {
      kbId = app.kbId;
      kbName = app.kbName ?? kbName;
    }
    const parsed = parseName(app.name);
    const tokens = parsed?.tokens.length ?? 0;
    if (tokens >= bestTokens) {
      bestTokens = tokens;
      bestName = app.name;
    }
    if (parsed) aliases.add(parsed.full);
    const kbParsed = app.kbName ? parseName(app.kbName) : null;
    if (kbParsed) aliases.add(kbParsed.full);
    isOfficial ||= app.isOfficial;
    if (app.role !== null || app.represents !== null) {
      const k = roleKey(app.role, app.represents);
      const r = roles.get(k);
      roles.set(k, {
        role: app.role,
        represents: app.represents,
        firstAt: r ? Math.min(r.firstAt, app.at) : app.at,
        lastAt: r ? Math.max(r.lastAt, app.at) : app.at,
        articleCount: (r?.articleCount ?? 0) + 1,
      });
      for (const w of contextWords(app.role, app.represents)) context.add(w);
    }
  }
  const name = kbName ?? bestName;
  const parsedName = parseName(name);
  return {
    key,
    kbId,
    name,
    surname: parsedName?.surname ?? "",
    skels: [...new Set([...aliases].map((a) => parseName(a)?.skel ?? ""))].filter((k) => k !== "").sort(),
    aliases: [...aliases].sort(),
    isOfficial,
    roles: [...roles.values()].sort((a, b) => b.lastAt - a.lastAt || b.firstAt - a.firstAt),
    context: [...context].sort(),
    firstAt: sorted[0]!.at,
    lastAt: sorted[sorted.length - 1]!.at,
  };
}
