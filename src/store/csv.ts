/**
 * CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote,
 * CR or LF wrapped in double quotes with inner quotes doubled). Cells that a spreadsheet would
 * run as a formula (starting with = + - @, or a tab/CR that some apps strip first) get a leading
 * single quote: claims are text from web pages and must never become a formula on the reader's
 * machine (OWASP "CSV injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(",");
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [csvRow(header), ...rows.map(csvRow)].join("\r\n") + "\r\n";
}
