import { describe, expect, it, vi } from "vitest";
import type { PageState } from "../shared/types.ts";

/** storage.session as a plain map. */
const session = new Map<string, unknown>();
vi.mock("webextension-polyfill", () => ({
  default: {
    storage: {
      session: {
        get: async (keys: string | string[]) => Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => session.has(k)).map((k) => [k, session.get(k)])),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, v);
        },
        remove: async (keys: string | string[]) => {
          for (const k of Array.isArray(keys) ? keys : [keys]) session.delete(k);
        },
      },
    },
  },
}));
const { patchTabState, readShownTabState, readTabState, writeHiddenHighlights, writeTabState } = await import("./tab-state.ts");

const state = (tabId: number): PageState => ({
  tabId,
  status: "article",
  meta: null,
  people: [
    { id: "p1", name: "Ada Example", isOfficial: true, role: "minister", represents: null, mentionCount: 2 },
    { id: "p2", name: "Bo Sample", isOfficial: true, role: "envoy", represents: null, mentionCount: 1 },
  ],
  claims: [
    { id: "q1", kind: "indirect", text: "the plan would work", speakerId: "p1", source: null, cue: "said" },
    { id: "q2", kind: "indirect", text: "talks went well", speakerId: "p2", source: null, cue: "said" },
  ],
  enrichment: null,
  updatedAt: 1,
});

describe("tab state: highlights the page hid since the paint", () => {
  it("leaves them out of what the popup reads, keeps them through patches, forgets them with a new state", async () => {
    await writeTabState(state(7));
    await writeHiddenHighlights(7, { claimIds: ["q2"], personIds: ["p2"] });
    const shown = await readShownTabState(7);
    expect(shown?.people.map((p) => p.id)).toEqual(["p1"]);
    expect(shown?.claims.map((c) => c.id)).toEqual(["q1"]);
    expect((await readTabState(7))?.people).toHaveLength(2);
    // A later patch of the same reading (its enrichment) keeps what is hidden.
    await patchTabState(7, { enrichment: null });
    expect((await readShownTabState(7))?.claims.map((c) => c.id)).toEqual(["q1"]);
    // Shown again.
    await writeHiddenHighlights(7, { claimIds: [], personIds: [] });
    expect((await readShownTabState(7))?.claims).toHaveLength(2);
    // A new reading starts with nothing hidden.
    await writeHiddenHighlights(7, { claimIds: ["q1"], personIds: [] });
    await writeTabState(state(7));
    expect((await readShownTabState(7))?.claims).toHaveLength(2);
    expect(await readShownTabState(8)).toBeNull();
  });
});
