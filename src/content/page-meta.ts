/**
 * Reads what the page says about itself: canonical URL (<link rel=canonical>, og:url), title,
 * outlet, published date and language, JSON-LD first (as Readability does), then og:/meta, then
 * the document. Pure DOM reads; works on a live document and on a parsed one (linkedom, CLI).
 *
 * The publication date is looked for hard, and only a plausible one is taken (src/shared/dates.ts:
 * no placeholder, nothing before 1800 or in the future): JSON-LD (datePublished, dateCreated),
 * the metas publishers and CMSes write (PUBLISHED_METAS), microdata (itemprop=datePublished),
 * <time pubdate> and <time datetime> in the article, a full date in the page's address, and
 * last a dateline the article's visible text states near its top ("March 14, 2019" in an element
 * whose class or id says date, time, published or dateline).
 * The language is the one the page declares (<html lang>, Content-Language, og:locale, JSON-LD
 * inLanguage); what the text itself says is decided by the reader (src/extract/language.ts).
 */
import { dateFromText, dateFromUrl, plausibleDate } from "../shared/dates.ts";
import type { PageMeta } from "../shared/types.ts";

const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "liveblogposting",
  "blogposting",
  "report",
]);

type JsonLd = Record<string, unknown>;

/** Every JSON-LD object on the page, flattening @graph and arrays; malformed blocks are skipped. */
export function readJsonLd(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as JsonLd;
    out.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? "";
    if (raw.length > 500_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // broken JSON-LD is common; the other sources still work
    }
  }
  return out;
}

const typesOf = (o: JsonLd): string[] => {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase());
};

export function articleJsonLd(doc: Document, ld = readJsonLd(doc)): JsonLd | null {
  return ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

/** What the page says about itself in <meta> tags and JSON-LD: read once per reading, shared by
 *  the gate and readPageMeta. */
export interface HeadFacts {
  /** Each meta property or name → the content of its first non-empty <meta>. */
  metas: Map<string, string>;
  ld: JsonLd[];
}

export function readHeadFacts(doc: Document): HeadFacts {
  // One pass over the page's metas (a querySelector per key scanned the whole page for each absent one).
  // Keys are lower case: sites write "DC.date.issued", "dc.date.issued", "Article:Published_time".
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta[content]"))) {
    const v = el.getAttribute("content")?.trim();
    if (!v) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, v);
    }
  }
  return { metas, ld: readJsonLd(doc) };
}

const str = (v: unknown): string | null => {
  if (typeof v === "string" && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str((v as JsonLd).name);
  return null;
};

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** Metas that hold a publication date, most specific first (lower case, as readHeadFacts keys them). */
const PUBLISHED_METAS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "datepublished",
  "published_time",
  "publish_date",
  "publish-date",
  "publishdate",
  "pubdate",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "originalpublicationdate",
  "cxenseparse:recs:publishtime",
  "date",
  "dc.date",
];

/** Class and id words of an element that states the article's date in words. */
const DATELINE_WORDS = /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|publish-date|article-date|byline|meta)(?:$|[\s_-])/i;
/** Elements looked at for a visible date, at most. */
const MAX_DATELINES = 24;

/** The first plausible date of `values` (ISO), or null. */
function firstPlausible(values: Iterable<string | null | undefined>): string | null {
  for (const v of values) {
    const iso = plausibleDate(v);
    if (iso) return iso;
  }
  return null;
}

/** A date the article's text states near its top, in an element that says it holds the date. */
function visibleDate(scope: Element): string | null {
  let looked = 0;
  for (const el of Array.from(scope.querySelectorAll("time, [class], [id]"))) {
    if (el.tagName.toUpperCase() !== "TIME" && !DATELINE_WORDS.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`)) continue;
    const date = dateFromText(el.textContent);
    if (date) return date;
    if (++looked >= MAX_DATELINES) break;
  }
  return null;
}

/**
 * The article's publication date (ISO), looked for in this order: JSON-LD, metas, microdata,
 * <time> in the article, the address, a visible dateline. null when no source gives a plausible one.
 */
export function publishedDate(doc: Document, facts: HeadFacts, addresses: (string | null)[], root: Element | null = null): string | null {
  // The article's JSON-LD, else the page's own (a WebPage); never a teaser list's items.
  const ld = articleJsonLd(doc, facts.ld) ?? facts.ld.find((o) => typesOf(o).some((t) => t === "webpage" || t === "itempage")) ?? null;
  const scope = root?.closest("article") ?? root?.parentElement ?? doc.body;
  const micro = (within: ParentNode | null) =>
    within ? Array.from(within.querySelectorAll('[itemprop~="datePublished"]'), (el) => el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent) : [];
  const times = (within: ParentNode | null) =>
    within ? Array.from(within.querySelectorAll("time[pubdate], time[datetime]"), (t) => t.getAttribute("datetime") ?? t.textContent) : [];
  return (
    firstPlausible([str(ld?.datePublished), str(ld?.dateCreated)]) ??
    firstPlausible(PUBLISHED_METAS.map((key) => facts.metas.get(key))) ??
    firstPlausible(micro(scope)) ??
    firstPlausible(micro(doc)) ??
    firstPlausible(times(scope)) ??
    firstPlausible(times(doc)) ??
    firstPlausible(addresses.map((a) => atNoon(dateFromUrl(a)))) ??
    (scope ? plausibleDate(atNoon(visibleDate(scope))) : null)
  );
}

/** A day without a time (an address, a dateline) as noon UTC: the same calendar day wherever the
 *  reader is (midnight UTC is the day before in the Americas). */
function atNoon(day: string | null): string | null {
  return day ? `${day}T12:00:00Z` : null;
}

/** The language the page declares, as written (a BCP 47 tag or a locale), or null. */
function declaredLanguage(doc: Document, facts: HeadFacts, ld: JsonLd | null): string | null {
  const html = doc.documentElement?.getAttribute("lang")?.trim() || doc.documentElement?.getAttribute("xml:lang")?.trim();
  return html || facts.metas.get("content-language") || facts.metas.get("og:locale") || str(ld?.inLanguage) || null;
}

export function readPageMeta(doc: Document, url: string, facts: HeadFacts = readHeadFacts(doc), root: Element | null = null): PageMeta {
  const ld = articleJsonLd(doc, facts.ld);
  const meta = (key: string) => facts.metas.get(key) ?? null;
  const canonical =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null, url) ??
    absolute(meta("og:url"), url) ??
    absolute(str(ld?.url), url) ??
    url.split("#")[0]!;
  const title =
    str(ld?.headline) ?? meta("og:title") ?? meta("twitter:title") ?? (doc.querySelector("h1")?.textContent?.trim() || doc.title || canonical);
  let host = "";
  try {
    host = new URL(canonical).hostname.replace(/^www\./, "");
  } catch {
    // leave empty
  }
  const outlet = meta("og:site_name") ?? str(ld?.publisher) ?? meta("application-name") ?? (host || null);
  const published = publishedDate(doc, facts, [canonical, meta("og:url"), url], root);
  const lang = declaredLanguage(doc, facts, ld);
  return { url, canonicalUrl: canonical, title: title.replace(/\s+/g, " ").slice(0, 500), outlet, publishedAt: published, lang };
}

/** og:type article or a JSON-LD article type: the page says it is an article. */
export function declaresArticle(doc: Document, facts: HeadFacts = readHeadFacts(doc)): boolean {
  if ((facts.metas.get("og:type") ?? "").toLowerCase() === "article") return true;
  return articleJsonLd(doc, facts.ld) !== null;
}
