/**
 * The e2e network stub: an HTTP proxy on 127.0.0.1 that both browsers send every request to
 * (Chromium: --proxy-server; Firefox: network.proxy.* prefs; loopback, where the fixture site
 * lives, is never proxied). It is the browser-level request interception of the e2e suite:
 *
 * - every request the browser makes to any host is recorded, so a spec can assert that none went
 *   to a source's host (`sourceRequests()`), whatever part of the extension might have made it;
 * - requests to the three source hosts (Fact Check Tools, Wikidata, Wikiquote) are answered from
 *   the recorded fixtures (src/background/sources/__fixtures__/routes.ts): the proxy accepts the
 *   CONNECT, ends TLS itself with a self-signed test certificate for those names (test-cert.pem;
 *   the browsers are told to accept it: Chromium --ignore-certificate-errors, Firefox the BiDi
 *   session's acceptInsecureCerts) and answers the request inside;
 * - anything else is refused (no network beyond loopback in tests).
 *
 * Playwright's own routing would only cover Chromium, and WebDriver BiDi's network interception in
 * firefox-esr 153 does not see an extension's background requests (both tried); a proxy sees both.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import type { Socket } from "node:net";
import { TLSSocket } from "node:tls";
import { STUBBED_HOSTS, stubAnswer } from "../../src/background/sources/__fixtures__/routes.ts";

const CERT = readFileSync(new URL("./test-cert.pem", import.meta.url));
const KEY = readFileSync(new URL("./test-key.pem", import.meta.url));

export interface StubRequest {
  /** "https://host/path?query" for a request answered inside a tunnel; "CONNECT host:port" for each tunnel asked. */
  url: string;
  host: string;
  at: number;
}

export interface NetStub {
  readonly port: number;
  /** Everything the browser asked for since the last `clear()`. */
  requests(): StubRequest[];
  /** Everything addressed to the opt-in sources' hosts: tunnels asked and requests made. */
  sourceRequests(): StubRequest[];
  /** The requests answered to the sources' hosts (full URLs, tunnels left out). */
  sourceCalls(): URL[];
  clear(): void;
  close(): Promise<void>;
}

export async function startNetStub(): Promise<NetStub> {
  let seen: StubRequest[] = [];
  const record = (url: string, host: string) => seen.push({ url, host, at: Date.now() });

  // Requests arriving inside a terminated TLS tunnel.
  const inner = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? "").replace(/:443$/, "");
    const url = new URL(req.url ?? "/", `https://${host}`);
    record(url.href, url.hostname);
    const answer = stubAnswer(url);
    if (!answer) {
      res.writeHead(502).end();
      return;
    }
    res.writeHead(answer.status, {
      "content-type": answer.contentType,
      // As the real services do for anonymous CORS (Wikimedia's origin=*; Google APIs with a key).
      "access-control-allow-origin": "*",
      "cache-control": "no-store",
    });
    res.end(answer.body);
  });

  const proxy: Server = createServer((req, res) => {
    // A plain-HTTP request through the proxy: nothing we serve.
    const url = req.url ?? "";
    record(url, (() => {
      try {
        return new URL(url).hostname;
      } catch {
        return "";
      }
    })());
    res.writeHead(502).end();
  });
  proxy.on("connect", (req: IncomingMessage, socket: Socket) => {
    const [host = "", port = "443"] = (req.url ?? "").split(":");
    socket.on("error", () => undefined);
    record(`CONNECT ${req.url ?? ""}`, host);
    if (!(STUBBED_HOSTS as readonly string[]).includes(host) || port !== "443") {
      socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
      return;
    }
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    const tls = new TLSSocket(socket, { isServer: true, cert: CERT, key: KEY, ALPNProtocols: ["http/1.1"] });
    tls.on("error", () => undefined);
    inner.emit("connection", tls);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once("error", reject);
    proxy.listen(0, "127.0.0.1", () => resolve());
  });
  const address = proxy.address();
  if (!address || typeof address === "string") throw new Error("net stub: no TCP address");
  return {
    port: address.port,
    requests: () => [...seen],
    sourceRequests: () => seen.filter((r) => (STUBBED_HOSTS as readonly string[]).includes(r.host)),
    sourceCalls: () => seen.filter((r) => r.url.startsWith("https://") && (STUBBED_HOSTS as readonly string[]).includes(r.host)).map((r) => new URL(r.url)),
    clear: () => {
      seen = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        inner.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
