/**
 * The page-side half of `npm run eval:pages`: plain JavaScript sources run in the page's main
 * world, identical in Chromium (Playwright) and Firefox (WebDriver BiDi). They are strings, not
 * functions: tsx's transform adds helper calls that do not exist in the page.
 *
 * - INIT runs before any page script: it notes when <html data-srcl-status> (set by the test
 *   build of the extension) changes, in the page's own clock.
 * - WAIT_STATUS resolves when the status is one the extension ends a reading with, or times out.
 * - PAGE_STATE fingerprints what the extension must not change: the body's text, the links, the
 *   form fields' values, the document's height (numbers in text and links left out: timestamps).
 * - HIGHLIGHTS lists what the extension painted (its <srcl-name> elements and the ranges of its CSS
 *   custom highlights), each with the text around it in its block and flags saying what kind of
 *   place it is in (decided here, independently of the extension's own rules: see placeFlags).
 *   The officials are the distinct person ids the test hook reports for painted names.
 */

export const STATUS_ATTR = "data-srcl-status";

export const INIT = `(() => {
  const log = [];
  Object.defineProperty(window, "__srclEval", { value: { log }, configurable: false });
  new MutationObserver(() => {
    const s = document.documentElement && document.documentElement.getAttribute("${STATUS_ATTR}");
    if (s && (log.length === 0 || log[log.length - 1][0] !== s)) log.push([s, performance.now()]);
  }).observe(document, { attributes: true, attributeFilter: ["${STATUS_ATTR}"], subtree: true });
})();`;

/** Resolves { status, log, dcl } once the status is final or after `timeoutMs`. */
export const waitStatus = (timeoutMs: number) => `new Promise((resolve) => {
  const done = ["painted", "skipped", "off", "stopped"];
  const finish = () => {
    const nav = performance.getEntriesByType("navigation")[0];
    resolve({ status: document.documentElement.getAttribute("${STATUS_ATTR}"), log: (window.__srclEval || { log: [] }).log, dcl: nav ? nav.domContentLoadedEventEnd : null });
  };
  const check = () => done.includes(document.documentElement.getAttribute("${STATUS_ATTR}") || "");
  if (check()) return finish();
  const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); clearTimeout(t); finish(); } });
  obs.observe(document.documentElement, { attributes: true, attributeFilter: ["${STATUS_ATTR}"] });
  const t = setTimeout(() => { obs.disconnect(); finish(); }, ${timeoutMs});
})`;

/**
 * Waits until the page is `ms` old (from navigation start) and at least `min` more: the bare and
 * the extension's loads are fingerprinted at the same age, so a page script that changes the page
 * on a timer changes it in both.
 */
export const holdUntil = (ms: number, min: number) => `new Promise((resolve) => setTimeout(resolve, Math.max(${min}, ${ms} - performance.now())))`;

/** FNV-1a 32-bit of a string, as hex (fingerprints cross the wire, not whole page texts). */
const HASH = `const hash = (s) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return (h >>> 0).toString(16) + ":" + s.length; };`;

export const PAGE_STATE = `(() => {
  ${HASH}
  // Numbers are left out: page scripts write timestamps and cache busters ("?cb=1796620149330")
  // that differ on every load; the extension never changes a word.
  const words = (s) => s.replace(/[0-9]+/g, "0");
  const body = document.body;
  const fields = Array.from(document.querySelectorAll("input, textarea, select")).map((f) => f.name + "=" + (f.type === "checkbox" || f.type === "radio" ? f.checked : f.value));
  return {
    textHash: hash(words(body ? body.textContent || "" : "")),
    linksHash: hash(words(Array.from(document.querySelectorAll("a")).map((a) => a.getAttribute("href") || "").join("\\n"))),
    fieldsHash: hash(fields.join("\\n")),
    height: document.documentElement.scrollHeight,
  };
})()`;

