/**
 * Names written only in another script ("א-סיסי" in a Hebrew photo caption of an English
 * article). The engine reads Latin-script names by their capitals; other scripts have none, so
 * they are found here by the knowledge base's native-script aliases instead, and kept only when
 * the same careful linking as every other name accepts them (linkPeople: a surname needs
 * supporting words around it — "אמיר קטאר" next to "אל-ת'אני", "הנשיא המצרי" next to "א-סיסי").
 *
 * Pure: the analysis and the text in, the analysis with those people added (or their mentions
 * added to a person the engine already found, when both link to the same entry) and the links out.
 */
import type { Analysis, Person } from "../extract/types.ts";
import { headsBody, linkPeople, sentenceSpans } from "./link.ts";
import { foldName } from "./normalize.ts";
import { toLink, today } from "./lookup.ts";
import { splitTitledMentions } from "./titled.ts";
import type { KbLink, KnowledgeBase } from "./types.ts";

/** Letters of scripts without capitals that KB aliases are written in. */
const NON_LATIN = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}]/u;
/** A word of such a script, with inner hyphens, geresh and apostrophes ("אל-ת'אני"). */
const NATIVE_WORD = /[\p{L}\p{M}][\p{L}\p{M}'׳’\-]*/gu;
/** Hebrew one-letter proclitics (and, the, in, to, from, that, as) written onto a name. */
const HEBREW_PROCLITICS = new Set(["ו", "ה", "ב", "ל", "מ", "ש", "כ"]);
const MAX_WORDS = 5;

interface NativeIndex {
  forms: Set<string>;
}
const indexes = new WeakMap<KnowledgeBase, NativeIndex>();

function nativeIndex(kb: KnowledgeBase): NativeIndex {
  let index = indexes.get(kb);
  if (!index) {
    const forms = new Set<string>();
    for (const e of kb.data.entries) {
      for (const name of [...e.aliases, ...e.short]) if (NON_LATIN.test(name)) forms.add(foldName(name));
    }
    forms.delete("");
    index = { forms };
    indexes.set(kb, index);
  }
  return index;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Spans of the text that read as a native-script name form of some KB entry (longest first). */
export function findNativeNameSpans(kb: KnowledgeBase, text: string): Array<{ start: number; end: number }> {
  if (!NON_LATIN.test(text)) return [];
  const { forms } = nativeIndex(kb);
  const words: Word[] = [];
  for (const m of text.matchAll(NATIVE_WORD)) if (NON_LATIN.test(m[0])) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    let matchStart = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
      // the words must be adjacent (only spaces between them)
      let ok = true;
      for (let k = i; k < i + n - 1; k++) if (text.slice(words[k]!.end, words[k + 1]!.start).trim() !== "") ok = false;
      if (!ok) continue;
      const phrase = text.slice(words[i]!.start, words[i + n - 1]!.end);
      if (forms.has(foldName(phrase))) [matched, matchStart] = [n, words[i]!.start];
      else if (HEBREW_PROCLITICS.has(phrase[0]!) && phrase.length > 2 && forms.has(foldName(phrase.slice(1)))) [matched, matchStart] = [n, words[i]!.start + 1];
    }
    if (matched) {
      spans.push({ start: matchStart, end: words[i + matched - 1]!.end });
      i += matched;
    } else i++;
  }
  return spans;
}

/**
 * Whom a person represents, when the article does not say: the engine words an unstated
 * affiliation as "Government of <the article's main country>" (a guess from context); a linked
 * knowledge-base entry knows the person's country, and wins over that guess or over nothing.
 */
