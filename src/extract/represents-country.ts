/**
 * The country a role means, read from the article's text around it (for result.ts): a home
 * ministry's country from its sentence ("In Peru, the Health Ministry said"), the country "its" or
 * "the country's" points to, the country a diplomat or minister who names none acts for (their own
 * role's "of Ruritania", the sender of an envoy, a dateline's city).
 */
import { CITIES, MINISTRY_SUBJECTS, PLACE_TO_COUNTRY } from "./lexicon/index.ts";
import { fold } from "./normalize.ts";
import { sentenceAround } from "./represents-words.ts";

/** Ministries over a country's own affairs, whose country a sentence naming one country says
 *  (not foreign, defence or trade ministries, which speak of other countries). */
const HOME_MINISTRIES = new Set(
  (
    "health finance interior education agriculture labour labor justice environment energy transport culture economy home"
  ).split(" "),
);
/** Words after which a country is not the speaker's ("returned from Peru", "talks with Chile"). */
const AWAY_WORDS = new Set("from to with against into toward towards between and or by visiting".split(" "));
const BARE_MINISTRY = /^(?:(\p{Lu}\p{Ll}+) Ministry|Ministry of (?:the )?(\p{Lu}\p{Ll}+)(?: (?:and |& )?\p{Lu}\p{Ll}+)*)$/u;
const CAP_WORD = /\p{Lu}[\p{L}.'’-]*/gu;

/** "its " or a sentence's first "Its " right before a role. */
const ITS_BEFORE = /(?:^|\s)[Ii]ts\s+$/;
/** A role that opens with "country's" or "nation's". */
const COUNTRY_OWNS = /^(?:country|nation)['’]s\s/i;
/** "the country's ", "the nation's " right before a role. */
const COUNTRY_POSS = /\b(?:country|nation)['’]s\s+$/;

/** The countries a stretch of text names, in order: each capitalised word (or two) that is a
 *  country's name, adjective or city, with the country and the name's folded key. */
function* countriesIn(s: string): Generator<[RegExpExecArray, string, string]> {
  for (const w of s.matchAll(CAP_WORD)) {
    const one = fold(w[0].replace(/['’]s?$/, "").replace(/\.$/, ""));
    const next = /^ (\p{Lu}[\p{L}]*)/u.exec(s.slice(w.index + w[0].length))?.[1];
    const two = next ? `${one} ${fold(next)}` : "";
    const name = PLACE_TO_COUNTRY.has(two) ? two : one;
    const c = PLACE_TO_COUNTRY.get(name);
    if (c) yield [w, c, name];
  }
}

/** The country named last before `at` in its sentence, or null. */
function lastCountryBefore(text: string, starts: readonly number[], at: number): string | null {
  const [a] = sentenceAround(text, starts, at);
  let last: string | null = null;
  for (const [, c] of countriesIn(text.slice(a, at))) last = c;
  return last;
}

/**
 * "In Peru, the Health Ministry said 40 people had died": a ministry of home affairs read with no
 * country acts for the one country its sentence names by its name (not its adjective, nor a
 * capital city, nor a country after "from", "to", "with" and the like). Returns "Peru (Health
 * Ministry)", or null when the sentence names none or several.
 */
export function homeMinistryCountry(ministry: string, text: string, starts: readonly number[], at: number): string | null {
  // ("In Tanzania, X, the country's interior minister": a role that opens with "country's" was given
  // the article's country; the one named last before it in the sentence is the one meant)
  if (COUNTRY_OWNS.test(text.slice(at, at + 16))) {
    const last = lastCountryBefore(text, starts, at);
    const inner = /^[^()]+ \(([^()]+)\)$/.exec(ministry)?.[1];
    return !last ? null : PLACE_TO_COUNTRY.get(fold(ministry)) === ministry ? last : inner ? `${last} (${inner})` : null;
  }
  const m = BARE_MINISTRY.exec(ministry);
  if (!m) return null;
  // "In Tanzania, the country's foreign minister": any ministry of the country named last before "the country's"
  if (COUNTRY_POSS.test(text.slice(Math.max(0, at - 12), at))) {
    const last = lastCountryBefore(text, starts, at);
    return last ? `${last} (${ministry})` : null;
  }
  // "Rwanda sent its trade minister", "Uganda also joined. Its foreign minister": the country that
  // opens the sentence, or the sentence before for a sentence's first "Its"
  const its = ITS_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  if (its) {
    const [a] = sentenceAround(text, starts, at);
    const first = at - its[0].length <= a;
    const [pa] = first && a > 0 ? sentenceAround(text, starts, a - 1) : [a];
    const subject = countriesIn(text.slice(pa, first ? a : at)).next().value;
    return subject && subject[0].index <= 4 ? `${subject[1]} (${ministry})` : null;
  }
  if (!HOME_MINISTRIES.has(fold(m[1] ?? m[2]!))) return null;
  const [a, b] = sentenceAround(text, starts, at);
  const s = text.slice(a, b);
  const found = new Set<string>();
  for (const [w, c, name] of countriesIn(s)) {
    // (its name, not its adjective or a city: "Peruvian tourists", "flights to Lima")
    if (fold(c) !== name || CITIES.has(name)) continue;
    const prior = s.slice(Math.max(0, w.index - 20), w.index).split(/\s+/).filter(Boolean);
    if (prior[prior.length - 1] === "the") prior.pop();
    const before = prior[prior.length - 1];
    if (before && AWAY_WORDS.has(fold(before))) return null;
    found.add(c);
  }
  return found.size === 1 ? `${[...found][0]!} (${ministry})` : null;
}

/** The country an article names most: twice or more, and twice as often as any other but `except`. */
export function leadingCountry(counts: ReadonlyMap<string, number>, except = ""): string | null {
  let country: string | null = null;
  let best = 0;
  let next = 0;
  for (const [c, n] of counts)
    if (c === except) continue;
    else if (n > best) [next, best, country] = [best, n, c];
    else next = Math.max(next, n);
  return best >= 2 && best >= 2 * next ? country : null;
}

/** "envoy to Ruritania", "ambassador to the Zenda Union": where a diplomat is sent (two words). */
const SENT_TO = /\b(?:envoy|ambassador|emissary|consul|high commissioner) (?:to|in|for) (?:the )?(\S+) ?(\S*)/i;
const NATIONAL_OFFICE = /\b(?:minister|ministry|ambassador|envoy|premier|chancellor|government|attorney general)\b/i;

/**
 * Whom a diplomat or a minister acts for when their role and its sentence name no country:
 *   "former special envoy to Ruritania X" → the country the article names most apart from
 *   Ruritania (a diplomat acts for the country that sends them, never the one they are sent to);
 *   "Foreign Minister X of Ruritania" → the country one of their roles is ("Ruritania (Foreign
 *   Ministry)"), before any dateline;
 *   "ZENDA — … Interior Minister X said" → the country of the dateline's city ("Ruritania
 *   (Interior Ministry)" when the role gave the bare ministry).
 * `roles` are the person's role phrases; `rep` is what they gave (null, or a ministry without its country); returns null to keep it.
 */
export function unnamedCountry(roles: readonly string[], rep: string | null, text: string, starts: readonly number[], counts: ReadonlyMap<string, number>): string | null {
  if (rep && !BARE_MINISTRY.test(rep)) return null;
  const all = roles.join(" / ");
  const m = !rep && SENT_TO.exec(all);
  const sender = m && leadingCountry(counts, PLACE_TO_COUNTRY.get(fold(`${m[1]} ${m[2]}`)) ?? PLACE_TO_COUNTRY.get(fold(m[1]!)));
  // ("Foreign Secretary", "Secretary of State": a sitting secretary of a government's department)
  const now = fold(roles.filter((r) => !/^(?:former|ex-|then-)/i.test(r)).join(" ")).split(" ");
  const secretary = now.some((w, i) => w === "secretary" && (MINISTRY_SUBJECTS.has(now[i - 1] ?? "") || (now[i + 1] === "of" && now[i + 2] === "state")));
  const national = NATIONAL_OFFICE.test(all) || secretary;
  if (sender || !national) return sender || null;
  // ("Foreign Minister X of Estmark": a country that one of their roles is, before any dateline)
  for (const r of roles) {
    const key = fold(r.replace(/^the /i, ""));
    const c = CITIES.has(key) ? undefined : PLACE_TO_COUNTRY.get(key);
    if (c) return rep ? `${c} (${rep})` : c;
  }
  // a dateline opens one of the first sentences: "ZENDA —", "ZENDA, Ruritania —", "ZENDA (Agency) —"
  for (const at of starts.slice(0, 3)) {
    const head = text.slice(at, at + 50);
    const k = head.search(/ [—–-] /);
    const c = k > 0 && PLACE_TO_COUNTRY.get(fold(head.slice(0, k).split(/[,(]/)[0]!.trim()));
    // (not when the article names another country more often: a foreign visitor in "WASHINGTON —")
    if (c && [...counts].some(([o, n]) => o !== c && n > (counts.get(c) ?? 0))) return null;
    if (c) return rep ? `${c} (${rep})` : c;
  }
  return null;
}
