/**
 * The person on record with a role: "the judge", "the WHO chief" name the recent person whose
 * roles hold the head noun (or a synonym) and most of its modifiers.
 */
import { type Entity, type Registry } from "../coref.ts";
import { LX_COUNTRY, LX_PLACE, lexFlagsHashed, lexHash } from "../lexicon/index.ts";
import { fold } from "../normalize.ts";
import { ROLE_SYNONYMS } from "./words.ts";

/** Abbreviated titles that name the role only for the person named last. */
const NEAR_ONLY = new Set(["sen", "rep"]);

/** The person a role description points at: roles sharing the head noun (or a synonym), the most
 *  modifiers in common, the most recent. */
export function resolveRole(reg: Registry, head: string, mods: string[]): Entity | undefined {
  const heads = ROLE_SYNONYMS[head] ?? [head];
  let best: Entity | undefined;
  let bestScore = 0;
  const recent = reg.recentEntities();
  const placed = mods.some((m) => (lexFlagsHashed(m, lexHash(m)) & (LX_PLACE | LX_COUNTRY)) !== 0);
  for (const e of recent) {
    let sc = 0;
    const words = new Set<string>();
    for (const r of e.roles) for (const w of fold(r.text).split(/[^a-z0-9-]+/)) if (w) words.add(w);
    // (a title abbreviated before a name is no proof among many senators: only the person named
    // last — "Sen. Ana Ruiz defended … “…,” the senator said")
    // (nor for a description naming a place: "the Florida senator" is not the last one named, of Iowa)
    for (const h of heads) if ((words.has(h) || words.has(h + "s")) && (!NEAR_ONLY.has(h) || (e === recent[0] && !placed))) sc = Math.max(sc, 2);
    if (sc === 0) continue;
    for (const m of mods) if (words.has(m)) sc += 1;
    if (sc > bestScore) {
      bestScore = sc;
      best = e;
    }
  }
  return best;
}

/** Some recent person's roles hold the head noun or a synonym, abbreviations included ("Sen."). */
export function roleHeld(reg: Registry, head: string): boolean {
  const heads = ROLE_SYNONYMS[head] ?? [head];
  return reg.recentEntities().some((e) => e.roles.some((r) => fold(r.text).split(/[^a-z0-9-]+/).some((w) => heads.includes(w))));
}
