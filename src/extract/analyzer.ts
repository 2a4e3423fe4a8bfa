/**
 * The engine, block by block. `createAnalyzer()` keeps everything coreference and attribution
 * need between blocks (the people registry, the salient subject and speaker, an open quotation
 * at a paragraph end), so a caller can feed a growing page and process it in slices:
 *
 *   const an = createAnalyzer();
 *   an.push(snapshot);            // or addBlocks(fullText, newBlocks) as a live blog grows
 *   while (!an.step(20)) await idle();
 *   const analysis = an.result();
 *
 * Processing block i reads only blocks ≤ i, and result() is a pure function of the processed
 * blocks, so any chunking gives exactly the result of analyze() on the same text.
 */
import { attributeSentence, initialAttribState, type AttribState, type ClaimOut, type PersonSpan } from "./attribution/index.ts";
import { isAsideBlock, isBylineBlock, isCreditBlock, isSignatureLine, isTitleCaseBlock, isTitleCaseLine, sanitizeBlocks } from "./blocks.ts";
import { Registry, type Entity } from "./coref.ts";
import { isGiven, isPlainWord, isStrongGiven } from "./names.ts";
import {
  COMPANY_NOUNS,
  ORG_WORDS,
  PLACE_TO_COUNTRY,
  LX_COMMON_CAPS,
  LX_COUNTRY,
  LX_COUNTRY_FIRST,
  LX_MEDIA,
  LX_ORG,
} from "./lexicon/index.ts";
import { findChunks } from "./entities/chunks.ts";
import { introducedAsKin, isPluralTitle, tagBetween } from "./entities/role-words.ts";
import { orgListMembers, orgMajorityListMembers } from "./entities/org-names.ts";
import { orgNameOf } from "./entities/org-names.ts";
import { PERSON_THRESHOLD, assessChunk, type ChunkContext, type PersonCandidate } from "./entities/person.ts";
import { nameKeyOf } from "./entities/things.ts";
import { findQuotes, type QuoteSpan } from "./quotes.ts";
import { buildAnalysis, type EngineState, type HeadlineName, type PendingName } from "./result.ts";
import { splitSentences } from "./sentences.ts";
import { WORD, tokenize, type Token } from "./tokens.ts";
import type { Analysis, AnalyzeOptions, Block, TextSnapshot } from "./types.ts";

export interface Analyzer {
  /** Give the analyzer the page as it is now. When the new snapshot extends the old one (same
   *  text prefix, processed blocks unchanged) work continues; otherwise it starts over. */
  push(snapshot: TextSnapshot): void;
  /** Append blocks; `text` is the whole text so far (the old text must be its prefix). */
  addBlocks(text: string, blocks: Block[]): void;
  /** Process up to maxBlocks blocks (default: all). Returns true when every known block is done. */
  step(maxBlocks?: number): boolean;
  /** The analysis of the processed blocks. */
  result(): Analysis;
  /** Blocks known but not processed yet. */
  readonly pending: number;
}

const PLACE_PREPS = new Set("in to from into at near across visited visit of toward towards via around".split(" "));
const ORG_SUFFIXES = new Set("inc corp co ltd llc plc ag sa nv spa gmbh group holdings bhd tbk pte limited corporation incorporated company".split(" "));

class Engine implements Analyzer, EngineState {
  text = "";
  blocks: Block[] = [];
  next = 0;
  carry = false;
  registry = new Registry();
  attrib: AttribState = initialAttribState();
  claims: ClaimOut[] = [];
  pendingNames: PendingName[] = [];
  headlineNames: HeadlineName[] = [];
  countries = new Map<string, number>();
  orgCounts = new Map<string, number>();
  orgNames: string[] = [];
  /** where company-like names were seen, in text order (for "the company's spokesman") */
  orgSpots: Array<{ name: string; start: number }> = [];
  /** where each sentence starts (character offsets, in text order) */
  sentenceStarts: number[] = [];
  orgSeen = new Set<string>();
  /** names the article framed as a firm ("a firm called X"), by their words' keys */
  firms = new Set<string>();
  /** blocks that are only a person's name line ("— Ana Ruiz, 34, teacher"), by block index */
  nameLines = new Map<number, number>();
  /** names seen in an organisation's context somewhere ("Royal Oak shares", "Goldman Sachs & Co",
   *  "Blackburn, the club"): folded name words joined by spaces */
  orgMarked = new Set<string>();
  private insideBuf = new Uint8Array(256);
  private personBuf = new Int32Array(256);

