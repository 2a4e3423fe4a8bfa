import { describe, expect, it } from "vitest";
import type { Person } from "../extract/types.ts";
import data from "./data/officials.json" with { type: "json" };
import { entryKeys, linkPeople, loadKnowledgeBase, lookupName, positionAt } from "./index.ts";
import { familiesInText } from "./roles.ts";
import type { KbEntry, KbPosition } from "./types.ts";

const kb = loadKnowledgeBase(data);
const DATE = "2025-10-07";

/** Build Person records the way the engine would: every occurrence of each listed name form. */
function people(text: string, specs: Array<{ name: string; forms?: string[]; role?: string; represents?: string }>): Person[] {
  return specs.map((s, i) => {
    const mentions = [];
    for (const f of new Set([s.name, ...(s.forms ?? [])])) {
      let at = text.indexOf(f);
      while (at >= 0) {
        mentions.push({ start: at, end: at + f.length, kind: f === s.name ? ("name" as const) : ("surname" as const) });
        at = text.indexOf(f, at + f.length);
      }
    }
    return { id: `p${i + 1}`, name: s.name, mentions, isOfficial: true, role: s.role ?? null, represents: s.represents ?? null };
  });
}

describe("linkPeople on a ceasefire-talks style article (our own sentences)", () => {
  const text = [
    "Negotiators gathered in Egypt on Tuesday as US President Donald Trump pressed for a deal to end the war in Gaza.",
    "Trump's special envoy Steve Witkoff and his son-in-law Jared Kushner were expected to join the talks, a US official said.",
    "Qatar Foreign Ministry spokesperson Majed al-Ansari told reporters in Doha that the talks were at a sensitive stage.",
    "Al-Ansari said mediators were working on the sequencing of the hostage releases.",
    "Israeli Prime Minister Benjamin Netanyahu said Israel would send a delegation led by Minister of Strategic Affairs Ron Dermer.",
    "Netanyahu spoke by phone with Turkish President Recep Tayyip Erdogan's aides, officials in Jerusalem said.",
    "טראמפ עם א-סיסי, אל-ת'אני וארדואן בפסגה קודמת",
  ].join("\n\n");
  const ps = people(text, [
    { name: "Donald Trump", forms: ["Trump"], role: "US President", represents: "United States" },
    { name: "Steve Witkoff", role: "special envoy" },
    { name: "Jared Kushner" },
    { name: "Majed al-Ansari", forms: ["Al-Ansari"], role: "Qatar Foreign Ministry spokesperson", represents: "Qatar (Foreign Ministry)" },
    { name: "Benjamin Netanyahu", forms: ["Netanyahu"], role: "Israeli Prime Minister", represents: "Israel" },
    { name: "Ron Dermer", role: "Minister of Strategic Affairs" },
    { name: "Recep Tayyip Erdogan", role: "Turkish President", represents: "Turkey" },
    { name: "א-סיסי" },
    { name: "אל-ת'אני" },
    { name: "טראמפ" },
  ]);
  const links = linkPeople(kb, ps, text, DATE);
  const get = (id: string) => links.get(id);

  it("links the nine officials to the right entries with the office held on the date", () => {
    expect(get("p1")).toMatchObject({ id: "Q22686", position: "President of the United States", isCurrent: true, since: "2025-01-20" });
    expect(get("p2")).toMatchObject({ id: "wl:steve-witkoff", position: "US Special Envoy to the Middle East", isCurrent: true });
    expect(get("p3")).toMatchObject({ id: "wl:jared-kushner", isCurrent: true, country: "United States" });
    expect(get("p3")?.position).toMatch(/envoy/i);
    expect(get("p4")).toMatchObject({ id: "wl:majed-al-ansari", country: "Qatar", isCurrent: true });
    expect(get("p4")?.position).toMatch(/Spokesperson/);
    expect(get("p5")).toMatchObject({ id: "wl:benjamin-netanyahu", position: "Prime Minister", country: "Israel", since: "2022-12-29", party: "Likud" });
    expect(get("p6")).toMatchObject({ id: "wl:ron-dermer", position: "Minister of Strategic Affairs", isCurrent: true });
    expect(get("p7")).toMatchObject({ id: "Q39259", position: "President", country: "Turkey", isCurrent: true });
    expect(get("p8")).toMatchObject({ id: "Q307871", position: "President", country: "Egypt" });
    expect(get("p9")).toMatchObject({ id: "Q1855372", position: "Emir", country: "Qatar" });
    expect(get("p10")).toMatchObject({ id: "Q22686" });
  });

  it("shows Trump as US president, never as chief of state of a US territory", () => {
    const t = kb.data.entries.filter((e) => e.positions.some((p) => /trump/i.test(e.name) && p.kind === "head-of-state"));
    expect(t).toHaveLength(1);
    expect(t[0]!.positions.every((p) => p.country === "United States")).toBe(true);
  });
});

