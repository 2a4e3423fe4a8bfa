/**
 * Evidence in a name's surroundings that it names a thing, not a person: a hashtag ("#Morgan
 * Tulsa show") or a price right before it ("the $900 Zenta Vista Pro"). Weights in person.ts's
 * PERSON_WEIGHTS.
 */
import { PUNCT, WORD, type Token } from "../tokens.ts";
import type { Chunk } from "./chunks.ts";

/** Currency signs that open a price ("$900", "€30", "£1,200"). */
const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥", "₹", "₩"]);

/** The name's first word is a hashtag's ("#Morgan"): a topic tag, and the capitals after it no surname. */
export function isHashtagName(ch: Chunk, tokens: Token[]): boolean {
  const hash = tokens[ch.na - 1];
  return !!hash && hash.k === PUNCT && hash.t === "#" && hash.e === tokens[ch.na]!.s;
}

/** A price stands right before the name ("the $900 Zenta Vista Pro", "a €30 Brisa kettle"): a product's. */
export function isPricedName(ch: Chunk, tokens: Token[]): boolean {
  const n = tokens[ch.a - 1];
  const sign = tokens[ch.a - 2];
  return !!n && n.k === WORD && n.num && /^\d[\d,.]*$/.test(n.t) && !!sign && sign.k === PUNCT && CURRENCY_SIGNS.has(sign.t) && sign.e === n.s;
}

/** A US legislator's party tag ("R-Utah", "D-N.Y."): one word, a party's letter, a hyphen, a state. */
const PARTY_TAG_WORD = /^[DRI]-[A-Z][A-Za-z.]*$/;

/** The name is a party tag standing alone ("Rep. Ann Dale, R-Utah, chair of …"): no person's name. */
export function isPartyTagName(ch: Chunk, tokens: Token[]): boolean {
  return ch.b - ch.na === 1 && PARTY_TAG_WORD.test(tokens[ch.na]!.t);
}
