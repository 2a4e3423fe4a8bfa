/**
 * Reads what the page says about itself: canonical URL (<link rel=canonical>, og:url), title,
 * outlet, published date and language, JSON-LD first (as Readability does), then og:/meta, then
 * the document. Pure DOM reads; works on a live document and on a parsed one (linkedom, CLI).
 */
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
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta[content]"))) {
    const v = el.getAttribute("content")?.trim();
    if (!v) continue;
    for (const key of [el.getAttribute("property"), el.getAttribute("name")]) if (key && !metas.has(key)) metas.set(key, v);
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

/** Normalises a date-ish string to ISO (YYYY-MM-DD…); null when it cannot be read. */
export function isoDate(v: string | null): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function readPageMeta(doc: Document, url: string, facts: HeadFacts = readHeadFacts(doc)): PageMeta {
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
  const published =
    isoDate(str(ld?.datePublished)) ??
    isoDate(meta("article:published_time")) ??
    isoDate(meta("og:article:published_time")) ??
    isoDate(meta("date")) ??
    isoDate(meta("pubdate")) ??
    isoDate(doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime") ?? null);
  const lang = doc.documentElement?.getAttribute("lang")?.trim() || null;
  return { url, canonicalUrl: canonical, title: title.replace(/\s+/g, " ").slice(0, 500), outlet, publishedAt: published, lang };
}

/** og:type article or a JSON-LD article type: the page says it is an article. */
export function declaresArticle(doc: Document, facts: HeadFacts = readHeadFacts(doc)): boolean {
  if ((facts.metas.get("og:type") ?? "").toLowerCase() === "article") return true;
  return articleJsonLd(doc, facts.ld) !== null;
}
