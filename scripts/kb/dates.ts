const MONTHS: Record<string, string> = {
  january: "01", february: "02", march: "03", april: "04", may: "05", june: "06",
  july: "07", august: "08", september: "09", october: "10", november: "11", december: "12",
};

/** "29 December 2022" → "2022-12-29", "June 2025" → "2025-06", "2014" → "2014"; else null. */
export function parseFactbookDate(s: string): string | null {
  const t = s.trim().replace(/^since\s+/i, "").replace(/,/g, "");
  let m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    return mo ? `${m[3]}-${mo}-${m[1]!.padStart(2, "0")}` : null;
  }
  m = /^([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    return mo ? `${m[2]}-${mo}` : null;
  }
  m = /^(\d{4})$/.exec(t);
  return m ? m[1]! : null;
}
