/**
 * Names as leaders: a body or a period named after its head ("the Hale administration", "the Ruiz
 * years") and a candidate's own campaign ("Ruiz's presidential campaign"). Either makes a person
 * an official (result.ts).
 */
import { LX_COUNTRY, LX_MEDIA, LX_ORG, LX_PLACE, PARTY_WORDS } from "../lexicon/index.ts";
import { WORD, type Token } from "../tokens.ts";
import type { Chunk } from "./chunks.ts";

/** Bodies and periods named after their leader ("the Hale administration", "the Ruiz years"). */
const LEADER_BODIES = new Set("administration government presidency regime cabinet campaign era years premiership junta".split(" "));

/** Words of an election that may stand between a candidate's possessive and "campaign". */
const ELECTION_WORDS = new Set("presidential senate reelection re-election gubernatorial congressional mayoral primary".split(" "));

/** "Ana Ruiz's campaign", "Ruiz's presidential campaign", "Ruiz's candidacy": a candidate's own (it
 *  makes a person an official, not a name a person). */
export function runsCampaign(ch: Chunk, tokens: Token[]): boolean {
  if (!ch.poss || tokens[ch.na]!.f & (LX_COUNTRY | LX_PLACE | LX_ORG | LX_MEDIA) || PARTY_WORDS.has(tokens[ch.na]!.key)) return false;
  let j = ch.b + 1;
  const w = tokens[j];
  const election = !!w && w.k === WORD && ((!w.cap && ELECTION_WORDS.has(w.key)) || (w.num && w.t.length === 4) || (w.cap && w.key === "senate"));
  if (election) j++;
  const c = tokens[j];
  if (!c || c.cap) return false;
  // (not a cause's: "her campaign against the amendment", "his campaign to save the park")
  const nx = tokens[j + 1]?.key;
  if (c.key === "campaign") return nx !== "against" && nx !== "to" && nx !== "of";
  // "Ruiz's candidacy", "Ruiz's re-election bid" (not "Ruiz's bid for the company")
  return c.key === "candidacy" || (election && c.key === "bid");
}

/** "the Hale administration": one name word between "the" and a body named after its leader. */
export function leaderOfBody(ch: Chunk, tokens: Token[]): boolean {
  if (ch.b - ch.na !== 1 || ch.poss) return false;
  const t = tokens[ch.na]!;
  const body = tokens[ch.b];
  return (
    tokens[ch.na - 1]?.key === "the" &&
    ch.na - ch.a <= 1 &&
    !!body &&
    body.k === WORD &&
    !body.cap &&
    LEADER_BODIES.has(body.key) &&
    !(t.f & (LX_COUNTRY | LX_PLACE | LX_ORG | LX_MEDIA)) &&
    !PARTY_WORDS.has(t.key)
  );
}