function withKbAffiliation(person: Person, link: KbLink | undefined, inRace: () => boolean, said: (party: string) => boolean, articleDated: boolean): Person {
  // a person the article names without any role is an official when the knowledge base links them
  // to an office (held then or before); a role that makes them a private person, or a byline, wins
  if (link && !person.isOfficial && person.standing === "unstated" && link.position !== null)
    person = { ...person, isOfficial: true };
  const country = link?.country;
  // (a leader of an armed movement the knowledge base ties to no state acts for that movement)
  if (!country && link?.kind === "movement" && link.organisation && person.isOfficial && person.represents === null) return { ...person, represents: link.organisation };
  if (!country || !person.isOfficial) return person;
  // (an office ended by the article's date, when the article too gives it as past or gives none:
  // a role that names it as held, "Prime Minister X said", is that office)
  // (a bare title before the name is a courtesy a holder keeps after leaving office in US usage,
  // "Secretary X", "Governor X": on the article's own date, the office the knowledge base has as
  // ended then has ended; a former head of state so titled, "President X", is named for that
  // presidency; on the reading day of an undated article the title is the office it was written in)
  const head = link.kind === "head-of-state" || link.kind === "head-of-government";
  const courtesy = articleDated && !head && person.role !== null && /^\p{Lu}[\p{L}.]*$/u.test(person.role);
  const former = !link.isCurrent && link.position !== null && (person.role === null || courtesy || /^(?:former|ex-|ex |then-)/i.test(person.role));
  // (no office at the article's date, and the article gives none but a race's: their party in a
  // race, else nothing; a country is no whom for a private person running, "candidate X")
  if (person.represents === null && link.position === null && (person.role === null || RACE_ROLE.test(person.role))) {
    const party = inRace() ? formerAffiliation(link, country, true) : country;
    return { ...person, represents: party === country ? null : party };
  }
  // "Donald Trump" in an undated article on the 2016 primaries: a runner the article gives no
  // office (no role, or a race's) acts in a race for their party, when the article names that
  // party, not for the office the knowledge base dates to the reader's day
  if (person.represents === null && !former && (person.role === null || RACE_ROLE.test(person.role)) && link.party && said(link.party) && inRace()) {
    const party = formerAffiliation(link, country, true);
    if (party !== country) return { ...person, represents: party };
  }
  // (no office held by the article's date, and a role of the article's that is no race's: the
  // knowledge base says nothing of whom they acted for then — not the country of a later office,
  // "Attorney General X" in 2016 who became a senator in 2017; but a national seat the role names,
  // "Sen. X", is their country's, whichever office the knowledge base lists)
  if (person.represents === null && link.position === null && !(NATIONAL_SEAT.test(person.role ?? "") && !/\bstate\b/i.test(person.role ?? ""))) return person;
  if (person.represents === null) return { ...person, represents: former ? formerAffiliation(link, country, inRace()) : kbAffiliation(link, country) };
  const guessed = /^Government of (.+)$/.exec(person.represents);
  if (guessed && guessed[1] !== country) return { ...person, represents: country };
  // "Finance Ministry" read without a country: the linked minister's country says whose
  if (/^\p{Lu}\p{Ll}+ Ministry$/u.test(person.represents) && link.kind === "minister" && link.country)
    return { ...person, represents: `${country} (${person.represents})` };
  return person;
}

/**
 * Whom a person acts for whose office had ended by the article's date: not that office's body,
 * which they no longer speak for, but their country; or, when a sentence about them (or one
 * beside it in its paragraph) speaks of a race (a former secretary of state running for
 * president, "Trump's Democratic rival"), their party when the knowledge base gives one.
 */
function formerAffiliation(link: KbLink, country: string, inRace: boolean): string {
  const party = link.party?.trim() ?? "";
  if (!inRace || !party || /^(?:independent|no party|none|nonpartisan)$/i.test(party)) return country;
  if (/^(democrat|democratic)$/i.test(party)) return "Democratic Party";
  if (/^republican$/i.test(party)) return "Republican Party";
  return party;
}

/** Words of an electoral race ("campaign", "candidate", "the 2020 primary", "rival", "polls",
 *  "the next president", "a White House bid"). */
const RACE = /\b(?:campaign\w*|candidac(?:y|ies)|candidates?|elect(?:ed|ion|ions|oral)|primar(?:y|ies)|nominees?|nomination|rivals?|polls?|polling|front-?runners?|ballots?|voters?|caucus(?:es)?|next president|running mates?|(?:presidential|White House) (?:race|bid|run))\b/i;

/** A seat in a national legislature named in a role ("Sen.", "Rep.", "congresswoman"). */
const NATIONAL_SEAT = /\b(?:Sen|Rep)\.|\b(?:senator|congress(?:wo)?man|representative)\b/i;

