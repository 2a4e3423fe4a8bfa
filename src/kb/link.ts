/**
 * linkPeople: the one linking function (background and the analyze CLI both call it).
 *
 * Per person: name strings = Person.name + the text of each name/surname mention; evidence =
 * sentences holding any of its mentions, the engine's role/represents, and the whole article.
 * Pass 1 links everyone the rules in lookup.decide() accept. Pass 2 uses peers: when a person
 * left tied or unsure (a bare surname without office words around it) shares a sentence with
 * people linked as heads of state/government (a caption listing leaders, "X met Y and Z"), a
 * single candidate of that rank wins — that is how an editor reads "Trump, al-Sisi, Al Thani and
 * Erdoğan" as Egypt's president and the emir, not the other Al Thanis.
 */
import type { Person } from "../extract/types.ts";
import type { KbLink, KnowledgeBase } from "./types.ts";
import { countriesIn, decide, heldAt, makeEvidence, padFold, scoreCandidates, toLink, kindRank, positionAt, today } from "./lookup.ts";
import type { Scored } from "./lookup.ts";
import { parsePersonName } from "./match.ts";
import { isInvisible, stripInvisible } from "./names.ts";
import { familiesInText } from "./roles.ts";

interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = /(?:^|[\s(])(?:[A-Z]|U\.S|U\.N|U\.K|E\.U|Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Maj|Capt|Gov|Pres|St|Jr|Sr|Sheikh|No|vs|etc|Inc|Co)$/;

const CLOSERS = new Set(['"', "”", "’", ")"]);
const OPENERS = /["“‘(\p{Lu}\p{Lo}]/u;

/**
 * Sentence spans: a boundary after [.!?] (plus an optional closing quote) and whitespace before an
 * upper-case or non-Latin letter or an opening quote, and at newlines. A single forward scan (no
 * backtracking regex), so long runs of punctuation or spaces cost linear time.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const cut = (end: number): void => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      let k = i + 1;
      while (k < text.length && text[k] === "\n") k++;
      cut(k);
      i = k - 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    if (j < text.length && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
    if (k === j || k >= text.length || !OPENERS.test(text[k]!)) continue;
    if (c === "." && ABBREV.test(text.slice(Math.max(0, i - 12), i))) continue;
    cut(k);
    i = k - 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function sentenceOf(spans: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(spans.length - 1, lo));
}

const LETTER = /[\p{L}\p{M}]/u;
/** What follows a surname that names a body after its head ("the Hale administration"). */
const HEADED_BODY = /^(?:['’]s)? (?:administration|government)\b/;

/** A body is named after the person ("the Hale administration", "the Hale government"). */
export function headsBody(text: string, person: Person): boolean {
  return person.mentions.some((m) => m.kind !== "pronoun" && HEADED_BODY.test(text.slice(m.end, m.end + 16)));
}
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*/u;

/**
 * The name a mention stands for, when a soft hyphen or another invisible character cut it: the
 * word is rejoined over the invisible character ("Vla\u00ADdimir" read as "Vla" gives "Vladimir"),
 * and a name cut that way continues with the capitalised words right after it ("Vladimir Putin").
 * Invisible characters inside the mention are dropped.
 */
export function mentionName(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  const cutAfter = e < text.length && isInvisible(text[e]!) && LETTER.test(text[e + 1] ?? "");
  while (s > 1 && isInvisible(text[s - 1]!) && LETTER.test(text[s - 2]!)) {
    s--;
    while (s > 0 && LETTER.test(text[s - 1]!)) s--;
  }
  while (e < text.length && isInvisible(text[e]!) && LETTER.test(text[e + 1] ?? "")) {
    e++;
    while (e < text.length && LETTER.test(text[e]!)) e++;
  }
  if (cutAfter) {
    // the name continues: up to three capitalised words, one space apart
    for (let n = 0; n < 3 && text[e] === " "; n++) {
      const m = CAPITALISED.exec(text.slice(e + 1, e + 41));
      if (!m) break;
      e += 1 + m[0].length;
    }
  }
  return stripInvisible(text.slice(s, e));
}

export function linkPeople(kb: KnowledgeBase, people: readonly Person[], text: string, articleDate: string): Map<string, KbLink> {
  // The article's date when the caller knows it, else today (the reader is reading it now).
  const date = /^\d{4}(?:-\d{2}){0,2}$/.test(articleDate) ? articleDate : today();
  const spans = sentenceSpans(text);
  const article = padFold(text);
  const links = new Map<string, KbLink>();
  const pending: Array<{ person: Person; sentences: Set<number>; ties: Scored[]; prefer: Set<string>; offices: Set<string> }> = [];
  const linkedRank = new Map<number, number[]>(); // sentence index → ranks of linked people in it

  // Countries named in the article are the same for everyone: compute them once.
  const articleCountries = countriesIn(kb, article);
  const work = people.map((person) => {
    const names = new Set<string>([stripInvisible(person.name)]);
    const sentences = new Set<number>();
    for (const m of person.mentions) {
      if (m.kind === "name" || m.kind === "surname") names.add(mentionName(text, m.start, m.end));
      if (spans.length > 0) sentences.add(sentenceOf(spans, m.start));
    }
    const near = [...sentences].sort((a, b) => a - b).map((i) => text.slice(spans[i]!.start, spans[i]!.end)).join(" ");
    // Titles written into the name ("Sheikh Tamim", "President Erdogan") count as role words.
    const titles = [...names].map((n) => parsePersonName(n)?.title ?? "").filter(Boolean);
    // "the Hale administration", "the Hale government": a body named after its head
    if (headsBody(text, person)) titles.push("president prime minister");
    const role = [person.role, ...titles].filter(Boolean).join(" ");
    const ev = makeEvidence({ near, role, represents: person.represents });
    const evidence = { ...ev, article, articleCountries };
    const prefer = countriesIn(kb, `${evidence.near}${evidence.role}`);
    // (the office the article's role words name, for an entry that held several)
    const offices = familiesInText(ev.roleOnly);
    return { person, names: [...names], sentences, evidence, prefer, offices };
  });

  for (const w of work) {
    const cands = scoreCandidates(kb, w.names, w.evidence, date);
    const d = decide(cands);
    if (d.kind === "link") {
      const link = toLink(kb, d.candidate.entry, date, w.prefer, w.offices);
      links.set(w.person.id, link);
      if (link.isCurrent && link.kind) for (const s of w.sentences) linkedRank.set(s, [...(linkedRank.get(s) ?? []), kindRank(link.kind)]);
    } else if (d.kind === "tie" || d.kind === "unsure") pending.push({ person: w.person, sentences: w.sentences, ties: d.candidates, prefer: w.prefer, offices: w.offices });
  }

  for (const p of pending) {
    const peerRanks = [...p.sentences].flatMap((s) => linkedRank.get(s) ?? []);
    if (!peerRanks.some((r) => r <= 1)) continue;
    const rankOf = (c: Scored): number => {
      const choice = positionAt(c.entry, date);
      return choice !== null && heldAt(choice.position, date) ? kindRank(choice.position.kind) : 99;
    };
    const ranked = p.ties.map((c) => ({ c, r: rankOf(c) })).filter((x) => x.r <= 1);
    const min = Math.min(...ranked.map((x) => x.r));
    const leaders = ranked.filter((x) => x.r === min);
    if (leaders.length === 1) links.set(p.person.id, toLink(kb, leaders[0]!.c.entry, date, p.prefer, p.offices));
  }
  return links;
}