  constructor(readonly opts: AnalyzeOptions = {}) {}

  get pending(): number {
    return this.blocks.length - this.next;
  }

  private reset(): void {
    this.text = "";
    this.blocks = [];
    this.next = 0;
    this.carry = false;
    this.registry = new Registry();
    this.attrib = initialAttribState();
    this.claims = [];
    this.pendingNames = [];
    this.headlineNames = [];
    this.countries = new Map();
    this.orgCounts = new Map();
    this.orgNames = [];
    this.orgSpots = [];
    this.sentenceStarts = [];
    this.orgSeen = new Set();
    this.firms = new Set();
    this.nameLines = new Map();
    this.orgMarked = new Set();
  }

  push(snapshot: TextSnapshot): void {
    const old = this.blocks;
    let extends_ =
      snapshot.text.length >= this.text.length && snapshot.text.startsWith(this.text) && snapshot.blocks.length >= this.next;
    for (let i = 0; extends_ && i < this.next; i++) {
      const a = old[i]!;
      const b = snapshot.blocks[i]!;
      // kinds may be revised as a page grows (a last line turns out to be a heading); they do not
      // change the reading, offsets do
      if (a.start !== b.start || a.end !== b.end) extends_ = false;
    }
    if (!extends_) this.reset();
    this.text = snapshot.text;
    this.blocks = sanitizeBlocks(snapshot.text, snapshot.blocks);
    if (this.next > this.blocks.length) this.next = this.blocks.length;
  }

  addBlocks(text: string, blocks: Block[]): void {
    this.push({ text, blocks: [...this.blocks, ...blocks] });
  }

  step(maxBlocks = Infinity): boolean {
    let n = 0;
    while (this.next < this.blocks.length && n < maxBlocks) {
      this.processBlock(this.next);
      this.next++;
      n++;
    }
    return this.next >= this.blocks.length;
  }

