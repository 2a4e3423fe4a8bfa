/**
 * What a block of the article is — a headline, a caption, a byline, a photo credit, or body text —
 * from the page's markup first and from the block's own words second, so the engine can read each
 * as what it is (src/extract/types.ts BlockKind): a title-case headline is no evidence of a name,
 * and the people of a byline or a credit are the article's makers, never officials.
 *
 * By markup (markedKind): tags (h1–h6, figcaption, caption, address), roles (heading), microdata
 * (itemprop author, creator, headline, caption, copyrightHolder…), rel=author, and class or id
 * words (WORDS below: "byline", "author", "credit", "caption", "headline", "standfirst", "dek"…).
 * A standfirst (dek, subtitle, strapline) is read as a heading: it belongs to the headline.
 * By words (pure functions, tested in block-kinds.test.ts): a short block that is a byline ("By
 * Jane Roe and Tom Poe, Associated Press", "Reporting by …; Editing by …", "Tom Poe contributed
 * reporting.", "Write to Jane Roe at …") or a credit ("Photo:
 * Jane Roe / AFP", "(AP Photo/Jane Roe)"), and a credit at the end of a caption or paragraph
 * ("… on Monday. (AP Photo/Jane Roe)"), which text-index.ts splits off into a block of its own.
 * Every rule is about how news pages are written, none about one site.
 */
import type { BlockKind } from "../extract/types.ts";
import { classWords } from "./class-words.ts";

/** Class or id words (class-words.ts) and the kind each says; a byline or credit word wins. */
const WORDS = new Map<string, BlockKind>();
const words = (kind: BlockKind, list: string) => list.split(" ").forEach((w) => WORDS.set(w, kind));
words("heading", "headline hed title subtitle sub-title subhead subheading subheadline standfirst dek strapline summary-head summaryhead");
words("caption", "caption captions figcaption caption-text captiontext");
words("byline", "byline bylines by-line author authors author-name authorname contributor contributors writer writers reporter");
words("credit", "credit credits photo-credit photo-credits photocredit photocredits image-credit image-credits imagecredit imagecredits media-credit media-credits mediacredit copyright photographer");

const ITEMPROP: Record<string, BlockKind> = {
  author: "byline",
  creator: "byline",
  copyrightholder: "credit",
  credittext: "credit",
  copyrightnotice: "credit",
  caption: "caption",
  headline: "heading",
  alternativeheadline: "heading",
  description: "heading",
};

/** Containers that say what they hold: their class words never make them a headline or a byline. */
const CONTAINERS = new Set(["BODY", "HTML", "MAIN", "ARTICLE", "SECTION", "UL", "OL", "TABLE", "FORM"]);

/** The kind an element's markup gives its text, or null when it says nothing. What the element
 *  says it holds (microdata, class and id words: an <h3 class="byline">) goes before what its tag
 *  is; a byline or credit goes before a caption or a heading. */
export function markedKind(el: Element): BlockKind | null {
  const tag = el.tagName.toUpperCase();
  if (el.getAttribute("rel") === "author") return "byline";
  let said: BlockKind | null = null;
  const itemprop = el.getAttribute("itemprop");
  if (itemprop) {
    for (const prop of itemprop.toLowerCase().split(/\s+/)) said ??= ITEMPROP[prop] ?? null;
  }
  if (!said && !CONTAINERS.has(tag)) {
    for (const w of classWords(el)) {
      const kind = WORDS.get(w);
      if (kind === "byline" || kind === "credit") {
        said = kind;
        break;
      }
      said ??= kind ?? null;
    }
  }
  if (said === "byline" || said === "credit") return said;
  switch (tag) {
    case "H1": case "H2": case "H3": case "H4": case "H5": case "H6":
      return "heading";
    case "FIGCAPTION": case "CAPTION":
      return "caption";
    case "ADDRESS":
      return "byline";
  }
  if (el.getAttribute("role") === "heading") return "heading";
  return said;
}

// ------------------------------------------------------------------ by words

/** Lower-case words a byline may hold besides names ("By Jane Roe, staff writer, in Paris"). */
const BYLINE_WORDS = new Set(
  "and with in for of the a an at from on via by staff writer writers reporter reporters correspondent correspondents editor editors contributor contributing special senior chief political news updated published posted photos photo video am pm et est edt gmt utc bst cet min mins minutes read ago hours hour day days".split(
    " ",
  ),
);
/** "By ", "Written by ", "Reporting by ", "Additional reporting by " at the start of a block. */
const BYLINE_START = /^(?:by|written by|words by|story by|text by|(?:additional\s+)?reporting by|reported by|compiled by)\s+/i;
/** A wire's closing credit line: "Reporting by Jane Roe in Paris; Editing by Tom Poe". */
const WIRE_LINE = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics?|photos?|video)\s+by\s+/i;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
/** Longest block read as a whole byline or credit line. */
const MAX_LINE = 200;

