/**
 * One GET of a JSON API, as every opt-in source client makes it (Wikidata, Wikiquote, fact-checks):
 * aborted after `timeoutMs`, and never throwing. What comes back is the HTTP answer (status, and
 * the body parsed as JSON when it is JSON) or why there was none: no answer in time, or no
 * connection at all. Each client reads the status and the body its own way (an API's error body
 * says more than its status).
 */
export interface HttpAnswer {
  status: number;
  /** The parsed body, or undefined when it is not JSON (an HTML error page, a cut-off answer). */
  json: unknown;
}

export type HttpResult = { ok: true; answer: HttpAnswer } | { ok: false; code: "timeout" | "network"; message: string };

export interface GetOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
}

export async function getJson(fetchFn: typeof fetch, url: string, { timeoutMs, headers }: GetOptions): Promise<HttpResult> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, { signal: ctrl.signal, headers: { accept: "application/json", ...headers } });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { ok: true, answer: { status: res.status, json } };
  } catch (e) {
    if (ctrl.signal.aborted) return { ok: false, code: "timeout", message: `no answer within ${timeoutMs} ms` };
    return { ok: false, code: "network", message: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}
