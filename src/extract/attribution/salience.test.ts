/** Who a pronoun points back to (salience.ts), on invented paragraphs. */
import { describe, it } from "vitest";
import { expectClaims } from "./test-support.ts";

describe("salience: a pronoun passes over an owner or a preposition's object", () => {
  it("'hired her as his deputy under Bill Dale. He said …' is the hirer's", () =>
    expectClaims(
      "Gene Sperling, a longtime policy maker who now advises Mrs. Ruiz's campaign, hired Ms. Lane as his deputy at the White House under Bill Dale in the 1990s. He said he was pleased that people ask about her views.",
      [{ text: "he was pleased that people ask about her views", kind: "indirect", speaker: "Gene Sperling" }],
    ));
  it("'his office put out a statement' may still be the owner's", () =>
    expectClaims("Republicans tied the plan to threats, in Sen. Tom Vell's case, terrorist ones. His office said the country could not vet every refugee.", [
      { text: "the country could not vet every refugee", kind: "indirect", speaker: "source:Vell’s office" },
    ]));
});
