/**
 * The CLI's way into an .html file: the same article-finding and text-indexing code as the
 * content script (src/content/article-root.ts, text-index.ts, page-meta.ts), on a document
 * parsed by linkedom in Node. So the CLI and the extension read the same text from a page.
 */
import { parseHTML } from "linkedom";
import type { TextSnapshot } from "../../src/extract/types.ts";
import { findArticleRoot } from "../../src/content/article-root.ts";
import { checkArticle } from "../../src/content/gate.ts";
import { readHeadFacts, readPageMeta } from "../../src/content/page-meta.ts";
import { buildTextIndex } from "../../src/content/text-index.ts";
import type { PageMeta } from "../../src/shared/types.ts";

export interface HtmlReading {
  snapshot: TextSnapshot;
  meta: PageMeta;
  isArticle: boolean;
}

export function htmlToSnapshot(html: string, url = "https://example.invalid/"): HtmlReading {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const facts = readHeadFacts(doc);
  const meta = readPageMeta(doc, url, facts);
  const root = findArticleRoot(doc);
  if (!root) return { snapshot: { text: "", blocks: [] }, meta, isArticle: false };
  const index = buildTextIndex(root);
  return { snapshot: index.snapshot, meta, isArticle: checkArticle(doc, facts) === "article" };
}