describe("native-script context", () => {
  it("Hebrew role and country words with attached prefixes pick the emir, not the other Al Thanis", () => {
    // "Egypt's president a-Sisi and Qatar's emir al-Thani met in Cairo" — no peers needed here.
    const text = "נשיא מצרים א-סיסי ואמיר קטאר אל-ת'אני נפגשו בקהיר";
    const links = linkPeople(kb, people(text, [{ name: "א-סיסי" }, { name: "אל-ת'אני" }]), text, DATE);
    expect(links.get("p1")?.id).toBe("Q307871");
    expect(links.get("p2")?.id).toBe("Q1855372");
  });

  it("a bare 'Al Thani' with only Qatar in context stays unlinked (emir, prime minister and envoy share it)", () => {
    const text = "Al Thani met the delegation in Doha.";
    expect(linkPeople(kb, people(text, [{ name: "Al Thani" }]), text, DATE).get("p1")).toBeUndefined();
  });
});

describe("surname traps", () => {
  it("a bare 'Kushner' with no supporting context is not linked (the Factbook Kushner is Charles)", () => {
    const text = "Kushner arrived late to the dinner on Sunday.";
    const links = linkPeople(kb, people(text, [{ name: "Kushner" }]), text, DATE);
    expect(links.get("p1")).toBeUndefined();
  });

  it("'Kushner' next to France/ambassador words is Charles, and next to envoy words is Jared", () => {
    const a = "The US ambassador in Paris, Kushner, summoned by the French foreign ministry, said he stood by his letter.";
    expect(linkPeople(kb, people(a, [{ name: "Kushner" }]), a, DATE).get("p1")?.id).toBe("fb:fr:charles-kushner");
    const b = "Kushner, one of the envoys at the Gaza negotiations, met the mediators in Cairo.";
    expect(linkPeople(kb, people(b, [{ name: "Kushner" }]), b, DATE).get("p1")?.id).toBe("wl:jared-kushner");
  });

  it("a different first name with a known surname is a different person", () => {
    const text = "Yair Netanyahu, the Israeli prime minister's son, posted a video from Miami.";
    expect(linkPeople(kb, people(text, [{ name: "Yair Netanyahu" }]), text, DATE).get("p1")).toBeUndefined();
  });

  it("'Charles Kushner' never links to Jared", () => {
    const r = lookupName(kb, "Charles Kushner", { date: DATE });
    expect(r.best?.entry.id).toBe("fb:fr:charles-kushner");
    expect(r.candidates.some((c) => c.entry.id === "wl:jared-kushner")).toBe(false);
  });

  it("a Qatar 'Ansari' is not Rep. Yassamin Ansari, and a bare 'Ansari' is not linked at all", () => {
    const q = "In Doha, the foreign ministry spokesman Ansari told reporters that Qatar remained committed to mediation.";
    const linkQ = linkPeople(kb, people(q, [{ name: "Ansari" }]), q, DATE).get("p1");
    expect(linkQ?.id).toBe("wl:majed-al-ansari");
    // a country alone is not strong enough for a bare surname
    const country = "In Doha, Ansari told reporters that Qatar remained committed to mediation.";
    expect(linkPeople(kb, people(country, [{ name: "Ansari" }]), country, DATE).get("p1")).toBeUndefined();
    const bare = "Ansari declined to comment.";
    expect(linkPeople(kb, people(bare, [{ name: "Ansari" }]), bare, DATE).get("p1")).toBeUndefined();
    const rep = "Rep. Ansari, an Arizona Democrat, introduced the bill in the House.";
    expect(linkPeople(kb, people(rep, [{ name: "Ansari" }]), rep, DATE).get("p1")?.name).toBe("Yassamin Ansari");
  });
});

