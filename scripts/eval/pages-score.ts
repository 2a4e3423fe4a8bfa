/**
 * The pure half of `npm run eval:pages` (scripts/eval/pages.ts): where a highlight lies against a
 * page's human-annotated article body, what kind of place an outside one is, and the figures
 * added up over pages. No browser here; the page side (pages-probe.ts) reports each highlight's
 * text, the text around it in its block, and what its ancestors are.
 *
 * Inside the body: the highlight's word tokens with up to CONTEXT tokens of its block on each
 * side (claims: their first CLAIM_TOKENS tokens) occur, in that order, in the annotated body's
 * token sequence (tokens as the extraction benchmark's scorer makes them: runs of Unicode letters,
 * digits and underscores, case kept). A name that is in the body has the same neighbours there;
 * the same name in a caption or a headline has other neighbours (a coincidence of three words on
 * each side is what this method would miss).
 */
import { tokens } from "./extraction.ts";

/** Tokens of context taken on each side of a highlight. */
export const CONTEXT = 3;
/** A claim is located by its first tokens (a long claim may be cut differently in the body). */
export const CLAIM_TOKENS = 12;

/** What the page reports about one highlight (pages-probe.ts). */
export interface ProbedHighlight {
  kind: "name" | "claim";
  text: string;
  /** Block text before and after the highlight (up to 200 characters each). */
  before: string;
  after: string;
  /** The start of its block's text, and the block's length. */
  blockHead: string;
  blockLength: number;
  /** What its ancestors are, one flag per kind of place (set when any ancestor is one). */
  flags: PlaceFlags;
}

export interface PlaceFlags {
  /** Not rendered: display/visibility, or no box, or a box off the page or of no size. */
  invisible: boolean;
  /** Inside a player, menu, toolbar, form, button, dialog or another interactive widget. */
  widget: boolean;
  /** The widget's tag, role, class and id (for the listing). */
  widgetBy?: string;
  /** Inside a byline, an author line or a photo/video credit (by markup or by its words). */
  credit: boolean;
  /** Inside a link that leads to another page. */
  link: boolean;
  /** Inside a headline, subhead or standfirst. */
  heading: boolean;
  /** Inside an image or table caption. */
  caption: boolean;
  /** Inside a <header>. */
  header: boolean;
}

/** The kinds of outside places in the order they are decided (the first flag set wins). */
export const PLACE_ORDER = ["invisible", "widget", "credit", "link", "heading", "caption", "header"] as const;
export type PlaceKind = (typeof PLACE_ORDER)[number] | "other";

export function placeOf(h: Pick<ProbedHighlight, "flags" | "text" | "before" | "after" | "blockHead" | "blockLength">): PlaceKind {
  const flags = { ...h.flags, credit: h.flags.credit || isCreditByWords(h) };
  for (const kind of PLACE_ORDER) if (flags[kind]) return kind;
  return "other";
}

