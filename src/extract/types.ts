/**
 * The public types of the reading engine. Every other layer may import this file (and only this
 * file) from src/extract as "types only" (see ../../shared docs: house style, import boundaries).
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices) into TextSnapshot.text,
 * end exclusive.
 */

/** What kind of page block a stretch of text came from; lets the engine treat captions and
 *  credits differently from body paragraphs. "heading" covers headlines and subheads (their
 *  title case is no evidence of a name); "byline" and "credit" are the article's makers (author
 *  lines, photo and video credits): the people named there are never officials. */
export type BlockKind = "paragraph" | "heading" | "caption" | "quote" | "list-item" | "byline" | "credit" | "other";

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

/** The article as the engine sees it: one string, blocks separated by "\n\n". */
export interface TextSnapshot {
  text: string;
  blocks: Block[];
}

export interface Span {
  start: number;
  end: number;
}

export type MentionKind = "name" | "surname" | "role" | "pronoun";

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Person {
  /** Stable within one analysis: "p1", "p2", … in order of first mention. */
  id: string;
  /** Fullest name form used in the article, as spelled there. */
  name: string;
  /** Every name occurrence (what gets highlighted); role/pronoun mentions carry their kind. */
  mentions: Mention[];
  isOfficial: boolean;
  /**
   * What the article says of their standing: "official" — an official role or title; "private" —
   * only roles of private people (a reporter, an analyst, a relative…); "maker" — named in the
   * article's byline or a credit; "unstated" — no role at all (a knowledge-base link may then vouch
   * for them). Absent in data written before it existed.
   */
  standing?: "official" | "private" | "maker" | "unstated";
  /** The role as the article states it ("Qatar Foreign Ministry spokesperson"), or null. */
  role: string | null;
  /** Government, body, party or country the person acts for ("Qatar (Foreign Ministry)"), or null. */
  represents: string | null;
}

export type QuoteKind = "direct" | "indirect";

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** The Person.id of the speaker when the speaker is a named person. */
  speakerId: string | null;
  /** A label for a speaker that is not a named person ("Egyptian official", "Chemours"). */
  source: string | null;
  /** The attribution phrase as it appears in the text ("told reporters", "According to him"). */
  cue: string | null;
  cueSpan: Span | null;
}

export interface Analysis {
  people: Person[];
  quotes: Quote[];
}

export interface AnalyzeOptions {
  /** ISO date (YYYY-MM-DD) of the article, when known. */
  date?: string;
}
