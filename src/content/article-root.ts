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
 * Exclusion is hard by what an element is — nav, aside, footer, a site banner (a <header> outside
 * any article or section), scripts, hidden (the hidden, inert and aria-hidden attributes, an inline
 * display:none or visibility:hidden), editable, an interactive widget (buttons, menus, toolbars,
 * sliders, tabs, dialogs, players: tags and ARIA roles), a link that is a button (javascript:)
 * or a share button (a link to a share endpoint), and a link that leads away wrapping blocks (a
 * teaser card) — and soft by hints (a <form>, furniture and widget words in class or id): a hinted
 * element that holds at least half of the page's prose is the article after all. The price: a
 * page whose comments outweigh its story has its comments read too. What CSS hides is found in the
 * live page by text-index.ts (visibility.ts), not here: it needs the layout.
 * Measured on saved news pages: `npm run eval -- --only extraction`.
 */

import { classWords, findWord } from "./class-words.ts";

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
  "MENU",
  "LABEL",
  "OUTPUT",
  "PROGRESS",
  "METER",
  "DATALIST",
]);

/** Landmarks that are not the story, and interactive widgets (ARIA roles). */
const SKIP_ROLES = new Set([
  "navigation", "complementary", "contentinfo", "search", "banner", "form",
  "dialog", "alertdialog", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "toolbar", "tooltip",
  "button", "checkbox", "combobox", "listbox", "option", "radio", "radiogroup", "slider", "spinbutton", "switch",
  "searchbox", "textbox", "tab", "tablist", "tree", "treegrid", "scrollbar", "progressbar", "timer", "marquee",
]);

/** class/id words (class-words.ts) that mark furniture inside an article container (navigation,
 *  calls to action included), and the words of interactive widgets: media players (and their
 *  menus, control bars and end slates), menus, dropdowns, modals, popups, tooltips. */
const FURNITURE = new Set(
  [
    "comment comments comment-list discussion related recommend recommended recommendations more-stories share sharing social",
    "newsletter promo advert advertisement ad ads sponsor sponsored subscribe paywall outbrain taboola taglist tags breadcrumb",
    "breadcrumbs sidebar toolbar popular trending bio print cta pullquote pull-quote nav navbar subnav navigation masthead",
    "player players video-player media-player audio-player video-js vjs jw jwplayer plyr mejs endslate end-slate endscreen",
    "playlist controls control-bar controlbar menu menus dropdown modal popup popover tooltip",
  ]
    .join(" ")
    .split(" "),
);

/** A link that is a button ("javascript:…"): the page's script acts on it. */
const BUTTON_HREF = /^\s*javascript:/i;
/** Share endpoints: a link there is a share button, whatever its text ("Facebook", "Twitter"). */
const SHARE_HREF =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:facebook\.com\/(?:sharer|share|dialog\/share)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|sharing|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(?:share|widgets\/share)|vk\.com\/share|t\.me\/share|telegram\.me\/share|wa\.me\/|api\.whatsapp\.com\/send|web\.whatsapp\.com\/send|news\.ycombinator\.com\/submitlink|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|plus\.google\.com\/share|bsky\.app\/intent)|^(?:mailto:\?|whatsapp:|sms:|fb-messenger:)/i;
/** Block-level content: a link around it is a teaser card, not words of the story. */
const TEASER_CONTENT = "h1,h2,h3,h4,h5,h6,p,div,li,figure,article,section,ul,ol,img,picture";
/** An inline style that hides its element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;
/** Sectioning elements: a <header> inside one of them is its header, not the site's banner. */
const SECTIONING = "article,aside,main,nav,section,[role=main],[role=article],[itemprop=articleBody]";

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

/**
 * True when a link leads to another page (not to a place on this one, not a button). The page's
 * own address is the document's, without its fragment.
 */
export function leadsAway(a: Element): boolean {
  const href = a.getAttribute("href");
  if (href === null || BUTTON_HREF.test(href) || href.trim().startsWith("#")) return false;
  const doc = a.ownerDocument;
  try {
    const here = doc.URL.split("#")[0];
    return new URL(href, doc.baseURI || doc.URL).href.split("#")[0] !== here;
  } catch {
    return true;
  }
}

/** A link that is a widget (a button, a share button) or a teaser card leading away. */
function isWidgetLink(el: Element): boolean {
  const href = el.getAttribute("href");
  if (href === null) return el.getAttribute("role") === "button";
  if (BUTTON_HREF.test(href) || SHARE_HREF.test(href.trim())) return true;
  return el.querySelector(TEASER_CONTENT) !== null && leadsAway(el);
}

/** Outside the article by what it is, whatever it holds. */
function isHardExcluded(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (isOwnElement(el)) return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.hasAttribute("hidden") || el.hasAttribute("inert") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && HIDING_STYLE.test(style)) return true;
  if (tag === "A" && isWidgetLink(el)) return true;
  if (tag === "HEADER" && el.parentElement?.closest(SECTIONING) == null) return true;
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
  return findWord(classWords(el), FURNITURE) !== undefined;
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
