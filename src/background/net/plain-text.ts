/**
 * Text from a third party's field, as plain text: sources put markup where a string is expected
 * (a fact-check title with `<b>` or `&quot;`, a Wikiquote line with `<br />` or `&nbsp;`). Tags
 * are dropped (a `<br>` or block tag becomes a space), character references are decoded, and
 * whitespace is collapsed. The result is only ever rendered as text; this is for reading, not for
 * safety.
 */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  shy: "",
};

function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "";
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") return codePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) || whole;
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function plainText(s: string): string {
  return decodeEntities(s.replace(/<!--[\s\S]*?-->/g, "").replace(/<\/?(?:br|p|div|li|ul|ol|h\d)\b[^>]*>/gi, " ").replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}