  private processBlock(bi: number): void {
    const text = this.text;
    const blk = this.blocks[bi]!;
    const tokens = tokenize(text, blk.start, blk.end);
    const n = tokens.length;
    const scan = findQuotes(text, tokens, blk.start, blk.end, this.carry);
    this.carry = scan.carryOut;
    if (n === 0) return;
    // per-token scratch: views of buffers kept by the analyzer (a fresh typed array per block
    // costs a backing-store allocation each time); a view of length n reads out of range exactly
    // as a new array would
    if (this.insideBuf.length < n) {
      this.insideBuf = new Uint8Array(Math.max(n, 2 * this.insideBuf.length));
      this.personBuf = new Int32Array(this.insideBuf.length);
    }
    const inside = this.insideBuf.subarray(0, n).fill(0);
    for (const q of scan.spans) {
      const a = q.open < 0 ? 0 : q.open + 1;
      const b = q.endTok;
      for (let i = a; i < b; i++) inside[i] = 1;
    }
    const sents = splitSentences(text, tokens, scan.spans, inside);
    for (const s of sents) if (s.b > s.a) this.sentenceStarts.push(tokens[s.a]!.s);
    const personAt = this.personBuf.subarray(0, n).fill(-1);
    const persons: PersonSpan[] = [];
    const creditBlock = blk.kind === "credit" || isCreditBlock(tokens, blk.end - blk.start);
    // the page marks its bylines and credits (src/content): everyone named there made the article
    const bylineBlock = blk.kind === "byline" || blk.kind === "credit" || isBylineBlock(tokens, blk.end - blk.start);
    // a title-case line (headline, subhead, menu): its capitals are no evidence of a name
    // (bylines, credits and signature lines name their people in any case)
    const nl = text.indexOf("\n", blk.start); // (a first block of one line is the headline)
    const firstLine = bi === 0 && this.blocks.length > 1 && (nl < 0 || nl >= blk.end);
    const blockTitleCase =
      !creditBlock && !bylineBlock && !isSignatureLine(tokens) && isTitleCaseBlock(tokens, blk.kind, blk.end - blk.start, firstLine);
    // quotes grouped by the sentence holding their opening (or closing) mark
    const byOpen = scan.spans
      .map((q) => ({ q, at: q.open >= 0 ? q.open : q.close >= 0 ? q.close : 0 }))
      .sort((x, y) => x.at - y.at);
    let qi = 0;
    const blockQuotes: ClaimOut[] = [];
    const cx: ChunkContext = { text, tokens, sentence: sents[0]!, blockFirst: 0, creditBlock, bylineBlock, titleCase: blockTitleCase, firms: this.firms };
    // a title-case headline or subhead names no one the body does not (result.ts joins them)
    // (the text's first block is its headline, however long)
    const headline = blockTitleCase && (blk.kind === "heading" || bi === 0);
    this.registry.aside = isAsideBlock(tokens, blk.kind, blk.end - blk.start);
    // an aside puts no distance between a subject and the pronoun that points back to them
    if (this.registry.aside && this.attrib.lastSubject >= 0) this.attrib.lastSubjectBlock++;
    for (const s of sents) {
      cx.sentence = s;
      // (a block of plain text may hold lines: a whole line is read like a block of its own)
      const titleCase = blockTitleCase || (!creditBlock && !bylineBlock && isTitleCaseLine(text, tokens, s));
      cx.titleCase = titleCase;
      const chunks = findChunks(tokens, s, !titleCase);
      let prevCand: { cand: PersonCandidate; b: number } | null = null;
      const rejected: PersonCandidate[] = [];
      for (const ch of chunks) this.markOrgContext(tokens, s, ch.na, ch.b);
      // "five firms, Aldwin Robotics, Keller Dynamics, Marston and Orbital Works": a list after a
      // plural organisation noun names organisations
      const orgListed = orgListMembers(tokens, s, chunks);
      // "Boeing, Airbus, Vela Dynamics and Lockwood Martin": a list most of whose members are no
      // people (nor a person met before) names organisations
      const notPerson = (ch: (typeof chunks)[number]): boolean => {
        const c = assessChunk(ch, cx);
        if (c && c.score >= PERSON_THRESHOLD) return false;
        const e = ch.b - ch.na === 1 ? this.registry.lookup([tokens[ch.na]!.key]) : undefined;
        return !e;
      };
      for (const a of orgMajorityListMembers(tokens, chunks, notPerson)) orgListed.add(a);
      for (let ci = 0; ci < chunks.length; ci++) {
        const ch = chunks[ci]!;
        let cand = orgListed.has(ch.a) ? null : assessChunk(ch, cx);
        // "a firm called Marlow Keats": that name is the firm's here and in its later mentions
        if (cand?.firm) {
          this.firms.add(nameKeyOf(tokens, ch));
          cand = null;
        }
        if (cand && titleCase) cand.titleLine = true;
        if (cand) this.shareSurname(cand, tokens, chunks[ci + 1]);
        if (!cand) {
          const known = this.knownNameWord(tokens, ch);
          if (known) {
            const last = ch.b - 1;
            this.registry.addWordMention(known, ch, tokens[last]!);
            personAt[last] = persons.length;
            persons.push({ ent: known.id, a: last, b: ch.b, ca: last, poss: ch.poss });
            continue;
          }
          // a title-case line's run of capitals that ends in no name word ("Ana Ruiz Reassures
          // House Democrats") may still open with a name of the body's (result.ts)
          if (titleCase && ch.b - ch.a >= 2) this.noteHeadlineName(tokens, ch.a, ch.b);
          this.tallyOrg(text, tokens, ch.a, ch.b);
          continue;
        }
        // coordination: "advisers Steve Witkoff and Jared Kushner", "Sens. Ana Ruiz and Tom Hicks"
        // share the role (a title shared only when it is plural)
        // (past the first name's party tag too: "Reps. Ana Ruiz (D-Ill.), Tom Hicks (D-Ohio) and …")
        // (a serial comma too: "A, B, and C")
        const joint = tokens[ch.a - 1]?.key === "and" && tokens[ch.a - 2]?.t === "," ? ch.a - 2 : ch.a - 1;
        if (
          prevCand &&
          (tokens[ch.a - 1]?.key === "and" || tokens[ch.a - 1]?.t === ",") &&
          (prevCand.b === joint || (joint > prevCand.b && tagBetween(text, tokens[prevCand.b - 1]!.e, tokens[joint]!.s))) &&
          ch.na === ch.a
        ) {
          // (a singular office names one: "campaign manager Ana Ruiz, Tom Hale and …" shares nothing)
          const r = prevCand.cand.roles.find((x) => ((x.kind === "pre" || x.kind === "prefix") && isPluralTitle(x.text)) || x.kind === "coord");
          if (r && cand.roles.every((x) => x.kind === "tag")) {
            cand.roles.push({ ...r, kind: "coord" });
            cand.score += 3;
          }
        }
        let ent = this.registry.lookup(cand.keys, cand.titled, cand.roles, cand.gender);
        // a relative introduced by a kinship noun is someone else than the one their surname alone
        // named so far, unless of the same known gender ("Biggs said … His wife, Mary Biggs")
        if (ent && ent.keys.length < cand.keys.length && !(ent.gender && ent.gender === cand.gender) && introducedAsKin(tokens, ch.a)) ent = undefined;
        if (!ent && titleCase && (headline || cand.score < PERSON_THRESHOLD)) {
          // a headline name joins a person of the body, known now or later (result.ts)
          this.noteHeadlineName(tokens, ch.na, ch.b, cand.keys);
          prevCand = null;
          continue;
        }
        if (ent) this.registry.addMention(ent, cand);
        else if (cand.score >= PERSON_THRESHOLD) {
          ent = this.registry.create(cand);
          ent.kinIntro = introducedAsKin(tokens, ch.a);
        }
        if (!ent) {
          this.pendingNames.push({ start: cand.start, end: cand.end, keys: cand.keys });
          this.tallyOrg(text, tokens, ch.a, ch.b);
          rejected.push(cand);
          prevCand = null;
          continue;
        }
        const idx = persons.length;
        persons.push({ ent: ent.id, a: ch.na, b: ch.b, ca: ch.a, poss: ch.poss });
        for (let k = ch.a; k < ch.b; k++) personAt[k] = idx;
        prevCand = { cand, b: ch.b };
      }
      this.promoteListedNames(tokens, s, rejected, persons, personAt);
      const quotes: QuoteSpan[] = [];
      while (qi < byOpen.length && byOpen[qi]!.at < s.b) {
        quotes.push(byOpen[qi]!.q);
        qi++;
      }
      const out = attributeSentence({
        text,
        tokens,
        s,
        inside,
        personAt,
        persons,
        quotes,
        registry: this.registry,
        state: this.attrib,
        block: bi,
        blockFirst: 0,
        aside: this.registry.aside,
        blockQuotes,
      });
      for (const c of out) {
        if (c.speaker && "ent" in c.speaker) this.registry.find(c.speaker.ent).quotes++;
        this.claims.push(c);
      }
    }
    this.tallyCountries(tokens, personAt);
    // a short line that starts with a person's name and quotes nothing: a vox-pop signature
    if (blk.end - blk.start <= 120 && scan.spans.length === 0 && persons.length > 0 && persons[0]!.ca <= 1) {
      this.nameLines.set(bi, persons[0]!.ent);
    }
  }

