/**
 * Bad input never throws and always yields valid spans: empty text, binary junk, a 1 MB single
 * paragraph, thousands of unbalanced quotation marks, mixed scripts, emoji, right-to-left text.
 * fast-check runs with a fixed seed so failures reproduce.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, createAnalyzer, snapshotFromPlainText } from "./index.ts";
import type { Analysis, TextSnapshot } from "./types.ts";

const SEED = 20261126;

function checkValid(s: TextSnapshot, a: Analysis): void {
  const n = s.text.length;
  const ids = new Set(a.people.map((p) => p.id));
  const bad: string[] = [];
  for (const p of a.people) {
    for (const m of p.mentions) {
      if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= n)) {
        bad.push(`mention ${p.id} ${m.start}-${m.end}`);
      }
    }
  }
  for (const q of a.quotes) {
    if (!(q.start >= 0 && q.start < q.end && q.end <= n)) bad.push(`quote ${q.id} ${q.start}-${q.end}`);
    if (q.speakerId !== null && !ids.has(q.speakerId)) bad.push(`quote ${q.id} speaker ${q.speakerId}`);
  }
  expect(bad).toEqual([]);
}

function run(text: string): Analysis {
  const s = snapshotFromPlainText(text);
  const a = analyze(s);
  checkValid(s, a);
  return a;
}

// pieces that stress the tokenizer, the quote pairing and the name chunker
const PIECES = [
  '"',
  "“",
  "”",
  "‘",
  "’",
  "'",
  "«",
  "»",
  " ",
  "\n",
  "\n\n",
  ".",
  ",",
  ":",
  " said ",
  " told reporters ",
  "Mr. ",
  "Dr ",
  "President ",
  "Ana Lima",
  "al-",
  "bin ",
  "O'Neil",
  "U.S.",
  "’s",
  "3",
  "—",
  "(",
  ")",
  "/",
  "According to him, ",
  "he said",
  "😀",
  "👩‍👩‍👧",
  "שלום",
  "مرحبا",
  "Ελλάδα",
  "東京",
  "\u200f",
  "\u202e",
  "\u0000",
  "\ufffd",
  "\ud800",
  "Erdoğan",
  "ZAÏRE",
];

describe("fuzz: never throws, spans stay valid", { timeout: 60_000 }, () => {
  it("random mixes of tricky pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (parts) => {
        run(parts.join(""));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("arbitrary unicode strings (any plane, lone surrogates)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        run(s);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("binary junk read as latin-1 text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        run(String.fromCharCode(...bytes));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("incremental analysis of random texts equals analyze()", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), fc.integer({ min: 1, max: 4 }), (parts, k) => {
        const s = snapshotFromPlainText(parts.join(""));
        const an = createAnalyzer();
        for (let n = k; ; n += k) {
          const blocks = s.blocks.slice(0, Math.min(n, s.blocks.length));
          const end = blocks.length ? blocks[blocks.length - 1]!.end : 0;
          an.push({ text: s.text.slice(0, end), blocks });
          an.step(1);
          if (n >= s.blocks.length) break;
        }
        an.step();
        expect(an.result()).toEqual(analyze(s));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("malformed block lists are clipped, not trusted", () => {
    const text = "Minister Ana Lima said the plan works.";
    const a = analyze({
      text,
      blocks: [
        { start: -5, end: 10, kind: "paragraph" },
        { start: 8, end: 9999, kind: "paragraph" },
        { start: Number.NaN, end: 3, kind: "other" },
      ],
    });
    checkValid({ text, blocks: [] }, a);
  });
});

// Generous timeouts: these guard against hangs and super-linear blow-ups on a shared machine;
// speed itself is measured by npm run bench:extract, not here.
describe("fuzz: large and pathological inputs", { timeout: 60_000 }, () => {
  it("empty and whitespace-only text", () => {
    expect(run("")).toEqual({ people: [], quotes: [] });
    expect(run(" \n\n \t\n")).toEqual({ people: [], quotes: [] });
  });

  it("a 1 MB single paragraph of prose", () => {
    const sentence = "Minister Ana Lima said on Monday that “the budget is fine,” and Pierre Dubois, the mayor, agreed. ";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const a = run(text);
    expect(a.people.length).toBeGreaterThan(0);
  });

  it("thousands of unbalanced quotation marks", () => {
    run('"'.repeat(5000));
    run("“ ".repeat(3000) + "he said");
    run("He said “yes. ".repeat(2000));
    run("'".repeat(4000) + "’".repeat(4000));
  });

  it("one huge word, one huge capitalised run, a flood of periods", () => {
    run("a".repeat(200_000));
    run("Abc ".repeat(50_000));
    run(".".repeat(100_000));
    run("A. ".repeat(30_000));
  });

  it("mixed scripts, emoji and right-to-left text", () => {
    run("הנשיא טראמפ אמר “שלום” 😀 President Ana Lima said “مرحبا بكم” in Cairo.\u202e reversed \u202c");
    run("👩‍👩‍👧".repeat(10_000));
  });
});
