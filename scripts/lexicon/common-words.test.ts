/** The common-words build, on invented SCOWL and Census files (the real ones are not needed). */
import { describe, expect, it } from "vitest";
import { BLOCK, EndingCodedSet, FrontCodedSet, endingDecode, frontDecode } from "../../src/extract/data/pack.ts";
import {
  commonWords,
  nameWords,
  readCensusNames,
  readScowlList,
  renderModule,
  wordKey,
} from "./common-words-lib.ts";
import {
  evalKey,
  isCapitalised,
  rates,
  readEvalData,
} from "./common-words-eval.ts";

describe("wordKey / readScowlList", () => {
  it("keeps plain lower-case words, folded", () => {
    expect(wordKey("harbour")).toBe("harbour");
    expect(wordKey("café")).toBe("cafe");
    expect(wordKey("naïve\r")).toBe("naive");
  });

  it("drops capitals, possessives, digits, hyphens and single letters", () => {
    for (const e of [
      "Harbour",
      "OKing",
      "harbour's",
      "4th",
      "well-known",
      "x",
      "",
    ])
      expect(wordKey(e), e).toBeNull();
  });

  it("reads one entry a line", () => {
    expect(
      readScowlList("harbour\nharbour's\nharbours\nHarbourside\n\n"),
    ).toEqual(["harbour", "harbours"]);
  });
});

describe("commonWords", () => {
  const files = new Map([
    ["english-words.10", "lantern\nlanterns\n"],
    ["english-words.20", "meadow\nmeadow's\n"],
    ["american-words.20", "harbor\n"],
    ["british-words.20", "harbour\n"],
    ["english-words.35", "quill\nlantern\n"],
    ["australian-words.20", "brekkie\n"],
  ]);

  it("adds each level's lists to those below, sorted and without repeats", () => {
    expect(commonWords(files, 10)).toEqual(["lantern", "lanterns"]);
    expect(commonWords(files, 20)).toEqual([
      "harbor",
      "harbour",
      "lantern",
      "lanterns",
      "meadow",
    ]);
    expect(commonWords(files, 35)).toEqual([
      "harbor",
      "harbour",
      "lantern",
      "lanterns",
      "meadow",
      "quill",
    ]);
  });

  it("reads only the lists it names (no Australian slang)", () => {
    expect(commonWords(files, 70)).not.toContain("brekkie");
  });
});

describe("readCensusNames / nameWords", () => {
  const surnames = readCensusNames(
    "MILLWARD        0.900  0.900      1\r\nLANTERN        0.500  1.400      2\r\nQUILL          0.010  1.410      3\r\n",
  );
  const male = readCensusNames("MEADOW         1.000  1.000      1\n");
  const female = readCensusNames(
    "HARBOUR        0.800  0.800      1\nQUILL          0.100  0.900      2\n",
  );

  it("reads name, percent and rank, folded to lower case", () => {
    expect(surnames[1]).toEqual({ key: "lantern", percent: 0.5, rank: 2 });
  });

  it("refuses a file of another form", () => {
    expect(() => readCensusNames("name,percent\nMILLWARD,0.9\n")).toThrow(
      /line 1/,
    );
  });

  it("keeps the common words among the frequent surnames and given names, by rank", () => {
    const common = ["harbour", "lantern", "meadow", "quill"];
    const census = { surnames, male, female };
    expect(nameWords(common, census, { surnameRank: 2, givenRank: 1 })).toEqual(
      ["harbour", "lantern", "meadow"],
    );
    expect(nameWords(common, census, { surnameRank: 3, givenRank: 0 })).toEqual(
      ["lantern", "quill"],
    );
    expect(nameWords(common, census, { surnameRank: 0, givenRank: 2 })).toEqual(
      ["harbour", "meadow", "quill"],
    );
  });
});

