import { describe, expect, it } from "vitest";
import { buildGivenNames, isDerived } from "./given-names.ts";

describe("given-name table build", () => {
  it("groups nicknames under formal names and drops initialisms and independent names", () => {
    const csv = [
      "name1,relationship,name2",
      "tobias,has_nickname,toby",
      "tobias,has_nickname,tobe",
      "tobias,has_nickname,t.b.",
      // "marek" is a name of its own (three nicknames), not built from "ulric", not listed back
      "ulric,has_nickname,marek",
      "marek,has_nickname,mare",
      "marek,has_nickname,mark",
      "marek,has_nickname,marky",
      "ulric,has_nickname,ric",
    ].join("\n");
    const t = buildGivenNames(csv, "test");
    expect(t.groups).toEqual(["marek mare mark marky", "tobias tobe toby", "ulric ric"]);
    expect(t.licence).toBe("Apache-2.0");
  });

  it("a nickname is derived when it shares the start or inner letters", () => {
    expect(isDerived("william", "bill")).toBe(true);
    expect(isDerived("edward", "ted")).toBe(true);
    expect(isDerived("patrick", "peter")).toBe(false);
  });
});
