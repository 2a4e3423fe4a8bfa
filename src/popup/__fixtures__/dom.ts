/** Tiny DOM helpers for the popup tests (happy-dom): render, wait, find by text, type, click. */
import { h, render, type ComponentChild } from "preact";
import type { Translator } from "../../shared/i18n.ts";
import { enT } from "../../ui/__fixtures__/i18n.ts";
import { I18nProvider } from "../../ui/i18n.ts";

export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

/** Renders `node` with the English messages (or the translator given), as the pages' main.tsx do. */
export function mount(node: ComponentChild, t: Translator = enT): Mounted {
  const root = document.createElement("div");
  document.body.append(root);
  render(h(I18nProvider, { t }, node), root);
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/** Polls until `fn` returns a truthy value (or throws its last error after `timeoutMs`). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  let last: unknown = null;
  for (;;) {
    try {
      const v = fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - start > timeoutMs) throw last instanceof Error ? last : new Error(`waitFor timed out: ${String(fn)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const visibleText = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();

/** The elements matching `selector` whose text contains `text`. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): E[] {
  return [...root.querySelectorAll<E>(selector)].filter((el) => (typeof text === "string" ? visibleText(el).includes(text) : text.test(visibleText(el))));
}

export function one<E extends Element = HTMLElement>(root: ParentNode, selector: string, text?: string | RegExp): E {
  const found = text === undefined ? [...root.querySelectorAll<E>(selector)] : byText<E>(root, selector, text);
  if (found.length !== 1) throw new Error(`expected one ${selector} ${text ?? ""}, found ${found.length}`);
  return found[0]!;
}

/** Is the element shown (not inside a [hidden] ancestor)? */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute("hidden")) return false;
  return true;
}

export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function check(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) input.click();
}