describe("renderModule", () => {
  const input = {
    level: 20,
    common: ["harbour", "lantern", "lanterns", "meadow"],
    names: ["meadow"],
    opts: { surnameRank: 2, givenRank: 1 },
  };

  it("writes both lists packed, with their counts, and nothing else varies", () => {
    const text = renderModule(input);
    expect(renderModule(input)).toBe(text);
    const packed = (name: string): string =>
      JSON.parse(new RegExp(`export const ${name} = ("[^"]*")`).exec(text)![1]!) as string;
    const common: string[] = [];
    endingDecode(packed("COMMON_WORDS_PACKED"), (w) => common.push(w));
    expect(common.sort()).toEqual(input.common);
    // "lantern" and "lanterns" are one stem
    expect(packed("COMMON_WORDS_PACKED").split(/[0-9]/).filter(Boolean)).toEqual(["harbour", "lantern%", "meadow"]);
    for (const w of input.common) expect(new EndingCodedSet(packed("COMMON_WORDS_PACKED")).has(w)).toBe(true);
    expect(new FrontCodedSet(packed("NAME_WORDS_PACKED")).has("meadow")).toBe(
      true,
    );
    expect(text).toContain("export const COMMON_WORDS_LEVEL = 20;");
    expect(text).toContain("export const COMMON_WORDS_COUNT = 4;");
    expect(text).toContain("export const NAME_WORDS_COUNT = 1;");
  });

  it("packs the words in front-coded blocks (pack.ts)", () => {
    const many = Array.from({ length: 300 }, (_, i) => "w" + i.toString(26).replace(/[0-9]/g, (d) => "klmnopqrst"[Number(d)]!)).sort();
    const distinct = [...new Set(many)];
    const text = renderModule({ ...input, names: distinct, common: distinct });
    const packed = JSON.parse(/export const NAME_WORDS_PACKED = ("[^"]*")/.exec(text)![1]!) as string;
    expect(packed.split(" ").length).toBe(Math.ceil(new Set(many).size / BLOCK));
  });
});

describe("common-words-eval", () => {
  it("keys tokens as the engine does and leaves out all-capital tokens", () => {
    expect(evalKey("Harbour.")).toBe("harbour");
    expect(evalKey("Café")).toBe("cafe");
    expect(isCapitalised("Harbour")).toBe(true);
    expect(isCapitalised("HARBOUR")).toBe(false);
    expect(isCapitalised("J")).toBe(true);
    expect(isCapitalised("harbour")).toBe(false);
  });

  it("counts, per class, tokens and names of two or more tokens holding a common word", () => {
    const conll = [
      "-DOCSTART- -X- -X- O",
      "",
      "Dana NNP B-NP B-PER",
      "Meadow NNP I-NP I-PER",
      "visited VBD B-VP O",
      "Lantern NNP B-NP B-ORG",
      "Studios NNP I-NP I-ORG",
      "and CC O O",
      "Quillby NNP B-NP B-PER",
      "Harbour NNP B-NP I-PER",
      ". . O O",
      "",
      "HARBOUR NNP B-NP B-LOC",
      "",
    ].join("\n");
    const data = readEvalData(conll);
    expect(data.skippedAllCaps).toBe(1);
    expect(data.tokens.length).toBe(6);
    const common = new Set(["meadow", "lantern", "studios", "harbour"]);
    const r = rates(data, common, new Set(["meadow"]));
    expect(r.get("PER")).toEqual({
      tokens: 4,
      names: 2,
      tok: 2,
      tokN: 1,
      name: 2,
      nameN: 1,
    });
    expect(r.get("ORG")).toEqual({
      tokens: 2,
      names: 1,
      tok: 2,
      tokN: 2,
      name: 1,
      nameN: 1,
    });
    expect(r.get("LOC")).toEqual({
      tokens: 0,
      names: 0,
      tok: 0,
      tokN: 0,
      name: 0,
      nameN: 0,
    });
  });
});

function unpack(packed: string): string[] {
  const out: string[] = [];
  frontDecode(packed, (w) => out.push(w));
  return out;
}
