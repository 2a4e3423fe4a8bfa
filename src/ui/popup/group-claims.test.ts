import { describe, expect, it } from "vitest";
import type { PageClaim, PagePerson } from "../../shared/types.ts";
import { claimCounts, groupClaimsBySpeaker, roleLine } from "./group-claims.ts";

const P = (id: string, name: string, isOfficial: boolean, role: string | null = null, represents: string | null = null): PagePerson => ({
  id,
  name,
  isOfficial,
  role,
  represents,
  mentionCount: 1,
});
const C = (id: string, speakerId: string | null, source: string | null = null): PageClaim => ({ id, kind: "direct", text: `text ${id}`, speakerId, source, cue: null });

const people = [P("a", "Ana Official", true, "Minister", "Vetland"), P("b", "Ben Citizen", false), P("c", "Cara Official", true)];

type Row = [name: string, claims: PageClaim[], expected: [label: string, kind: string, ids: string[]][]];

const rows: Row[] = [
  ["no claims, no groups", [], []],
  ["one official", [C("1", "a")], [["Ana Official", "official", ["1"]]]],
  [
    "officials before other people, page order inside a band",
    [C("1", "b"), C("2", "c"), C("3", "a"), C("4", "c")],
    [
      ["Cara Official", "official", ["2", "4"]],
      ["Ana Official", "official", ["3"]],
      ["Ben Citizen", "person", ["1"]],
    ],
  ],
  [
    "source labels after people, merged case- and space-insensitively, first wording kept",
    [C("1", null, "The Ministry"), C("2", "b"), C("3", null, "the  ministry "), C("4", null, "A union")],
    [
      ["Ben Citizen", "person", ["2"]],
      ["The Ministry", "source", ["1", "3"]],
      ["A union", "source", ["4"]],
    ],
  ],
  [
    "unattributed last; a blank source counts as none",
    [C("1", null), C("2", null, "   "), C("3", "a")],
    [
      ["Ana Official", "official", ["3"]],
      ["Unattributed", "unattributed", ["1", "2"]],
    ],
  ],
  [
    "a speaker id the page does not list falls back to the source label",
    [C("1", "ghost", "An aide"), C("2", "ghost")],
    [
      ["An aide", "source", ["1"]],
      ["Unattributed", "unattributed", ["2"]],
    ],
  ],
];

describe("groupClaimsBySpeaker", () => {
  it.each(rows)("%s", (_name, claims, expected) => {
    const groups = groupClaimsBySpeaker(claims, people);
    expect(groups.map((g) => [g.label, g.kind, g.claims.map((c) => c.id)])).toEqual(expected);
  });

  it("carries the person id and role line of people groups only", () => {
    const [ana, ministry] = groupClaimsBySpeaker([C("1", "a"), C("2", null, "Ministry")], people);
    expect(ana).toMatchObject({ key: "person:a", personId: "a", role: "Minister · Vetland" });
    expect(ministry).toMatchObject({ key: "source:ministry", personId: null, role: "" });
  });

  it("lets the caller decide who counts as an official (the reader's feedback)", () => {
    const groups = groupClaimsBySpeaker([C("1", "a"), C("2", "b")], people, (p) => p.id === "b");
    expect(groups.map((g) => [g.label, g.kind])).toEqual([
      ["Ben Citizen", "official"],
      ["Ana Official", "person"],
    ]);
  });
});

describe("roleLine and claimCounts", () => {
  it.each([
    [null, null, ""],
    ["Minister", null, "Minister"],
    [null, "Vetland", "Vetland"],
    ["Minister", "Vetland", "Minister · Vetland"],
    ["  ", "Vetland", "Vetland"],
  ])("roleLine(%j, %j) = %j", (role, represents, expected) => {
    expect(roleLine({ role, represents })).toBe(expected);
  });

  it("counts claims per speaker id, ignoring source-only claims", () => {
    expect([...claimCounts([C("1", "a"), C("2", "a"), C("3", "b"), C("4", null, "X")])]).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });
});
