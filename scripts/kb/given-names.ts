/**
 * The given-name table of src/kb/data/given-names.json (formal names and their diminutives:
 * Timothy — Tim, Timmy), built from the open nickname list of github.com/carltonnorthern/nicknames
 * (`names.csv`: rows `name1,has_nickname,name2`; Apache License 2.0).
 *
 * Cleaning (a rule, not a hand list): pairs with an initialism ("k.c.") are dropped, and so is a
 * pair whose nickname is an established name of its own (one with ≥ 3 nicknames in the list), is
 * not built from the formal name (no shared first two letters, no shared inner letters) and is
 * not listed the other way round ("eileen → helen", "ivan → john": two names, not one).
 *
 * Output: one line per formal name, "formal nick nick …", sorted; the lookup side reads a name and
 * its diminutives as the same given name (direct pairs only: "bob" and "rob" meet through "robert"
 * only when one side is written out).
 */
import { parseCsv } from "./csv.ts";

export interface GivenNameTable {
  source: string;
  licence: string;
  /** "formal nick nick …", sorted by formal name */
  groups: string[];
}

const NAME = /^[a-z][a-z'-]*$/;

/** Whether `nick` is built from `formal` (shares the start, or inner letters: Bill/William, Ted/Edward). */
export function isDerived(formal: string, nick: string): boolean {
  return formal.slice(0, 2) === nick.slice(0, 2) || formal.includes(nick.slice(1)) || nick.includes(formal.slice(1)) || (nick.length > 3 && formal.includes(nick.slice(1, 3)));
}

export function buildGivenNames(csv: string, source: string): GivenNameTable {
  const pairs: Array<[string, string]> = [];
  for (const row of parseCsv(csv)) {
    if (row.relationship !== "has_nickname") continue;
    const a = (row.name1 ?? "").trim().toLowerCase();
    const b = (row.name2 ?? "").trim().toLowerCase();
    if (a && b && a !== b && NAME.test(a) && NAME.test(b)) pairs.push([a, b]);
  }
  const listed = new Set(pairs.map(([a, b]) => `${a} ${b}`));
  const nicknames = new Map<string, number>();
  for (const [a] of pairs) nicknames.set(a, (nicknames.get(a) ?? 0) + 1);
  const groups = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    const independent = (nicknames.get(b) ?? 0) >= 3 && !isDerived(a, b) && !listed.has(`${b} ${a}`);
    if (independent) continue;
    let g = groups.get(a);
    if (!g) groups.set(a, (g = new Set()));
    g.add(b);
  }
  const lines = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([a, g]) => [a, ...[...g].sort()].join(" "));
  return { source, licence: "Apache-2.0", groups: lines };
}