const isLower = (word: string) => /^\p{Ll}/u.test(word);

/** "Tom Poe contributed reporting from Paris.", "AP writers … contributed to this report.",
 *  "Jane Roe may be reached at … Follow her on Twitter". */
const CONTRIBUTED = /\bcontributed (?:reporting|research|to this (?:report|story|article))\b|\b(?:may|can) be reached at\b|\bfollow (?:him|her|them|me) on (?:twitter|facebook|instagram|x|bluesky)\b/i;
/** "Write to Jane Roe at jane.roe@example.com" closing a story. */
const WRITE_TO = /^(?:write to|contact|email|e-mail|reach) [^@\s][^@]{0,80} at [^@\s]+@[^@\s]+$/i;
/** Longest block read as a contributors' line (it may list many names). */
const MAX_CONTRIBUTORS = 400;

/** A short block that is a byline: "By Jane Roe and Tom Poe, Associated Press". */
export function isBylineText(text: string): boolean {
  if (text.length <= MAX_CONTRIBUTORS && (CONTRIBUTED.test(text) || WRITE_TO.test(text))) return true;
  if (text.length > MAX_LINE) return false;
  const wire = WIRE_LINE.exec(text);
  if (wire) return CAPITAL.test(text.slice(wire[0].length));
  const start = BYLINE_START.exec(text);
  if (!start) return false;
  const rest = text.slice(start[0].length);
  if (!CAPITAL.test(rest)) return false;
  // A sentence that starts "By Monday, the port had…" has words a byline has not.
  let others = 0;
  for (const w of rest.split(/[^\p{L}'’-]+/u)) if (w && isLower(w) && !BYLINE_WORDS.has(w)) others++;
  return others <= 1;
}

/** Agencies and photo libraries a credit names after "/" (or before it: "REUTERS/Jane Roe"). */
const AGENCY = /^(?:AP|AFP|Reuters|REUTERS|Getty|Getty Images|EPA|EPA-EFE|Bloomberg|Xinhua|Shutterstock|Alamy|PA|PA Images|PA Wire|Sipa|Sipa USA|NurPhoto|Anadolu|Anadolu Agency|UPI|TASS|dpa|ANSA|Pool|[\p{Lu}][\p{L}]+ (?:Images|Photos|Pictures|News|Press|Agency|Wire))$/u;
/** "Jane Roe/Getty Images via AFP": the agency part, with an optional "via" second agency. */
const isAgency = (text: string) => text.split(/\s+via\s+/).every((part) => AGENCY.test(part.trim()));
/** One to four capitalised words ("Jane Roe", "J. Roe", "Jean-Luc O'Neil"). */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[\p{Lu}\p{Lt}](?:\.|[\p{L}'’-]*)$/u.test(w));
}
/** Up to four capitalised words that end `text` (the name before a "/"), or "" when there are none. */
function nameBefore(text: string): string {
  const words = text.trimEnd().split(/\s+/);
  let n = 0;
  while (n < 4 && n < words.length && isName(words[words.length - 1 - n]!)) n++;
  return words.slice(words.length - n).join(" ");
}

/** Words that open a photo or video credit ("Photo: ", "Photograph by ", "Image credit: "). */
const CREDIT_LEAD = /(?:photo(?:graph)?|picture|image|video|illustration|graphic)s?(?: credit)? ?(?::|\/|by\s)/gi;
/** A wire credit at the end of a story ("Reporting by …; Editing by …"). */
const WIRE_LEAD = /(?:additional\s+)?(?:reporting|writing|editing)\s+by\s/gi;
/** A parenthesised credit: "(AP Photo/Jane Roe)", "(Photo by Jane Roe/Getty Images)", "(Image: Reuters)". */
const PAREN_CREDIT = /^\((?:[^()]{0,30}\s)?(?:photo(?:graph)?|image|picture|video|illustration|graphic)s?\b[^()]{0,100}\)$/i;
/** A lower-case word that ends a sentence: what follows it is prose, not a credit. */
const SENTENCE_END = /\p{Ll}{2}[.!?]["”’)]?\s/u;

/** Every credit form holds one of these: a block's end without any holds no credit (one native
 *  test per block instead of every form's scan). */
const CREDIT_HINT = /photo|image|picture|video|illustration|graphic|credit|reporting|editing|writing|[/©]/i;

/** Separators a byline's pieces hang on ("Jane Roe |", "· Published …"). */
const EDGE_MARK = /[\s|·•–—-]/u;
/** A piece of a byline block that dates the article rather than naming a maker. */
const DATE_LINE = /^(?:(?:first |last )?(?:published|updated|posted|modified)\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d)/i;

/** Every pattern run on page text here, for the ReDoS check (block-kinds.test.ts). */
export const TEXT_PATTERNS: readonly RegExp[] = [CREDIT_HINT, BYLINE_START, WIRE_LINE, CONTRIBUTED, WRITE_TO, CAPITAL, AGENCY, CREDIT_LEAD, WIRE_LEAD, PAREN_CREDIT, SENTENCE_END, DATE_LINE];

/** A byline or credit block as the popup lists it among the article's makers: without the
 *  separators at its edges, or null when it only dates the article ("| Published: 11.24.26"). */
export function makerLine(text: string): string | null {
  let a = 0;
  let b = text.length;
  while (a < b && EDGE_MARK.test(text[a]!)) a++;
  while (b > a && EDGE_MARK.test(text[b - 1]!)) b--;
  const line = text.slice(a, b);
  return line && !DATE_LINE.test(line) ? line : null;
}

/** Only the end of a long block is searched for a credit. */
const TAIL = 240;
/** A credit is short: a longer "credit" is a sentence that happens to start like one. */
const MAX_CREDIT = 160;

/** The start of each credit form that would end `tail`, with its kind. */
function creditStarts(tail: string): { at: number; kind: BlockKind }[] {
  const found: { at: number; kind: BlockKind }[] = [];
  const end = tail.trimEnd().replace(/\.$/, "");
  // "(AP Photo/Jane Roe)"
  const open = end.lastIndexOf("(");
  if (open >= 0 && PAREN_CREDIT.test(end.slice(open))) found.push({ at: open, kind: "credit" });
  // "Photo: Jane Roe / AFP", "Photograph by Jane Roe"
  for (const m of end.matchAll(CREDIT_LEAD)) {
    const rest = end.slice(m.index + m[0].length).trimStart();
    if (CAPITAL.test(rest) && !SENTENCE_END.test(`${rest} `.slice(0, -1)) && !rest.includes(". ")) found.push({ at: m.index, kind: "credit" });
  }
  // "Jane Roe/Getty Images", "REUTERS/Jane Roe", "Jane Roe / AFP via Getty Images"
  const slash = end.lastIndexOf("/");
  if (slash > 0) {
    const left = end.slice(0, slash);
    const right = end.slice(slash + 1).trim();
    const name = nameBefore(left);
    if (name && isAgency(right)) found.push({ at: left.trimEnd().length - name.length, kind: "credit" });
    // the agency before the "/" is one or two words ("REUTERS", "PA Images")
    const words = left.trimEnd().split(/\s+/);
    for (const n of [1, 2]) {
      const agency = words.slice(-n).join(" ");
      if (words.length >= n && isAgency(agency) && isName(right)) {
        found.push({ at: left.trimEnd().length - agency.length, kind: "credit" });
        break;
      }
    }
  }
  // "© Jane Roe"
  const copy = end.lastIndexOf("©");
  if (copy >= 0 && !end.slice(copy).includes(". ")) found.push({ at: copy, kind: "credit" });
  // "(Reporting by Jane Roe; Editing by Tom Poe)"
  for (const m of end.matchAll(WIRE_LEAD)) {
    const rest = end.slice(m.index + m[0].length);
    if (!CAPITAL.test(rest.trimStart()) || SENTENCE_END.test(rest)) continue;
    const at = m.index > 0 && end[m.index - 1] === "(" ? m.index - 1 : m.index;
    found.push({ at, kind: "byline" });
    break;
  }
  return found;
}

/**
 * Where a credit that ends `text` starts (0: the whole block is a credit or byline line), and
 * what it is; null when the block ends with none. Each form is checked from its start to the end
 * of the block, by plain scans (no pattern here can backtrack over page text).
 */
export function trailingCredit(text: string): { at: number; kind: BlockKind } | null {
  const from = Math.max(0, text.length - TAIL);
  if (!CREDIT_HINT.test(from > 0 ? text.slice(from) : text)) return null;
  let best: { at: number; kind: BlockKind } | null = null;
  for (const c of creditStarts(text.slice(from))) {
    // A credit starts a block or follows a space, a sentence's end or a separator.
    const at = from + c.at;
    if (at > 0 && !/[\s.;|—–-]/u.test(text[at - 1]!)) continue;
    if (!best || at < best.at) best = { at, kind: c.kind };
  }
  if (!best) return null;
  if (best.at === 0) return text.length <= MAX_LINE ? best : null;
  return text.length - best.at <= MAX_CREDIT ? best : null;
}
