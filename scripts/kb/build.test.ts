import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKb } from "./build.ts";
import { parseHolders } from "./factbook.ts";
import { readSources, OUT } from "../kb-build.ts";

// The sources live outside the repo (../shared/data/officials); on machines without them only the
// parser tests run. SRCL_KB_SOURCES overrides the location.
const FROM = resolve(process.env.SRCL_KB_SOURCES ?? resolve(import.meta.dirname, "../../../shared/data/officials"));

describe("factbook holder parser", () => {
  it("splits title, name, capitalised index name and date", () => {
    const [h] = parseHolders("Prime Minister Benyamin NETANYAHU (since 29 December 2022)");
    expect(h).toMatchObject({ title: "Prime Minister", name: "Benyamin Netanyahu", caps: ["Netanyahu"], since: "2022-12-29" });
  });
  it("skips vacancies and reads the chargé after them", () => {
    const hs = parseHolders("Ambassador (vacant); Chargé d'Affaires Jane DOE (since June 2025)");
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ title: "Chargé d'Affaires", name: "Jane Doe", since: "2025-06" });
  });
  it("Arab names: the capitalised given name and the family name are both short forms", () => {
    const [h] = parseHolders("Amir TAMIM bin Hamad Al Thani (since 25 June 2013)");
    expect(h).toMatchObject({ title: "Amir", caps: ["Tamim"], family: ["Al Thani"], given: ["Tamim"] });
  });
});

describe.skipIf(!existsSync(FROM))("kb:build reproducibility", () => {
  it("rebuilds src/kb/data/officials.json byte for byte", () => {
    const { json } = buildKb(readSources(FROM));
    expect(json === readFileSync(OUT, "utf8")).toBe(true);
  }, 60_000);
});