describe("matching variants", () => {
  const cases: Array<[string, string]> = [
    ["Benjamin Netanyahou", "wl:benjamin-netanyahu"],
    ["Benyamin NETANYAHU", "wl:benjamin-netanyahu"],
    ["Recep Tayyip Erdogan", "Q39259"],
    ["RECEP TAYYIP ERDOĞAN", "Q39259"],
    ["Abdel Fattah al-Sisi", "Q307871"],
    ["Abdel-Fattah El Sisi", "Q307871"],
    ["Steven Witkoff", "wl:steve-witkoff"],
    ["Majed Al Ansari", "wl:majed-al-ansari"],
    ["בנימין נתניהו", "wl:benjamin-netanyahu"],
    ["Владимир Путин", "Q7747"],
    ["JD Vance", "Q28935729"],
    ["J. D. Vance", "Q28935729"],
    ["Joe Biden", "Q6279"],
    ["Ursula von der Leyen", "wl:ursula-von-der-leyen"],
    // former heads of state and government of the 2010s (the watchlist's "former" entries)
    ["Tsai Ing-wen", "Q233984"],
    ["Evo Morales", "wl:evo-morales"],
    ["Enrique Pena Nieto", "wl:enrique-pena-nieto"],
    ["Stefan Lofven", "wl:stefan-lofven"],
    ["Robert S. Mueller III", "wl:robert-mueller"],
    ["Paul Ryan", "wl:paul-ryan"],
    // sitting leaders whose Factbook name is not the one the news uses
    ["Cyril Ramaphosa", "Q1148669"],
    ["Pedro Sánchez", "Q6070218"],
    ["Abiy Ahmed", "Q50365049"],
    ["Alexander Lukashenko", "Q2866"],
    ["Carrie Lam", "wl:carrie-lam"],
    ["Steven Mnuchin", "wl:steven-mnuchin"],
    ["Ban Ki-moon", "Q1253"],
    ["Mevlut Cavusoglu", "Q249206"],
  ];
  for (const [name, id] of cases) it(`${name} → ${id}`, () => expect(lookupName(kb, name, { date: DATE }).best?.entry.id).toBe(id));

  it("titles written into the name are not part of it, and count as context", () => {
    expect(lookupName(kb, "President Erdogan", { date: DATE }).best?.entry.id).toBe("Q39259");
    expect(lookupName(kb, "Sheikh Tamim", { near: "Sheikh Tamim received the delegation in Doha.", date: DATE }).best?.entry.id).toBe("Q1855372");
    expect(lookupName(kb, "Rep. Ansari", { date: DATE }).best?.entry.name).toBe("Yassamin Ansari");
  });

  it("a former leader's office is dated: on an article of 2019 Evo Morales is Bolivia's president, today a former one", () => {
    const m = lookupName(kb, "Evo Morales", { date: "2019-06-01" }).best?.entry;
    expect(m?.country).toBe("Bolivia");
    expect(positionAt(m!, "2019-06-01")?.isCurrent).toBe(true);
    expect(positionAt(m!, DATE)?.isCurrent).toBe(false);
  });

  it("a bare surname needs context: 'Sisi' alone is not linked, with Egypt in the sentence it is", () => {
    expect(lookupName(kb, "Sisi", { date: DATE }).best).toBeNull();
    expect(lookupName(kb, "el-Sisi", { near: "Egypt's president el-Sisi hosted the summit.", date: DATE }).best?.entry.id).toBe("Q307871");
  });
});

describe("support needed for a bare surname", () => {
  it("a bare surname needs office words of the entry, not just its country in the article", () => {
    const text = "Britain's government announced new rules on Monday.\n\nCooper scored twice in the second half.";
    const ps = people(text, [{ name: "Cooper" }]);
    expect(linkPeople(kb, [{ ...ps[0]!, isOfficial: false }], text, DATE).get("p1")).toBeUndefined();
    expect(linkPeople(kb, [{ ...ps[0]!, isOfficial: true }], text, DATE).get("p1")).toBeUndefined();
    const minister = "Britain's government announced new rules on Monday.\n\nForeign Secretary Cooper said the rules would apply at once.";
    expect(linkPeople(kb, people(minister, [{ name: "Cooper" }]), minister, DATE).get("p1")?.id).toBe("wl:yvette-cooper");
  });

  it("a Hebrew role phrase before a surname is context, not a conflicting first name", () => {
    const text = "ראש הממשלה נתניהו אמר כי ישראל תשלח משלחת";
    const links = linkPeople(kb, people(text, [{ name: "ראש הממשלה נתניהו" }]), text, DATE);
    expect(links.get("p1")?.id).toBe("wl:benjamin-netanyahu");
  });
});

describe("shipped data", () => {
  it("precomputed lookup keys match what normalize.ts computes now (rebuild with kb:build if not)", () => {
    const stale = kb.data.entries.filter((e) => JSON.stringify(e.k) !== JSON.stringify(entryKeys(e))).map((e) => e.id);
    expect(stale).toEqual([]);
  });
});

describe("robustness", () => {
  it("copes with empty names, no mentions, empty text and a bad date", () => {
    const ps: Person[] = [
      { id: "p1", name: "", mentions: [], isOfficial: false, role: null, represents: null },
      { id: "p2", name: "Benjamin Netanyahu", mentions: [], isOfficial: true, role: null, represents: null },
    ];
    const links = linkPeople(kb, ps, "", "not-a-date");
    expect(links.get("p1")).toBeUndefined();
    expect(links.get("p2")?.id).toBe("wl:benjamin-netanyahu");
  });
});

