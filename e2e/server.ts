/**
 * The fixture site: a static server on 127.0.0.1 (free port) for e2e/fixtures/pages.
 *   /<slug>/            → pages/<slug>/page.html
 *   /<slug>/<path.ext>  → pages/<slug>/<path.ext> (images, scripts)
 *   /<slug>/<path>      → pages/<slug>/page.html when <path> has no extension (SPA routes, so a
 *                         reload after history.pushState still gets the app)
 *   ?csp=strict         → the same, under a Content-Security-Policy that allows no script and no
 *                         style of any origin (the extension must still read and paint)
 * Nothing else is served; no network beyond loopback.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PAGES_DIR = fileURLToPath(new URL("./fixtures/pages/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".txt": "text/plain; charset=utf-8",
};

/** No script, style, connection, frame or font from anywhere; images from the site only. */
export const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'self'";

export interface FixtureServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  readonly origin: string;
  /** The address of a fixture page: `url("ynet-style")`, `url("spa", "story/2")`. */
  url(slug: string, path?: string): string;
  close(): Promise<void>;
}

async function resolveFile(pathname: string): Promise<string | null> {
  const parts = decodeURIComponent(pathname).split("/").filter(Boolean);
  const slug = parts[0];
  if (!slug) return null;
  const rest = parts.slice(1).join("/");
  const slugDir = join(PAGES_DIR, slug);
  const candidate = normalize(join(slugDir, rest || "page.html"));
  if (!candidate.startsWith(slugDir + sep) && candidate !== slugDir) return null;
  const target = rest && !extname(rest) ? join(slugDir, "page.html") : candidate;
  try {
    return (await stat(target)).isFile() ? target : null;
  } catch {
    return null;
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? "/", "http://127.0.0.1");
    if (pathname === "/favicon.ico") {
      // Browsers ask for it on every page; a 404 would be noise in the tabs' console logs.
      response.writeHead(204).end();
      return;
    }
    void resolveFile(pathname).then(async (file) => {
      if (!file) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        response.end(`no fixture at ${pathname}\n`);
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(searchParams.get("csp") === "strict" ? { "content-security-policy": STRICT_CSP } : {}),
      });
      response.end(body);
    }).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server: no TCP address");
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (slug, path = "") => `${origin}/${slug}/${path.replace(/^\//, "")}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
