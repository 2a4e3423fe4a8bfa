/**
 * The attribution layer's types: what a sentence hands it (tokens, people spans, quotations), the
 * state carried between sentences (the salient subject and speaker), and the claims it returns.
 */
import { type Registry } from "../coref.ts";
import { type QuoteSpan } from "../quotes.ts";
import { type Sentence } from "../sentences.ts";
import { type Token } from "../tokens.ts";

export type SpeakerRef = { ent: number } | { label: string; company: boolean } | null;

export interface ClaimOut {
  start: number;
  end: number;
  kind: "direct" | "indirect";
  speaker: SpeakerRef;
  cue: string | null;
  cueStart: number;
  cueEnd: number;
  /** direct quote attributed only by adjacency */
  weak?: boolean;
  /** direct quote left open at the end of its paragraph */
  carried?: boolean;
  /** direct quote continuing an open quotation of the previous paragraph */
  continued?: boolean;
  block?: number;
  /** a further source of the same clause ("The bank and the fund said …"): kept beside the first */
  coSource?: boolean;
}

export interface AttribState {
  /** the person most recently a subject (of a cue or a sentence) */
  lastSubject: number;
  lastSubjectBlock: number;
  lastSpeaker: SpeakerRef;
  lastSpeakerBlock: number;
  /** the last speaker is a source label named after lastSubject ("Brafton said …" after Ruiz) */
  labelNewer: boolean;
  lastCue: string | null;
  lastCueStart: number;
  lastCueEnd: number;
  /** speaker of the last direct quotation, for continuations */
  lastQuoteSpeaker: SpeakerRef;
  lastQuoteBlock: number;
  /** descriptor noun → organisation name ("brokerage Jefferies": brokerage → Jefferies), so that
   *  "the brokerage said" later resolves */
  orgAlias: Map<string, string>;
  /** the last two people named together as a subject ("King and Weeks were freed"), for "both men" */
  lastPair: [number, number] | null;
  lastPairBlock: number;
  /** the last person introduced by a gendered noun rather than a name ("one mother", "a
   *  widower"), what a later "she"/"he" may point to */
  lastDescribed: { label: string; gender: "f" | "m"; pos: number; block: number } | null;
  /** the last subject made of a person and others ("Gov. Ana Ruiz and party leaders have …"),
   *  what a later "they" of the same paragraph may point to */
  lastGroup: { label: string; pos: number; block: number } | null;
  /** the source that last spoke "in a statement" (or letter, release …), what a later "the
   *  statement said" stands for */
  lastDocument: { noun: string; ref: SpeakerRef; block: number } | null;
  /** the organisation last named as a subject or source ("Amazon is …", "Nordlys Records says"),
   *  what a later "the company", "the agency" stands for */
  lastOrg: { label: string; block: number } | null;
}

export function initialAttribState(): AttribState {
  return {
    lastSubject: -1,
    lastSubjectBlock: -10,
    lastSpeaker: null,
    lastSpeakerBlock: -10,
    labelNewer: false,
    lastCue: null,
    lastCueStart: -1,
    lastCueEnd: -1,
    lastQuoteSpeaker: null,
    lastQuoteBlock: -10,
    orgAlias: new Map(),
    lastPair: null,
    lastPairBlock: -10,
    lastDescribed: null,
    lastGroup: null,
    lastDocument: null,
    lastOrg: null,
  };
}

export interface PersonSpan {
  ent: number;
  /** token range of the name part */
  a: number;
  b: number;
  /** token range of the whole chunk including a title prefix */
  ca: number;
  poss: boolean;
}

export interface SentenceInput {
  text: string;
  tokens: Token[];
  s: Sentence;
  /** token is strictly inside a quotation */
  inside: Uint8Array;
  /** person index per token (-1 none) into `persons` */
  personAt: Int32Array;
  persons: PersonSpan[];
  quotes: QuoteSpan[];
  registry: Registry;
  state: AttribState;
  block: number;
  blockFirst: number;
  /** the block is an aside (caption, label line): its names make no one salient */
  aside?: boolean;
  /** earlier quotes of this block (for interrupted quotations) */
  blockQuotes: ClaimOut[];
}

export interface Subject {
  ref: SpeakerRef;
  a: number;
  b: number;
  inverted: boolean;
  according: boolean;
  /** read through a relative "who" ("Ana Ruiz, who said …"): the main clause's subject stays salient */
  relative?: boolean;
}