  /** The person a chunk that reads as no name still names by a known word of theirs: a surname
   *  that is also a place ("Jordan said", after "Neil Jordan"), a news outlet's name or an
   *  organisation's word ("Now Bloomberg says", after "Michael Bloomberg"), alone or after a
   *  sentence's opening function words ("But Guardian, the mayor, …"); or the given name, also an
   *  organisation's word, of someone just named ("Bill"; not one of two before a shared surname:
   *  "Bill and Ana Ruiz"). */
  private knownNameWord(tokens: Token[], ch: { a: number; b: number }): Entity | undefined {
    const last = ch.b - 1;
    const t0 = tokens[last]!;
    const pv = tokens[last - 1];
    const nt = tokens[ch.b]; // (not the first word of an organisation's: "Fox News" after "Vivica Fox")
    const orgNext = !!nt && nt.cap && (nt.f & (LX_ORG | LX_MEDIA)) !== 0;
    let opener = last > ch.a;
    for (let k = ch.a; k < last && opener; k++) opener = (tokens[k]!.f & LX_COMMON_CAPS) !== 0;
    if (!(last === ch.a || opener) || t0.allCaps || orgNext || (pv && pv.k === WORD && !pv.cap && PLACE_PREPS.has(pv.key) && last === ch.a)) return undefined;
    const e = this.registry.lookup([t0.key]);
    if (!e || e.keys.length < 2) return undefined;
    const given = e.keys[0] === t0.key && (t0.f & LX_ORG) !== 0 && isStrongGiven(t0.key) && nt?.key !== "and" && nt?.t !== "&";
    return e.keys[e.keys.length - 1] === t0.key || given ? e : undefined;
  }

