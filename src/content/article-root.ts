/**
 * Picks the live element that holds the article, and tells which of its descendants are not
 * the article (navigation, asides, related stories, comments, forms, share bars, ads). All work
 * is scoped to that root, never to document.body.
 *
 * Method: score candidates (schema.org articleBody, <article>, role=article/main, <main>, common
 * article-body classes) by the length of the paragraph text they hold outside excluded parts
 * (paragraphs that are mostly link text, i.e. teasers, do not count); take the best, or the
 * innermost candidate inside it that holds nearly all of its text, then widen it to its <article>
 * ancestor when the headline lives there. Several substantial sibling <article>s (a live blog's
 * posts) are read through their common parent.
 * Exclusion is hard by what an element is (nav, aside, footer, scripts, hidden, editable) and
 * soft by hints (a <form>, furniture words in class or id): a hinted element that holds at least
 * half of the page's prose is the article after all. The price: a page whose comments outweigh
 * its story has its comments read too.
 * Measured on saved news pages: `npm run eval -- --only extraction`.
 */

const CANDIDATES = [
  '[itemprop="articleBody"]',
  "article",
  '[role="article"]',
  "main",
  '[role="main"]',
  ".article-body",
  ".article__body",
  ".story-body",
  ".entry-content",
  ".post-content",
  "#article-body",
].join(",");

/** Tags whose content is never article text. */
export const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "TEXTAREA",
  "INPUT",
  "SELECT",
  "OPTION",
  "BUTTON",
  "SVG",
  "CANVAS",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "VIDEO",
  "AUDIO",
  "MATH",
  "NAV",
  "ASIDE",
  "FOOTER",
  "DIALOG",
]);

const SKIP_ROLES = new Set(["navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog", "banner", "form", "menu", "menubar", "toolbar"]);

/** class/id words that mark furniture inside an article container. */
const FURNITURE =
  /(?:^|[\s_-])(?:comments?|comment-list|discussion|related|recommend(?:ed|ations)?|more-stories|share|sharing|social|newsletter|promo|advert(?:isement)?|ads?|sponsored?|subscribe|paywall|outbrain|taboola|taglist|tags|breadcrumbs?|sidebar|toolbar|popular|trending|bio|print)(?:$|[\s_-])/i;

/** A prefixed element of ours (highlight wrappers excepted) is skipped by every reader. */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith("srcl-") && el.localName !== "srcl-name" && el.localName !== "srcl-claim";
}

/** Elements that say what they hold: their class and id words never make them furniture. */
const SEMANTIC_CONTAINERS = new Set(["BODY", "HTML", "MAIN", "ARTICLE"]);

function isSemanticContainer(el: Element, tag: string): boolean {
  if (SEMANTIC_CONTAINERS.has(tag)) return true;
  const role = el.getAttribute("role");
  return role === "main" || role === "article" || el.getAttribute("itemprop") === "articleBody";
}

/** Outside the article by what it is, whatever it holds. */
function isHardExcluded(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (isOwnElement(el)) return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable !== "false";
}

/**
 * Outside the article by a hint: a <form>, or class and id words. Hints are overruled twice.
 * Sites put everything in class names — a <body> classed "…-ad-leaderboard", a <main> classed
 * "js-social-anchor", an articleBody whose id is "share-btns-container" — so elements that say
 * what they are never count as furniture. And a hinted element that holds at least half of the
 * page's prose is the article (an ASP.NET page inside one <form>, a story body classed "paywall"
 * or "non-ad-column"): see markProseHolders.
 */
function isSoftExcluded(el: Element, tag: string): boolean {
  if (isSemanticContainer(el, tag)) return false;
  if (tag === "FORM") return true;
  const marks = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return marks.length > 1 && FURNITURE.test(marks);
}

/** Hinted elements found to hold most of their page's prose, by the latest findArticleRoot. */
let proseHolders = new WeakSet<Element>();

/** True when the element (not its ancestors) is outside the article's text. */
export function isExcludedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (isHardExcluded(el, tag)) return true;
  return isSoftExcluded(el, tag) && !proseHolders.has(el);
}

/**
 * One reading's verdicts on the elements it looks at: paragraphs share their ancestors, and every
 * candidate container asks again about the same ones, so each element's attributes are read once
 * per findArticleRoot (not once per paragraph and candidate). Pages do not change during it.
 */
class Verdicts {
  #hard = new Map<Element, boolean>();
  #soft = new Map<Element, boolean>();

  isHard(el: Element): boolean {
    let v = this.#hard.get(el);
    if (v === undefined) this.#hard.set(el, (v = isHardExcluded(el, el.tagName.toUpperCase())));
    return v;
  }

  isSoft(el: Element): boolean {
    let v = this.#soft.get(el);
    if (v === undefined) this.#soft.set(el, (v = isSoftExcluded(el, el.tagName.toUpperCase())));
    return v;
  }

