import { describe, expect, it } from "vitest";
import {
  chooseCandidate,
  fullNamesFirst,
  compareNames,
  contextScore,
  contextWords,
  inputFromKey,
  isSpellingVariant,
  sameContextWord,
  parseName,
  personKey,
  skeleton,
} from "./identity.ts";
import fc from "fast-check";
import { buildPerson, emptyPerson, mergeAppearance } from "./person-record.ts";
import type { AppearanceRecord, PersonRecord } from "./types.ts";

const parse = (n: string) => {
  const p = parseName(n);
  if (!p) throw new Error(`unparseable ${n}`);
  return p;
};

describe("parseName", () => {
  it.each([
    ["Benjamin Netanyahu", "benjamin netanyahu", "netanyahu", ["benjamin"]],
    ["Mr. Benjamín NETANYAHU", "benjamin netanyahu", "netanyahu", ["benjamin"]],
    ["Prime Minister Netanyahu", "netanyahu", "netanyahu", []],
    ["Mohammed bin Salman", "mohammed bin salman", "salman", ["mohammed"]],
    ["Sheikh Mohammed bin Abdulrahman al-Thani", "mohammed bin abdulrahman althani", "althani", ["mohammed", "abdulrahman"]],
    ["Robert Kennedy Jr.", "robert kennedy", "kennedy", ["robert"]],
  ])("%s", (name, full, surname, given) => {
    const p = parse(name);
    expect(p.full).toBe(full);
    expect(p.surname).toBe(surname);
    expect(p.given).toEqual(given);
  });

  it("returns null for an empty or punctuation-only name", () => {
    expect(parseName("")).toBeNull();
    expect(parseName(" — ")).toBeNull();
  });
});

describe("compareNames", () => {
  it.each([
    ["Benjamin Netanyahu", "Benjamin Netanyahu", "exact"],
    ["Benjamin Netanyahu", "Benyamin Netanyahu", "compatible"],
    ["B. Netanyahu", "Benjamin Netanyahu", "compatible"],
    ["Mohammed bin Salman", "Muhammad bin Salman", "compatible"],
    ["George Bush", "George W. Bush", "compatible"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "surname-variant"],
    ["V. Zelensky", "Volodymyr Zelenskyy", "weak-variant"],
    ["Netanyahu", "Benjamin Netanyahu", "surname-only"],
    ["Jared Kushner", "Charles Kushner", null],
    ["George W. Bush", "George H. W. Bush", null],
    ["Daniel Ortega", "Daniela Ortega", null],
    ["Mario Rossi", "Maria Rossi", null],
    ["Kushner", "Netanyahu", null],
    ["Martin King Jr", "Martin King Sr", null],
    ["Anna Schmidt", "Anna Schneider", null],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(compareNames(parse(a), parse(b))).toBe(expected);
    expect(compareNames(parse(b), parse(a))).toBe(expected);
  });

  it("spelling variants need the same first letter and a real difference", () => {
    expect(isSpellingVariant("benjamin", "benyamin")).toBe(true);
    expect(isSpellingVariant("jared", "charles")).toBe(false);
    expect(isSpellingVariant("paul", "paula")).toBe(false);
    expect(skeleton("zelenskyy")).toBe(skeleton("zelensky"));
  });
});

describe("context", () => {
  it.each([
    ["israel", "israeli", true],
    ["iran", "iranian", true],
    ["sweden", "swedish", true],
    ["china", "chinese", true],
    ["britain", "british", true],
    ["austria", "australia", false],
    ["house", "housing", false],
    ["iran", "iraq", false],
  ])("%s ~ %s → %s", (a, b, expected) => {
    expect(sameContextWord(a, b)).toBe(expected);
  });

  it("scores shared affiliation words above shared generic role words", () => {
    expect(contextScore(contextWords("Israeli prime minister"), contextWords("Prime Minister of Israel"))).toBeGreaterThanOrEqual(2);
    expect(contextScore(contextWords("official"), contextWords("senior official"))).toBe(1);
    expect(contextScore(contextWords(null, "White House"), contextWords("senior adviser", "the White House"))).toBe(4);
    expect(contextScore(contextWords("ambassador", "France"), contextWords("adviser", "White House"))).toBe(0);
  });
});

describe("personKey", () => {
  it("uses the KB id when linked, else the folded name and affiliation", () => {
    expect(personKey({ name: "Benjamin Netanyahu", kb: { id: "Q43723", name: "Benjamin Netanyahu" } })).toBe("kb:Q43723");
    expect(personKey({ name: "Benjamín Netanyahu", represents: "Israel (Government)" })).toBe("n:benjamin netanyahu|israel government");
    expect(personKey({ name: "Kushner", articleUrl: "https://a.example/x" })).toBe("n:kushner|@https://a.example/x");
  });

  it("round-trips through inputFromKey", () => {
    expect(inputFromKey("n:benjamin netanyahu|israel")).toEqual({ name: "benjamin netanyahu", represents: "israel" });
    expect(inputFromKey("n:kushner|@https://a.example/x")).toEqual({ name: "kushner", represents: null, articleUrl: "https://a.example/x" });
    expect(inputFromKey("kb:Q1")).toBeNull();
  });
});

