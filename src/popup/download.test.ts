// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadText } from "./download.ts";

afterEach(() => vi.restoreAllMocks());

describe("downloadText", () => {
  it("clicks a temporary <a download> on a Blob URL of the right type and removes it", async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test/1";
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute("href") ?? "", download: this.download });
    });
    vi.useFakeTimers();
    const name = downloadText("a,b\n1,2\n", "csv", new Date(2026, 10, 26));
    expect(name).toBe("sourcelight-memory-2026-11-26.csv");
    expect(clicked).toEqual([{ href: "blob:test/1", download: "sourcelight-memory-2026-11-26.csv" }]);
    expect(document.querySelector("a[download]")).toBeNull();
    expect(blobs[0]?.type).toBe("text/csv;charset=utf-8");
    expect(await blobs[0]?.text()).toBe("a,b\n1,2\n");
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith("blob:test/1");
    vi.useRealTimers();
  });
});
