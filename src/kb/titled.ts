/**
 * An office's title before a bare surname ("President Moreau") names whoever held that office, and
 * the engine, which has no knowledge of offices, gives such a mention to the person of that
 * surname it already knows — a spouse or a relative ("Claire Moreau … President Moreau"). Here the
 * knowledge base decides: when it knows people of that surname who held an office of the title's
 * family by the article's date (an office begun later is no evidence), none of them bears the
 * person's full name, and the article gives the person no role of that office, the mention (and
 * the claims whose cue sits in its sentence) goes to the holder: the person of the article who
 * bears the holder's full name, else a new person named by the mention.
 *
 * Pure: the analysis in, the analysis with those mentions moved out.
 */
import type { Analysis, Mention, Person } from "../extract/types.ts";
import { padFold, started } from "./evidence.ts";
import { bareNameCandidates, entryNames, matchFullName, parsePersonName, splitTitles } from "./match.ts";
import { familiesInText, familiesOfPosition } from "./roles.ts";
import type { KnowledgeBase } from "./types.ts";

/** Families a title names that tell one office from a relative's standing ("Mr." names none). */
const OFFICE_FAMILIES = new Set(["deputy", "president", "prime minister", "governor", "legislator", "minister", "ambassador", "monarch"]);

/** The full names of the knowledge base's people of this surname who held an office of one of
 *  these families by the date. */
function holders(kb: KnowledgeBase, surname: string, families: ReadonlySet<string>, date: string): number[] {
  const p = parsePersonName(surname);
  if (!p) return [];
  // (a deputy's office is not the office: "Vice President of …" is no holder of "President")
  const fits = (fams: string[]): boolean => fams.some((f) => families.has(f)) && (families.has("deputy") || !fams.includes("deputy"));
  return bareNameCandidates(kb, p).filter((i) => kb.data.entries[i]!.positions.some((pos) => started(pos, date) && fits(familiesOfPosition(pos))));
}

/** Words before a title that make its holder someone to come, not the one in office. */
const HYPOTHETICAL = new Set(["a", "an", "future", "next", "would-be"]);

/** The title written right before a surname mention ("President", "Vice President", "Sen."), or "". */
function titleBefore(text: string, m: Mention): string {
  const words = text.slice(Math.max(0, m.start - 30), m.start).split(/\s+/).filter(Boolean);
  // (capitalised, as a title before a name is, and no sentence's end: "as president. Moreau said";
  // nor a hypothetical holder, "a President Moreau would")
  const last = words[words.length - 1] ?? "";
  if (!/^\p{Lu}/u.test(last) || (last.endsWith(".") && last.length > 5)) return "";
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const { title, rest } = splitTitles(`${words.slice(-n).join(" ")} x`);
    if (rest === "x" && title) return HYPOTHETICAL.has((words[words.length - n - 1] ?? "").toLowerCase()) ? "" : title;
  }
  return "";
}

/** The analysis with those mentions moved, and for each person made here the ids of the knowledge
 *  base's entries who may be them (their link must be one of these). */
export function splitTitledMentions(kb: KnowledgeBase, analysis: Analysis, text: string, date: string): { analysis: Analysis; holders: Map<string, string[]> } {
  const made = new Map<string, string[]>();
  const madeFor = new Map<string, string>(); // (the holders' entries → the person made for them)
  let people = analysis.people;
  let quotes = analysis.quotes;
  let next = people.length;
  for (const person of analysis.people) {
    const own = parsePersonName(person.name);
    if (!own || own.given.length === 0) continue;
    for (const m of person.mentions) {
      if (m.kind !== "surname") continue;
      const title = titleBefore(text, m);
      if (!title) continue;
      const families = new Set([...familiesInText(padFold(title))].filter((f) => OFFICE_FAMILIES.has(f)));
      if (families.size === 0 || (families.size === 1 && families.has("deputy"))) continue;
      const held = holders(kb, own.surname, families, date);
      if (held.length === 0 || held.some((i) => matchFullName(own, entryNames(kb, i)) !== null)) continue;
      // (a role of that office the article gives them, other than this very title: their own)
      const role = person.role ?? "";
      if (role.toLowerCase() !== title.toLowerCase() && [...familiesInText(padFold(role.replace(/\bpresidential\b/gi, "")))].some((f) => families.has(f))) continue;
      // (the holder named in full in the article, else the one a mention before was given to:
      // "President Clinton … President Clinton" is one person)
      const madeId = madeFor.get(held.join(","));
      const holder = people.find((o) => {
        const n = parsePersonName(o.name);
        return o.id !== person.id && (o.id === madeId || (n !== null && held.some((i) => matchFullName(n, entryNames(kb, i)) !== null)));
      });
      const target: Person = holder ?? { id: `p${++next}`, name: text.slice(m.start, m.end), mentions: [], isOfficial: true, standing: "official", role: title, represents: null };
      const sentence = sentenceAround(text, m.start);
      const movedQuotes = new Set(
        quotes
          .filter((q) => q.speakerId === person.id && q.cueSpan !== null && q.cueSpan.start >= sentence.start && q.cueSpan.end <= sentence.end)
          .filter(() => !person.mentions.some((o) => o !== m && o.start >= sentence.start && o.end <= sentence.end))
          .map((q) => q.id),
      );
      quotes = quotes.map((q) => (movedQuotes.has(q.id) ? { ...q, speakerId: target.id } : q));
      const updated = people.map((o) => {
        if (o.id === person.id) {
          const mentions = o.mentions.filter((x) => x !== m);
          const lostRole = o.role !== null && o.role.toLowerCase() === title.toLowerCase();
          return lostRole ? { ...o, mentions, role: null, isOfficial: false, standing: "unstated" as const } : { ...o, mentions };
        }
        if (o.id === target.id) return { ...o, mentions: [...o.mentions, m].sort((a, b) => a.start - b.start) };
        return o;
      });
      if (!holder) {
        made.set(target.id, held.map((i) => kb.data.entries[i]!.id));
        madeFor.set(held.join(","), target.id);
      }
      people = holder ? updated : [...updated, { ...target, mentions: [m] }];
    }
  }
  return { analysis: people === analysis.people ? analysis : { people, quotes }, holders: made };
}

/** The sentence around an offset: from after the last sentence end before it to the next one. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return { start: s, end: e };
}
