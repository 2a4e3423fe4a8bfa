/**
 * Deterministic generator of news-like English text for benchmarks: invented officials with
 * titles and roles, direct and indirect quotes with varied attribution cues, pronoun references,
 * organisations, places, numbers and plain narrative sentences, in paragraphs separated by
 * "\n\n". Every sentence template and name here is our own; nothing comes from a real article.
 */
import { seededRandom } from "../../src/shared/seeded-random.ts";

const FIRST = [
  "Maria", "John", "Amina", "Kenji", "Olga", "Rafael", "Priya", "Tomasz", "Grace", "Ahmed", "Lena", "Samuel",
  "Ines", "Viktor", "Chloe", "Daniel", "Fatima", "Hiroshi", "Nadia", "Oscar", "Yusuf", "Elena", "Kwame", "Sofia",
];
const LAST = [
  "Alvarez", "Brennan", "Okafor", "Tanaka", "Petrova", "Moreau", "Sharma", "Kowalski", "Whitfield", "Haddad",
  "Lindqvist", "Mensah", "Duarte", "Sokolov", "Fontaine", "Reyes", "Nakamura", "Baptiste", "Osei", "Castillo",
  "Novak", "Abdi", "Larsen", "Quintero",
];
const ROLES = [
  ["Finance Minister", "Foreign Minister", "Health Minister", "Defence Secretary", "Prime Minister"],
  ["spokesperson for the Interior Ministry", "chief economist at the central bank", "deputy mayor", "senator"],
  ["opposition leader", "governor of the northern province", "trade envoy", "chairman of the budget committee"],
].flat();
const COUNTRIES = ["Norland", "the Republic of Vessa", "Kartavia", "Eastmark", "Solen", "Marovia", "Tellur"];
const CITIES = ["Port Aldis", "Bramwick", "Kessaly", "New Orvin", "Talmont", "Rivenhall"];
const ORGS = ["the central bank", "the Electoral Commission", "Harlan Energy", "the Ports Authority", "the Supreme Court", "the finance ministry", "United Freight Workers"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TOPICS = ["the fuel subsidy", "the new tax code", "the ceasefire proposal", "the pension reform", "the water treaty", "the border agreement", "the loan programme"];
const CUES = ["said", "told reporters", "said in a statement", "told a news conference", "added", "warned", "wrote on social media", "said in an interview"];
const QUOTE_BODIES = [
  "We will not accept any deal that leaves our farmers behind",
  "The numbers speak for themselves and the recovery is under way",
  "This is a difficult moment, but we are ready to talk",
  "Nobody should be surprised by this decision",
  "Our priority is to keep prices stable for families",
  "There is still a lot of work to do before the vote",
  "I have asked the ministry to publish every contract",
  "We expect the talks to resume next week",
];


interface Official {
  first: string;
  last: string;
  role: string;
  country: string;
  pronoun: "He" | "She";
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function paragraph(r: () => number, cast: Official[]): string {
  const o = pick(r, cast);
  const other = pick(r, cast);
  const q = pick(r, QUOTE_BODIES);
  const templates: Array<() => string> = [
    () => `${o.first} ${o.last}, ${o.country}'s ${o.role}, said on ${pick(r, DAYS)} that ${pick(r, ORGS)} would review ${pick(r, TOPICS)}.`,
    () => `“${q},” ${o.last} ${pick(r, CUES)} in ${pick(r, CITIES)}.`,
    () => `${o.pronoun} added: “${pick(r, QUOTE_BODIES)}.”`,
    () => `According to ${o.first} ${o.last}, the ${o.role}, ${pick(r, TOPICS)} will cost about ${Math.floor(r() * 900) + 100} million dollars over ${Math.floor(r() * 5) + 2} years.`,
    () => `In a statement, ${pick(r, ORGS)} said it had not been consulted on ${pick(r, TOPICS)}.`,
    () => `${other.first} ${other.last} disagreed. “${pick(r, QUOTE_BODIES)},” ${other.pronoun.toLowerCase()} ${pick(r, CUES)}.`,
    () => `The ${o.role} met ${other.first} ${other.last} in ${pick(r, CITIES)} on ${pick(r, DAYS)}, officials said.`,
    () => `Prices rose ${(r() * 9).toFixed(1)} percent in the year to March, the statistics office said, the fastest pace since ${2000 + Math.floor(r() * 20)}.`,
    () => `Critics called the plan “a gift to the banks”, but ${o.last} said ${o.pronoun.toLowerCase() === "he" ? "his" : "her"} government would press ahead.`,
    () => `Hundreds of people gathered outside the parliament in ${pick(r, CITIES)} as the debate went on late into the night.`,
    () => `Mr. ${other.last} did not respond to a request for comment on ${pick(r, DAYS)}.`,
  ];
  const n = 2 + Math.floor(r() * 3);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(pick(r, templates)());
  return sentences.join(" ");
}

/** One article of about `words` words with a cast of 3–6 invented officials. */
export function newsArticle(seed: number, words = 800): string {
  const r = seededRandom(seed);
  const cast: Official[] = [];
  const size = 3 + Math.floor(r() * 4);
  for (let i = 0; i < size; i++) {
    cast.push({
      first: pick(r, FIRST),
      last: pick(r, LAST),
      role: pick(r, ROLES),
      country: pick(r, COUNTRIES),
      pronoun: r() < 0.5 ? "He" : "She",
    });
  }
  const paras: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(r, cast);
    paras.push(p);
    count += p.split(/\s+/).length;
  }
  return paras.join("\n\n");
}

/** Text of at least `bytes` UTF-8 bytes made of consecutive articles, cut at a paragraph end. */
export function newsTextOfSize(bytes: number, seed = 1): string {
  const parts: string[] = [];
  let size = 0;
  for (let s = seed; size < bytes; s++) {
    for (const p of newsArticle(s, 400).split("\n\n")) {
      parts.push(p);
      size += Buffer.byteLength(p, "utf8") + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join("\n\n");
}