/** A role of someone running in a race ("Democratic presidential candidate", "GOP front-runner",
 *  "running mate"); the engine's RACE_ROLE (src/extract/represents-text.ts), which this layer may
 *  not import, and a running mate (the engine reads roles whose complement names one, "pollster for
 *  X and his running mate", where this layer reads the person's own). */
const RACE_ROLE = /\b(?:candidates?|nominees?|hopefuls?|challengers?|contenders?|front-?runners?|running mates?)\b/i;

function lazySentences(text: string): () => ReturnType<typeof sentenceSpans> {
  let spans: ReturnType<typeof sentenceSpans> | null = null;
  return () => (spans ??= sentenceSpans(text));
}

/** A sentence holding one of the person's mentions, or the sentence before or after it in the
 *  same paragraph, speaks of a race. */
function inRace(text: string, spansOf: () => ReturnType<typeof sentenceSpans>, person: Person): boolean {
  if (person.mentions.length === 0) return false;
  const spans = spansOf();
  const ends = (k: number): boolean => text[spans[k]!.end - 1] === "\n";
  const race = (k: number): boolean => RACE.test(text.slice(spans[k]!.start, spans[k]!.end));
  return person.mentions.some((m) => {
    const k = spans.findIndex((x) => x.start <= m.start && m.start < x.end);
    if (k < 0) return false;
    return race(k) || (k > 0 && !ends(k - 1) && race(k - 1)) || (k + 1 < spans.length && !ends(k) && race(k + 1));
  });
}

/**
 * What a linked office acts for: its body when the KB names one ("US Department of Defense"), a
 * region below the country its title names ("Governor of South Dakota" → "South Dakota (United
 * States)"), else the country.
 */
