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
import { Registry, type Entity } from "./coref.ts";
import {
  COMMON_CAPS,
  COMPANY_NOUNS,
  FIRST_NAMES,
  MEDIA,
  ORG_ACRONYMS,
  ORG_WORDS,
  PLACE_TO_COUNTRY,
  PLACES,
  ROLE_NOUNS,
  TITLES,
  LX_COUNTRY,
  LX_COUNTRY_FIRST,
} from "./lexicon.ts";
import { findChunks } from "./entities/chunks.ts";
import { PERSON_THRESHOLD, assessChunk, type ChunkContext, type PersonCandidate } from "./entities/person.ts";
import type { RoleEvidence } from "./entities/roles.ts";
import { personStanding } from "./entities/standing.ts";
import { findQuotes, type QuoteSpan } from "./quotes.ts";
import { deriveRepresents, type DocFacts } from "./represents.ts";
import { splitSentences } from "./sentences.ts";
import { PUNCT, WORD, tokenize, type Token } from "./tokens.ts";
import type { Analysis, AnalyzeOptions, Block, Person, Quote, TextSnapshot } from "./types.ts";

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

interface Pending {
  start: number;
  end: number;
  keys: string[];
}

const PLACE_PREPS = new Set([
  "in",
  "to",
  "from",
  "into",
  "at",
  "near",
  "across",
  "visited",
  "visit",
  "of",
  "toward",
  "towards",
  "via",
  "around",
]);
const ORG_SUFFIXES = new Set([
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "ag",
  "sa",
  "nv",
  "spa",
  "gmbh",
  "group",
  "holdings",
  "bhd",
  "tbk",
  "pte",
  "limited",
  "corporation",
  "incorporated",
  "company",
]);
const CREDIT_WORDS = new Set([
  "photo",
  "photos",
  "image",
  "images",
  "credit",
  "credits",
  "video",
  "photograph",
  "picture",
  "pictures",
  "file",
  // the same credit lines in other languages news pages carry in captions
  "foto",
  "fotos",
  "bild",
  "צילום",
  "קרדיט",
  "تصوير",
  "صورة",
  "фото",
]);
/** "Reporting by …", "Editing by …": agency sign-offs that name journalists, not sources. */
const SIGNOFF_WORDS = new Set(["reporting", "editing", "writing", "compiled", "produced", "photography", "graphics", "translated", "interview"]);
/** Words an author line carries besides names: "Jane Roe | Published: 11.24.26, 09:12". */
const AUTHOR_LINE_WORDS = new Set(["published", "updated", "posted", "modified", "last"]);

class Engine implements Analyzer {
  private text = "";
  private blocks: Block[] = [];
  private next = 0;
  private carry = false;
  private registry = new Registry();
  private attrib: AttribState = initialAttribState();
  private claims: ClaimOut[] = [];
  private pendingNames: Pending[] = [];
  private countries = new Map<string, number>();
  private orgCounts = new Map<string, number>();
  private orgNames: string[] = [];
  private orgSeen = new Set<string>();
  /** blocks that are only a person's name line ("— Ana Ruiz, 34, teacher"), by block index */
  private nameLines = new Map<number, number>();
  /** names seen in an organisation's context somewhere ("Royal Oak shares", "Goldman Sachs & Co",
   *  "Blackburn, the club"): folded name words joined by spaces */
  private orgMarked = new Set<string>();
  private insideBuf = new Uint8Array(256);
  private personBuf = new Int32Array(256);

