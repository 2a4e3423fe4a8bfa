/**
 * A Wikidata resolution in the shape the hover card already shows for bundled KB links, so the
 * card needs no second code path. Party and employer are the ones held on the date (or undated).
 */
import type { KbLink } from "../../kb/types.ts";
import { statementAt } from "./client.ts";
import type { WikidataPerson, WikidataStatement } from "./types.ts";

export const WIKIDATA_SOURCE = "Wikidata (CC0)";

function heldOn(list: readonly WikidataStatement[], date: string): WikidataStatement | null {
  const at = statementAt(list, date);
  return at?.isCurrent ? at.statement : null;
}

/** `fetchedOn` (ISO date) is the as-of date: when the facts were read from Wikidata. */
export function wikidataLink(person: WikidataPerson, date: string, fetchedOn: string): KbLink {
  const at = statementAt(person.positions, date);
  const p = at?.statement ?? null;
  const label = p ? (at!.isCurrent ? p.label : `former ${p.label}`) : (person.description ?? null);
  return {
    id: person.id,
    name: person.label,
    position: p?.label ?? null,
    organisation: heldOn(person.employers, date)?.label ?? null,
    country: heldOn(person.citizenship, date)?.label ?? person.citizenship[0]?.label ?? null,
    party: heldOn(person.parties, date)?.label ?? null,
    since: p?.start ?? null,
    until: p && !at!.isCurrent ? p.end : null,
    label,
    kind: null,
    source: WIKIDATA_SOURCE,
    asOf: fetchedOn,
    isCurrent: at?.isCurrent ?? false,
  };
}
