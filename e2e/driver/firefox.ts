/**
 * Firefox: firefox-esr over WebDriver BiDi (../bidi). The add-on is installed as a temporary
 * add-on from the unpacked build; its moz-extension UUID is pinned by the profile, so the
 * extension origin is known without asking the browser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BidiClient } from "../bidi/client.ts";
import { launchFirefox } from "../bidi/firefox.ts";
import { BaseTab } from "./base-tab.ts";
import { descendantMemoryBytes } from "./memory.ts";
import { findTabId, openPopupTab } from "./shared.ts";
import type { ExtensionDriver, Tab } from "./types.ts";

/** A fixed, arbitrary UUID for the add-on's moz-extension:// host in test profiles. */
export const FIREFOX_EXTENSION_UUID = "5f1c2e0a-7b3d-4c8e-9a61-2d4b8e7f0c35";

/** WebDriver key values for the named keys specs use; single characters are sent as they are. */
const KEY_CODES: Record<string, string> = {
  Escape: "\uE00C",
  Enter: "\uE007",
  Tab: "\uE004",
  Backspace: "\uE003",
  Space: " ",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
  Shift: "\uE008",
  Control: "\uE009",
  Alt: "\uE00A",
  Home: "\uE011",
  End: "\uE010",
};

interface RemoteResult {
  type: "success" | "exception";
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string; lineNumber?: number; stackTrace?: unknown };
}

class FirefoxTab extends BaseTab {
  readonly browserName = "firefox" as const;
  private readonly lines: string[] = [];
  private readonly stopLogs: () => void;

  constructor(
    private readonly client: BidiClient,
    readonly context: string,
    private readonly onClose: (tab: FirefoxTab) => void,
  ) {
    super();
    this.stopLogs = client.onEvent((event) => {
      if (event.method !== "log.entryAdded") return;
      const source = event.params.source as { context?: string } | undefined;
      if (source?.context !== context) return;
      const entry = event.params as { type?: string; level?: string; text?: string; method?: string };
      this.lines.push(`[${entry.type === "javascript" ? "pageerror" : `console.${entry.method ?? entry.level}`}] ${entry.text ?? ""}`);
    });
  }

  async goto(url: string): Promise<void> {
    await this.client.send("browsingContext.navigate", { context: this.context, url, wait: "complete" });
  }

  async evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    // Arguments and results cross as one JSON string each, which keeps BiDi's RemoteValue
    // (de)serialisation out of the picture.
    const declaration = `async (argJson) => { const fn = (${fn.toString()}); const value = await fn(JSON.parse(argJson)); return JSON.stringify({ value }); }`;
    const answer = await this.client.send<RemoteResult>("script.callFunction", {
      functionDeclaration: declaration,
      arguments: [{ type: "string", value: JSON.stringify(arg ?? null) }],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: "none",
      userActivation: true,
    });
    if (answer.type === "exception") throw new Error(`evaluate: ${answer.exceptionDetails?.text ?? "exception"}`);
    const json = answer.result?.value;
    if (typeof json !== "string") throw new Error(`evaluate: unexpected result ${JSON.stringify(answer.result)}`);
    return (JSON.parse(json) as { value?: Awaited<R> }).value as Awaited<R>;
  }

  private pointer(actions: object[]): Promise<unknown> {
    return this.client.send("input.performActions", {
      context: this.context,
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }],
    });
  }

  async moveMouse(x: number, y: number): Promise<void> {
    await this.pointer([{ type: "pointerMove", x: Math.round(x), y: Math.round(y), duration: 0, origin: "viewport" }]);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.pointer([
      { type: "pointerMove", x: Math.round(x), y: Math.round(y), duration: 0, origin: "viewport" },
      { type: "pointerDown", button: 0 },
      { type: "pointerUp", button: 0 },
    ]);
  }

  private async keys(values: string[]): Promise<void> {
    const actions = values.flatMap((value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ]);
    await this.client.send("input.performActions", { context: this.context, actions: [{ type: "key", id: "keyboard", actions }] });
  }

  async press(key: string): Promise<void> {
    const value = KEY_CODES[key] ?? (key.length === 1 ? key : undefined);
    if (value === undefined) throw new Error(`press: no WebDriver key value for ${JSON.stringify(key)}`);
    await this.keys([value]);
  }

  async type(text: string): Promise<void> {
    await this.keys([...text]);
  }

  logs(): string[] {
    return [...this.lines];
  }

  async close(): Promise<void> {
    this.onClose(this);
    this.stopLogs();
    try {
      await this.client.send("browsingContext.close", { context: this.context });
    } catch {
      // Already closed (e.g. by the page itself).
    }
  }
}

export async function launchFirefoxDriver(extensionPath: string, proxyPort?: number): Promise<ExtensionDriver> {
  const manifest = JSON.parse(readFileSync(join(extensionPath, "manifest.json"), "utf8")) as Record<string, unknown>;
  const settings = manifest.browser_specific_settings as { gecko?: { id?: string } } | undefined;
  const geckoId = settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  const session = await launchFirefox({ extensionPath, geckoId, uuid: FIREFOX_EXTENSION_UUID, proxyPort });
  const { client } = session;
  await client.send("session.subscribe", { events: ["log.entryAdded"] });
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const tabs = new Set<FirefoxTab>();
  const open = async (url: string): Promise<Tab> => {
    const created = await client.send<{ context: string }>("browsingContext.create", { type: "tab" });
    const tab = new FirefoxTab(client, created.context, (closed) => tabs.delete(closed));
    tabs.add(tab);
    try {
      await tab.goto(url);
    } catch (error) {
      await tab.close();
      throw error;
    }
    return tab;
  };
  const driver: ExtensionDriver = {
    browserName: "firefox",
    extensionOrigin,
    manifest,
    open,
    openExtensionPage: (path) => open(`${extensionOrigin}/${path.replace(/^\//, "")}`),
    tabIdOf: (tab) => findTabId(driver, tab),
    openPopup: (forTab) => openPopupTab(driver, forTab),
    openTabs: () => [...tabs],
    memoryBytes: () => descendantMemoryBytes(),
    close: () => session.close(),
  };
  return driver;
}