  /** A title-case line's name (its capitalised words from a to b, or `keys`), for result.ts to
   *  join to a person of the body. */
  private noteHeadlineName(tokens: Token[], a: number, b: number, keys?: string[]): void {
    if (!keys) while (a < b && tokens[a]!.f & LX_COMMON_CAPS) a++; // (not its opening "On", "The")
    const spans: Array<[number, number]> = [];
    for (let k = a; k < b; k++) if (tokens[k]!.cap) spans.push([tokens[k]!.s, tokens[k]!.e]);
    if (spans.length === 0 || this.headlineNames.length >= 500) return;
    const ks = keys ?? tokens.slice(a, b).flatMap((t) => (t.cap ? [t.key] : []));
    this.headlineNames.push({ start: tokens[a]!.s, end: tokens[b - 1]!.e, keys: ks, spans });
  }

  /** "Dana and Hunter Ostrander": a lone given name joined by "and" to a full name shares its
   *  surname, unless it is the given name of someone already known ("Hillary and Tim Kaine"). */
  private shareSurname(cand: PersonCandidate, tokens: Token[], next: { a: number; na: number; b: number } | undefined): void {
    const t = tokens[cand.chunk.na]!;
    if (!next || cand.keys.length !== 1 || cand.chunk.b - cand.chunk.na !== 1 || !isGiven(t.key)) return;
    // (two words after "and", not a list's last member: "Brandy, Monica and Ana Ruiz", "Reagan and
    // George W. Bush")
    if (tokens[cand.chunk.b]?.key !== "and" || next.a !== cand.chunk.b + 1 || next.na !== next.a || next.b - next.na !== 2) return;
    if (tokens[cand.chunk.a - 1]?.t === "," && tokens[cand.chunk.a - 2]?.cap) return;
    const nf = tokens[next.na]!;
    const last = tokens[next.b - 1]!;
    // (not an organisation named after them: "the Bill and Ana Ruiz Foundation")
    if (!nf.cap || !last.cap || last.f & LX_ORG || isPlainWord(last.key) || !isStrongGiven(nf.key) || isStrongGiven(last.key) || this.registry.lookup([t.key])) return;
    cand.keys = [t.key, last.key];
    cand.name = `${t.t} ${last.t}`;
    cand.score = Math.max(cand.score, PERSON_THRESHOLD);
  }

  /** Line-ups and rosters: a run of at least four names separated only by commas/"and", at least one
   *  of them a person, makes all of them people ("Given, Breen, Staunton, Irwin and Quinn"). */
  private promoteListedNames(
    tokens: Token[],
    s: { a: number; b: number },
    rejected: PersonCandidate[],
    persons: PersonSpan[],
    personAt: Int32Array,
  ): void {
    if (rejected.length === 0) return;
    const byStart = new Map<number, PersonCandidate>();
    for (const c of rejected) byStart.set(c.chunk.a, c);
    const items: Array<PersonCandidate | null> = [];
    let i = s.a;
    while (i < s.b) {
      const pi = personAt[i]!;
      const c = byStart.get(i);
      if (pi >= 0 || c) {
        const end = pi >= 0 ? persons[pi]!.b : c!.chunk.b;
        items.push(pi >= 0 ? null : c!);
        i = end;
        const sep = tokens[i];
        if (sep && (sep.t === "," || sep.key === "and") && i + 1 < s.b) {
          i++;
          continue;
        }
        this.flushListed(items, persons, personAt);
        continue;
      }
      if (items.length > 0) this.flushListed(items, persons, personAt);
      i++;
    }
    this.flushListed(items, persons, personAt);
  }