describe("date-aware offices", () => {
  const text = "Netanyahu, Israel's leader, addressed the Knesset.";
  const ps = people(text, [{ name: "Netanyahu" }]);
  it("the same person a decade apart: current PM in 2015, former PM in late 2021, PM again in 2025", () => {
    expect(linkPeople(kb, ps, text, "2015-06-01").get("p1")).toMatchObject({ isCurrent: true, since: "2009-03-31", label: "Prime Minister of Israel" });
    expect(linkPeople(kb, ps, text, "2021-12-01").get("p1")).toMatchObject({ isCurrent: false, until: "2021-06-13", label: "former Prime Minister of Israel" });
    expect(linkPeople(kb, ps, text, "2025-10-07").get("p1")).toMatchObject({ isCurrent: true, since: "2022-12-29" });
  });
  it("Erdoğan was prime minister in 2010 and president in 2020", () => {
    const t = "Turkish leader Erdogan spoke in Ankara.";
    const p = people(t, [{ name: "Erdogan" }]);
    expect(linkPeople(kb, p, t, "2010-05-01").get("p1")).toMatchObject({ position: "Prime Minister", isCurrent: true });
    expect(linkPeople(kb, p, t, "2020-05-01").get("p1")).toMatchObject({ position: "President", isCurrent: true });
  });
});

describe("sentenceSpans", () => {
  it("splits at sentence ends and newlines, not after abbreviations", async () => {
    const { sentenceSpans } = await import("./link.ts");
    const t = 'The U.S. envoy arrived. "We are ready," he said! Then Mr. Smith left.\n\nNext block';
    const parts = sentenceSpans(t).map((s) => t.slice(s.start, s.end).trim());
    expect(parts).toEqual(["The U.S. envoy arrived.", '"We are ready," he said!', "Then Mr. Smith left.", "Next block"]);
  });
});

describe("positionAt with the article's role words", () => {
  // an invented entry: a governor who became a cabinet secretary
  const pos = (title: string, kind: KbPosition["kind"], start: string, end: string | null, org: string | null = null): KbPosition => ({
    title,
    kind,
    org,
    country: "Freedonia",
    start,
    end,
    src: "test",
    asOf: "2026-01-01",
  });
  const entry = {
    id: "test:ada-vale",
    name: "Ada Vale",
    aliases: [],
    short: ["Vale"],
    given: ["Ada"],
    country: "Freedonia",
    party: null,
    positions: [pos("Governor of North Marsh", "other", "2015-01-01", "2023-01-01"), pos("Secretary of Agriculture", "minister", "2023-01-02", null, "Department of Agriculture")],
  } as unknown as KbEntry;
  it("an article calling her governor, read after she changed office, gets the governorship (as former)", () => {
    const c = positionAt(entry, "2026-06-01", undefined, familiesInText(" gov "));
    expect(c).toMatchObject({ position: { title: "Governor of North Marsh" }, isCurrent: false });
  });
  it("without role words, or with words of the office held, the office held on the date", () => {
    expect(positionAt(entry, "2026-06-01")?.position.title).toBe("Secretary of Agriculture");
    expect(positionAt(entry, "2026-06-01", undefined, familiesInText(" agriculture secretary "))?.position.title).toBe("Secretary of Agriculture");
  });
  it("role words no office of hers names change nothing", () => {
    expect(positionAt(entry, "2026-06-01", undefined, familiesInText(" ambassador "))?.position.title).toBe("Secretary of Agriculture");
  });
  it("a mayor who became a secretary: \"Mayor\" gets the mayoralty, and a mayor's title is no other seat", () => {
    const m = { ...entry, positions: [pos("Mayor of Port Ellis", "other", "2014-01-06", "2021-03-22", "City of Port Ellis"), pos("Secretary of Labor", "minister", "2021-03-23", "2023-03-11", "Department of Labor")] } as KbEntry;
    expect(positionAt(m, "2026-06-01", undefined, familiesInText(" mayor "))?.position.title).toBe("Mayor of Port Ellis");
    expect(positionAt(m, "2026-06-01")?.position.title).toBe("Secretary of Labor");
    expect(positionAt(entry, "2026-06-01", undefined, familiesInText(" mayor "))).toBeNull();
  });
  it("a seat she never held gives no office rather than a wrong one", () => {
    expect(positionAt(entry, "2026-06-01", undefined, familiesInText(" sen "))).toBeNull();
  });
  it("the office sharing most role words: a former vice president is not shown as the president he became", () => {
    const vp = { ...entry, positions: [pos("Vice President of Freedonia", "executive", "2001-01-01", "2005-01-01"), pos("President of Freedonia", "head-of-state", "2009-01-01", "2013-01-01")] } as KbEntry;
    expect(positionAt(vp, "2026-06-01", undefined, familiesInText(" former vice president "))?.position.title).toBe("Vice President of Freedonia");
    expect(positionAt(vp, "2026-06-01", undefined, familiesInText(" president "))?.position.title).toBe("President of Freedonia");
  });
});
