/**
 * The order in which deriveRepresents (represents.ts) reads the runs of capitalised words of a role
 * phrase as the body a person acts for: the employer after "at" first, then the complement of an
 * office, then the rest.
 */
import { ROLE_NOUNS } from "./lexicon/index.ts";
import type { Word } from "./represents-words.ts";

/** Words that end a body's lowercase description before its name ("at tech firm X", not "at X and of Y"). */
export const PREPS = new Set("at of for in on to from with by and or during under".split(" "));

/** The runs in reading order. */
export function runsInOrder(ws: readonly Word[], runs: readonly Word[][]): Word[][] {
  // "Head of Research at Kotak Securities": the body after "at" employs them, before the unit "of" it
  // ("director at tech research firm Orbis", "analyst at the London-based think tank Harbor": past
  // the lowercase words that say what kind of body it is)
  const atRun = (run: Word[]): boolean => {
    let p = ws.indexOf(run[0]!) - 1;
    for (let n = 0; p >= 0 && n < 5 && !ws[p]!.cap && !PREPS.has(ws[p]!.key); n++) p--;
    return ws[p]?.key === "at";
  };
  // ("PR director of Pixmart": a bare capitalised field before the office names no body when the
  // office's complement names one)
  const ofRun = (run: Word[]): boolean => {
    const p = ws.indexOf(run[0]!) - 1;
    const q = ws[p]?.key === "the" ? p - 1 : p;
    return (ws[q]?.key === "of" || ws[q]?.key === "for") && q > 0 && ROLE_NOUNS.has(ws[q - 1]!.key) && !ws[q - 1]!.cap;
  };
  return [...runs.filter(atRun), ...runs.filter((x) => !atRun(x) && ofRun(x)), ...runs.filter((x) => !atRun(x) && !ofRun(x))];
}
