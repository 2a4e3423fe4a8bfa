/**
 * Generates news-like articles of a given length from our own sentence templates (no copied
 * text), with officials introduced by title, referred to by surname and pronoun, quoted
 * directly and indirectly, and a page around them (navigation, aside, comments) so the
 * extension's gate, article finding and painting all do their real work. Unlike the engine's
 * bench text (scripts/eval/news-text.ts, invented people), the officials here are real, so the
 * knowledge base links them and the card has its real work to do too.
 */
import { seededRandom } from "../../src/shared/seeded-random.ts";

const OFFICIALS = [
  { name: "Donald Trump", surname: "Trump", role: "U.S. President", title: "President", pron: "he" },
  { name: "Steve Witkoff", surname: "Witkoff", role: "U.S. special envoy", title: "envoy", pron: "he" },
  { name: "Benjamin Netanyahu", surname: "Netanyahu", role: "Israeli Prime Minister", title: "Prime Minister", pron: "he" },
  { name: "Majed al-Ansari", surname: "al-Ansari", role: "Qatar Foreign Ministry spokesperson", title: "spokesperson", pron: "he" },
  { name: "Ursula von der Leyen", surname: "von der Leyen", role: "European Commission President", title: "President", pron: "she" },
  { name: "Kaja Kallas", surname: "Kallas", role: "EU foreign policy chief", title: "High Representative", pron: "she" },
  { name: "Antonio Guterres", surname: "Guterres", role: "UN Secretary-General", title: "Secretary-General", pron: "he" },
  { name: "Recep Tayyip Erdogan", surname: "Erdogan", role: "Turkish President", title: "President", pron: "he" },
];

const QUOTES = [
  "We are closer than we have been in months, and we intend to finish the job",
  "Nobody should confuse patience with weakness",
  "The next few days will tell us whether both sides are serious",
  "We will not negotiate through the newspapers",
  "There is no agreement until everything is agreed",
  "Our priority is to bring people home safely",
  "The door remains open, but it will not stay open forever",
  "This is a moment that calls for courage from every party",
];

const CLAIMS = [
  "the talks had made progress on the first phase of the plan",
  "a second round would begin after the weekend",
  "the mediators were studying written comments from both delegations",
  "no timetable had been agreed for the withdrawal",
  "humanitarian deliveries would be doubled within a week",
  "the remaining gaps concerned the sequencing of releases",
];

const FILLER = [
  "The meetings took place behind closed doors in a hotel on the coast.",
  "Delegations arrived throughout the morning under heavy security.",
  "Officials cautioned that earlier rounds had collapsed at the last moment.",
  "Markets in the region rose slightly on hopes of a breakthrough.",
  "Aid groups have warned for weeks that supplies are running low.",
  "The previous round ended without a joint statement.",
  "Both sides have accused each other of stalling in recent days.",
  "Diplomats described the mood as businesslike but tense.",
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Paragraphs of about `words` words in total. */
export function generateParagraphs(words: number, seed = 7): string[] {
  const r = seededRandom(seed);
  const paragraphs: string[] = [];
  let count = 0;
  const introduced = new Set<string>();
  while (count < words) {
    const o = pick(r, OFFICIALS);
    const first = !introduced.has(o.name);
    introduced.add(o.name);
    const who = first ? `${o.role} ${o.name}` : o.surname;
    const sentences = [
      pick(r, FILLER),
      `“${pick(r, QUOTES)},” ${who} said on ${pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday"])}.`,
      `${o.pron[0]!.toUpperCase()}${o.pron.slice(1)} added that ${pick(r, CLAIMS)}.`,
      pick(r, FILLER),
      `According to ${o.surname}, ${pick(r, CLAIMS)}.`,
    ];
    const p = sentences.slice(0, 3 + Math.floor(r() * 3)).join(" ");
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A whole news page around the article. */
export function generatePage(words: number, seed = 7): string {
  const body = generateParagraphs(words, seed)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume as gaps remain | The Bench Herald</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Bench Herald">
<meta property="article:published_time" content="2025-10-07T09:00:00Z">
<link rel="canonical" href="https://bench.example/news/talks-${words}">
<style>body{font:17px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:0 16px}nav a{margin-right:12px}</style>
</head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics: Trump and Netanyahu</a></nav></header>
<main><article>
<h1>Talks resume as major gaps remain</h1>
<p class="byline">By Dana Reporter</p>
${body}
</article>
<aside class="related"><h2>Related</h2><p>Guterres says something in another story that is long enough to count as text.</p></aside>
<section class="comments"><h2>Comments</h2><p>Reader One: I do not believe what Trump said here at all, frankly.</p>
<form><textarea aria-label="Comment"></textarea><button>Post</button></form></section>
</main><footer>© The Bench Herald</footer></body></html>`;
}
