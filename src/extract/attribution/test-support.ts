/**
 * What the claim tests of src/extract/attribution ask of the engine, on invented sentences: the
 * claims of a text with their kind and speaker, and one expectation over them.
 */
import { expect } from "vitest";
import { analyze, snapshotFromPlainText } from "../index.ts";
import type { Analysis } from "../types.ts";

export interface Want {
  text: string;
  kind: "direct" | "indirect";
  /** a person's name, or { source } for a non-person speaker (a substring of the label) */
  speaker: string | { source: string };
}

export function run(text: string): Analysis {
  return analyze(snapshotFromPlainText(text));
}

export function claims(text: string, a: Analysis): Array<{ text: string; kind: string; speaker: string }> {
  return a.quotes.map((q) => ({
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speaker: q.speakerId ? a.people.find((p) => p.id === q.speakerId)!.name : `source:${q.source ?? "-"}`,
  }));
}

export function expectClaims(text: string, want: Want[], absent: string[] = []): void {
  const got = claims(text, run(text));
  for (const w of want) {
    const speaker = typeof w.speaker === "string" ? w.speaker : `source:`;
    const hit = got.find((g) => g.text === w.text && g.kind === w.kind);
    expect(hit, `${w.kind} "${w.text}" in ${JSON.stringify(got)}`).toBeDefined();
    if (typeof w.speaker === "string") expect(hit!.speaker).toBe(speaker);
    else expect(hit!.speaker.toLowerCase()).toContain(w.speaker.source.toLowerCase());
  }
  for (const t of absent) expect(got.some((g) => g.text === t), `no claim "${t}" in ${JSON.stringify(got)}`).toBe(false);
}