function kbAffiliation(link: KbLink, country: string): string {
  if (link.organisation) return link.organisation;
  const of = /\bof (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$/.exec(link.position ?? "");
  if (of && of[1] !== country && !country.includes(of[1]!)) return `${of[1]} (${country})`;
  return country;
}

/**
 * "senior Trump adviser", "Putin's spokesman": an official whose role names another person of the
 * article acts for what that person represents, once the knowledge base has said it (the engine
 * could not: "President-elect" alone names no country). Not a campaign's people.
 */
function viaNamedPeople(people: Person[]): Person[] {
  const surname = (name: string): string => name.trim().split(/\s+/).pop() ?? "";
  return people.map((p) => {
    // (nor one whose role ends in a title of their own: "top Dale surrogate Rep." holds a seat)
    if (p.represents !== null || !p.isOfficial || !p.role || /\bcampaign\b/i.test(p.role) || /\b(?:Rep|Sen|Gov)\.$/.test(p.role)) return p;
    const words = new Set(p.role.split(/\s+/).map((w) => w.replace(/['’]s$/, "").replace(/[^\p{L}-]/gu, "")));
    const other = people.find((o) => o !== p && o.isOfficial && o.represents !== null && words.has(surname(o.name)));
    // (a runner's, who acts for a party in the race: their campaign, "Dale campaign", as the engine words it)
    // (not a past office's: "former X adviser" served X in government)
    if (other && / Party$/.test(other.represents!)) return /\b(?:former|ex|then)\b/i.test(p.role) ? p : { ...p, represents: `${surname(other.name)} campaign` };
    return other ? { ...p, represents: other.represents } : p;
  });
}

/**
 * Links the engine's people and adds the native-script names the KB can vouch for. Returns the
 * analysis to show (extra people appended, ids continuing the engine's) and the links of all.
 * `articleDated`: `date` is the article's own date, not the reading day.
 */
export function linkWithNativeNames(kb: KnowledgeBase, engine: Analysis, text: string, date: string, articleDated = false): { analysis: Analysis; links: Map<string, KbLink> } {
  // (an office's title before a surname: the holder the knowledge base knows, not a relative)
  const on = /^\d{4}(?:-\d{2}){0,2}$/.test(date) ? date : today();
  const { analysis, holders } = splitTitledMentions(kb, engine, text, on);
  const spans = findNativeNameSpans(kb, text);
  const taken = (s: { start: number; end: number }) => analysis.people.some((p) => p.mentions.some((m) => m.start < s.end && s.start < m.end));
  const byForm = new Map<string, Person>();
  let next = analysis.people.length;
  for (const s of spans) {
    if (taken(s)) continue;
    const surface = text.slice(s.start, s.end);
    const key = foldName(surface);
    let person = byForm.get(key);
    if (!person) {
      person = { id: `p${++next}`, name: surface, mentions: [], isOfficial: true, role: null, represents: null };
      byForm.set(key, person);
    }
    person.mentions.push({ start: s.start, end: s.end, kind: "name" });
  }
  const candidates = [...byForm.values()];
  const links = linkPeople(kb, [...analysis.people, ...candidates], text, date);
  for (const [id, ids] of holders) {
    // (a person made from a titled mention is one of the office's holders, or unlinked)
    if (ids.includes(links.get(id)?.id ?? "")) continue;
    const only = ids.length === 1 ? kb.data.entries.find((e) => e.id === ids[0]) : undefined;
    if (only) links.set(id, toLink(kb, only, on));
    else links.delete(id);
  }
  const spansOf = lazySentences(text);
  // (a head of state or government in office on the article's own date, or one a body is named
  // after, acts for that office, whatever race the article speaks of; on an undated article the
  // office the knowledge base dates to the reader's day may be a race's runner's)
  const inOffice = (p: Person): boolean => {
    const link = links.get(p.id);
    return link?.isCurrent === true && ((articleDated && (link.kind === "head-of-state" || link.kind === "head-of-government")) || headsBody(text, p));
  };
  // (named with no role in an article that speaks of a race, within two years before an office the
  // knowledge base has for them begins: a runner for it, an official on that evidence —
  // candidate Trump in 2016)
  const soon = `${Number(on.slice(0, 4)) + 2}${on.slice(4)}`;
  let articleRace: boolean | undefined;
  const officeSoon = (link: KbLink): boolean => {
    const entry = kb.data.entries.find((e) => e.id === link.id);
    return !!entry && entry.positions.some((x) => x.start !== null && x.start > on && x.start <= soon);
  };
  const runner = (p: Person): boolean => {
    const link = links.get(p.id);
    if (!link || link.position !== null || p.isOfficial || p.standing !== "unstated" || p.role !== null) return false;
    return officeSoon(link) && (articleRace ??= RACE.test(text));
  };
  // (a former head of state or government is named for that office, whatever race the article
  // speaks of, unless an office of theirs begins soon after: then they are running again)
  const formerHead = (p: Person): boolean => {
    const link = links.get(p.id);
    return !!link && !link.isCurrent && link.position !== null && (link.kind === "head-of-state" || link.kind === "head-of-government") && !officeSoon(link);
  };
  const people = viaNamedPeople(
    analysis.people.map((p) => {
      // (a runner runs in the article's race, wherever in it they are named)
      const runs = runner(p);
      const race = (): boolean => runs || (!inOffice(p) && !formerHead(p) && inRace(text, spansOf, p));
      return withKbAffiliation({ ...p, mentions: [...p.mentions], ...(runs ? { isOfficial: true } : {}) }, links.get(p.id), race, (party) => text.includes(party.replace(/ Party$/, "").trim()), articleDated);
    }),
  );
  if (candidates.length === 0) return { analysis: { people, quotes: analysis.quotes }, links };
  const byEntry = new Map<string, Person>();
  for (const p of people) {
    const link = links.get(p.id);
    if (link) byEntry.set(link.id, p);
  }
  const added: Person[] = [];
  for (const c of candidates) {
    const link = links.get(c.id);
    links.delete(c.id);
    if (!link) continue; // the KB could not vouch for it: not shown
    const known = byEntry.get(link.id);
    if (known) {
      known.mentions.push(...c.mentions);
      known.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    const person: Person = { ...c, id: `p${analysis.people.length + added.length + 1}`, role: link.label ?? link.position, represents: link.country ?? link.organisation };
    links.set(person.id, link);
    byEntry.set(link.id, person);
    added.push(person);
  }
  return { analysis: { people: [...people, ...added], quotes: analysis.quotes }, links };
}
