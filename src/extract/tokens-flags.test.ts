/** Word keys, capitalisation and lexicon flags computed in the tokenizer's one pass, checked against
 *  the plain definitions (fold, the word lists) on own sentences with ASCII and non-ASCII words. */
import { describe, expect, it } from "vitest";
import {
  COMMON_CAPS,
  COMPANY_NOUNS,
  LX_COMMON_CAPS,
  LX_COMPANY,
  LX_COUNTRY,
  LX_COUNTRY_FIRST,
  LX_MEDIA,
  LX_MONTH,
  LX_ORG,
  LX_PARTICLE,
  LX_PLACE,
  LX_ROLE,
  LX_SPEECH,
  LX_TITLE,
  MEDIA,
  MONTHS,
  NAME_PARTICLES,
  ORG_WORDS,
  PLACE_TO_COUNTRY,
  PLACES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  lexFlags,
} from "./lexicon/index.ts";
import { fold } from "./normalize.ts";
import { WORD, tokenize } from "./tokens.ts";

const LISTS: Array<[number, { has(k: string): boolean }]> = [
  [LX_COMMON_CAPS, COMMON_CAPS],
  [LX_TITLE, TITLES],
  [LX_ROLE, ROLE_NOUNS],
  [LX_ORG, ORG_WORDS],
  [LX_MONTH, MONTHS],
  [LX_COUNTRY, PLACE_TO_COUNTRY],
  [LX_PLACE, PLACES],
  [LX_MEDIA, MEDIA],
  [LX_COMPANY, COMPANY_NOUNS],
  [LX_SPEECH, SPEECH_VERBS],
  [LX_PARTICLE, NAME_PARTICLES],
];
const COUNTRY_FIRST = new Set([...PLACE_TO_COUNTRY.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));

function expectedFlags(key: string): number {
  let f = 0;
  for (const [bit, list] of LISTS) if (list.has(key)) f |= bit;
  if (COUNTRY_FIRST.has(key)) f |= LX_COUNTRY_FIRST;
  return f;
}

const TEXT =
  "Dr. Ingrid Sørensen-Baptiste, the Foreign Minister of New Zealand, told Reuters on Tuesday in the U.S. that " +
  "ÉLYSÉE aides and al-Rashidi’s lawyer van der Berg said “NATO” and 3M were ready; Ms Çelik de Souza ß MRS. OK.";

describe("tokenizer word data", () => {
  const tokens = tokenize(TEXT, 0, TEXT.length);

  it("keys are the folded surface without a single final period", () => {
    for (const t of tokens.filter((x) => x.k === WORD)) {
      let k = fold(t.t);
      if (k.endsWith(".") && k.indexOf(".") === k.length - 1) k = k.slice(0, -1);
      expect(t.key, t.t).toBe(k);
    }
    const keyOf = (s: string) => tokens.find((t) => t.t === s)?.key;
    expect(keyOf("Dr.")).toBe("dr");
    expect(keyOf("U.S.")).toBe("u.s.");
    expect(keyOf("ÉLYSÉE")).toBe("elysee");
    expect(keyOf("Sørensen-Baptiste")).toBe("sorensen-baptiste");
  });

  it("capitalisation, all-capitals and particle-prefixed names", () => {
    const by = (s: string) => tokens.find((t) => t.t === s)!;
    expect(by("ÉLYSÉE").allCaps).toBe(true);
    expect(by("NATO").allCaps).toBe(true);
    expect(by("3M").allCaps).toBe(false); // one letter only
    expect(by("MRS.").allCaps).toBe(true);
    expect(by("Ingrid").allCaps).toBe(false);
    expect(by("al-Rashidi").cap).toBe(true);
    expect(by("van").cap).toBe(false);
    expect(by("3M").num).toBe(true);
  });

  it("flags are exactly the lists the key belongs to", () => {
    for (const t of tokens) expect(t.f, t.t).toBe(expectedFlags(t.key));
    const by = (s: string) => tokens.find((t) => t.t === s)!;
    expect(by("Minister").f & LX_TITLE).toBeTruthy();
    expect(by("told").f & LX_SPEECH).toBeTruthy();
    expect(by("New").f & LX_COUNTRY_FIRST).toBeTruthy();
    expect(by("van").f & LX_PARTICLE).toBeTruthy();
    expect(by("Sørensen-Baptiste").f).toBe(0);
  });

  it("lexFlags agrees with the lists for words in and out of them", () => {
    for (const w of ["president", "reuters", "january", "said", "zealand", "de", "kremlin", "zzyzx", "", "ß"])
      expect(lexFlags(w), w).toBe(expectedFlags(w));
  });
});

describe("tokenizer: a possessive written with the mark alone", () => {
  const kinds = (text: string) => tokenize(text, 0, text.length).map((t) => `${t.t}:${t.k === WORD ? "w" : t.key === "'s" ? "poss" : "p"}`);
  it("after a capitalised name in -s with a lower-case word next", () => {
    expect(kinds("Weeks’ family said")).toEqual(["Weeks:w", "’:poss", "family:w", "said:w"]);
    expect(kinds("Jones' lawyer said")).toEqual(["Jones:w", "':poss", "lawyer:w", "said:w"]);
  });
  it("not when it closes a single quotation opened shortly before", () => {
    expect(kinds("‘We love the Beatles’ he said")).not.toContain("’:poss");
    expect(kinds("He shouted 'Go Reds' and left")).not.toContain("':poss");
  });
});
