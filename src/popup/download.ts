/**
 * Hands an export to the browser as a file: a Blob URL on a temporary <a download>. No downloads
 * permission needed; the URL is revoked once the click has been dispatched (after a tick, because
 * Firefox starts reading the Blob asynchronously).
 */
import { exportFileName, exportMimeType, type ExportFormat } from "../ui/popup/export-file.ts";

export function downloadText(text: string, format: ExportFormat, now: Date = new Date(), doc: Document = document): string {
  const name = exportFileName(format, now);
  const url = URL.createObjectURL(new Blob([text], { type: exportMimeType(format) }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
