/**
 * The incremental analyzer must give exactly analyze()'s result for the same text, however the
 * page is fed (all at once, block by block, in uneven slices, as a growing live blog) and however
 * the work is stepped.
 */
import { describe, expect, it } from "vitest";
import { SAMPLE_ARTICLE } from "./__fixtures__/sample-article.ts";
import { analyze, createAnalyzer, snapshotFromPlainText } from "./index.ts";
import type { TextSnapshot } from "./types.ts";

function prefixSnapshot(full: TextSnapshot, nBlocks: number): TextSnapshot {
  const blocks = full.blocks.slice(0, nBlocks);
  const end = blocks.length > 0 ? blocks[blocks.length - 1]!.end : 0;
  return { text: full.text.slice(0, end), blocks };
}

const TEXTS: Array<[string, string]> = [
  ["sample article", SAMPLE_ARTICLE],
  ["sample article repeated (live blog)", Array.from({ length: 6 }, () => SAMPLE_ARTICLE).join("\n\n")],
  ["quote open across many paragraphs", 'Mayor Ines Duarte spoke.\n\n“One.\n\n“Two.\n\nThree,” she said.\n\n"Four'],
];

describe("createAnalyzer", () => {
  for (const [name, text] of TEXTS) {
    const full = snapshotFromPlainText(text);
    const expected = analyze(full);

    it(`${name}: whole snapshot, stepped one block at a time`, () => {
      const an = createAnalyzer();
      an.push(full);
      let steps = 0;
      while (!an.step(1)) steps++;
      expect(steps).toBe(Math.max(0, full.blocks.length - 1));
      expect(an.result()).toEqual(expected);
    });

    for (const chunk of [1, 2, 3, 7]) {
      it(`${name}: pushed as a growing page, ${chunk} block(s) at a time, result read in between`, () => {
        const an = createAnalyzer();
        for (let n = chunk; ; n += chunk) {
          an.push(prefixSnapshot(full, Math.min(n, full.blocks.length)));
          an.step(2);
          an.result(); // reading the result midway must not disturb later work
          if (n >= full.blocks.length) break;
        }
        while (!an.step(5));
        expect(an.result()).toEqual(expected);
      });
    }

    it(`${name}: addBlocks appends`, () => {
      const an = createAnalyzer();
      const half = Math.floor(full.blocks.length / 2);
      const first = prefixSnapshot(full, half);
      an.addBlocks(first.text, first.blocks);
      an.step();
      an.addBlocks(full.text, full.blocks.slice(half));
      expect(an.pending).toBe(full.blocks.length - half);
      an.step();
      expect(an.result()).toEqual(expected);
    });
  }

  it("a snapshot that does not extend the previous one starts over", () => {
    const a = snapshotFromPlainText(SAMPLE_ARTICLE);
    const b = snapshotFromPlainText("Senator Mia Lund said the vote was close.");
    const an = createAnalyzer();
    an.push(a);
    an.step();
    an.push(b);
    an.step();
    expect(an.result()).toEqual(analyze(b));
  });

  it("the sample article is read as expected across paragraphs", () => {
    const text = SAMPLE_ARTICLE;
    const a = analyze(snapshotFromPlainText(text));
    const name = (id: string | null) => a.people.find((p) => p.id === id)?.name ?? null;
    const q = (s: string) => a.quotes.find((x) => text.slice(x.start, x.end) === s);
    expect(a.people.map((p) => [p.name, p.isOfficial])).toEqual([
      ["Clara Bonnici", false],
      ["Joseph Camilleri", true],
      ["Leila Ben Salah", true],
      ["Marco GRECH", false],
      ["Anton Vella", true],
    ]);
    expect(name(q("We are closer than we were a month ago,")!.speakerId)).toBe("Joseph Camilleri");
    expect(name(q("Nobody should expect a deal this week.")!.speakerId)).toBe("Joseph Camilleri");
    expect(name(q("But I am hopeful,")!.speakerId)).toBe("Joseph Camilleri");
    expect(name(q("the current system favours larger fleets")!.speakerId)).toBe("Leila Ben Salah");
    expect(name(q("fishermen in Sfax had lost half their income")!.speakerId)).toBe("Leila Ben Salah");
    expect(q("the European Commission was ready to mediate")!.source).toBe("EU official");
    expect(q("The protest would be peaceful")!.source).toBe("Nordmar");
    expect(name(q("The minister has our support,")!.speakerId)).toBe("Anton Vella");
  });
});