export const HIGHLIGHTS = `(async () => {
  const WIDGET_TAGS = new Set(["VIDEO", "AUDIO", "BUTTON", "SELECT", "OPTION", "MENU", "DIALOG", "FORM", "INPUT", "TEXTAREA", "LABEL", "IFRAME", "OBJECT", "EMBED"]);
  const WIDGET_ROLES = new Set(["button", "checkbox", "combobox", "dialog", "alertdialog", "listbox", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "radio", "radiogroup", "slider", "spinbutton", "switch", "tab", "tablist", "toolbar", "tooltip", "form", "search", "progressbar", "scrollbar", "timer"]);
  const WIDGET_WORDS = /(?:^|[\\s_-])(?:player|video-?js|vjs|jw|jwplayer|plyr|mejs|controls|control-?bar|menu|menus|dropdown|modal|popup|popover|tooltip|toolbar|share|sharing|social|share-?bar|captions-?settings)(?:$|[\\s_-])/i;
  const CREDIT_WORDS = /(?:^|[\\s_-])(?:byline|bylines|author|authors|contributor|contributors|writer|credit|credits|photo-?credit|image-?credit|copyright|source)(?:$|[\\s_-])/i;
  const HEADING_WORDS = /(?:^|[\\s_-])(?:headline|heading|title|subtitle|subhead|dek|deck|standfirst|strapline|kicker|summary)(?:$|[\\s_-])/i;
  const CAPTION_WORDS = /(?:^|[\\s_-])(?:caption|captions|figcaption|wp-caption-text)(?:$|[\\s_-])/i;
  const marks = (el) => (el.getAttribute("class") || "") + " " + (el.getAttribute("id") || "");
  const isBlock = (el) => { const d = getComputedStyle(el).display; return d !== "inline" && d !== "contents" && d !== "none"; };
  const blockOf = (node) => { let el = node.nodeType === 1 ? node : node.parentElement; while (el && el !== document.body && !isBlock(el)) el = el.parentElement; return el || document.body; };
  const invisible = (range) => {
    const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    if (el && el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return true;
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return true;
    const sx = window.scrollX, sy = window.scrollY;
    if (rects.every((r) => r.right + sx <= 0 || r.bottom + sy <= 0)) return true;
    // clipped away: an ancestor with overflow hidden and a box of at most 1 px
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      const b = p.getBoundingClientRect();
      if ((b.width <= 1 || b.height <= 1) && getComputedStyle(p).overflow !== "visible") return true;
    }
    return false;
  };
  // A "widget" that holds the story's headline (the page's first <h1>) or half the page's text is
  // the page's or the story's own wrapper (a form around the whole page, an article box whose class
  // says "modal-enabled", a theme's "content-and-menu" wrapper), not a widget inside the story.
  const pageChars = (document.body && document.body.textContent || "").length;
  const headline = document.querySelector("h1");
  const wrapperOf = new Map();
  const isPageWrapper = (el) => {
    if (!wrapperOf.has(el)) wrapperOf.set(el, (headline !== null && el.contains(headline)) || (el.textContent || "").length * 2 >= pageChars);
    return wrapperOf.get(el);
  };
  const placeFlags = (range, block) => {
    const f = { invisible: invisible(range), widget: false, widgetBy: "", credit: false, link: false, heading: false, caption: false, header: false };
    let el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    for (; el && el !== document.documentElement; el = el.parentElement) {
      const tag = el.tagName;
      if (el.localName.startsWith("srcl-")) continue;
      const role = el.getAttribute("role") || "";
      const m = marks(el);
      if (!f.widget && (WIDGET_TAGS.has(tag) || WIDGET_ROLES.has(role) || (tag !== "BODY" && tag !== "HTML" && tag !== "MAIN" && tag !== "ARTICLE" && WIDGET_WORDS.test(m))) && !isPageWrapper(el)) {
        f.widget = true;
        f.widgetBy = (tag.toLowerCase() + (role ? "[role=" + role + "]" : "") + " " + m.trim()).slice(0, 80);
      }
      if (tag === "ADDRESS" || el.getAttribute("rel") === "author" || /^(author|creator|copyrightHolder)$/.test(el.getAttribute("itemprop") || "") || CREDIT_WORDS.test(m)) f.credit = true;
      if (tag === "A" && el.hasAttribute("href") && !/^\\s*(#|javascript:)/i.test(el.getAttribute("href"))) f.link = true;
      if (/^H[1-6]$/.test(tag) || role === "heading" || (tag !== "BODY" && tag !== "MAIN" && tag !== "ARTICLE" && HEADING_WORDS.test(m))) f.heading = true;
      if (tag === "FIGCAPTION" || tag === "CAPTION" || CAPTION_WORDS.test(m)) f.caption = true;
      if (tag === "HEADER") f.header = true;
    }
    return f;
  };
  const entries = [];
  for (const el of Array.from(document.querySelectorAll("srcl-name, srcl-claim"))) {
    const r = document.createRange();
    r.selectNodeContents(el);
    entries.push({ kind: el.localName === "srcl-name" ? "name" : "claim", range: r });
  }
  const registry = window.CSS && CSS.highlights;
  if (registry) for (const [name, hl] of registry) {
    if (!name.startsWith("srcl") || name.endsWith("-focus")) continue;
    for (const r of hl) if (r instanceof Range) entries.push({ kind: name.includes("claim") ? "claim" : "name", range: r });
  }
  const out = [];
  for (const { kind, range } of entries) {
    const block = blockOf(range.commonAncestorContainer);
    const pre = document.createRange();
    pre.setStart(block, 0);
    pre.setEnd(range.startContainer, range.startOffset);
    const post = document.createRange();
    post.setStart(range.endContainer, range.endOffset);
    post.setEnd(block, block.childNodes.length);
    const blockText = block.textContent || "";
    out.push({ kind, text: range.toString(), before: pre.toString().slice(-200), after: post.toString().slice(0, 200), blockHead: blockText.slice(0, 120), blockLength: blockText.length, flags: placeFlags(range, block) });
  }
  const hook = (cmd) => new Promise((resolve) => {
    const id = "eval-" + Math.random().toString(36).slice(2);
    const on = (e) => {
      let d; try { d = JSON.parse(String(e.detail)); } catch { return; }
      if (d.id !== id) return;
      document.removeEventListener("srcl-test:response", on);
      resolve(d.ok ? d.value : null);
    };
    document.addEventListener("srcl-test:response", on);
    setTimeout(() => resolve(null), 3000);
    document.dispatchEvent(new CustomEvent("srcl-test:request", { detail: JSON.stringify({ id, cmd, arg: null }) }));
  });
  // Officials: the person ids of painted names, from the test hook (ranges carry no id in the page).
  const painted = await hook("highlights");
  const officials = painted ? new Set(painted.filter((h) => h.kind === "name" && h.personId).map((h) => h.personId)).size : null;
  // The blocks the reading sent to the engine, with their kinds (older builds have no such command).
  const blocks = await hook("blocks");
  const nav = performance.getEntriesByType("navigation")[0];
  const dcl = nav ? nav.domContentLoadedEventEnd : 0;
  const steps = await hook("timeline");
  const timeline = steps ? Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, k.startsWith("background ") ? v : v - dcl])) : null;
  return { highlights: out, officials, blocks, timeline };
})()`;
