/**
 * Sourced quotations from an English Wikiquote person page, read from its wikitext (the MediaWiki
 * Action API's `action=parse&prop=wikitext&formatversion=2` answer: `{"parse": {"title",
 * "pageid", "wikitext"}}`; a missing page is `{"error": {"code": "missingtitle", …}}`).
 *
 * The page layout Wikiquote's guide asks for: an introduction, then level-2 sections — "Quotes"
 * (older pages: "Sourced"), often split into level-3 subsections by year or by work — then
 * "Disputed", "Misattributed", "Quotes about …", "See also", "External links". A quotation is a
 * top-level bullet (`* …`) and its source is the sub-bullet under it (`** …`).
 *
 * What counts as a sourced quote here: a top-level bullet in a section that is not one of the
 * doubtful or other-people sections, followed by a source line. Bullets without a source line
 * are left out (that is what "sourced" means on Wikiquote). Its date is the first date the
 * source line gives, else the year of the subsection it sits in. Its link is the source's own
 * address when the line or its reference gives one, else the quote's section on Wikiquote.
 *
 * Markup is reduced to plain text: references and templates go (a citation template's `url=`
 * is kept as the link), links keep their words, bold/italic marks and HTML go, character
 * references are decoded. The readers never throw.
 */
import type { SourcedQuote } from "../../shared/types.ts";
import { plainText } from "../net/plain-text.ts";

export const WIKIQUOTE_BASE = "https://en.wikiquote.org";

/** Sections whose bullets are not the person's sourced words. */
const NOT_QUOTES = /^(?:disputed|misattributed|attributed|unsourced|quotes? about\b|about\b|.*\bsaid about\b|see also|external links?|references|sources|notes|further reading|bibliography)/i;

/** Quotations longer than this are cut at a word (a card is not the place for a speech). */
export const MAX_QUOTE_CHARS = 320;

export type WikiquotePage = { title: string; wikitext: string } | { missing: true };

export function readParse(body: unknown): WikiquotePage | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.error === "object" && b.error !== null) {
    const code = (b.error as Record<string, unknown>).code;
    return code === "missingtitle" || code === "invalidtitle" ? { missing: true } : null;
  }
  const parse = b.parse as Record<string, unknown> | undefined;
  if (typeof parse !== "object" || parse === null) return null;
  // formatversion=2 gives the text itself; formatversion=1 wraps it as {"*": text}.
  const raw = parse.wikitext;
  const wikitext = typeof raw === "string" ? raw : typeof raw === "object" && raw !== null && typeof (raw as Record<string, unknown>)["*"] === "string" ? ((raw as Record<string, unknown>)["*"] as string) : null;
  if (wikitext === null || typeof parse.title !== "string") return null;
  return { title: parse.title, wikitext };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** The first date a text gives, as ISO at its precision ("2019-10-09", "2019-10", "2019"). */
export function firstDate(text: string): string | null {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, "i"), (m) => `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i"), (m) => `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "i"), (m) => `${m[2]}-${pad(monthOf(m[1]!))}`],
    [/\b(1[5-9]\d{2}|20\d{2})\b(?!s)/, (m) => m[1]!],
  ];
  let best: { at: number; iso: string } | null = null;
  for (const [re, iso] of patterns) {
    const m = re.exec(text);
    // The earliest date in the line; at the same place, the most precise pattern (listed first).
    if (m && (!best || m.index < best.at)) best = { at: m.index, iso: iso(m) };
  }
  return best?.iso ?? null;
}

