/**
 * Names read apart from their person: a name seen before its person was known, and the names of
 * title-case lines (headlines, subheads), which join a person of the body or no one.
 */
import { subsequence, type Entity } from "./coref.ts";
import { isGiven } from "./names.ts";

/** A name seen before its person was known ("Akram … Wasim Akram"). */
export interface PendingName {
  start: number;
  end: number;
  keys: string[];
}

/** A name in a title-case line that no person of the body had when it was read. */
export interface HeadlineName extends PendingName {
  /** [start, end) of each of its name words */
  spans: Array<[number, number]>;
}

interface Named {
  ent: Entity;
  mentions: Array<{ start: number; end: number; kind: "name" | "surname" }>;
}

/** Names of title-case lines join the body's people: the whole name when it is a form of one
 *  person's name ("Ana Ruiz", "Ruiz"), else its last word when that is exactly one person's surname
 *  ("Unpredictable Ruiz"); a name no person of the body has is not a person on a headline's word. */
export function joinHeadlineNames(all: Iterable<Named>, headlineNames: readonly HeadlineName[]): void {
  const people = [...all];
  for (const h of headlineNames) {
    // (a lone given name: the one person of the body it starts: "Ana Wins")
    const whole = joinable(people, h.keys) ?? (h.keys.length === 1 && isGiven(h.keys[0]!) ? byGivenName(people, h.keys[0]!) : undefined);
    if (whole) {
      whole.mentions.push({ start: h.start, end: h.end, kind: h.keys.length >= 2 ? "name" : "surname" });
      continue;
    }
    // its first words when they are a form of one person's name and the headline's own words
    // follow ("Ana Ruiz Wins", "Ana Wins Again": a given name one person of the body has)
    let from = 0;
    let first: Named | undefined;
    if (h.spans.length === h.keys.length && h.keys.length >= 2) {
      for (let n = h.keys.length - 1; n >= 1 && !first; n--) {
        const head = h.keys.slice(0, n);
        first = n >= 2 || !isGiven(head[0]!) ? joinable(people, head) : joinable(people, head) ?? byGivenName(people, head[0]!);
        if (!first) continue;
        first.mentions.push({ start: h.spans[0]![0], end: h.spans[n - 1]![1], kind: n >= 2 ? "name" : "surname" });
        from = n + 1;
      }
    }
    // (any one of its words, the last first: "SHEARER NAMED" has its surname first; after the
    // first words joined, past the headline's verb: "Ana Ruiz Outflanks Hale")
    for (let k = h.keys.length - 1; k >= from && h.keys.length >= 2; k--) {
      const span = h.spans[k];
      const bySurname = span ? joinable(people, [h.keys[k]!]) : undefined;
      if (bySurname && span && bySurname !== first) {
        bySurname.mentions.push({ start: span[0], end: span[1], kind: "surname" });
        break;
      }
    }
  }
}

/** The one person whose name of two or more words starts with this given name. */
function byGivenName<T extends { ent: Entity }>(people: Iterable<T>, key: string): T | undefined {
  let found: T | undefined;
  for (const a of people) {
    const k = a.ent.keys;
    if (k.length < 2 || k[0] !== key) continue;
    if (found && found !== a) return undefined;
    found = a;
  }
  return found;
}

/** The one person whose name words contain `keys` in order (a surname alone must be their last
 *  word); undefined when none or several. */
function joinable<T extends { ent: Entity }>(people: Iterable<T>, keys: readonly string[]): T | undefined {
  let found: T | undefined;
  for (const a of people) {
    const k = a.ent.keys;
    const ok = keys.length === 1 ? k[k.length - 1] === keys[0] || (k.length === 1 && k[0] === keys[0]) : subsequence([...keys], k);
    if (!ok) continue;
    if (found && found !== a) return undefined;
    found = a;
  }
  return found;
}
