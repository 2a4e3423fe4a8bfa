/**
 * The cheap "is this an article?" check that runs before anything else (Readability's
 * isProbablyReaderable model: ~0.3 ms per page here). A page is read when it declares itself an
 * article (og:type, JSON-LD) or Readability's heuristic says it is readerable, and it is not
 * dominated by a form (login, checkout, search pages).
 */
// The readerable check alone: the package index also pulls in the whole Readability parser (CommonJS,
// so it cannot be tree-shaken), which the content script does not need.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { declaresArticle } from "./page-meta.ts";

export type GateVerdict = "article" | "not-article";

export function checkArticle(doc: Document): GateVerdict {
  if (doc.body == null) return "not-article";
  if (declaresArticle(doc)) return "article";
  if (doc.querySelector('input[type="password"]')) return "not-article";
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }) ? "article" : "not-article";
}
