/**
 * The test-build hook (see shared/test-hooks.ts). Compiled out of production builds: the only
 * call site is behind `if (__SRCL_TEST__)`, which vite replaces with `false`.
 */
import browser from "webextension-polyfill";
import { TEST_REQUEST_EVENT, TEST_RESPONSE_EVENT, type TestCommands, type TestHighlight } from "../shared/test-hooks.ts";
import { NAME_TAG, PERSON_ATTR } from "./highlighter.ts";
import type { PageView } from "./index.ts";

interface HookTarget {
  view(): PageView;
  toggleHighlights(): boolean;
  nextOfficial(): boolean;
  timeline(): Record<string, number>;
}

function highlights(view: PageView): TestHighlight[] {
  const out: { at: Range; item: TestHighlight }[] = [];
  const before = (node: Node) => {
    const r = document.createRange();
    r.setStartBefore(node);
    return r;
  };
  for (const el of Array.from(document.querySelectorAll(NAME_TAG))) {
    out.push({ at: before(el), item: { kind: "name", text: el.textContent ?? "", personId: el.getAttribute(PERSON_ATTR) } });
  }
  for (const n of view.highlighter?.nameRanges ?? []) {
    out.push({ at: n.range, item: { kind: "name", text: n.range.toString(), personId: n.personId } });
  }
  for (const c of view.highlighter?.claims ?? []) {
    out.push({ at: c.range, item: { kind: "claim", text: c.range.toString(), personId: c.speakerId } });
  }
  // document order of the start points; a name before the claim that starts at the same point
  out.sort((a, b) => a.at.compareBoundaryPoints(Range.START_TO_START, b.at) || (a.item.kind === b.item.kind ? 0 : a.item.kind === "name" ? -1 : 1));
  return out.map((o) => o.item);
}

export function installTestHook(target: HookTarget): void {
  document.addEventListener(TEST_REQUEST_EVENT, (event) => {
    let request: { id?: unknown; cmd?: keyof TestCommands; arg?: unknown };
    try {
      request = JSON.parse(String((event as CustomEvent).detail));
    } catch {
      return;
    }
    const answer = (body: { ok: true; value: unknown } | { ok: false; error: string }) =>
      document.dispatchEvent(new CustomEvent(TEST_RESPONSE_EVENT, { detail: JSON.stringify({ id: request.id, ...body }) }));
    try {
      const view = target.view();
      switch (request.cmd) {
        case "highlights":
          return answer({ ok: true, value: highlights(view) });
        case "card":
          return answer({ ok: true, value: view.card?.snapshot() ?? null });
        case "command":
          return answer({
            ok: true,
            value: request.arg === "toggle-highlights" ? target.toggleHighlights() : request.arg === "next-official" ? target.nextOfficial() : false,
          });
        case "cardTimings":
          return answer({ ok: true, value: view.card?.timings ?? [] });
        case "timeline":
          return answer({ ok: true, value: target.timeline() });
        case "blocks": {
          const snapshot = view.snapshot;
          return answer({ ok: true, value: snapshot ? snapshot.blocks.map((b) => ({ kind: b.kind, text: snapshot.text.slice(b.start, b.end) })) : [] });
        }
        case "forge": {
          const arg = request.arg as TestCommands["forge"]["arg"];
          browser.runtime.sendMessage({ type: arg.type, payload: arg.payload }).then(
            (value) => answer({ ok: true, value: value ?? null }),
            (e: unknown) => answer({ ok: true, value: { ok: false, error: e instanceof Error ? e.message : String(e) } }),
          );
          return;
        }
        default:
          return answer({ ok: false, error: `unknown test command ${String(request.cmd)}` });
      }
    } catch (e) {
      answer({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