  constructor(private readonly opts: AnalyzeOptions = {}) {}

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
    this.countries = new Map();
    this.orgCounts = new Map();
    this.orgNames = [];
    this.orgSeen = new Set();
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
    const personAt = this.personBuf.subarray(0, n).fill(-1);
    const persons: PersonSpan[] = [];
    const creditBlock = isCreditBlock(tokens, blk.end - blk.start);
    const bylineBlock = isBylineBlock(tokens, blk.end - blk.start);
    // quotes grouped by the sentence holding their opening (or closing) mark
    const byOpen = scan.spans
      .map((q) => ({ q, at: q.open >= 0 ? q.open : q.close >= 0 ? q.close : 0 }))
      .sort((x, y) => x.at - y.at);
    let qi = 0;
    const blockQuotes: ClaimOut[] = [];
    const cx: ChunkContext = { text, tokens, sentence: sents[0]!, blockFirst: 0, creditBlock, bylineBlock };
    for (const s of sents) {
      cx.sentence = s;
      const chunks = findChunks(tokens, s);
      let prevCand: { cand: PersonCandidate; b: number } | null = null;
      const rejected: PersonCandidate[] = [];
      for (const ch of chunks) this.markOrgContext(tokens, s, ch.na, ch.b);
      for (const ch of chunks) {
        const cand = assessChunk(ch, cx);
        if (!cand) {
          // a known person's surname that is also a place ("Jordan said", after "Neil Jordan")
          const t0 = tokens[ch.a]!;
          const pv = tokens[ch.a - 1];
          if (ch.b - ch.a === 1 && !t0.allCaps && !(pv && pv.k === WORD && !pv.cap && PLACE_PREPS.has(pv.key))) {
            const e = this.registry.lookup([t0.key]);
            if (e && e.keys.length >= 2 && e.keys[e.keys.length - 1] === t0.key) {
              this.registry.addMention(e, {
                chunk: ch,
                start: t0.s,
                end: t0.e,
                name: t0.t,
                keys: [t0.key],
                score: 0,
                roles: [],
                credit: false,
                byline: false,
                titled: false,
                upper: false,
                gender: "",
                private: false,
              });
              const idx = persons.length;
              persons.push({ ent: e.id, a: ch.a, b: ch.b, ca: ch.a, poss: ch.poss });
              personAt[ch.a] = idx;
              continue;
            }
          }
          this.tallyOrg(text, tokens, ch.a, ch.b);
          continue;
        }
        // coordination: "advisers Steve Witkoff and Jared Kushner" share the role
        if (
          prevCand &&
          (tokens[ch.a - 1]?.key === "and" || tokens[ch.a - 1]?.t === ",") &&
          prevCand.b === ch.a - 1 &&
          ch.na === ch.a
        ) {
          const r = prevCand.cand.roles.find((x) => x.kind === "pre");
          if (r && cand.roles.length === 0) {
            cand.roles.push({ ...r, kind: "coord" });
            cand.score += 3;
          }
        }
        let ent = this.registry.lookup(cand.keys, cand.titled);
        if (ent) this.registry.addMention(ent, cand);
        else if (cand.score >= PERSON_THRESHOLD) ent = this.registry.create(cand);
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

  /** Countries, demonyms and capitals the article mentions (not inside people's names: "Ana Lima"). */
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
      this.flushListed(items, persons, personAt);
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
        const ent = this.registry.lookup(x.keys, x.titled) ?? this.registry.create(x);
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
    while (a < b && COMMON_CAPS.has(tokens[a]!.key)) a++;
    if (a >= b) return;
    let hasOrgWord = false;
    for (let i = a; i < b && !hasOrgWord; i++) hasOrgWord = ORG_WORDS.has(tokens[i]!.key);
    if (hasOrgWord && b - a >= 2) {
      const name = text.slice(tokens[a]!.s, tokens[b - 1]!.e);
      if (!this.orgSeen.has(name)) {
        this.orgSeen.add(name);
        if (this.orgNames.length < 200) this.orgNames.push(name);
      }
      return;
    }
    if (b - a !== 1) return;
    const t = tokens[a]!;
    if (
      PLACE_TO_COUNTRY.has(t.key) ||
      PLACES.has(t.key) ||
      MEDIA.has(t.key) ||
      TITLES.has(t.key) ||
      ROLE_NOUNS.has(t.key) ||
      ORG_WORDS.has(t.key) ||
      t.t.endsWith(".") ||
      t.num
    )
      return;
    if (this.orgCounts.size > 5000 && !this.orgCounts.has(t.t)) return;
    this.orgCounts.set(t.t, (this.orgCounts.get(t.t) ?? 0) + 1);
  }

  result(): Analysis {
    const reg = this.registry;
    const merges = reg.surnameMerges();
    const rootOf = (id: number): number => {
      const r = reg.find(id).id;
      return merges.get(r) ?? r;
    };
    // gather people
    interface Acc {
      ent: Entity;
      mentions: Array<{ start: number; end: number; kind: "name" | "surname" }>;
      roles: RoleEvidence[];
      credit: boolean;
      byline: boolean;
      priv: boolean;
      first: number;
      name: string;
      nameLen: number;
    }
    const acc = new Map<number, Acc>();
    for (const e of reg.entities) {
      const r = rootOf(e.id);
      if (e.parent !== e.id) continue;
      let a = acc.get(r);
      if (!a) {
        const re = reg.entities[r]!;
        a = {
          ent: re,
          mentions: [],
          roles: [],
          credit: false,
          byline: false,
          priv: false,
          first: Infinity,
          name: re.name,
          nameLen: re.keys.length,
        };
        acc.set(r, a);
      }
      for (const m of e.mentions) a.mentions.push({ start: m.start, end: m.end, kind: m.kind === "name" ? "name" : "surname" });
      a.roles.push(...e.roles);
      a.credit ||= e.credit;
      a.byline ||= e.byline;
      a.priv ||= e.private;
      if (e.keys.length > a.nameLen) {
        a.name = e.name;
        a.nameLen = e.keys.length;
      }
    }
    // names seen before their person was known ("Akram … Wasim Akram")
    for (const p of this.pendingNames) {
      const e = reg.lookup(p.keys);
      if (!e) continue;
      const a = acc.get(rootOf(e.id));
      if (a) a.mentions.push({ start: p.start, end: p.end, kind: p.keys.length >= 2 ? "name" : "surname" });
    }
    for (const a of acc.values()) {
      a.mentions.sort((x, y) => x.start - y.start);
      a.first = a.mentions.length > 0 ? a.mentions[0]!.start : Infinity;
    }
    // a "person" whose name the article also uses as an organisation's, with no personal evidence
    // (first name, title, role, honorific), is that organisation
    const isOrgNamed = (a: Acc): boolean => {
      if (a.roles.length > 0 || a.ent.titled || a.ent.gender || a.credit || a.byline) return false;
      const k = a.ent.keys;
      if (k.length === 0 || FIRST_NAMES.has(k[0]!)) return false;
      return this.orgMarked.has(k.join(" ")) || (k.length === 1 && this.orgMarked.has(k[0]!));
    };
    const dropped = new Map<number, string>();
    for (const [id, a] of acc) if (isOrgNamed(a)) dropped.set(id, a.name);
    const list = [...acc.values()]
      .filter((a) => a.mentions.length > 0 && !dropped.has(a.ent.id))
      .sort((x, y) => x.first - y.first);
    const idOf = new Map<number, string>();
    list.forEach((a, i) => idOf.set(a.ent.id, `p${i + 1}`));
    // document facts for "represents"
    const personWords = new Map<string, Acc>();
    for (const a of list) for (const k of a.ent.keys) personWords.set(k, a);
    let country: string | null = null;
    let best = 0;
    for (const [c, n] of this.countries)
      if (n > best) {
        best = n;
        country = c;
      }
    let mainOrg: string | null = null;
    let bestOrg = 1;
    for (const [o, n] of this.orgCounts) {
      if (personWords.has(o.toLowerCase())) continue;
      if (n > bestOrg) {
        bestOrg = n;
        mainOrg = o;
      }
    }
    const roleOf = (a: Acc): string | null => {
      const r = a.roles[0];
      if (!r) return null;
      const role = singularHead(r.text);
      // a bare one-word title gains the noun the article uses for the office: "Justice (judge)"
      if (!role.includes(" ")) {
        const extra = a.ent.refHeads.find((h) => h !== role.toLowerCase() && !role.toLowerCase().includes(h));
        if (extra) return `${role} (${extra})`;
      }
      return role;
    };
    const repCache = new Map<number, string | null>();
    const repOf = (a: Acc): string | null => {
      if (repCache.has(a.ent.id)) return repCache.get(a.ent.id) ?? null;
      repCache.set(a.ent.id, null); // guards against cycles ("X's adviser" inside X's own role)
      // a person acts for their current office: a role that is not "former …" when there is one
      const current = a.roles.find((r) => !/^(former|ex-|ex |then-)/i.test(r.text));
      const v = deriveRepresents(current ? singularHead(current.text) : roleOf(a), facts);
      repCache.set(a.ent.id, v);
      return v;
    };
    const facts: DocFacts = {
      country,
      mainOrg,
      orgs: this.orgNames,
      personRep: (w) => {
        const a = personWords.get(w);
        return a ? repOf(a) : null;
      },
      isPerson: (w) => personWords.has(w),
    };
    const people: Person[] = list.map((a) => {
      const role = roleOf(a);
      // officials on evidence: an official role (or title) of theirs in the article; the article's
      // makers (bylines, credits) never
      const maker = a.byline || a.credit;
      const standing = maker ? "private" : personStanding([...a.roles.map((r) => r.text), ...a.ent.refHeads], isPublicWord);
      const official = standing === "official";
      return {
        id: idOf.get(a.ent.id)!,
        name: a.name,
        mentions: dedupe(a.mentions),
        isOfficial: official,
        standing: maker ? "maker" : standing === "unknown" ? "unstated" : standing,
        role,
        represents: maker || (!official && (!role || privateRole(role))) ? null : repOf(a),
      };
    });
    // a quotation left open at a paragraph end, attributed only by adjacency, takes the speaker
    // named in its continuation ("“…¶“… my promise,” he told the reporters.")
    const fixed = new Map<ClaimOut, ClaimOut>();
    for (let i = 0; i < this.claims.length; i++) {
      const c = this.claims[i]!;
      if (c.kind !== "direct" || !c.carried || !(c.weak || !c.speaker)) continue;
      for (let j = i + 1; j < this.claims.length && j < i + 8; j++) {
        const d = this.claims[j]!;
        if (d.kind !== "direct") continue;
        if (d.continued && !d.weak && d.speaker)
          fixed.set(c, { ...c, speaker: d.speaker, cue: d.cue, cueStart: d.cueStart, cueEnd: d.cueEnd });
        break;
      }
    }
    // quotations standing alone before a name line belong to that person
    for (const c of this.claims) {
      if (c.kind !== "direct" || c.block === undefined || !(c.weak || !c.speaker)) continue;
      const ent = this.nameLines.get(c.block + 1);
      if (ent !== undefined) fixed.set(c, { ...(fixed.get(c) ?? c), speaker: { ent } });
    }
    // A source label that is exactly a name form of one listed person is that person: the surname
    // met before the full name (a live blog, newest post first) is resolved once the name is known.
    const byForm = new Map<string, string | null>();
    for (const p of people) {
      for (const m of p.mentions) {
        if (m.kind !== "name" && m.kind !== "surname") continue;
        const form = this.text.slice(m.start, m.end).toLowerCase();
        const prev = byForm.get(form);
        byForm.set(form, prev === undefined || prev === p.id ? p.id : null);
      }
    }
    // quotes
    const quotes: Quote[] = [];
    const seen = new Set<string>();
    const sorted = this.claims.map((c) => fixed.get(c) ?? c).sort((x, y) => x.start - y.start || y.end - x.end);
    for (const c of sorted) {
      const key = `${c.start}:${c.end}:${c.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let speakerId: string | null = null;
      let source: string | null = null;
      if (c.speaker && "ent" in c.speaker) {
        const r = rootOf(c.speaker.ent);
        speakerId = idOf.get(r) ?? null;
        if (!speakerId && dropped.has(r)) source = dropped.get(r)!;
      } else if (c.speaker) {
        source = c.speaker.company && mainOrg ? mainOrg : c.speaker.label;
        const named = byForm.get(source.toLowerCase());
        if (named) [speakerId, source] = [named, null];
      }
      quotes.push({
        id: `q${quotes.length + 1}`,
        start: c.start,
        end: c.end,
        kind: c.kind,
        speakerId,
        source,
        cue: c.cue,
        cueSpan: c.cueStart >= 0 ? { start: c.cueStart, end: c.cueEnd } : null,
      });
    }
    void this.opts;
    return { people, quotes };
  }
}

const PRIVATE_WORDS = new Set(("mother father parent resident residents voter voters shopper passenger neighbour neighbor relative " +
  "widow friend homeowner retiree pensioner volunteer student students teacher nurse survivor victim witness protester " +
  "protesters farmer worker fan supporter").split(" "));

/** Private people ("a mother of two from Bremen") act for no one. */
function privateRole(role: string): boolean {
  for (const w of role.toLowerCase().split(" ")) if (PRIVATE_WORDS.has(w)) return true;
  return false;
}

/** A word that names a country, nation or public body ("u.s", "british", "nato"). */
function isPublicWord(w: string): boolean {
  return PLACE_TO_COUNTRY.has(w) || ORG_ACRONYMS.has(w.toUpperCase());
}

function dedupe<T extends { start: number; end: number }>(ms: T[]): T[] {
  const out: T[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && last.start === m.start && last.end === m.end) continue;
    out.push(m);
  }
  return out;
}

/** "senior Trump advisers" → "senior Trump adviser" (a coordinated role names one person each). */
function singularHead(role: string): string {
  const words = role.split(" ");
  const last = words[words.length - 1]!;
  if (last.length > 3 && last.endsWith("s") && !last.endsWith("ss")) {
    const sing = last.slice(0, -1);
    if (ROLE_NOUNS.has(sing.toLowerCase()) && ROLE_NOUNS.has(last.toLowerCase())) {
      words[words.length - 1] = sing;
      return words.join(" ");
    }
  }
  return role;
}

/**
 * A short block that names the article's authors: "By Jonas Meier and Priya Nair", "Reporting by
 * A in Doha; Editing by B", or an author line "Jane Roe | Published: 11.24.26". Every name in it is
 * a byline (not an official), whatever else the article says about the same words.
 */
function isBylineBlock(tokens: Token[], len: number): boolean {
  if (len > 200 || tokens.length === 0) return false;
  const first = tokens[0]!;
  if (len <= 100 && first.k === WORD && first.key === "by" && first.cap) return true;
  let hasBar = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === WORD && t.key === "by" && i > 0 && SIGNOFF_WORDS.has(tokens[i - 1]!.key)) return true;
    if (t.t === "|") hasBar = true;
  }
  if (len > 100 || !hasBar) return false;
  for (const t of tokens) if (t.k === WORD && AUTHOR_LINE_WORDS.has(t.key)) return true;
  return false;
}

function isCreditBlock(tokens: Token[], len: number): boolean {
  if (len > 220) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k === PUNCT && t.t === "/") return true;
    if (t.k === WORD && tokens[i + 1]?.t === ":" && CREDIT_WORDS.has(t.key)) return true;
  }
  return false;
}

/** Blocks clipped to the text, in order, non-overlapping. */
function sanitizeBlocks(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  let pos = 0;
  for (const b of blocks) {
    const s = Math.max(pos, Math.min(text.length, Math.floor(b.start)));
    const e = Math.max(s, Math.min(text.length, Math.floor(b.end)));
    if (!Number.isFinite(s) || !Number.isFinite(e)) continue;
    out.push(s === b.start && e === b.end ? b : { start: s, end: e, kind: b.kind });
    pos = e;
  }
  return out;
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

/** Plain text → snapshot: blocks are paragraphs separated by blank lines. A short single line
 *  without final punctuation that is followed by more text is a heading. */
export function snapshotFromPlainText(text: string): TextSnapshot {
  const blocks: Block[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    // a block ends at a line break followed by a blank line
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
        if (j >= n || text.charCodeAt(j) === 10) break;
      }
      if (!isWs(c)) end = i + 1;
      i++;
    }
    blocks.push({ start, end, kind: "paragraph" });
  }
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const len = b.end - b.start;
    if (len >= 90 || k + 1 >= blocks.length) continue;
    const last = text[b.end - 1] ?? "";
    let nl = false;
    for (let j = b.start; j < b.end && !nl; j++) if (text.charCodeAt(j) === 10) nl = true;
    if (!nl && !".!?:;,”\"’'".includes(last)) b.kind = "heading";
  }
  return { text, blocks };
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