function person(key: string, apps: Array<Partial<AppearanceRecord> & { name: string }>): PersonRecord {
  const p = buildPerson(
    key,
    apps.map((a, i) => ({
      personKey: key,
      articleUrl: `https://news.example/${key}/${i}`,
      role: null,
      represents: null,
      isOfficial: true,
      kbId: null,
      kbName: null,
      at: 1000 + i,
      ...a,
    })),
  );
  if (!p) throw new Error("no person");
  return p;
}

describe("chooseCandidate", () => {
  const jared = person("n:jared kushner|white house", [{ name: "Jared Kushner", role: "senior adviser", represents: "White House" }]);
  const charles = person("n:charles kushner|united states", [{ name: "Charles Kushner", role: "ambassador to France", represents: "United States" }]);

  it("never merges a bare surname without supporting context", () => {
    expect(chooseCandidate({ name: "Kushner" }, [jared, charles])).toBeNull();
    expect(chooseCandidate({ name: "Kushner", role: "official" }, [jared])).toBeNull();
  });

  it("merges a bare surname with the one full-name person the context supports", () => {
    expect(chooseCandidate({ name: "Kushner", represents: "the White House" }, [jared, charles])?.key).toBe(jared.key);
    expect(chooseCandidate({ name: "Kushner", role: "US ambassador in Paris", represents: "United States" }, [jared, charles])?.key).toBe(
      charles.key,
    );
  });

  it("keeps full names apart when the given names differ", () => {
    expect(chooseCandidate({ name: "Charles Kushner", represents: "White House" }, [jared])).toBeNull();
  });

  it("lets a KB id decide", () => {
    const linked = person("kb:Q1", [{ name: "Ana Costa", kbId: "Q1", kbName: "Ana Costa" }]);
    expect(chooseCandidate({ name: "Ana Costa", kb: { id: "Q2", name: "Ana Costa" } }, [linked])).toBeNull();
    expect(chooseCandidate({ name: "Costa", kb: { id: "Q1", name: "Ana Costa" } }, [linked])?.key).toBe("kb:Q1");
  });

  it("does not use a stored bare-surname alias as a full-name match", () => {
    const p = person("n:jared kushner|white house", [
      { name: "Jared Kushner", represents: "White House" },
      { name: "Kushner", represents: "White House" },
    ]);
    expect(chooseCandidate({ name: "Kushner" }, [p])).toBeNull();
  });
});

describe("buildPerson", () => {
  it("keeps dated roles and the fullest name, whatever order the appearances come in", () => {
    const apps: AppearanceRecord[] = [
      { personKey: "k", articleUrl: "https://a.example/1", name: "Blinken", role: "Secretary of State", represents: "US", isOfficial: true, kbId: null, kbName: null, at: 100 },
      { personKey: "k", articleUrl: "https://b.example/2", name: "Antony Blinken", role: "secretary of state", represents: "US", isOfficial: true, kbId: null, kbName: null, at: 200 },
      { personKey: "k", articleUrl: "https://c.example/3", name: "Antony Blinken", role: "former secretary of state", represents: null, isOfficial: false, kbId: null, kbName: null, at: 300 },
    ];
    const a = buildPerson("k", apps);
    const b = buildPerson("k", [...apps].reverse());
    expect(a).toEqual(b);
    expect(a?.name).toBe("Antony Blinken");
    expect(a?.roles).toEqual([
      { role: "former secretary of state", represents: null, firstAt: 300, lastAt: 300, articleCount: 1 },
      { role: "secretary of state", represents: "US", firstAt: 100, lastAt: 200, articleCount: 2 },
    ]);
  });
});

describe("mergeAppearance", () => {
  it("is order-independent: merging one by one in any order equals rebuilding", () => {
    const app = fc.record({
      articleUrl: fc.constantFrom("https://a.example/1", "https://b.example/2", "https://c.example/3", "https://d.example/4"),
      name: fc.constantFrom("Ana Lopes", "Lopes", "Ana Maria Lopes", "Anna Lopes", "ANA LOPES"),
      role: fc.constantFrom(null, "minister", "Minister", "health minister"),
      represents: fc.constantFrom(null, "Portugal", "portugal", "Government of Portugal"),
      isOfficial: fc.boolean(),
      kbId: fc.constantFrom(null, "Q1", "Q2"),
      at: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(app, { minLength: 1, maxLength: 8 }), fc.infiniteStream(fc.nat()), (raw, ranks) => {
        const apps: AppearanceRecord[] = raw.map((a) => ({ ...a, personKey: "k", kbName: a.kbId ? `Ana Lopes ${a.kbId}` : null }));
        const rebuilt = buildPerson("k", apps);
        const it = ranks[Symbol.iterator]();
        const shuffled = apps.map((a) => [it.next().value as number, a] as const).sort((x, y) => x[0] - y[0]).map(([, a]) => a);
        const merged = shuffled.reduce(mergeAppearance, emptyPerson("k"));
        expect(merged).toEqual(rebuilt);
      }),
      { numRuns: 300 },
    );
  });
});

