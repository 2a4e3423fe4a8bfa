import { describe, expect, it } from "vitest";
import type { ClaimView } from "../store/index.ts";
import { elsewhereClaim } from "./enrich.ts";

const view = (over: Partial<ClaimView>): ClaimView => ({
  id: "c1",
  text: "We will keep the port open.",
  kind: "direct",
  cue: "said",
  personKey: "k",
  speaker: "Ana Ruiz",
  source: null,
  role: "Harbor Mayor",
  represents: null,
  articleUrl: "https://news.example/port",
  title: "Port stays open",
  outlet: "News",
  publishedAt: "2019-03-14T09:00:00Z",
  at: Date.parse("2019-03-14T09:00:00Z"),
  firstSeen: Date.parse("2026-12-01T10:00:00Z"),
  ...over,
});

describe("elsewhereClaim: the other article's date, honestly", () => {
  it("its publication date, and when it was read", () => {
    expect(elsewhereClaim(view({}))).toMatchObject({ date: "2019-03-14T09:00:00Z", readOn: "2026-12-01T10:00:00.000Z" });
  });

  it("no publication date, or a placeholder one, is no date: the card says 'read on …'", () => {
    expect(elsewhereClaim(view({ publishedAt: null, at: Date.parse("2026-12-01T10:00:00Z") }))).toMatchObject({ date: null, readOn: "2026-12-01T10:00:00.000Z" });
    expect(elsewhereClaim(view({ publishedAt: "0001-01-01T00:00:00Z" }))).toMatchObject({ date: null });
  });
});
