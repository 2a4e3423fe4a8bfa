/** Names and types of the files the reader exports (pure; the download itself is in popup/download.ts). */
export type ExportFormat = "json" | "csv";

const MIME: Record<ExportFormat, string> = {
  json: "application/json",
  csv: "text/csv",
};

/** "sourcelight-memory-2026-11-26.json": the local calendar date, so two exports sort by day. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `sourcelight-memory-${day}.${format}`;
}

export function exportMimeType(format: ExportFormat): string {
  return `${MIME[format]};charset=utf-8`;
}
