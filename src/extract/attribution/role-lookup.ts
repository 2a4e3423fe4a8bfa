/**
 * The person on record with a role: "the judge", "the WHO chief" name the recent person whose
 * roles hold the head noun (or a synonym) and most of its modifiers.
 */
import { type Entity, type Registry } from "../coref.ts";
import { fold } from "../normalize.ts";
import { ROLE_SYNONYMS } from "./words.ts";

/** The person a role description points at: roles sharing the head noun (or a synonym), the most
 *  modifiers in common, the most recent. */
export function resolveRole(reg: Registry, head: string, mods: string[]): Entity | undefined {
  const heads = ROLE_SYNONYMS[head] ?? [head];
  let best: Entity | undefined;
  let bestScore = 0;
  for (const e of reg.recentEntities()) {
    let sc = 0;
    const words = new Set<string>();
    for (const r of e.roles) for (const w of fold(r.text).split(/[^a-z0-9-]+/)) if (w) words.add(w);
    for (const h of heads) if (words.has(h) || words.has(h + "s")) sc = Math.max(sc, 2);
    if (sc === 0) continue;
    for (const m of mods) if (words.has(m)) sc += 1;
    if (sc > bestScore) {
      bestScore = sc;
      best = e;
    }
  }
  return best;
}
