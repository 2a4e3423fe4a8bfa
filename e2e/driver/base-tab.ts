/**
 * What both Tab implementations share: everything that is "run a function in the page, then move
 * a real pointer or press a real key". Subclasses supply the four primitives.
 */
import { TEST_REQUEST_EVENT, TEST_RESPONSE_EVENT, TEST_STATUS_ATTR, type TestCommands, type TestStatus } from "../../src/shared/test-hooks.ts";
import type { BrowserName, HookCommand, HookResponse, Rect, Tab } from "./types.ts";

export const DEFAULT_WAIT_MS = 10_000;

export abstract class BaseTab implements Tab {
  abstract readonly browserName: BrowserName;
  abstract goto(url: string): Promise<void>;
  abstract evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  abstract moveMouse(x: number, y: number): Promise<void>;
  abstract clickAt(x: number, y: number): Promise<void>;
  abstract press(key: string): Promise<void>;
  abstract type(text: string): Promise<void>;
  abstract logs(): string[];
  abstract close(): Promise<void>;

  evaluateExpression<R = unknown>(expression: string): Promise<R> {
    // The expression becomes the body of a function, so both drivers take the same path.
    return this.evaluate((source) => (0, eval)(source) as unknown, expression) as Promise<R>;
  }

  url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  async waitFor<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = DEFAULT_WAIT_MS): Promise<Awaited<R>> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      last = await this.evaluate(fn, arg);
      if (last) return last as Awaited<R>;
      if (Date.now() > deadline) throw new Error(`waitFor: still ${JSON.stringify(last)} after ${timeoutMs} ms: ${fn.toString().slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async waitForStatus(statuses: TestStatus | TestStatus[], timeoutMs = DEFAULT_WAIT_MS): Promise<TestStatus> {
    const wanted = Array.isArray(statuses) ? statuses : [statuses];
    // One in-page wait (a MutationObserver on <html>) instead of many round trips.
    const reached = await this.evaluate(
      ({ attr, wanted, timeoutMs }) =>
        new Promise<{ status: string | null; isReached: boolean }>((resolve) => {
          const root = document.documentElement;
          const read = () => root.getAttribute(attr);
          const isWanted = () => (wanted as string[]).includes(read() ?? "");
          if (isWanted()) return resolve({ status: read(), isReached: true });
          const observer = new MutationObserver(() => {
            if (!isWanted()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve({ status: read(), isReached: true });
          });
          observer.observe(root, { attributes: true, attributeFilter: [attr] });
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve({ status: read(), isReached: false });
          }, timeoutMs);
        }),
      { attr: TEST_STATUS_ATTR, wanted, timeoutMs },
    );
    if (!reached.isReached) {
      throw new Error(`waitForStatus: <html ${TEST_STATUS_ATTR}> is ${JSON.stringify(reached.status)} after ${timeoutMs} ms, wanted ${wanted.join(" | ")}`);
    }
    return reached.status as TestStatus;
  }

  async hook<C extends HookCommand>(cmd: C, arg: TestCommands[C]["arg"]): Promise<TestCommands[C]["result"]> {
    const response = await this.hookRaw(cmd, arg);
    if (!response.ok) throw new Error(`test hook ${cmd}: ${response.error}`);
    return response.value as TestCommands[C]["result"];
  }

  hookRaw(cmd: string, arg: unknown, timeoutMs = 5_000): Promise<HookResponse> {
    return this.evaluate(
      ({ cmd, arg, timeoutMs, requestEvent, responseEvent }) =>
        new Promise<HookResponse>((resolve) => {
          const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
          const onResponse = (event: Event) => {
            const detail = (event as CustomEvent<unknown>).detail;
            if (typeof detail !== "string") return;
            let answer: { id?: string; ok?: boolean; value?: unknown; error?: string };
            try {
              answer = JSON.parse(detail);
            } catch {
              return;
            }
            if (answer.id !== id) return;
            document.removeEventListener(responseEvent, onResponse);
            clearTimeout(timer);
            resolve(answer.ok ? { ok: true, value: answer.value ?? null } : { ok: false, error: String(answer.error ?? "hook answered ok:false without an error") });
          };
          const timer = setTimeout(() => {
            document.removeEventListener(responseEvent, onResponse);
            resolve({ ok: false, error: `no answer from the content script's test hook in ${timeoutMs} ms (is this a test build? is the content script running?)` });
          }, timeoutMs);
          document.addEventListener(responseEvent, onResponse);
          document.dispatchEvent(new CustomEvent(requestEvent, { detail: JSON.stringify({ id, cmd, arg }) }));
        }),
      { cmd, arg: arg ?? null, timeoutMs, requestEvent: TEST_REQUEST_EVENT, responseEvent: TEST_RESPONSE_EVENT },
    );
  }

  async hover(selector: string): Promise<void> {
    const rect = await this.elementRect(selector);
    await this.moveMouse(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  async hoverText(text: string, options: { within?: string; nth?: number } = {}): Promise<void> {
    const rect = await this.evaluate(
      ({ text, within, nth }) => {
        const root = within ? document.querySelector(within) : document.body;
        if (!root) return { error: `no element matches ${within}` };
        // Concatenate the text nodes so a name split across nodes (e.g. by a highlighter's
        // wrapper element) is still found, then map the match back to a Range.
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const starts: number[] = [];
        let all = "";
        for (const node of nodes) {
          starts.push(all.length);
          all += node.data;
        }
        let index = -1;
        for (let i = 0; i <= nth; i++) {
          index = all.indexOf(text, index + 1);
          if (index < 0) return { error: `occurrence ${nth} of ${JSON.stringify(text)} not found in ${within ?? "body"}` };
        }
        const locate = (offset: number, isEnd: boolean) => {
          for (let i = nodes.length - 1; i >= 0; i--) {
            const start = starts[i]!;
            if (isEnd ? start < offset : start <= offset) return { node: nodes[i]!, offset: offset - start };
          }
          return { node: nodes[0]!, offset: 0 };
        };
        const from = locate(index, false);
        const to = locate(index + text.length, true);
        const range = document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        from.node.parentElement?.scrollIntoView({ block: "center", inline: "nearest" });
        const box = range.getClientRects()[0];
        if (!box) return { error: `${JSON.stringify(text)} has no layout box` };
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      },
      { text, within: options.within ?? null, nth: options.nth ?? 0 },
    );
    if ("error" in rect) throw new Error(`hoverText: ${rect.error}`);
    await this.moveMouse(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  async click(selector: string): Promise<void> {
    const rect = await this.elementRect(selector);
    await this.clickAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  async focus(selector: string): Promise<void> {
    const found = await this.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!(element instanceof HTMLElement)) return false;
      element.focus();
      return document.activeElement === element;
    }, selector);
    if (!found) throw new Error(`focus: no focusable element matches ${selector}`);
  }

  protected async elementRect(selector: string): Promise<Rect> {
    const rect = await this.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      element.scrollIntoView({ block: "center", inline: "nearest" });
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }, selector);
    if (!rect) throw new Error(`no element matches ${selector}`);
    if (rect.width === 0 && rect.height === 0) throw new Error(`${selector} has an empty layout box`);
    return rect;
  }
}