  /** Ends a run of listed names (null: an already known person): four or more with one known
   *  make them all people. Empties `items`. */
  private flushListed(items: Array<PersonCandidate | null>, persons: PersonSpan[], personAt: Int32Array): void {
    let known = 0;
    for (const x of items) if (x === null) known++;
    if (items.length >= 4 && known >= 1) {
      for (const x of items) {
        if (!x || x.score < -1) continue;
        const ent = this.registry.lookup(x.keys, x.titled, x.roles, x.gender) ?? this.registry.create(x);
        if (ent.mentions[ent.mentions.length - 1]?.start !== x.start) this.registry.addMention(ent, x);
        const idx = persons.length;
        persons.push({ ent: ent.id, a: x.chunk.na, b: x.chunk.b, ca: x.chunk.a, poss: x.chunk.poss });
        for (let k = x.chunk.a; k < x.chunk.b; k++) personAt[k] = idx;
      }
    }
    items.length = 0;
  }

  private markOrgContext(tokens: Token[], s: { a: number; b: number }, a: number, b: number): void {
    if (b <= a || this.orgMarked.size > 5000) return;
    const n1 = tokens[b];
    const n2 = tokens[b + 1];
    const n3 = tokens[b + 2];
    let org = false;
    if (
      n1 &&
      (n1.t === "&" || (n1.k === WORD && !n1.cap && (n1.key === "shares" || n1.key === "stock" || n1.key === "shareholders")))
    )
      org = true;
    else if (n1 && n1.k === WORD && n1.cap && ORG_SUFFIXES.has(n1.key)) org = true;
    else if (n1?.t === "(" && n2 && n2.k === WORD && ORG_SUFFIXES.has(n2.key)) org = true;
    else if (
      n1?.t === "," &&
      n2?.key === "the" &&
      n3 &&
      n3.k === WORD &&
      !n3.cap &&
      (COMPANY_NOUNS.has(n3.key) || ORG_WORDS.has(n3.key) || n3.key === "club" || n3.key === "side" || n3.key === "team")
    )
      org = true;
    if (!org || b > s.b) return;
    const keys: string[] = [];
    for (let i = a; i < b; i++) if (tokens[i]!.k === WORD && tokens[i]!.cap) keys.push(tokens[i]!.key);
    if (keys.length > 0) this.orgMarked.add(keys.join(" "));
  }

  /** Countries, demonyms and capitals the article mentions (not inside people's names: "Ana Lima"). */
  private tallyCountries(tokens: Token[], personAt: Int32Array): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.k !== WORD || !t.cap || personAt[i]! >= 0) continue;
      const nx = tokens[i + 1];
      let c: string | undefined;
      // two-word places start with a word that is itself listed or capitalised ("New York", "Sri Lanka")
      if (t.f & LX_COUNTRY_FIRST && nx && nx.k === WORD && (nx.cap || nx.key === "de"))
        c = PLACE_TO_COUNTRY.get(`${t.key} ${nx.key}`);
      if (!c && t.f & LX_COUNTRY && (t.key !== "us" || t.t === "US")) c = PLACE_TO_COUNTRY.get(t.key);
      if (c) this.countries.set(c, (this.countries.get(c) ?? 0) + 1);
    }
  }

  private tallyOrg(text: string, tokens: Token[], a: number, b: number): void {
    const o = orgNameOf(text, tokens, a, b);
    if (!o) return;
    if (o.kind === "body" && !this.orgSeen.has(o.name)) {
      this.orgSeen.add(o.name);
      if (this.orgNames.length < 200) this.orgNames.push(o.name);
    }
    if (o.kind === "bare") {
      if (this.orgCounts.size > 5000 && !this.orgCounts.has(o.name)) return;
      this.orgCounts.set(o.name, (this.orgCounts.get(o.name) ?? 0) + 1);
    }
    if (o.company && this.orgSpots.length < 2000) this.orgSpots.push({ name: o.name, start: o.start });
  }

  result(): Analysis {
    return buildAnalysis(this);
  }
}

export function createAnalyzer(opts: AnalyzeOptions = {}): Analyzer {
  return new Engine(opts);
}

export function analyze(snapshot: TextSnapshot, opts: AnalyzeOptions = {}): Analysis {
  const an = createAnalyzer(opts);
  an.push(snapshot);
  an.step();
  return an.result();
}
