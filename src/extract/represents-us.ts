/**
 * Whom a US officeholder acts for, read from the words of their role (represents.ts): a member of
 * Congress acts for their chamber, a state's office for that state.
 */
import { CONGRESS_TITLES, LEAD_MODIFIERS, LOCAL, countryOf, stateParty, usChamber, type Word } from "./represents-words.ts";

/** An office of a US state the role names ("Texas Attorney General", "Hawaii Rep."): the chamber
 *  of Congress for a member of it, else the state's party office or the state. */
export function usStateOffice(ws: Word[], lowerKeys: readonly string[], role: string, usState: string, party: string | null): string {
  // "Hawaii Rep.", "Ohio senator", "US Senator from New York": a member of Congress for a state
  // (not a state legislator's "Texas state Sen."; nor "Texas trade representative")
  const congress = !lowerKeys.some((k) => LOCAL.has(k)) && ws.length <= 6 && lowerKeys.some((k) => CONGRESS_TITLES.has(k));
  const chamber = congress ? usChamber(role) : null;
  if (chamber) return party ? `${chamber} (${party})` : chamber;
  // "Texas Attorney General", "the New York state attorney general", "Texas state Sen.": a
  // state's office acts for that state (not for the country its city's name maps to)
  return stateParty(ws, usState, party) ?? usState;
}

/** "U.S. Senator", "former US Rep.", "American congressman": a member of Congress named with the
 *  country alone acts for their chamber, not the country (not "U.S. Trade Rep."). */
export function congressOfCountry(ws: Word[], role: string): string | null {
  const only = ws.every((w, i) => countryOf(ws, i) !== null || w.key === "states" || w.key === "representative" || CONGRESS_TITLES.has(w.key) || LEAD_MODIFIERS.has(w.key));
  return only ? usChamber(role) : null;
}
