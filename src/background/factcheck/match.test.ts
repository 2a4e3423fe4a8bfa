/** Whose claim is it: one table, each row a claimant against the person's known spellings. */
import { describe, expect, it } from "vitest";
import { isClaimantOf, nameForms } from "./match.ts";

describe("isClaimantOf", () => {
  const lior = nameForms(["Lior Ben-Ami", "Lior Benami"]);
  it.each([
    ["Lior Ben-Ami", true],
    ["LIOR BEN AMI", true],
    ["Prime Minister Lior Ben-Ami", true],
    ["Lior Ben-Ami, prime minister of Examplestan", true],
    ["Lior J. Ben-Ami", true],
    ["Lior Benami (an alias)", true],
    ["Lior Ben-Ami's office", true],
    ["Noa Ben-Ami", false],
    ["Ben-Ami", false],
    ["Mr Ben-Ami", false],
    ["Lior", false],
    ["Ben-Ami, Lior", false],
    ["Facebook posts", false],
    ["", false],
    [null, false],
  ])("%j → %s", (claimant, expected) => {
    expect(isClaimantOf(claimant, lior)).toBe(expected);
  });

  it.each([
    ["Muhammad Salah", ["Mohammed Salah"], true],
    ["Benjamin Netanyahou", ["Benjamin Netanyahu"], true],
    ["José Pérez", ["Jose Perez"], true],
    ["Don Cole", ["Dan Cole"], false],
    ["Dana Cole", ["Dan Cole"], false],
    ["Abdel Fattah el-Sisi", ["Abdel Fattah al-Sisi"], true],
    ["Maria Garcia Lopez", ["Maria Lopez"], true],
  ])("%j against %j → %s", (claimant, names, expected) => {
    expect(isClaimantOf(claimant, nameForms(names))).toBe(expected);
  });

  it("never builds a form from a one-word name (a bare surname or given name)", () => {
    expect(nameForms(["Lior", "Cher", "Netanyahu", "Ben-Ami", "al-Sisi"])).toEqual([]);
    expect(isClaimantOf("Noa Ben-Ami", nameForms(["Ben-Ami"]))).toBe(false);
    expect(isClaimantOf("Cher", nameForms(["Cher"]))).toBe(false);
  });
});