  /** isExcludedElement, remembered: call after markProseHolders. */
  isExcluded(el: Element): boolean {
    return this.isHard(el) || (this.isSoft(el) && !proseHolders.has(el));
  }

  /** True when `el` or an ancestor of it below `root` is excluded. */
  isInsideExcluded(el: Element, root: Element): boolean {
    for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (this.isExcluded(p)) return true;
    return false;
  }
}

/** Marks the hinted elements (isSoftExcluded) that hold at least half of the page's prose. */
function markProseHolders(body: Element, weights: ParagraphWeights, verdicts: Verdicts): void {
  // A new reading (an SPA navigation swapped the story) decides afresh.
  proseHolders = new WeakSet();
  let total = 0;
  const held = new Map<Element, number>();
  for (const [p, weight] of weights) {
    if (weight === 0) continue;
    const hinted: Element[] = [];
    let isHard = false;
    for (let e: Element | null = p.parentElement; e && e !== body; e = e.parentElement) {
      if (verdicts.isHard(e)) {
        isHard = true;
        break;
      }
      if (verdicts.isSoft(e)) hinted.push(e);
    }
    if (isHard) continue;
    total += weight;
    for (const e of hinted) held.set(e, (held.get(e) ?? 0) + weight);
  }
  for (const [el, weight] of held) if (weight * 2 >= total) proseHolders.add(el);
}

/**
 * What a paragraph counts for: its text length, or 0 when it is too short to be prose or is
 * mostly link text (a teaser inside a link, a list of links: Readability's link density).
 */
function paragraphWeight(p: Element): number {
  const len = (p.textContent ?? "").trim().length;
  if (len < 25 || p.closest("a")) return 0;
  let linked = 0;
  for (const a of Array.from(p.getElementsByTagName("a"))) linked += (a.textContent ?? "").length;
  return linked * 2 > len ? 0 : len;
}

/** Every paragraph of the page with its weight, measured once per reading (candidates nest). */
type ParagraphWeights = Map<Element, number>;

function paragraphWeights(doc: Document): ParagraphWeights {
  return new Map(Array.from(doc.querySelectorAll("p"), (p) => [p, paragraphWeight(p)]));
}

/** Paragraph text length under `el`, outside excluded parts. */
function paragraphTextLength(el: Element, weights: ParagraphWeights, verdicts: Verdicts): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) {
    if (!verdicts.isInsideExcluded(p, el)) total += weights.get(p) ?? 0;
  }
  return total;
}

/**
 * Pages without paragraphs (older CMSes, some portals) write the story as text and <br>s in one
 * element: the element whose own text lines, between <br>s, add up to the most.
 */
function brTextHolder(body: Element, verdicts: Verdicts): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const seen = new Set<Element>();
  for (const br of Array.from(body.getElementsByTagName("br"))) {
    const el = br.parentElement;
    if (!el || seen.has(el) || verdicts.isInsideExcluded(el, body)) continue;
    seen.add(el);
    let score = 0;
    for (const node of Array.from(el.childNodes)) {
      const len = node.nodeType === 3 ? (node.textContent ?? "").trim().length : 0;
      if (len >= 25) score += len;
    }
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** An inner candidate with at least this share of the best candidate's paragraph text wins. */
const NESTED_SHARE = 0.85;

export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const weights = paragraphWeights(doc);
  const verdicts = new Verdicts();
  markProseHolders(body, weights, verdicts);
  let best: Element | null = null;
  let bestScore = 0;
  const scored: { el: Element; score: number }[] = [];
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (verdicts.isInsideExcluded(el, body)) continue;
    const score = paragraphTextLength(el, weights, verdicts);
    scored.push({ el, score });
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Candidates nest (<main> around <article> around the articleBody): the innermost one that
  // holds nearly all of the best one's text is the article; the outer ones add comments, teasers
  // and footers. (Document order puts an inner candidate after its outer one.)
  for (const { el, score } of scored) {
    if (best && el !== best && score >= NESTED_SHARE * bestScore && best.contains(el)) best = el;
  }
  if (!best) {
    // No semantic container: the parent of the most paragraph text.
    const parents = new Map<Element, number>();
    for (const [p, weight] of weights) {
      if (weight === 0 || !p.parentElement || verdicts.isInsideExcluded(p, body)) continue;
      parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + weight);
    }
    for (const [el, score] of parents) if (score > bestScore) [best, bestScore] = [el, score];
    return best ?? brTextHolder(body, verdicts);
  }
  // Live blogs: several substantial sibling <article>s → their common parent.
  if (best.tagName === "ARTICLE" && best.parentElement) {
    const siblings = scored.filter((s) => s.el.tagName === "ARTICLE" && s.el.parentElement === best!.parentElement && s.score >= 100);
    if (siblings.length >= 3) return best.parentElement;
  }
  // Widen an articleBody to the <article> around it so headline and captions are read too.
  const outer = best.closest("article");
  if (outer && outer !== best && !verdicts.isInsideExcluded(outer, body)) return outer;
  return best;
}
