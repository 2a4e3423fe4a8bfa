/**
 * The order in which deriveRepresents (represents.ts) reads the runs of capitalised words of a role
 * phrase as the body a person acts for: the employer after "at" first, then the complement of an
 * office, then the rest; and the body a role names by its kind only ("the commission").
 */
import { COMPANY_NOUNS, ORG_WORDS, PARTY_WORDS, PLACE_TO_COUNTRY, ROLE_NOUNS } from "./lexicon/index.ts";
import { fold } from "./normalize.ts";
import type { DocFacts } from "./represents-text.ts";
import { PLACE_NOUNS, type Word } from "./represents-words.ts";

export const OF_FOR_AT: readonly string[] = ["of", "for", "at"];
/** Organisation words that name an office's field when lower-case ("energy affairs", "national security"). */
const FIELDS = new Set(["affairs", "security", "relations", "policy"]);

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

/**
 * The body a role names by its kind, not its name: "spokesman for the commission" → the article's
 * organisation with that head word (else the body as the role words it, "president of the prison
 * workers' union"); "the agency's director" → the one organisation of the article with that head
 * word; "the company's spokeswoman" → the company named just before, else the article's company.
 */
export function unnamedBody(ws: readonly Word[], role: string, facts: DocFacts, country: string | null, party: string | null): string | null {
  let org: string | null = null;
  // "spokesman for the commission" → the article's organisation with that head word
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!OF_FOR_AT.includes(ws[i]!.key)) continue;
    let j = i + 1;
    if (ws[j]!.key === "the") j++;
    // (up to the next preposition but "of": "member of the state parliament for the Greens")
    let e = j;
    while (e < ws.length && (ws[e]!.key === "of" || ws[e]!.key === "and" || !PREPS.has(ws[e]!.key))) e++;
    const head = ws[e - 1]!;
    // (not an office's field: "special envoy for energy affairs", "adviser for national security")
    if (j < e && !head.cap && ORG_WORDS.has(head.key) && !FIELDS.has(head.key)) {
      // (its other words in that name too: "the central bank" is not the article's "Harbor Bank")
      const mods = ws.slice(j, e - 1).map((w) => w.key);
      org = facts.orgs.find((o) => [...mods, head.key].every((k) => fold(o).split(" ").includes(k))) ?? null;
      // "president of the prison workers' union": the body as the article words it, unnamed
      // (without the country said already: "of Kenya's central bank" → "Kenya (central bank)")
      if (ws[j]?.key === "a" || ws[j]?.key === "an") j++;
      // (nor a place noun's possessive: "of the country's central bank" → "central bank")
      const body = ws.slice(j, e).filter((w) => !(w.cap && country && PLACE_TO_COUNTRY.get(w.key) === country) && !(!w.cap && w.poss && PLACE_NOUNS.has(w.key)));
      // (a party said is a legislator's, before an unnamed chamber: "of the state parliament for the Greens")
      if (!org && body.length >= 2 && !party) org = body.map((w) => w.w).join(" ");
    }
    break;
  }
  // "the agency's director", "the ministry's spokesman": the one organisation of the article with that head word
  const owner = /^(?:the\s+)?(\p{Ll}+)['’]s\s/u.exec(role);
  // (a party's "the chamber's Democratic leader" is a legislature's, not a chamber of commerce's)
  const house = owner?.[1] === "chamber" && ws.some((w) => w.cap && PARTY_WORDS.has(w.key));
  const owners = owner && ORG_WORDS.has(owner[1]!) ? facts.orgs.filter((o) => fold(o).split(" ").includes(owner[1]!) && !(house && /\bcommerce\b/i.test(o))) : [];
  if (!org && owners.length === 1) org = owners[0]!;
  // "the company's spokeswoman", "the firm's": the company named just before, else the company
  // the article is about
  if (!org && owner && COMPANY_NOUNS.has(owner[1]!)) org = facts.nearCompany ?? (facts.mainOrg && !/\d/.test(facts.mainOrg) ? facts.mainOrg : null);
  return org;
}
