/**
 * Whether an element shows anything in the live page: what CSS hides (a stylesheet's display:none
 * or visibility:hidden, a closed <details>, content-visibility:hidden), a box of no size that
 * clips what it holds (the "visually hidden" pattern: 1 × 1 px, overflow hidden, clip), and a box
 * placed where nothing can scroll to (left or above the page: left:-9999px). Text there is not
 * the story a reader sees.
 *
 * Only elements with a class, an id or a style attribute are asked (see isRendered): text hidden
 * by a rule about a bare element's tag alone (".panel p { display: none }") is the price.
 * Cost: Element.checkVisibility (Chromium 105, Firefox 106) reads the computed style, which is
 * up to date once per reading; getBoundingClientRect reads the layout the browser has made for
 * its first paint. The reader runs after DOMContentLoaded and the page's first idle moment, so
 * neither forces work the browser would not do anyway, and each costs about a microsecond per
 * element (npm run bench:page, eval:pages). Where neither exists (linkedom in the CLI and the
 * Node evaluation, old browsers) every element counts as rendered: attribute and inline-style
 * hiding are found by article-root.ts either way.
 */

type Visible = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

/** At most this size in either direction, with its overflow clipped, a box shows nothing. */
const TINY_PX = 1;
/** Overflow values that clip what does not fit ("hidden auto" for the two axes). */
const CLIPS = /\b(?:hidden|clip|scroll|auto)\b/;

export function isRendered(el: Element): boolean {
  const v = el as Visible;
  if (typeof v.checkVisibility !== "function") return true;
  // What hides text is written against a class, an id or an inline style (".vjs-hidden",
  // ".sr-only", "#panel", style="left:-9999px"); a bare <p>, <a> or <em> is shown when its
  // parent is (the walk has skipped hidden parents already). Only styled elements are asked:
  // on a large article, most elements are bare, and each question costs a style and layout read.
  if (!el.hasAttribute("class") && !el.hasAttribute("id") && !el.hasAttribute("style")) return true;
  if (!v.checkVisibility({ visibilityProperty: true })) {
    // display:contents has no box of its own, and shows its children.
    return getComputedStyle(el).display === "contents";
  }
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (view && (r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0) && (r.width > 0 || r.height > 0)) return false;
  if (r.width <= TINY_PX || r.height <= TINY_PX) {
    const style = getComputedStyle(el);
    if (style.display !== "inline" && CLIPS.test(style.overflow)) return false;
  }
  return true;
}

/**
 * Whether the element shows now, its ancestors included (checkVisibility reads the whole chain:
 * a hidden ancestor hides it). Asked when painting, of the few elements that hold a highlight:
 * the page may have hidden a block (a collapsed section, a closed tab) between the reading and
 * the paint. An element of display:contents has no box and shows as its parent does.
 */
export function isShownNow(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    const v = e as Visible;
    if (typeof v.checkVisibility !== "function") return true;
    if (v.checkVisibility({ visibilityProperty: true })) return true;
    if (getComputedStyle(e).display !== "contents") return false;
  }
  return true;
}
