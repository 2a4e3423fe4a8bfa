/**
 * The pair "both men" refers to: the last two people named together as a sentence's subject.
 */
import { ROLE_NOUNS } from "../lexicon/index.ts";
import { WORD } from "../tokens.ts";
import { type SentenceInput } from "./types.ts";

/** Plural nouns of people that a pair is referred back by ("both men", "the two women"). */
const PAIR_NOUNS = new Set("men women people hostages brothers sisters".split(" "));
/** How many blocks back a pair named together is still what "both men" points at. */
const PAIR_BLOCKS = 2;

/** "Both men", "the two leaders", "the pair" (tokens a..b) refer to the last two people named
 *  together ("Ana Ruiz and Tom Hale were freed …") within the last blocks: their entity ids, or
 *  null. "Both sides", "the two firms" name no people. */
export function pairOf(inp: SentenceInput, a: number, b: number): [number, number] | null {
  const { tokens, state } = inp;
  if (!state.lastPair || inp.block - state.lastPairBlock > PAIR_BLOCKS) return null;
  const w = (k: number): string => (tokens[k]?.k === WORD ? tokens[k]!.key : "");
  let k = a;
  if (w(k) === "both") k++;
  else if (w(k) === "the" && w(k + 1) === "two") k += 2;
  else if (w(k) === "the" && (w(k + 1) === "pair" || w(k + 1) === "duo") && b - a === 2) return state.lastPair;
  else return null;
  if (b - k !== 1) return null;
  const n = w(k);
  const plural = PAIR_NOUNS.has(n) || (n.endsWith("s") && ROLE_NOUNS.has(n.slice(0, -1)));
  return plural ? state.lastPair : null;
}

/** Records two people named together as the subject of a sentence ("Ana Ruiz and Tom Hale were
 *  freed"): two person chunks joined by "and", neither a possessive, followed by a lower-case word. */
export function notePair(inp: SentenceInput): void {
  const { tokens, s, persons, personAt } = inp;
  for (let k = s.a; k < s.b; k++) {
    const pi = personAt[k] ?? -1;
    if (pi < 0) continue;
    const p = persons[pi]!;
    const qi = personAt[p.b + 1] ?? -1;
    if (tokens[p.b]?.key === "and" && qi >= 0 && !p.poss) {
      const q = persons[qi]!;
      const nx = tokens[q.b];
      if (q.ca === p.b + 1 && !q.poss && q.ent !== p.ent && nx && (nx.t === "," || (nx.k === WORD && !nx.cap))) {
        inp.state.lastPair = [p.ent, q.ent];
        inp.state.lastPairBlock = inp.block;
        return;
      }
    }
    k = Math.max(k, p.b - 1);
  }
}
