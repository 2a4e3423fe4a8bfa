/**
 * Merge people from all sources into KB entries, deterministically.
 * Same person = same QID, or same "first last" transliteration key in the same country.
 * Source order (watchlist, US executive, Congress, Factbook) decides which name/party wins and
 * which of two duplicate offices is kept.
 */
import type { KbEntry, KbPosition } from "../../src/kb/types.ts";
import { foldName } from "../../src/kb/normalize.ts";
import { nameKey } from "./crosswalk.ts";
import type { RawPerson } from "./raw.ts";

function slug(s: string): string {
  return foldName(s).normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

function keysOf(p: RawPerson): string[] {
  const keys: string[] = [];
  if (p.qid) keys.push(`q:${p.qid}`);
  for (const n of [p.name, ...p.aliases]) if (/[a-z]/i.test(n)) keys.push(`n:${nameKey(n)}|${p.country ?? ""}`);
  // The same full name taking office on the same day is the same person, whatever the country
  // (a monarch's realms, a president listed again for a special administrative region).
  for (const pos of p.positions) if (pos.start && pos.start.length === 10) keys.push(`d:${foldName(p.name)}|${pos.start}`);
  return keys;
}

function positionKey(p: KbPosition): string {
  const kind = p.kind === "head-of-government" || p.kind === "head-of-state" ? "head" : p.kind;
  return `${kind}|${p.country ?? p.org ?? ""}|${p.start ?? ""}`;
}

const byFold = (list: string[], exclude: Set<string>): string[] => {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const s of list) {
    const f = s.trim().normalize("NFC");
    const k = f.toLowerCase();
    if (!f || seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
};

export function mergePeople(people: RawPerson[]): KbEntry[] {
  // Union-find over shared keys.
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  // A group's hard identifiers (Wikidata QID, Congress bioguide id): two groups whose ids of the
  // same kind differ are different people even when name and country agree (President John F.
  // Kennedy and Senator John Kennedy).
  const idsOf = new Map<number, Map<string, string>>();
  people.forEach((p, i) => {
    const ids = new Map<string, string>();
    if (p.qid) ids.set("q", p.qid);
    if (p.key.startsWith("us:")) ids.set("us", p.key);
    idsOf.set(i, ids);
  });
  const conflict = (a: Map<string, string>, b: Map<string, string>): boolean => [...a].some(([k, v]) => b.has(k) && b.get(k) !== v);
  people.forEach((p, i) => {
    for (const k of keysOf(p)) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else {
        const a = find(o);
        const b = find(i);
        if (a === b) continue;
        const ia = idsOf.get(a)!;
        const ib = idsOf.get(b)!;
        if (conflict(ia, ib)) continue;
        const root = Math.min(a, b);
        parent[Math.max(a, b)] = root;
        idsOf.set(root, new Map([...ib, ...ia]));
      }
    }
  });
  const groups = new Map<number, RawPerson[]>();
  people.forEach((p, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), p]);
  });

  const entries: KbEntry[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const head = group[0]!; // lowest index = highest-priority source
    const qid = group.find((p) => p.qid)?.qid ?? null;
    let id = qid ?? (head.curated ? `wl:${head.key}` : head.key.startsWith("us:") ? head.key : `fb:${head.key.split(":")[1] ?? "x"}:${slug(head.name)}`);
    while (usedIds.has(id)) id = `${id}+`;
    usedIds.add(id);
    const names = group.flatMap((p) => [p.name, ...p.aliases]);
    const aliases = byFold(names, new Set([head.name.toLowerCase()]));
    const positions: KbPosition[] = [];
    const seen = new Set<string>();
    for (const p of group) {
      for (const pos of p.positions) {
        const k = positionKey(pos);
        if (seen.has(k)) continue;
        seen.add(k);
        positions.push(pos);
      }
    }
    positions.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? "") || a.title.localeCompare(b.title));
    // Home country: the country of a primary head-of-state/government office if there is one
    // (a monarch's entry may have been seeded from one of the other realms).
    const primaryHead = positions.find((x) => !x.secondary && (x.kind === "head-of-state" || x.kind === "head-of-government") && x.end === null);
    const country = head.curated || !primaryHead ? head.country : primaryHead.country;
    // A head of state's offices abroad (Macron as co-prince of Andorra) are secondary to the one at home.
    if (positions.some((x) => x.kind === "head-of-state" && !x.secondary && x.country === country)) {
      for (const x of positions) if (x.kind === "head-of-state" && x.country !== country) x.secondary = true;
    }
    const entry: KbEntry = {
      id,
      name: head.name,
      aliases,
      short: byFold(group.flatMap((p) => p.short), new Set()),
      given: byFold(group.flatMap((p) => p.given), new Set()),
      country,
      party: group.find((p) => p.party)?.party ?? null,
      positions,
    };
    const note = group.find((p) => p.note)?.note;
    if (note) entry.note = note;
    entries.push(entry);
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return entries;
}
