/**
 * Names as leaders: a body or a period named after its head ("the Hale administration", "the Ruiz
 * years"), a candidate's own campaign ("Ruiz's presidential campaign") and a candidate's share of
 * a poll or a count ("Ruiz with 20 percent", "Hale has five delegates"), a race's turn ("Ruiz won
 * the Iowa caucuses", "Hale dropped out of the race") and a backing for an office ("endorsed Ruiz
 * for president"). Each makes a person an official (result.ts).
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
  if (!ch.poss || thingName(ch, tokens)) return false;
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

/** A name headed by a place, a body, an outlet or a party's word names no candidate. */
function thingName(ch: Chunk, tokens: Token[]): boolean {
  return (tokens[ch.na]!.f & (LX_COUNTRY | LX_PLACE | LX_ORG | LX_MEDIA)) !== 0 || PARTY_WORDS.has(tokens[ch.na]!.key);
}

/** A person a race counts, a race's turn or a backing for an office names (each below): a
 *  candidate, so an official. */
export function inRace(ch: Chunk, tokens: Token[]): boolean {
  return !ch.poss && !thingName(ch, tokens) && (polledShare(ch, tokens) || raceTurn(ch, tokens) || backedFor(ch, tokens));
}

/** Words between a name and its share of a poll or a count ("Ruiz with 20 percent", "Hale at 13%"). */
const SHARE_VERBS = new Set("with at has had won wins took takes got gets received receives leads led trails trailed drew draws garnered polled".split(" "));
/** A count's unit: a share of a poll or of the votes or delegates of a race (not "points": a player "had 20 points"). */
const SHARE_UNITS = new Set("percent % pct percentage delegates votes".split(" "));
/** What a share "of" must be a share of to be a race's ("40 percent of the vote"). */
const VOTERS = new Set("vote votes voters ballots delegates electorate respondents caucusgoers".split(" "));
const NUMBER_WORDS = new Set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty".split(" "));

/** "Ruiz with 20 percent", "followed by Hale at 13%", "Dale has five delegates", "won 40 percent
 *  of the vote"; not "20 percent of his savings". */
function polledShare(ch: Chunk, tokens: Token[]): boolean {
  const v = tokens[ch.b];
  if (!v || v.k !== WORD || v.cap || !SHARE_VERBS.has(v.key)) return false;
  let j = ch.b + 1;
  if (tokens[j]?.key === "just" || tokens[j]?.key === "only" || tokens[j]?.key === "about") j++;
  const n = tokens[j];
  if (!n || n.k !== WORD || !(n.num || NUMBER_WORDS.has(n.key)) || !SHARE_UNITS.has(tokens[j + 1]?.key ?? "")) return false;
  if (tokens[j + 2]?.key !== "of") return true;
  for (let k = j + 3; k <= j + 5 && k < tokens.length; k++) if (VOTERS.has(tokens[k]!.key)) return true;
  return false;
}

/** Verbs of a race's turns, after a candidate's name. */
const RACE_VERBS = new Set("won wins win lost loses carried carries swept sweeps dropped drops quit quits entered enters suspended suspends ended ends clinched clinches".split(" "));
/** What a candidate wins, loses, enters or leaves. */
const RACES = new Set("primary primaries caucus caucuses election elections nomination race contest runoff".split(" "));
const OWN_BIDS = new Set("campaign bid candidacy".split(" "));

/** "Ruiz won the Iowa caucuses", "Hale dropped out of the race", "Dale suspended his (presidential)
 *  campaign"; not "won the lottery". */
function raceTurn(ch: Chunk, tokens: Token[]): boolean {
  const v = tokens[ch.b];
  if (!v || v.k !== WORD || v.cap || !RACE_VERBS.has(v.key)) return false;
  for (let k = ch.b + 1; k <= ch.b + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD) return false;
    if (!t.cap && RACES.has(t.key)) return true;
    const own = (w: Token | undefined): boolean => w?.key === "his" || w?.key === "her";
    if (OWN_BIDS.has(t.key) && (own(tokens[k - 1]) || own(tokens[k - 2]))) return true;
  }
  return false;
}

/** Verbs of backing a candidate ("endorsed Ruiz for president"). */
const BACKING_VERBS = new Set("endorsed endorse endorses endorsing backed back backs backing supported support supports supporting nominated picked chose".split(" "));
/** Offices run for, after "for" ("for president", "for the Senate"). */
const RUN_FOR = new Set("president presidency governor mayor senate congress parliament reelection re-election office".split(" "));

/** "Graham endorsed Ruiz for president", "backing Hale for the Senate"; not "supported Ruiz for her work". */
function backedFor(ch: Chunk, tokens: Token[]): boolean {
  const v = tokens[ch.a - 1];
  if (!v || v.k !== WORD || v.cap || !BACKING_VERBS.has(v.key) || tokens[ch.b]?.key !== "for") return false;
  const o = tokens[ch.b + 1]?.key === "the" ? tokens[ch.b + 2] : tokens[ch.b + 1];
  return !!o && o.k === WORD && RUN_FOR.has(o.key);
}