/** Removes `{{…}}` templates (nested), handing each to `seen` first. */
function dropTemplates(s: string, seen: (template: string) => void): string {
  let out = s;
  for (let guard = 0; guard < 20 && out.includes("{{"); guard++) {
    const next = out.replace(/\{\{([^{}]*)\}\}/g, (_, body: string) => {
      seen(body);
      return "";
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A wikitext fragment as plain text, with the first external address it links to. */
export function wikiText(s: string): { text: string; url: string | null } {
  let url: string | null = null;
  const keep = (u: string | undefined) => {
    if (!url && u && /^https?:\/\//i.test(u)) url = u.trim();
  };
  let t = s
    .replace(/<ref[^>]*\/>/gi, "")
    .replace(/<ref[^>]*>([\s\S]*?)<\/ref>/gi, (_, inner: string) => {
      dropTemplates(inner, (body) => keep(/\|\s*url\s*=\s*([^|}\s]+)/i.exec(body)?.[1]));
      keep(/\[(https?:\/\/[^\s\]]+)/i.exec(inner)?.[1]);
      return "";
    });
  t = dropTemplates(t, (body) => keep(/\|\s*url\s*=\s*([^|}\s]+)/i.exec(body)?.[1]));
  t = t
    .replace(/\[\[(?:File|Image|Category):[^\]]*\]\]/gi, "")
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
    .replace(/\[\[([^\]]*)\]\]/g, "$1")
    .replace(/\[(https?:\/\/[^\s\]]+)(?:\s+([^\]]*))?\]/gi, (_, u: string, words?: string) => {
      keep(u);
      return words ?? "";
    })
    .replace(/'{2,}/g, "");
  return { text: plainText(t), url };
}

function cut(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const head = text.slice(0, MAX_QUOTE_CHARS - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > MAX_QUOTE_CHARS * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

function anchor(heading: string): string {
  return encodeURIComponent(heading.replace(/ /g, "_")).replace(/%3A/gi, ":");
}

/** Every sourced quote of a page, in page order (see the module header). */
export function sourcedQuotes(title: string, wikitext: string): SourcedQuote[] {
  const pageUrl = `${WIKIQUOTE_BASE}/wiki/${encodeURIComponent(title.replace(/ /g, "_"))}`;
  const out: SourcedQuote[] = [];
  let inQuotes = false;
  let section = "";
  let sectionYear: string | null = null;
  let pending: { text: string; section: string; year: string | null } | null = null;
  const lines = wikitext.replace(/<!--[\s\S]*?-->/g, "").split("\n");
  for (const raw of lines) {
    const line = raw.trim();
    const heading = /^(={2,6})\s*(.*?)\s*\1$/.exec(line);
    if (heading) {
      pending = null;
      const level = heading[1]!.length;
      const name = wikiText(heading[2]!).text;
      if (level === 2) inQuotes = !NOT_QUOTES.test(name);
      section = name;
      const year = /\b(1[5-9]\d{2}|20\d{2})\b(?!s)/.exec(name)?.[1] ?? null;
      sectionYear = level === 2 ? year : (year ?? (level > 2 ? sectionYear : null));
      continue;
    }
    if (!inQuotes) continue;
    if (/^\*:/.test(line)) continue; // a quote's next paragraph
    if (/^\*\*/.test(line)) {
      if (!pending) continue;
      const source = wikiText(line.replace(/^\*+/, ""));
      if (source.text) {
        out.push({
          text: cut(pending.text),
          source: source.text,
          url: source.url ?? `${pageUrl}#${anchor(pending.section)}`,
          date: firstDate(source.text) ?? pending.year,
        });
      }
      pending = null;
    } else if (/^\*/.test(line)) {
      const quote = wikiText(line.replace(/^\*/, "")).text;
      pending = quote ? { text: quote, section, year: sectionYear } : null;
    } else if (line !== "" && !/^[:#;]/.test(line)) {
      pending = null;
    }
  }
  return out;
}

/** Newest dated quotes first (a year counts as its 1st of January), then undated ones in page order. */
export function newestFirst(quotes: readonly SourcedQuote[]): SourcedQuote[] {
  const dated = quotes.filter((q) => q.date !== null).sort((a, b) => b.date!.padEnd(10, "-").localeCompare(a.date!.padEnd(10, "-")));
  return [...dated, ...quotes.filter((q) => q.date === null)];
}
