/**
 * A person record is a pure function of its key and its appearances.
 *
 * `mergeAppearance` folds one appearance into a record and is order-independent: every choice
 * is a maximum under a total order on values (display name: most name tokens, then latest
 * article date, then the string; KB link: latest date, then id; role wording: latest date,
 * then the string), and every collection is a sorted set. So recording can merge a new
 * appearance in O(1) reads, while deletion, article updates and import rebuild the touched
 * people from their remaining appearances with `buildPerson` and get the identical record.
 * Nothing about a person outlives the articles that mentioned them, and the JSON export
 * round trip is lossless by construction.
 */
import { contextWords, parseName } from "./identity.ts";
import { fold } from "./normalize.ts";
import type { AppearanceRecord, DatedRole, PersonRecord } from "./types.ts";

function roleKey(role: string | null, represents: string | null): string {
  return `${fold(role ?? "")}|${fold(represents ?? "")}`;
}

function insertSorted(list: readonly string[], value: string): string[] {
  if (list.includes(value)) return list as string[];
  return [...list, value].sort();
}

/** Compare tuples of numbers/strings lexicographically. */
function cmp(a: ReadonlyArray<number | string>, b: ReadonlyArray<number | string>): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function emptyPerson(key: string): PersonRecord {
  return {
    key,
    kbId: null,
    name: "",
    surname: "",
    skels: [],
    aliases: [],
    isOfficial: false,
    roles: [],
    context: [],
    firstAt: Number.POSITIVE_INFINITY,
    lastAt: Number.NEGATIVE_INFINITY,
    basis: { statedName: "", nameTokens: -1, nameAt: Number.NEGATIVE_INFINITY, kbName: null, kbAt: null },
  };
}

/** Fold one appearance into a person; returns a new record. */
export function mergeAppearance(person: PersonRecord, app: AppearanceRecord): PersonRecord {
  const out: PersonRecord = { ...person, basis: { ...person.basis } };

  // KB link: the latest linked appearance (ties: the greater id) gives id and name.
  if (app.kbId !== null) {
    const cur = out.basis.kbAt;
    if (cur === null || cmp([app.at, app.kbId], [cur, out.kbId ?? ""]) > 0) {
      out.kbId = app.kbId;
      out.basis.kbAt = app.at;
      out.basis.kbName = app.kbName;
    }
  }

  // Name as stated: most tokens, then latest, then the string.
  const parsed = parseName(app.name);
  const tokens = parsed?.tokens.length ?? 0;
  if (cmp([tokens, app.at, app.name], [out.basis.nameTokens, out.basis.nameAt, out.basis.statedName]) > 0) {
    out.basis.nameTokens = tokens;
    out.basis.nameAt = app.at;
    out.basis.statedName = app.name;
  }
  out.name = out.basis.kbName ?? out.basis.statedName;
  const display = parseName(out.name);
  out.surname = display?.surname ?? "";

  for (const n of [parsed, app.kbName ? parseName(app.kbName) : null]) {
    if (!n) continue;
    out.aliases = insertSorted(out.aliases, n.full);
    out.skels = insertSorted(out.skels, n.skel);
  }
  out.isOfficial = out.isOfficial || app.isOfficial;
  out.firstAt = Math.min(out.firstAt, app.at);
  out.lastAt = Math.max(out.lastAt, app.at);

  if (app.role !== null || app.represents !== null) {
    const k = roleKey(app.role, app.represents);
    const roles = [...out.roles];
    const i = roles.findIndex((r) => roleKey(r.role, r.represents) === k);
    const r = roles[i];
    if (!r) {
      roles.push({ role: app.role, represents: app.represents, firstAt: app.at, lastAt: app.at, articleCount: 1 });
    } else {
      // Wording: the latest statement's (ties: the greater string).
      const newer = cmp([app.at, `${app.role ?? ""}|${app.represents ?? ""}`], [r.lastAt, `${r.role ?? ""}|${r.represents ?? ""}`]) > 0;
      roles[i] = {
        role: newer ? app.role : r.role,
        represents: newer ? app.represents : r.represents,
        firstAt: Math.min(r.firstAt, app.at),
        lastAt: Math.max(r.lastAt, app.at),
        articleCount: r.articleCount + 1,
      };
    }
    out.roles = roles.sort(byRecency);
    for (const w of contextWords(app.role, app.represents)) out.context = insertSorted(out.context, w);
  }
  return out;
}

function byRecency(a: DatedRole, b: DatedRole): number {
  return cmp([b.lastAt, b.firstAt, `${b.role ?? ""}|${b.represents ?? ""}`], [a.lastAt, a.firstAt, `${a.role ?? ""}|${a.represents ?? ""}`]);
}

/** The record for a key from all of its appearances, or null when there are none. */
export function buildPerson(key: string, apps: readonly AppearanceRecord[]): PersonRecord | null {
  if (apps.length === 0) return null;
  let person = emptyPerson(key);
  for (const app of apps) person = mergeAppearance(person, app);
  return person;
}

/** Every person these appearances name, each built from all of theirs. */
export function buildPeople(apps: readonly AppearanceRecord[]): PersonRecord[] {
  const byKey = new Map<string, AppearanceRecord[]>();
  for (const a of apps) {
    const list = byKey.get(a.personKey);
    if (list) list.push(a);
    else byKey.set(a.personKey, [a]);
  }
  return [...byKey].map(([key, list]) => buildPerson(key, list)!);
}