/** A short block that starts "By Jane Roe…" is a byline. */
const BYLINE_BLOCK = /^\s*(?:by|written by|words by|text by)\s+\p{Lu}/iu;
/** Just before a name: a photo or video credit's lead-in ("Photo: ", "(AP Photo/", "Image by "). */
const CREDIT_LEAD =
  /(?:\b(?:photo|photos|photograph|photographer|picture|pictures|image|images|video|illustration|graphic|credit)s?(?:\s+by)?\s*[:/|]\s*|\b(?:photo|photograph|picture|image|video|illustration)s?\s+by\s+|\((?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg|PA)\b[^)]*\/\s*)(?:[\p{L}.'-]+\s+){0,3}$/iu;
/** Just before a name: a wire's credit line ("Reporting by ", "Editing by Jane Roe and "). */
const WIRE_LEAD = /\b(?:reporting|additional reporting|editing|writing|compiled)\s+by\s+(?:[^.;]{0,60}(?:,|\band)\s+)?$/iu;
/** Just after a name: the agency of a credit ("/ AFP", "/Getty Images", " for Reuters"). */
const AGENCY_TAIL = /^\s*(?:\/|\|)\s*(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg|Shutterstock|PA|Sipa|Alamy|NurPhoto|Anadolu|[\p{Lu}][\p{L}]+ Images)\b/u;

/** A byline or credit told by its words (the markup does not always say so). */
/** A contributors' line: "AP writers Jane Roe and Tom Poe contributed to this report." */
const CONTRIBUTORS = /\bcontributed (?:reporting|research|to this)|^\s*write to\b/i;

export function isCreditByWords(h: Pick<ProbedHighlight, "before" | "after" | "blockHead" | "blockLength"> & { text?: string }): boolean {
  if (h.blockLength <= 200 && BYLINE_BLOCK.test(h.blockHead)) return true;
  if (h.blockLength <= 400 && CONTRIBUTORS.test(`${h.blockHead} ${h.before}${h.text ?? ""}${h.after}`)) return true;
  const before = h.before.slice(-80);
  return CREDIT_LEAD.test(before) || WIRE_LEAD.test(before) || AGENCY_TAIL.test(h.after);
}

/** The body's tokens joined with a separator no token holds, for in-order sub-sequence search. */
export function truthKey(truth: string): string {
  return `\u0001${tokens(truth).join("\u0001")}\u0001`;
}

/** The token window that locates a highlight (see the module comment). */
export function windowOf(h: Pick<ProbedHighlight, "kind" | "text" | "before" | "after">): string[] {
  const own = tokens(h.text);
  const core = h.kind === "claim" ? own.slice(0, CLAIM_TOKENS) : own;
  const before = tokens(h.before).slice(-CONTEXT);
  const after = h.kind === "claim" && own.length > CLAIM_TOKENS ? [] : tokens(h.after).slice(0, CONTEXT);
  return [...before, ...core, ...after];
}

export function isInsideTruth(h: Pick<ProbedHighlight, "kind" | "text" | "before" | "after">, key: string): boolean {
  const w = windowOf(h);
  if (w.length === 0) return false;
  return key.includes(`\u0001${w.join("\u0001")}\u0001`);
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The p-th percentile by the nearest-rank method. */
export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/** What one page's bare load looked like (pages-probe.ts pageState). */
export interface PageState {
  textHash: string;
  linksHash: string;
  fieldsHash: string;
  height: number;
}

export type Change = "text" | "links" | "fields" | "height";
export const CHANGES: Change[] = ["text", "links", "fields", "height"];

const stateValue = (s: PageState, c: Change): string | number =>
  c === "text" ? s.textHash : c === "links" ? s.linksHash : c === "fields" ? s.fieldsHash : s.height;

/**
 * Changes the extension made, told apart from the page's own noise: a property that differs
 * between the two bare loads is noise on that page (reported apart, not charged to us) unless the
 * extension's load matches neither; one that is the same in both bare loads and differs with the
 * extension is a change.
 */
export function pageChanges(bare1: PageState, bare2: PageState, ext: PageState): { changed: Change[]; noisy: Change[] } {
  const changed: Change[] = [];
  const noisy: Change[] = [];
  for (const c of CHANGES) {
    const a = stateValue(bare1, c);
    const b = stateValue(bare2, c);
    const e = stateValue(ext, c);
    if (a !== b) {
      noisy.push(c);
      // Text or links that match neither bare load are still ours to explain; a height between
      // two different bare heights is within the page's own wobble.
      if (c !== "height" && e !== a && e !== b) changed.push(c);
    } else if (e !== a) changed.push(c);
  }
  return { changed, noisy };
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * The kind of the snapshot block (the text the extension sent to the engine) that holds a
 * highlight: found by the highlight with the words just before it, else by the highlight alone
 * when one block holds it. null when no block does (older builds report no blocks).
 */
export function snapshotKindOf(h: Pick<ProbedHighlight, "text" | "before">, blocks: readonly { kind: string; text: string }[] | null): string | null {
  if (!blocks) return null;
  const text = squash(h.text).trim();
  const needle = `${squash(h.before).trimStart().slice(-30)}${squash(h.text)}`.trim();
  for (const b of blocks) if (b.text.includes(needle)) return b.kind;
  const holders = blocks.filter((b) => b.text.includes(text));
  return holders.length === 1 ? holders[0]!.kind : null;
}
