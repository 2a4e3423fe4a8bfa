/**
 * Indirect claims on patterns of reported speech found in PolNeAR's training split (invented
 * sentences): "according to" around the claim, a second that-clause of one cue.
 */
import { describe, it } from "vitest";
import { expectClaims } from "./test-support.ts";

describe("claims: 'according to' inside or before the writer's tail", () => {
  it("a relative clause or a participle after 'according to X,' is no content; the content is before the cue", () =>
    expectClaims(
      "The dockworkers reached a deal with the port, according to the labour ministry, ending a strike of six weeks.\n\n" +
        "Young drivers might not be so lucky, according to Mark Delane, who advised the transport ministry.",
      [
        { text: "The dockworkers reached a deal with the port", kind: "indirect", speaker: { source: "labour ministry" } },
        { text: "Young drivers might not be so lucky", kind: "indirect", speaker: "Mark Delane" },
      ],
      ["ending a strike of six weeks", "who advised the transport ministry"],
    ));
  it("between a subject and its verb, the cue interrupts one claim", () =>
    expectClaims("Revenue, according to the company, has doubled since the spring.", [
      { text: "Revenue, according to the company, has doubled since the spring", kind: "indirect", speaker: { source: "company" } },
    ]));
});

describe("claims: a second that-clause of the same cue", () => {
  it("', but that …' continues the claim; ', but that is …' is the writer's", () =>
    expectClaims(
      "The senator said the state must repair its roads, but that he would not back a fuel tax.\n\n" +
        "The mayor said the bridge needs repair, but that is not the whole story.",
      [
        { text: "the state must repair its roads, but that he would not back a fuel tax", kind: "indirect", speaker: { source: "senator" } },
        { text: "the bridge needs repair", kind: "indirect", speaker: { source: "mayor" } },
      ],
    ));
});
