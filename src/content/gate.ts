/**
 * The cheap "is this an article?" check that runs before anything else (Readability's
 * isProbablyReaderable model: ~0.3 ms per page here). A page is read when it declares itself an
 * article (og:type, JSON-LD) or Readability's heuristic says it is readerable, and it is not
 * a sign-in page (a password form that makes up a large part of the page).
 */
// The readerable check alone: the package index also pulls in the whole Readability parser (CommonJS,
// so it cannot be tree-shaken), which the content script does not need.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { declaresArticle, readHeadFacts, type HeadFacts } from "./page-meta.ts";

export type GateVerdict = "article" | "not-article";

export function checkArticle(doc: Document, facts: HeadFacts = readHeadFacts(doc)): GateVerdict {
  if (doc.body == null) return "not-article";
  if (declaresArticle(doc, facts)) return "article";
  if (isSignInPage(doc)) return "not-article";
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }) ? "article" : "not-article";
}

/**
 * A password field makes a sign-in page when its form is a large part of the page (a quarter of
 * its text or more). News sites keep a small sign-in form in a header menu or a hidden dialog on
 * every article: that one does not count.
 */
function isSignInPage(doc: Document): boolean {
  const fields = doc.querySelectorAll('input[type="password"]');
  if (fields.length === 0) return false;
  const pageText = doc.body?.textContent?.length ?? 0;
  for (const field of Array.from(fields)) {
    const form = field.closest("form") ?? field.parentElement;
    if ((form?.textContent?.length ?? 0) * 4 >= pageText) return true;
  }
  return false;
}
