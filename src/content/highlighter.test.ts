// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { piecesFor, verifyPieces } from "./anchor.ts";
import { Highlighter, NAME_TAG, type ClaimSpan, type NameSpan } from "./highlighter.ts";
import { buildTextIndex, TextIndexer } from "./text-index.ts";

function mount(html: string): HTMLElement {
  document.body.innerHTML = "";
  const root = document.createElement("article");
  // eslint-disable-next-line no-unsanitized/property -- fixture markup written in this file
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const span = (text: string, needle: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in ${text}`);
  return { start: at, end: at + needle.length };
};

describe("text index", () => {
  it.each([
    ["collapses source whitespace and reads <br> as a space", "<p>The  envoy\n   said<br>so.</p>", "The envoy said so."],
    ["splits blocks on block elements", "<h1>Title</h1><p>One <b>bold</b> word.</p><p>Two.</p>", "Title\n\nOne bold word.\n\nTwo."],
    ["skips scripts, forms, asides and editable parts", "<p>Keep</p><script>x=1</script><aside>No</aside><form><p>No</p></form><div contenteditable>No</div><p>this</p>", "Keep\n\nthis"],
    ["reads through our own highlight wrappers", `<p>Ask <${NAME_TAG}>Ada Example</${NAME_TAG}> now.</p>`, "Ask Ada Example now."],
    ["keeps non-breaking spaces as spaces", "<p>Ada&nbsp;Example said</p>", "Ada Example said"],
  ])("%s", (_, html, text) => {
    expect(buildTextIndex(mount(html)).snapshot.text).toBe(text);
  });

  it("maps every snapshot span back to the same live text", () => {
    const root = mount("<p>  Foreign  Minister <a href='#'>Ada\nExample</a> told   reporters.</p><p>Next <i>para</i>graph.</p>");
    const index = buildTextIndex(root);
    const text = index.snapshot.text;
    for (const needle of ["Foreign Minister", "Ada Example", "told reporters", "paragraph", "Next"]) {
      const s = span(text, needle);
      expect(verifyPieces(index, s, piecesFor(index, s)), needle).toBe(true);
    }
  });

  it("gives the same index in slices as in one go", () => {
    const root = mount(Array.from({ length: 40 }, (_, i) => `<p>Para ${i} with <b>bold  ${i}</b> and\ntext.</p>`).join(""));
    const whole = buildTextIndex(root);
    const sliced = new TextIndexer(root);
    while (!sliced.step(3));
    expect(sliced.result().snapshot).toEqual(whole.snapshot);
  });
});

/** A minimal Custom Highlight API where the DOM (happy-dom) has none. */
function withHighlightApi(on: boolean): void {
  const g = globalThis as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  if (on) {
    Object.defineProperty(globalThis, "CSS", { value: { highlights: new Map() }, configurable: true, writable: true });
    g.Highlight = class {
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
  } else {
    Object.defineProperty(globalThis, "CSS", { value: {}, configurable: true, writable: true });
    delete g.Highlight;
  }
}

describe("highlighter", () => {
  const HTML = `<p>Qatar's spokesperson Majed al-Ansari said that talks were <em>going well</em>, and al-Ansari added "we are close."</p>`;

  function paint(root: HTMLElement) {
    const index = buildTextIndex(root);
    const text = index.snapshot.text;
    const names: NameSpan[] = [
      { ...span(text, "Majed al-Ansari"), personId: "p1", description: "spokesperson", isFirst: true },
      { ...span(text, "al-Ansari", 1), personId: "p1", description: "spokesperson", isFirst: false },
    ];
    const claims: ClaimSpan[] = [
      { ...span(text, "talks were going well"), claimId: "q1", speakerId: "p1" },
      { ...span(text, "we are close."), claimId: "q2", speakerId: "p1" },
      { ...span(text, "Majed al-Ansari said"), claimId: "q3", speakerId: "p1" },
    ];
    const h = new Highlighter(document);
    const plans = h.planClaims(index, claims);
    h.paintNameJobs(h.planNames(index, names));
    h.paintClaims(plans);
    return { h, text };
  }

  it("wraps names, keeps the text identical, and claims read as their spans", () => {
    withHighlightApi(true);
    const root = mount(HTML);
    const before = root.textContent;
    const { h } = paint(root);
    expect(root.textContent).toBe(before);
    // the first mention is an element (focus, accessible name); the repeat is a highlight range
    expect(h.nameElements.map((e) => e.textContent)).toEqual(["Majed al-Ansari"]);
    expect(h.nameElements[0]!.getAttribute("tabindex")).toBe("0");
    expect(h.nameElements[0]!.getAttribute("role")).toBe("button");
    expect(h.nameRanges.map((n) => [n.personId, n.range.toString()])).toEqual([["p1", "al-Ansari"]]);
    expect(h.claims.map((c) => c.range.toString())).toEqual(["talks were going well", "we are close.", "Majed al-Ansari said"]);
    expect(h.usesHighlightApi).toBe(true);
  });

  it("falls back to wrapping claims where the Highlight API is missing", () => {
    withHighlightApi(false);
    const root = mount(HTML);
    const before = root.textContent;
    const { h } = paint(root);
    expect(h.usesHighlightApi).toBe(false);
    expect(root.textContent).toBe(before);
    expect(h.nameElements.map((e) => e.textContent)).toEqual(["Majed al-Ansari", "al-Ansari"]);
    expect(h.nameElements[1]!.getAttribute("tabindex")).toBe("-1");
    const claimText = (id: string) => Array.from(root.querySelectorAll(`srcl-claim[data-srcl-claim="${id}"]`), (e) => e.textContent).join("");
    expect(claimText("q1")).toBe("talks were going well");
    expect(claimText("q2")).toBe("we are close.");
    h.clear();
    expect(root.textContent).toBe(before);
    expect(root.querySelectorAll("srcl-claim, srcl-name")).toHaveLength(0);
  });

  it("clear() restores the page's own text nodes exactly", () => {
    const root = mount(HTML);
    const p = root.querySelector("p")!;
    const shape = () => Array.from(p.childNodes, (n) => `${n.nodeName}:${n.textContent}`);
    const original = shape();
    const { h } = paint(root);
    expect(shape()).not.toEqual(original);
    h.clear();
    expect(shape()).toEqual(original);
    expect(root.querySelectorAll(NAME_TAG)).toHaveLength(0);
  });

  it("paints nothing in a block the page hid after the reading (checked when painting)", () => {
    withHighlightApi(true);
    const root = mount("<p>Minister Ada Example spoke.</p><div class='more'><p>Envoy Bo Sample said talks went well.</p></div>");
    const index = buildTextIndex(root);
    const text = index.snapshot.text;
    // the page collapses the second block between the reading and the paint
    const proto = Element.prototype as unknown as { checkVisibility?: () => boolean };
    const had = Object.getOwnPropertyDescriptor(proto, "checkVisibility");
    proto.checkVisibility = function (this: Element) {
      return !this.closest(".more.closed");
    };
    try {
      root.querySelector(".more")!.classList.add("closed");
      const h = new Highlighter(document);
      const names: NameSpan[] = [
        { ...span(text, "Ada Example"), personId: "p1", description: null, isFirst: true },
        { ...span(text, "Bo Sample"), personId: "p2", description: null, isFirst: true },
      ];
      const plans = h.planClaims(index, [{ ...span(text, "talks went well"), claimId: "q1", speakerId: "p2" }]);
      h.paintNameJobs(h.planNames(index, names));
      h.paintClaims(plans);
      expect(h.nameElements.map((e) => e.textContent)).toEqual(["Ada Example"]);
      expect(h.claims).toHaveLength(0);
    } finally {
      if (had) Object.defineProperty(proto, "checkVisibility", had);
      else delete proto.checkVisibility;
    }
  });

  it("takes down the highlights of a block the page hides after the paint, and brings them back", () => {
    for (const api of [true, false]) {
      withHighlightApi(api);
      const root = mount("<p>Minister Ada Example said the plan would work.</p><div class='more'><p>Envoy Bo Sample said talks went well, and Sample left.</p></div>");
      const before = root.textContent;
      const p2 = root.querySelector(".more p")!;
      const shape = () => Array.from(p2.childNodes, (n) => n.textContent).join("|");
      const index = buildTextIndex(root);
      const text = index.snapshot.text;
      const h = new Highlighter(document);
      const names: NameSpan[] = [
        { ...span(text, "Ada Example"), personId: "p1", description: null, isFirst: true },
        { ...span(text, "Bo Sample"), personId: "p2", description: null, isFirst: true },
        { ...span(text, "Sample", 1), personId: "p2", description: null, isFirst: false },
      ];
      const plans = h.planClaims(index, [
        { ...span(text, "the plan would work"), claimId: "q1", speakerId: "p1" },
        { ...span(text, "talks went well"), claimId: "q2", speakerId: "p2" },
        // starts in the name's element: its range must survive the unwrapping and rewrapping
        { ...span(text, "Bo Sample said"), claimId: "q3", speakerId: "p2" },
      ]);
      h.paintNameJobs(h.planNames(index, names));
      h.paintClaims(plans);
      expect(h.paintedElements()).toEqual([root.querySelector("p"), p2]);
      const painted = shape();
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, { ranges: Range[] }> } }).CSS.highlights;
      const claimTexts = () => (api ? (registry!.get("srcl-claim")?.ranges ?? []).map((r) => r.toString()) : Array.from(root.querySelectorAll("srcl-claim"), (e) => e.textContent));
      // The page hides the second block.
      const isShown = (el: Element) => !el.closest(".more.closed");
      root.querySelector(".more")!.classList.add("closed");
      expect(h.showOnly(isShown)).toBe(true);
      expect(h.nameElements.map((e) => e.textContent)).toEqual(["Ada Example"]);
      expect(h.claims.map((c) => c.claimId)).toEqual(["q1"]);
      expect(h.nameRanges).toEqual([]);
      expect(claimTexts()).toEqual(["the plan would work"]);
      expect(p2.querySelector("srcl-name, srcl-claim")).toBeNull();
      expect(root.textContent).toBe(before);
      expect(h.showOnly(isShown), "nothing changed since").toBe(false);
      // Bo Sample's every mention is in the hidden block; Ada Example's is not.
      expect(h.takenDown()).toEqual({ claimIds: ["q2", "q3"], personIds: ["p2"] });
      // Shown again: the same highlights, the claim's range intact.
      root.querySelector(".more")!.classList.remove("closed");
      expect(h.showOnly(isShown)).toBe(true);
      expect(h.nameElements.map((e) => e.textContent).sort()).toEqual(api ? ["Ada Example", "Bo Sample"] : ["Ada Example", "Bo Sample", "Sample"]);
      expect(h.claims.map((c) => c.claimId)).toEqual(["q1", "q2", "q3"]);
      expect(claimTexts()).toEqual(api ? ["the plan would work", "talks went well", "Bo Sample said"] : ["the plan would work", "Bo Sample", " said", "talks went well"]);
      expect(shape()).toBe(painted);
      expect(h.takenDown()).toEqual({ claimIds: [], personIds: [] });
      // Taken down, then cleared: the page's own text nodes, merged back.
      root.querySelector(".more")!.classList.add("closed");
      h.showOnly(isShown);
      h.clear();
      expect(p2.childNodes).toHaveLength(1);
      expect(root.textContent).toBe(before);
    }
  });

  it("drops a span whose text no longer matches the page", () => {
    const root = mount("<p>Minister Ada Example spoke.</p>");
    const index = buildTextIndex(root);
    root.querySelector("p")!.firstChild!.textContent = "Something else entirely was written here.";
    const h = new Highlighter(document);
    expect(h.paintNameJobs(h.planNames(index, [{ ...span(index.snapshot.text, "Ada Example"), personId: "p1", description: null, isFirst: true }]))).toBe(0);
  });
});
