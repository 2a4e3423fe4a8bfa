// @vitest-environment happy-dom
import { h } from "preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { HoverCardProps } from "../ui/card/HoverCard.tsx";

/** What the reader's storage holds for the opt-in sources in each test. */
let stored: Record<string, unknown> = {};
/** HoverCard renders counted: each is a preact render of the whole card. */
let renders = 0;

vi.mock("webextension-polyfill", () => ({
  default: {
    i18n: { getMessage: (key: string) => (key === "messagesLocale" ? "en" : key) },
    storage: {
      local: { get: async () => stored },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    runtime: { sendMessage: () => new Promise(() => undefined) },
  },
}));
vi.mock("../ui/card/HoverCard.tsx", () => ({
  HoverCard: (props: HoverCardProps) => {
    renders++;
    return h("div", { role: "dialog" }, props.person.name);
  },
}));
vi.mock("../ui/card/card.css?inline", () => ({ default: "" }));

const { createCardView } = await import("./card-view.ts");
const { SOURCE_SETTINGS_KEY } = await import("../store/source-settings.ts");

const props = (isOfficial: boolean) => ({ person: { name: "Ada Example", role: "envoy", isOfficial }, claims: [] }) as unknown as HoverCardProps;
const events = { pointerEnter: () => undefined, pointerLeave: () => undefined, escape: () => undefined };
/** Lets the storage read and the placement's promise chain settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("card view", () => {
  beforeEach(() => {
    document.body.innerHTML = "<p><span id=name>Ada Example</span></p>";
    renders = 0;
  });

  it("renders a card once when both opt-in sources are off", async () => {
    stored = {};
    const view = createCardView(document, events);
    await settle();
    await view.show(props(true), document.getElementById("name")!);
    await settle();
    expect(renders).toBe(1);
    view.destroy();
  });

  it("renders it again after placement to add the sources' sections when a source is on", async () => {
    stored = { [SOURCE_SETTINGS_KEY]: { factCheck: true, wikiquote: false } };
    const view = createCardView(document, events);
    await settle();
    await view.show(props(true), document.getElementById("name")!);
    await settle();
    expect(renders).toBe(2);
    view.hide();
    renders = 0;
    // Not an official: no sections, one render.
    await view.show(props(false), document.getElementById("name")!);
    await settle();
    expect(renders).toBe(1);
    view.destroy();
  });
});
