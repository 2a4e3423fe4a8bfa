/** Officials on evidence: one row per role phrase shape (invented wording). */
import { describe, expect, it } from "vitest";
import { personStanding, roleHeads, roleStanding, type Standing } from "./standing.ts";

const isCountry = (w: string): boolean => ["u.s", "british", "peru", "england"].includes(w);

const rows: Array<[string, Standing]> = [
  ["Prime Minister", "official"],
  ["member of the Guild of Welders in Oregon State", "private"],
  ["member of the State Assembly", "official"],
  ["director of the Voter Study Project at Hale University", "private"],
  ["director of the Hale University Survey Center", "private"],
  ["director of the Harbor Survey Center", "official"],
  ["chair of the history department at Hale College", "private"],
  ["director of the Earth Institute at Hale University", "private"],
  ["president of Hale University", "official"],
  ["doctoral candidate at the Hale Institute of Technology", "private"],
  ["Senate candidate", "official"],
  ["Family spokesman", "private"],
  ["political adviser to the Hale family", "private"],
  ["national director of the Working Families Party", "official"],
  ["royal family spokesman", "official"],
  ["Pope", "official"],
  ["Sen.", "official"],
  ["Norwegian Foreign Ministry spokesperson", "official"],
  ["the network's chief political correspondent", "private"],
  ["chief economist at Harbor Freight Lines", "private"],
  ["the governor's lawyer", "private"],
  ["co-founder", "private"],
  ["founder and co-CEO", "official"],
  ["Defence lawyer", "private"],
  ["U.S. attorney for the Eastern District", "official"],
  ["Republican counsel", "official"],
  ["border agent", "official"],
  ["real estate agent", "private"],
  ["party committee member", "official"],
  ["England captain", "private"],
  ["army captain", "official"],
  ["head coach", "private"],
  ["Marlow Department of Health public information officer", "official"],
  ["president of the Valley Farmers Union", "official"],
  ["a senior fellow at the Harbor Institute", "private"],
  ["younger brother of the rebels' deputy leader", "private"],
  ["a family physician", "private"],
  ["the 2028 Green presidential hopeful", "official"],
  ["his British counterpart", "official"],
  // a place ties a profession only as its client, not as where one comes from or one's nationality
  ["a British lawyer", "private"],
  ["a barrister from Peru", "private"],
  ["an economist in Peru", "private"],
  ["a lawyer for Peru", "official"],
  // an expert is an official on the staff of a public body named, not by a field of expertise
  ["a State Department Peru expert", "official"],
  ["a security expert", "private"],
  ["a Peru expert at the Harbor Institute", "private"],
  // what follows "from" is where one comes from: a place's name that ends in an office word is none
  ["a 61-year-old from Harbor Head", "unknown"],
  ["a delegate from Peru", "official"],
  // an aide in care or a classroom is no official's aide
  ["a home-care aide", "private"],
  ["a teacher's aide", "private"],
  ["a senior aide to the mayor", "official"],
  ["her counterpart", "private"],
  ["a key witness", "private"],
  ["the mayor's cousin", "private"],
  ["a longtime resident", "private"],
  ["the company's new boss", "official"],
  ["Acme boss", "official"],
  ["a drug cartel boss", "private"],
  ["crime boss", "private"],
  ["chief whip", "official"],
  ["judges", "private"],
  ["federal judge", "official"],
  ["appeals court judge", "official"],
  ["U.S. District Judge", "official"],
  ["the Orbis Motors executive director of industry analysis", "private"],
  ["research director at market research firm Pollex", "private"],
  ["head of equity research at Harbor Securities", "private"],
  ["president of the research council", "official"],
  ["Minister of Research", "official"],
  ["Research and Advocacy Director at Rights Watch", "official"],
  ["data scientist and business advisor", "private"],
  ["financial adviser", "private"],
  ["national security adviser", "official"],
  ["NASA Administrator", "official"],
  ["senior vp partnerships at Glowgames", "official"],
  ["project manager for events and press director of Pixmart", "official"],
  ["head of sales and marketing at Pixmart", "official"],
  ["professor of law and a novelist", "private"],
  ["her campaign manager", "official"],
  ["city manager", "official"],
  ["the club's manager", "private"],
  ["England manager", "private"],
  ["hedge fund manager", "private"],
  ["former congressional staffer", "official"],
  ["Fed policymakers", "official"],
  ["professor of geosciences and international affairs at Harbor University", "private"],
  ["Minister of Foreign Affairs", "official"],
  ["Public Ombudsman", "official"],
  ["Justice Department congressional liaison", "official"],
  ["community liaison at a charity", "private"],
  ["his running mate", "official"],
  ["her old school mate", "unknown"],
  ["a conservative economist", "private"],
  ["liberal lawyer", "private"],
  ["Conservative counsel", "official"],
  ["RNC member from Oregon", "official"],
  ["former White House aide and current network anchor", "private"],
  ["former political director of the union and progressive organizer", "private"],
  ["former senator and current ambassador", "official"],
  ["former minister", "official"],
  ["another top strategist in Ruiz's campaign", "official"],
  ["Republican strategist", "private"],
  ["chief strategist for Hicks's presidential campaign four years ago", "private"],
  ["strategist on Ruiz's 2008 campaign", "private"],
  // an owner alone: a public body's person, not a school's, a firm's or an outlet's
  ["State Department's", "official"],
  ["NATO's", "official"],
  ["Zenda State University's", "unknown"],
  ["National Review's", "unknown"],
  ["Harbor Bank's", "unknown"],
  // a tie to someone else: the offices after it are theirs
  ["daughter of former President Tom Vane", "private"],
  ["married to Acme Capital CEO Ray Quill", "private"],
  ["nephew of one president and the cousin of another", "private"],
  ["Senator and wife of the governor", "official"],
  ["chief of staff to the mayor", "official"],
  // a private role said to be the present one
  ["Harbor City Hall aide and current network anchor", "private"],
  ["senator and now a cable host", "private"],
  ["current deputy mayor", "official"],
];

describe("roleStanding", () => {
  for (const [role, want] of rows) it(`${role} → ${want}`, () => expect(roleStanding(role, isCountry)).toBe(want));
});

describe("roleHeads", () => {
  it("reads coordinated heads each", () => expect(roleHeads("founder and chief executive")).toEqual(["founder", "executive"]));
  it("stops at the complement after the head", () => expect(roleHeads("director of the Census Bureau")).toEqual(["director"]));
  it("reads a head coordinated after the complement", () =>
    expect(roleHeads("chairman of the board and chief executive")).toEqual(["chairman", "executive"]));
  it("reads past an organisation's own 'of'", () => expect(roleHeads("Ministry of Water spokesman")).toEqual(["spokesman"]));
});

describe("personStanding", () => {
  it("one official role is enough (the key witness, Ambassador Lena Ward)", () =>
    expect(personStanding(["the key witness", "Ambassador"])).toBe("official"));
  it("no role says nothing", () => expect(personStanding([])).toBe("unknown"));
  it("private roles only", () => expect(personStanding(["analyst", "a resident of Lyon"])).toBe("private"));
  it("a past office beside a present occupation: the occupation is the capacity", () => {
    expect(personStanding(["economist", "a former adviser in the Harbor City Hall"])).toBe("private");
    expect(personStanding(["professor of law at Zenta University", "former official at the International Monetary Fund"])).toBe("private");
    expect(personStanding(["former governor", "brother of the president"])).toBe("official");
    expect(personStanding(["former governor"])).toBe("official");
  });
});
