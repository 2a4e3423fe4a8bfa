/**
 * A prefixed custom-element host with a CLOSED shadow root for in-page UI (the card
 * shows the reader's history from other sites; an open root would let the page read it).
 * Modelled on hypothesis' PreactContainer and WXT's shadow-root UI:
 * - the shadow CSS starts with `:host { all: initial }`, so page styles cannot reach in;
 * - keyboard and pointer events from inside stop at the shadow boundary, so page shortcuts and
 *   "click outside" handlers never see them;
 * - the host is placed once, at the end of <html>, fixed and out of the flow (no layout shift).
 */
import { prefixed } from "../shared/prefix.ts";

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  destroy(): void;
}

const ISOLATED_EVENTS = ["keydown", "keyup", "keypress", "click", "mousedown", "mouseup", "pointerdown", "pointerup", "wheel", "focusin", "focusout"];

export function mountShadow(doc: Document, name: string, css: string): ShadowMount {
  const host = doc.createElement(prefixed(name));
  host.setAttribute("style", "position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;display:block;");
  const root = host.attachShadow({ mode: "closed" });
  const style = doc.createElement("style");
  style.textContent = css;
  root.appendChild(style);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.appendChild(host);
  return { host, root, destroy: () => host.remove() };
}
