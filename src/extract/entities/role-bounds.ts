/**
 * Where a role phrase after a name ends: an apposition too long for the reading window (roles.ts),
 * and a plural possessive that is no closing quotation mark.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS } from "../lexicon/index.ts";
import { POSS, WORD, type Token } from "../tokens.ts";
import { ARTICLES } from "./chunks.ts";

/** Words that open a new phrase after an office and its complement. */
const PHRASE_OPENERS = new Set(["on", "with", "during", "after", "before", "when", "while", "who", "which", "that", "since", "amid"]);

/**
 * The end of an apposition that runs past the reading window (tokens a0..j): its office must come
 * within its first five words, after its modifiers only (officeAt), and it ends before the first word that opens a new phrase after
 * that office ("on the call", "and the other witness"), or -1.
 */
export function longApposEnd(tokens: Token[], a0: number, j: number): number {
  const r = officeAt(tokens, a0, j);
  if (r < 0) return -1;
  for (let k = r + 1; k < j; k++) {
    const u = tokens[k]!;
    if (u.k !== WORD && u.k !== POSS) return -1;
    if (PHRASE_OPENERS.has(u.key) || (u.key === "and" && ARTICLES.includes(tokens[k + 1]?.key ?? ""))) return k;
  }
  return -1;
}

/**
 * The office that opens an apposition at a0 (before j), within its first five words and after an
 * article and the office's modifiers only ("the acting associate administrator", "NASA's chief"; not
 * "a multimedia facility enabling expert teams"), or -1.
 */
export function officeAt(tokens: Token[], a0: number, j: number): number {
  let r = a0;
  if (ARTICLES.includes(tokens[r]?.key ?? "")) r++;
  for (; r < a0 + 5 && r < j; r++) {
    const u = tokens[r]!;
    if (u.k === WORD && ROLE_NOUNS.has(u.key)) return r;
    if (!(u.k === POSS || (u.k === WORD && (u.cap || ROLE_MODIFIERS.has(u.key))))) return -1;
  }
  return -1;
}

/** tokens[j] is an apostrophe glued to a plural ("workers'") and followed by a word. */
export function isPluralPossessive(tokens: Token[], j: number): boolean {
  const p = tokens[j - 1];
  const t = tokens[j]!;
  const n = tokens[j + 1];
  return (t.t === "'" || t.t === "’") && !!p && p.k === WORD && p.e === t.s && p.key.endsWith("s") && !!n && n.k === WORD && n.s > t.e;
}
