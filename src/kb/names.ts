/**
 * What makes two written names one person's name: shared by the knowledge-base linking (lookup.ts)
 * and the memory's identity across articles (src/store/identity.ts), so a link and a merge ask the
 * same questions.
 *
 * - Invisible characters (soft hyphens, zero-width spaces and joiners, direction marks, BOM) are
 *   not part of a name: "Vla\u00ADdimir" is "Vladimir".
 * - Words that lead a name string without being part of it: honorifics and office words
 *   ("Sen.", "Lt. Col.", "Counsel") and sentence adverbs ("Meanwhile", "Reportedly") that a reader
 *   may take in at the start of a sentence.
 * - Given names agree when equal, when one is a diminutive of the other (Tim/Timothy, Bernie/
 *   Bernard: the open table in data/given-names.json, see data/NOTICE.md), or when they are two
 *   spellings of one name (Benjamin/Benyamin).
 */
import table from "./data/given-names.json" with { type: "json" };

/** Format characters that never show and never separate words in a name. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g;

export function isInvisible(ch: string): boolean {
  INVISIBLE.lastIndex = 0;
  return ch.length > 0 && INVISIBLE.test(ch);
}

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** Honorifics and office words that may lead a name string ("President Erdogan", "Sheikh
 *  Tamim", "Rep. Ansari", "Lt. Col. Vindman"); folded, without a final dot. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sheikh shaikh sheik sayyed sayyid ayatollah " +
    "president vice prime minister premier chancellor king queen emir amir prince princess crown sultan " +
    "general gen lt lieutenant col colonel maj major capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt private brig " +
    "sen senator rep representative congressman congresswoman assemblyman assemblywoman councilman councilwoman councillor councilor " +
    "gov governor secretary ambassador envoy speaker chairman chairwoman chair pope cardinal bishop archbishop rabbi imam mayor " +
    "judge justice magistrate attorney counsel commissioner director chief deputy foreign defence defense state acting interim " +
    "former late then his her excellency majesty highness hrh he officer detective inspector superintendent constable sheriff"
  ).split(" "),
);

/** Sentence adverbs and connectives that open a sentence before a name ("Meanwhile Tim Walsh"). */
const ADVERBS: ReadonlySet<string> = new Set(
  (
    "meanwhile also however then now still later earlier yet instead indeed thus today yesterday tonight tomorrow " +
    "besides moreover furthermore nonetheless nevertheless otherwise likewise afterwards afterward subsequently " +
    "currently formerly recently finally previously reportedly allegedly apparently separately similarly eventually " +
    "initially ultimately additionally notably but and so while when as after before since because though although"
  ).split(" "),
);
/** Endings of adverbs in -ly that no common given name has (Emily, Kelly, Beverly keep theirs). */
const ADVERB_ENDING = /(?:edly|ally|ously|ively|ntly|ately|ully|ssly|ibly|ably)$/;

/** A folded token (lower case, no accents) that leads a name string without being part of it. */
export function isLeadingNonName(token: string): boolean {
  const t = token.replace(/\.$/, "");
  if (NAME_TITLES.has(t) || ADVERBS.has(t) || (t.length >= 6 && ADVERB_ENDING.test(t))) return true;
  // "then-president", "ex-minister": every part of a hyphenated word is such a word
  const parts = t.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => p === "ex" || NAME_TITLES.has(p) || ADVERBS.has(p));
}

/** Leading title and adverb words of a name string, split off (the title part is role evidence):
 *  "Lt. Col. Greer" → title "Lt. Col.", rest "Greer". The last word always stays. */
export function splitTitles(name: string): { title: string; rest: string } {
  const parts = stripInvisible(name).trim().split(/\s+/);
  let i = 0;
  while (i < parts.length - 1 && isLeadingNonName(parts[i]!.toLowerCase())) i++;
  return { title: parts.slice(0, i).join(" "), rest: parts.slice(i).join(" ") };
}

// ---------------------------------------------------------------------------------------------
// Given names

let related: Map<string, Set<string>> | null = null;

/** name → the names listed with it as formal name or diminutive (built on first use). */
function relatedNames(): Map<string, Set<string>> {
  if (related) return related;
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let s = map.get(a);
    if (!s) map.set(a, (s = new Set()));
    s.add(b);
  };
  for (const line of (table as { groups: string[] }).groups) {
    const [formal, ...nicks] = line.split(" ");
    for (const n of nicks) {
      link(formal!, n);
      link(n, formal!);
    }
  }
  related = map;
  return map;
}

/** One is a diminutive of the other in the open table (folded, lower-case tokens). */
export function isDiminutiveOf(a: string, b: string): boolean {
  return relatedNames().get(a)?.has(b) ?? false;
}

/** Whether the token is a given name the table knows (formal or diminutive). */
export function isKnownGivenName(t: string): boolean {
  return relatedNames().has(t);
}

/** Damerau–Levenshtein (optimal string alignment) distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Two spellings of one name ("benjamin"/"benyamin", "mohammed"/"muhammad"), but not the
 *  gendered pairs that differ only at the end ("daniel"/"daniela", "mario"/"maria"), nor a name
 *  and its extension ("paul"/"paula"). Needs 4 letters: short names differ by one letter
 *  ("Lo"/"Li", "May"/"Moy") without being one name. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) return false;
  const stemA = a.slice(0, -1);
  const stemB = b.slice(0, -1);
  if (a.startsWith(b) || b.startsWith(a) || stemA === stemB) return false;
  const limit = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  return editDistance(a, b) <= limit;
}

/** How a given name (folded token) relates to another: "same", "initial" (one is a single
 *  letter or a run of initials starting with the other's first letter), "diminutive", "variant"
 *  (spelling), or null (two different names). */
export type GivenMatch = "same" | "initial" | "diminutive" | "variant" | null;

export function matchGiven(a: string, b: string): GivenMatch {
  if (a === b) return "same";
  if (a.length === 0 || b.length === 0) return null;
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return "initial";
  if (isDiminutiveOf(a, b)) return "diminutive";
  return isSpellingVariant(a, b) ? "variant" : null;
}
