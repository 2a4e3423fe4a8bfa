/**
 * Starts Debian's firefox-esr headless with a throw-away profile and WebDriver BiDi on a free port,
 * opens a BiDi session and installs the built extension as a temporary add-on (or none: a bare
 * browser to compare with, as npm run eval:pages does).
 *
 * The profile pins the add-on's moz-extension UUID (extensions.webextensions.uuids), so the popup
 * address is known before install, and grants host permissions by default (without that, Firefox
 * MV3 content scripts never run until the user clicks the toolbar).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BidiClient } from "./client.ts";

export const FIREFOX_PATH = process.env.SRCL_FIREFOX ?? "/usr/bin/firefox-esr";

export interface FirefoxOptions {
  /** The unpacked build to install; null for a browser without it. */
  extensionPath: string | null;
  geckoId: string;
  /** The moz-extension host the add-on gets. */
  uuid: string;
  /** Send every non-loopback request to the e2e network stub on this port (e2e/net/stub.ts). */
  proxyPort?: number;
  startTimeoutMs?: number;
  /** More profile preferences (e.g. a proxy that keeps every request on this machine). */
  prefs?: Record<string, string | number | boolean>;
}

export interface FirefoxSession {
  client: BidiClient;
  process: ChildProcess;
  /** The id BiDi gives the installed extension (null without one). */
  extensionId: string | null;
  /** Last lines Firefox wrote to stderr (for failure messages). */
  stderrTail(): string;
  close(): Promise<void>;
}

function userPrefs(geckoId: string, uuid: string, proxyPort?: number, extra: Record<string, string | number | boolean> = {}): string {
  const prefs: Record<string, string | number | boolean> = {
    // An optional permission is granted without its prompt, which no driver can click: the
    // options page's opt-ins run as a reader's click would have them (e2e/sources.spec.ts).
    "extensions.webextOptionalPermissionPrompts": false,
    // Every request but loopback goes to the network stub; its certificate is accepted through
    // the BiDi session's acceptInsecureCerts.
    ...(proxyPort
      ? { "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": proxyPort, "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": proxyPort }
      : {}),
    "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: uuid }),
    "extensions.originControls.grantByDefault": true,
    // A quiet, offline-friendly browser: nothing may reach the network during tests.
    "app.update.disabledForTesting": true,
    "browser.shell.checkDefaultBrowser": false,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.startup.page": 0,
    "browser.newtabpage.enabled": false,
    "browser.aboutwelcome.enabled": false,
    "browser.safebrowsing.malware.enabled": false,
    "browser.safebrowsing.phishing.enabled": false,
    "browser.safebrowsing.downloads.enabled": false,
    "browser.safebrowsing.update.enabled": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "datareporting.healthreport.uploadEnabled": false,
    "toolkit.telemetry.enabled": false,
    "toolkit.telemetry.server": "",
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
    "extensions.update.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    "extensions.blocklist.enabled": false,
    "services.settings.server": "http://127.0.0.1:9/",
    "dom.ipc.reportProcessHangs": false,
    "browser.tabs.warnOnClose": false,
    "browser.warnOnQuit": false,
    ...extra,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join("\n");
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), "srcl-ff-"));
  writeFileSync(join(profile, "user.js"), userPrefs(options.geckoId, options.uuid, options.proxyPort, options.prefs) + "\n");
  const child = spawn(
    FIREFOX_PATH,
    ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "--remote-allow-system-access"],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" } },
  );
  const tail: string[] = [];
  const wsUrl = await new Promise<string>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 30_000;
    const timer = setTimeout(() => reject(new Error(`firefox: no BiDi address in ${timeoutMs} ms\n${tail.join("\n")}`)), timeoutMs);
    let buffer = "";
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`firefox exited (${code}) before BiDi was ready\n${tail.join("\n")}`));
    });
  });

  const close = async (): Promise<void> => {
    try {
      await client?.send("browser.close", {}, 5_000);
    } catch {
      // Already gone, or refused: the kill below ends it either way.
    }
    client?.close();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  let client: BidiClient | undefined;
  try {
    client = await BidiClient.connect(`${wsUrl}/session`);
    await client.send("session.new", { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const installed = options.extensionPath
      ? await client.send<{ extension: string }>("webExtension.install", { extensionData: { type: "path", path: options.extensionPath } })
      : null;
    return { client, process: child, extensionId: installed?.extension ?? null, stderrTail: () => tail.join("\n"), close };
  } catch (error) {
    await close();
    throw error;
  }
}