describe("issue 13: the same person across articles (invented people)", () => {
  const timothy = person("n:timothy arlow|city council", [{ name: "Timothy Arlow", role: "council member", represents: "City Council" }]);
  const counsel = person("n:dana pruett|house judiciary committee", [
    { name: "Dana Pruett", role: "chief counsel", represents: "House Judiciary Committee" },
  ]);

  it("Tim is Timothy (the diminutive table), Tom is not", () => {
    expect(compareNames(parse("Tim Arlow"), parse("Timothy Arlow"))).toBe("compatible");
    expect(compareNames(parse("Bernie Oduya"), parse("Bernard Oduya"))).toBe("compatible");
    expect(compareNames(parse("Tom Arlow"), parse("Timothy Arlow"))).toBeNull();
    expect(chooseCandidate({ name: "Tim Arlow" }, [timothy])?.key).toBe(timothy.key);
    expect(chooseCandidate({ name: "Tom Arlow", represents: "City Council" }, [timothy])).toBeNull();
  });

  it("surnames one letter apart are two people unless the context agrees", () => {
    expect(compareNames(parse("Dana Pruitt"), parse("Dana Pruett"))).toBe("surname-variant");
    expect(chooseCandidate({ name: "Dana Pruitt", role: "car dealer", represents: "Pruitt Motors" }, [counsel])).toBeNull();
    expect(chooseCandidate({ name: "Dana Pruitt" }, [counsel])).toBeNull();
    expect(chooseCandidate({ name: "Dana Pruitt", role: "counsel", represents: "the Judiciary Committee" }, [counsel])?.key).toBe(counsel.key);
  });

  it("a title, an office word or a sentence adverb is not read into the name or its key", () => {
    for (const n of ["Counsel Dana Pruett", "Meanwhile Dana Pruett", "Reportedly Dana Pruett", "Then-Chairwoman Dana Pruett", "Lt. Col. Dana Pruett"]) {
      expect(parse(n).full, n).toBe("dana pruett");
      expect(personKey({ name: n, represents: "House Judiciary Committee" }), n).toBe(counsel.key);
      expect(chooseCandidate({ name: n }, [counsel])?.key, n).toBe(counsel.key);
    }
    // given names that end like adverbs stay
    expect(parse("Kelly Pruett").full).toBe("kelly pruett");
  });

  it("invisible characters are not part of a name", () => {
    expect(parse("Da\u00ADna Pru\u200Bett").full).toBe("dana pruett");
    expect(chooseCandidate({ name: "Da\u00ADna Pruett" }, [counsel])?.key).toBe(counsel.key);
  });

  it("a bare surname joins the one person named in full with it in the same article", () => {
    const other = person("n:lee pruett|port authority", [{ name: "Lee Pruett", role: "harbour master", represents: "Port Authority" }]);
    expect(chooseCandidate({ name: "Pruett" }, [counsel], new Set([counsel.key]))?.key).toBe(counsel.key);
    expect(chooseCandidate({ name: "Pruett" }, [counsel, other], new Set([counsel.key, other.key]))).toBeNull();
    expect(fullNamesFirst([{ name: "Pruett" }, { name: "Dana Pruett" }, { name: "Ito", kb: { id: "Q9", name: "Ken Ito" } }])).toEqual([1, 2, 0]);
  });

  it("'Ben' opening a name is a given name, not a particle", () => {
    expect(parse("Ben Pruett").given).toEqual(["ben"]);
    expect(compareNames(parse("Ben Pruett"), parse("Dana Pruett"))).toBeNull();
    expect(parse("Yosef ben Pruett").given).toEqual(["yosef"]);
  });

  it("a dropped given name joins only with agreeing context", () => {
    expect(chooseCandidate({ name: "Pruett", role: "committee counsel", represents: "Judiciary Committee" }, [counsel])?.key).toBe(counsel.key);
    expect(chooseCandidate({ name: "Pruett", role: "car dealer" }, [counsel])).toBeNull();
    expect(chooseCandidate({ name: "Pruett" }, [counsel])).toBeNull();
  });
});
