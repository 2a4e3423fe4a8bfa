/**
 * An invalidation-aware lifecycle for the content script (WXT's ContentScriptContext and
 * refined-github's feature manager): every timer, listener and observer is
 * registered here and stops when the context is aborted — on extension update/unload (the
 * runtime disappears), on SPA navigation (a location change of our own making: the Navigation
 * API where present, else history hooks plus popstate), and on pagehide.
 *
 * A context is one "reading" of one URL. On a location change the current context aborts and
 * the bootstrap starts a new one for the new article.
 */
import browser from "webextension-polyfill";

export class ContentContext {
  readonly #controller = new AbortController();
  readonly #cleanups: (() => void)[] = [];

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isValid(): boolean {
    if (this.#controller.signal.aborted) return false;
    // After an extension update or removal the old script's runtime loses its id.
    try {
      if (!browser.runtime?.id) {
        this.abort("extension context invalidated");
        return false;
      }
    } catch {
      this.abort("extension context invalidated");
      return false;
    }
    return true;
  }

  abort(reason = "aborted"): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort(reason);
    for (const cleanup of this.#cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // a cleanup must never stop the others
      }
    }
  }

  onAbort(cleanup: () => void): void {
    if (this.#controller.signal.aborted) cleanup();
    else this.#cleanups.push(cleanup);
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = window.setTimeout(() => this.isValid && fn(), ms);
    this.onAbort(() => window.clearTimeout(id));
    return id;
  }

  requestAnimationFrame(fn: () => void): number {
    const id = window.requestAnimationFrame(() => this.isValid && fn());
    this.onAbort(() => window.cancelAnimationFrame(id));
    return id;
  }

  /**
   * Gives the page its turn — input, rendering and its queued tasks — and resumes right after
   * (scheduler.yield where the browser has it, else a zero-delay timer), without waiting for an
   * idle period, which on a busy page can be a long wait. Never settles once aborted.
   */
  yieldToPage(): Promise<void> {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof scheduler?.yield === "function") {
      return scheduler.yield().then(() => (this.isValid ? undefined : new Promise<void>(() => undefined)));
    }
    // A plain timer: one per slice, so no abort cleanup is registered for each.
    return new Promise((resolve) => window.setTimeout(() => this.isValid && resolve(), 0));
  }

  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    listener: (ev: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (ev: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(target: EventTarget, type: string, listener: (ev: Event) => void, options?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, listener: (ev: Event) => void, options: AddEventListenerOptions = {}): void {
    const guarded = (ev: Event) => {
      if (this.isValid) listener(ev);
    };
    target.addEventListener(type, guarded, { ...options, signal: this.signal });
  }

  observe(observer: MutationObserver, target: Node, init: MutationObserverInit): void {
    observer.observe(target, init);
    this.onAbort(() => observer.disconnect());
  }
}

const LOCATION_POLL_MS = 1000;

/**
 * Calls `onChange` when the page's URL changes without a load (SPA navigation). With the
 * Navigation API (Chromium, Firefox 147+) its events cover every same-document navigation,
 * history.pushState included: no timer runs on the page. Without it, popstate/hashchange and a
 * cheap poll for history.pushState (content scripts cannot patch the page's history object).
 * Returns the stop function.
 */
export function watchLocation(onChange: (url: string) => void): () => void {
  // A change of the fragment alone (#section links) is not a new article.
  const current = () => location.href.split("#")[0]!;
  let last = current();
  const check = () => {
    if (current() !== last) {
      last = current();
      onChange(location.href);
    }
  };
  const controller = new AbortController();
  const { signal } = controller;
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === "function") {
    // currententrychange follows pushState/replaceState and traversals once the URL is updated;
    // navigatesuccess also follows navigations a page intercepts and finishes later.
    nav.addEventListener("currententrychange", check, { signal });
    nav.addEventListener("navigatesuccess", () => queueMicrotask(check), { signal });
    return () => controller.abort();
  }
  window.addEventListener("popstate", check, { signal });
  window.addEventListener("hashchange", check, { signal });
  const timer = window.setInterval(check, LOCATION_POLL_MS);
  return () => {
    controller.abort();
    window.clearInterval(timer);
  };
}
