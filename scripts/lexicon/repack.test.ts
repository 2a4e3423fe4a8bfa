import { describe, expect, it } from "vitest";
import { frontCode } from "../../src/extract/data/pack.ts";
import { repack } from "./repack.ts";

describe("repack", () => {
  it("re-encodes a module's front-coded lists with the current frontCode, keeping their words", () => {
    const words = ["anna", "annabel", "anne", "bo", "bob"];
    const text = `// header\nexport const FEMALE = "0anna4bel 0anne 0bo2b";\nexport const OTHER = "x";\n`;
    expect(repack(text, ["FEMALE"])).toBe(`// header\nexport const FEMALE = ${JSON.stringify(frontCode(words))};\nexport const OTHER = "x";\n`);
    expect(repack(repack(text, ["FEMALE"]), ["FEMALE"])).toBe(repack(text, ["FEMALE"]));
    expect(() => repack(text, ["MALE"])).toThrow();
  });
});
