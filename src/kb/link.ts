/**
 * linkPeople: the one linking function (background and the analyze CLI both call it).
 *
 * Per person: name strings = Person.name + the text of each name/surname mention; evidence =
 * sentences holding any of its mentions, the engine's role/represents, and the whole article.
 * Pass 1 links everyone the rules in lookup.decide() accept. Pass 2 resolves ties by peers: when a
 * tied person shares a sentence with people linked as heads of state/government (a caption
 * listing leaders, "X met Y and Z"), a single tied candidate of that rank wins — that is how an
 * editor reads "Trump, al-Sisi, Al Thani and Erdoğan" as the emir, not the other Al Thanis.
 */
import type { Person } from "../extract/types.ts";
import type { KbLink, KnowledgeBase } from "./types.ts";
import { countriesIn, decide, heldAt, makeEvidence, padFold, scoreCandidates, splitTitles, toLink, kindRank, positionAt, today } from "./lookup.ts";
import type { Scored } from "./lookup.ts";

interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = /(?:^|[\s(])(?:[A-Z]|U\.S|U\.N|U\.K|E\.U|Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Maj|Capt|Gov|Pres|St|Jr|Sr|Sheikh|No|vs|etc|Inc|Co)$/;

/** Sentence spans: split at [.!?] + space before an upper-case/non-Latin letter or a quote, and at newlines. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?]["”’)]?\s+(?=["“‘(\p{Lu}\p{Lo}])|\n+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0][0] === ".") {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (ABBREV.test(before)) continue;
    }
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
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

export function linkPeople(kb: KnowledgeBase, people: readonly Person[], text: string, articleDate: string): Map<string, KbLink> {
  // The article's date when the caller knows it, else today (the reader is reading it now).
  const date = /^\d{4}(?:-\d{2}){0,2}$/.test(articleDate) ? articleDate : today();
  const spans = sentenceSpans(text);
  const article = padFold(text);
  const links = new Map<string, KbLink>();
  const pending: Array<{ person: Person; sentences: Set<number>; ties: Scored[]; prefer: Set<string> }> = [];
  const linkedRank = new Map<number, number[]>(); // sentence index → ranks of linked people in it

  // Countries named in the article are the same for everyone: compute them once.
  const articleCountries = countriesIn(kb, article);
  const work = people.map((person) => {
    const names = new Set<string>([person.name]);
    const sentences = new Set<number>();
    for (const m of person.mentions) {
      if (m.kind === "name" || m.kind === "surname") names.add(text.slice(m.start, m.end));
      if (spans.length > 0) sentences.add(sentenceOf(spans, m.start));
    }
    const near = [...sentences].sort((a, b) => a - b).map((i) => text.slice(spans[i]!.start, spans[i]!.end)).join(" ");
    // Titles written into the name ("Sheikh Tamim", "President Erdogan") count as role words.
    const titles = [...names].map((n) => splitTitles(n).title).filter(Boolean);
    const role = [person.role, person.represents, ...titles].filter(Boolean).join(" ");
    const ev = makeEvidence({ near, role });
    const evidence = { ...ev, article, articleCountries };
    const prefer = countriesIn(kb, `${evidence.near}${evidence.role}`);
    return { person, names: [...names], sentences, evidence, prefer };
  });

  for (const w of work) {
    const cands = scoreCandidates(kb, w.names, w.evidence, date);
    const d = decide(cands);
    if (d.kind === "link") {
      const link = toLink(kb, d.candidate.entry, date, w.prefer);
      links.set(w.person.id, link);
      if (link.isCurrent && link.kind) for (const s of w.sentences) linkedRank.set(s, [...(linkedRank.get(s) ?? []), kindRank(link.kind)]);
    } else if (d.kind === "tie") pending.push({ person: w.person, sentences: w.sentences, ties: d.candidates, prefer: w.prefer });
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
    if (leaders.length === 1) links.set(p.person.id, toLink(kb, leaders[0]!.c.entry, date, p.prefer));
  }
  return links;
}
