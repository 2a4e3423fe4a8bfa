import { describe, expect, it } from "vitest";
import { frontCode } from "../../src/extract/data/pack.ts";
import { repack } from "./repack.ts";

describe("repack", () => {
  const words = ["anna", "annabel", "anne", "bo", "bob"];
  const module = (packed: string): string => `// header\nexport const FEMALE = ${JSON.stringify(packed)};\nexport const OTHER = "x";\n`;

  it("re-encodes a module's front-coded lists with the current frontCode, keeping their words", () => {
    const text = module(frontCode(words, 2));
    expect(repack(text, ["FEMALE"])).toBe(module(frontCode(words)));
    expect(repack(repack(text, ["FEMALE"]), ["FEMALE"])).toBe(repack(text, ["FEMALE"]));
    expect(() => repack(text, ["MALE"])).toThrow();
  });

  it("reads a list of another format with that format's decoder", () => {
    const oldFormat = (packed: string, each: (w: string) => void): void => packed.split(",").forEach(each);
    expect(repack(module(words.join(",")), ["FEMALE"], oldFormat)).toBe(module(frontCode(words)));
  });
});
