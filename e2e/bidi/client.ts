/**
 * A minimal WebDriver BiDi client over `ws`: commands are JSON {id, method, params} answered by
 * {id, type: "success" | "error"}; everything else is an event. Only what the e2e driver uses is
 * typed; the protocol itself is at https://w3c.github.io/webdriver-bidi/.
 *
 * Why not puppeteer-core or Playwright's moz-firefox channel: see shared browser-testing notes —
 * the former never resolves a goto to moz-extension pages, the latter cannot launch ESR 153.
 */
import WebSocket from "ws";

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  method: string;
}

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    message: string,
  ) {
    super(`${method}: ${code}: ${message}`);
  }
}

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();
  private closedError: Error | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data) => this.onMessage(String(data)));
    socket.on("close", () => this.failAll(new Error("BiDi socket closed")));
    socket.on("error", (error) => this.failAll(error instanceof Error ? error : new Error(String(error))));
  }

  static async connect(url: string, timeoutMs = 15_000): Promise<BidiClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`BiDi: no connection to ${url} in ${timeoutMs} ms`)), timeoutMs);
      socket.once("open", () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return new BidiClient(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Subscribe to every event; returns the unsubscribe function. */
  onEvent(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolve with the first event of `method` that `predicate` accepts. */
  waitForEvent(method: string, predicate: (params: Record<string, unknown>) => boolean, timeoutMs: number): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`BiDi: no ${method} event in ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onEvent((event) => {
        if (event.method !== method || !predicate(event.params)) return;
        clearTimeout(timer);
        off();
        resolve(event.params);
      });
    });
  }

  close(): void {
    this.socket.close();
  }

  private onMessage(raw: string): void {
    let message: { id?: number; type?: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof message.id === "number") {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === "error") pending.reject(new BidiError(pending.method, message.error ?? "error", message.message ?? ""));
      else pending.resolve(message.result);
      return;
    }
    if (message.type === "event" && typeof message.method === "string") {
      const event = { method: message.method, params: message.params ?? {} };
      for (const listener of this.listeners) listener(event);
    }
  }

  private failAll(error: Error): void {
    this.closedError ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
