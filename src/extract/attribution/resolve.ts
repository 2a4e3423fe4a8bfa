/**
 * Who a subject noun phrase names: a person (heading the phrase, not a possessive owner), a
 * pronoun (the salient subject of the right gender), a role description ("the judge" → the person
 * with that role), or a source that is not a person, reported as a short label ("Egyptian
 * official", "the DEA", "central bank"); documents and posts speak for their owner or issuer.
 */
import {
  COMMON_CAPS,
  LX_MEDIA,
  LX_ORG,
  COMPANY_NOUNS,
  KIN_NOUNS,
  MEDIA,
  PLACES,
  PLACE_TO_COUNTRY,
  ROLE_NOUNS,
  ORG_WORDS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
} from "../lexicon/index.ts";
import { sourceHeadCount } from "../data/attribution-cues.ts";
import { isCommonWord } from "../data/common-words-lookup.ts";
import { isGiven } from "../names.ts";
import { isCompoundAdjective } from "../entities/chunks.ts";
import { orgNameOf } from "../entities/org-names.ts";
import { fold } from "../normalize.ts";
import { POSS, type Token, WORD } from "../tokens.ts";
import { labelOf, shareLabel } from "./labels.ts";
import { resolveRole, roleHeld } from "./role-lookup.ts";
import { pairOf } from "./pairs.ts";
import { groupBefore, pronoun } from "./salience.ts";
import { type AttribState, type SentenceInput, type SpeakerRef } from "./types.ts";
import {
  BE,
  BELIEF_VERBS,
  DEFINITE_DETS,
  DETS,
  DOCUMENT_NOUNS,
  dottedAcronym,
  verbOpened,
  GOV_ROLE_HEADS,
  HAVE,
  ISSUER_PREPS,
  OFFICIAL_WORDS,
  ORG_ACRONYMS_SET,
  PRON_OTHER,
  PRON_SG,
  SUBORD,
} from "./words.ts";

/** Paragraphs back a source label may be for a "they" with no group named before it. */
const THEY_BLOCKS = 2;

/** First-person pronouns (the writer outside a quotation). */
const FIRST_PERSON = new Set(["we", "i"]);

/** A candidate's own organisation, which speaks for the person named before it ("the Ruiz campaign"). */
const OWN_BODIES = new Set(["campaign", "team", "camp"]);
/** The person or source named by the noun phrase tokens[a..b); `own`: a body's common noun stays
 *  its own label ("the bank"), not read as the organisation named before it. */
export function resolveNP(inp: SentenceInput, a: number, b: number, own = false): SpeakerRef {
  const { tokens, text, personAt, persons } = inp;
  if (b <= a) return null;
  // "we", "I", "We’ll start by …" outside a quotation: the writer's own voice, no source of a claim
  const first = tokens[a]!;
  if (first.k === WORD && FIRST_PERSON.has(first.key.replace(/['’](?:ll|ve|re|d|m)$/u, ""))) return null;
  // a named person: the one heading the phrase (not a possessive owner)
  for (let i = a; i < b; i++) {
    const pi = personAt[i]!;
    if (pi < 0) continue;
    const p = persons[pi]!;
    if (p.poss && p.b < b) {
      // "Tengku Adnan's lawyer": the owner is not the speaker; a role noun follows
      const o = ownedBy(inp, p.ent, p.ca, p.b, b);
      if (o) return o;
      i = p.b;
      continue;
    }
    // ("a former Ruiz employee", "Ruiz aides": a name modifying a noun of people is not the speaker;
    // "the Ruiz campaign" speaks for its candidate, "Ruiz himself" is Ruiz)
    const n = tokens[p.b];
    const modifier = p.b < b && n && n.k === WORD && !n.cap && !ORG_WORDS.has(n.key) && !OWN_BODIES.has(n.key) && !/sel(?:f|ves)$/u.test(n.key);
    if (!modifier || !(ROLE_NOUNS.has(n.key) || isLearnedSourceHead(n.key))) return { ent: p.ent };
    i = p.b;
  }
  // "both men", "the two leaders": the last two people named together
  const pair = pairOf(inp, a, b);
  if (pair) return { ent: pair[0] };
  // pronoun
  const last = tokens[b - 1]!;

  if (b - a === 1 && last.k === WORD && PRON_SG.has(last.key)) return pronoun(inp, last.key, b - 1);
  if (b - a === 1 && last.k === WORD && PRON_OTHER.has(last.key)) {
    // ("Gov. Ana Ruiz and party leaders have avoided … However, they said …": the group)
    const group = last.key === "they" ? groupBefore(inp, a) : null;
    if (group) return group;
    const ls = inp.state.lastSpeaker;
    // (a source of the last paragraphs only: not one named far back in the story)
    if (ls && "label" in ls && inp.block - inp.state.lastSpeakerBlock <= THEY_BLOCKS) return ls;
    return null;
  }
  // "Six in 10 voters", "42%", "Nearly two-thirds of Democrats": a poll's share of a group
  const share = shareLabel(inp, a, b);
  if (share) return share;
  // head noun: the first source/role/company noun from the left
  let head = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    // (the phrase ends at a form of "be": "Vietnam is one of the critics" is no phrase headed by "one")
    if (t.k === WORD && BE.has(t.key)) break;
    // (a title inside a named person's chunk, or before a possessive name, heads nothing: "Former
    // premier Omar Rana's party" is the party)
    if ((personAt[i] ?? -1) >= 0) continue;
    const owner = personAt[i + 1] ?? -1;
    if (owner >= 0 && persons[owner]!.poss && persons[owner]!.b < b) {
      i = persons[owner]!.b;
      continue;
    }
    // (a possessive noun owns the head after it: "the country's finance minister", "the firm's lawyer")
    if (tokens[i + 1]?.k === POSS && i + 2 < b) continue;
    // (a source head learned from PolNeAR's training split counts too: "sides", "critics", "records")
    // (capitalised as the sentence's first word too, before "of": "Members of the panel said")
    if (
      t.k === WORD &&
      (!t.cap || (i === inp.s.a && tokens[i + 1]?.key === "of")) &&
      (SOURCE_NOUNS.has(t.key) ||
        ROLE_NOUNS.has(t.key) ||
        COMPANY_NOUNS.has(t.key) ||
        (ORG_WORDS.has(t.key) && i === b - 1) ||
        isLearnedSourceHead(t.key))
    ) {
      head = i;
      // ("the appeals court judge", "union leaders": a compound's last noun heads it)
      while (head + 1 < b && isSourceHeadWord(tokens[head + 1]!)) head++;
      break;
    }
    if (t.k === WORD && t.cap && (t.key === "kremlin" || SOURCE_NOUNS.has(t.key))) {
      // ("a career Army officer": the noun after the body's name heads it)
      // (not as the sentence's first word, which the label skips: "Police officials said")
      head = i + 1 === b - 1 && i > inp.s.a && isSourceHeadWord(tokens[i + 1]!) ? i + 1 : i;
      break;
    }
  }
  let la = a;
  while (
    la < b &&
    tokens[la]!.k === WORD &&
    !tokens[la]!.cap &&
    (tokens[la]!.key === "and" || tokens[la]!.key === "but" || tokens[la]!.key === "or" || tokens[la]!.key === "including")
  )
    la++;
  while (
    la < b &&
    tokens[la]!.k === WORD &&
    tokens[la]!.cap &&
    (COMMON_CAPS.has(tokens[la]!.key) || SUBORD.has(tokens[la]!.key)) &&
    !DETS.has(tokens[la]!.key) &&
    tokens[la]!.t !== "US"
  )
    la++;
  while (la < b && tokens[la]!.k === WORD && DETS.has(tokens[la]!.key) && !tokens[la]!.cap) la++;
  if (la < b && tokens[la]!.k === WORD && DETS.has(tokens[la]!.key)) la++;
  if (head >= 0) {
    const ht = tokens[head]!;
    // (the determiner after a conjunction: "But the company says")
    const det = la > a && DETS.has(tokens[la - 1]!.key) ? tokens[la - 1]! : tokens[a]!;
    const definite = (det.k === WORD && DEFINITE_DETS.includes(det.key)) || tokens[head - 1]?.k === POSS;
    // a role description of one person: "the judge", "the WHO chief", "his lawyer"
    if (definite && ROLE_NOUNS.has(ht.key) && !ht.key.endsWith("s") && !OFFICIAL_WORDS.includes(ht.key)) {
      const mods: string[] = [];
      for (let i = la; i < head; i++) if (tokens[i]!.k === WORD) mods.push(tokens[i]!.key);
      const e = resolveRole(inp.registry, ht.key, mods);
      if (e) {
        if (e.refHeads.length < 4 && !e.refHeads.includes(ht.key)) e.refHeads.push(ht.key);
        return { ent: e.id };
      }
      // "the former secretary said": no role on record; in news the description points at the
      // person the story is about right now
      const st = inp.state;
      if (GOV_ROLE_HEADS.has(ht.key) && st.lastSubject >= 0 && inp.block - st.lastSubjectBlock <= 2) {
        const ls = inp.registry.find(st.lastSubject);
        // (not a person whose known role is another: "Minister Tom Hale … The mayor said")
        // (nor when another recent person holds the role: "Sen. Ana Ruiz spoke. Tom Hale also spoke.
        // “…,” the senator said" is not Hale's)
        if (!ls.credit && !ls.byline && ls.roles.length === 0 && !roleHeld(inp.registry, ht.key)) return { ent: ls.id };
      }
    }
    if (definite && COMPANY_NOUNS.has(ht.key) && !ht.cap && !own) {
      const alias = inp.state.orgAlias.get(ht.key);
      if (alias) return { label: alias, company: false };
      // (the organisation the article is about, when there is one, still wins: result.ts)
      const o = kindOrg(inp, la, head);
      return { label: o && "label" in o ? o.label : labelOf(text, tokens, la, head + 1), company: true };
    }
    const kind = !own && definite && head === b - 1 && ORG_KINDS.has(ht.key) && !inp.state.orgAlias.has(ht.key) ? kindOrg(inp, la, head) : null;
    if (kind) return kind;
    // "brokerage Jefferies", "co-operative Nordmar": the name after the descriptor
    let ra = head + 1;
    let rb = ra;
    while (rb < b && tokens[rb]!.k === WORD && tokens[rb]!.cap && !COMMON_CAPS.has(tokens[rb]!.key)) rb++;
    if (rb > ra) {
      const name = labelOf(text, tokens, ra, rb);
      if (inp.state.orgAlias.size < 500) inp.state.orgAlias.set(ht.key, name);
      return { label: name, company: false };
    }
    if (la > head) la = head;
    // "The Foreign Ministry of Veloria said … ¶ The ministry said …": the body of that name that
    // spoke last (the head alone, nothing to tell another body of its kind apart)
    if (definite && la === head && head === b - 1 && !ht.cap && !own) {
      const alias = inp.state.orgAlias.get(ht.key);
      if (alias) return { label: alias, company: false };
    }
    // "The ministry said in a statement … The statement said …": the one who spoke in it
    const doc = inp.state.lastDocument;
    if (definite && det.key === "the" && la === head && head === b - 1 && doc && doc.noun === ht.key && inp.block - doc.block <= DOCUMENT_BLOCKS) return doc.ref;
    // "a post on her account", "his statement": a document or post of someone's is theirs
    if (DOCUMENT_NOUNS.has(ht.key) || MEDIUM_HEADS.has(ht.key)) {
      for (let i = a; i < b; i++) {
        const t = tokens[i]!;
        if (t.k === WORD && (t.key === "his" || t.key === "her") && !t.cap) return pronoun(inp, t.key === "his" ? "he" : "she");
        const pi = personAt[i] ?? -1;
        if (pi >= 0 && persons[pi]!.poss) return { ent: persons[pi]!.ent };
      }
    }
    // "his office", "her spokesman": a source of the person the pronoun refers to, named as theirs
    // ("Ruiz's office"), not the person themself
    const owned = ownedByPronoun(inp, a, head);
    if (owned) return owned;
    // "a statement from the Energy Ministry": the issuer speaks
    if (DOCUMENT_NOUNS.has(ht.key) && ISSUER_PREPS.includes(tokens[head + 1]?.key ?? "")) {
      let x = head + 2;
      if (tokens[x]?.key === "the") x++;
      let y = x;
      while (y < b + 8 && y < inp.s.b && tokens[y]!.k === WORD && tokens[y]!.cap) y++;
      if (y > x) return placeLabel(inp, x, y);
    }
    // "Democratic National Convention released a statement": the name before the verb is the source
    for (let i = la; i < head; i++) {
      const t = tokens[i]!;
      if (t.k === WORD && !t.cap && (t.key.endsWith("ed") || SPEECH_VERBS.has(t.key)) && i > la) return placeLabel(inp, la, i);
    }
    // ("members of the panel", "officials of the ministry": a short "of" phrase after a plural
    // head says whose they are)
    if (tokens[head + 1]?.key === "of" && ht.key.endsWith("s") && b - head <= 6 && b - head > 2 && tokens[b - 1]!.k === WORD && tokens[b - 1]!.key !== "of")
      return placeLabel(inp, la, b);
    return placeLabel(inp, la, head + 1);
  }
  // capitalised name(s): an organisation or outlet
  let ca = -1;
  let cb = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    const nt = tokens[i + 1];
    // (an everyday capitalised word inside a name, or opening one before an organisation's word:
    // "Judicial Watch", "Islamic State")
    const common = COMMON_CAPS.has(t.key) && !SUBORD.has(t.key) && !DETS.has(t.key) && (ca >= 0 ? cb === i && ((t.f & (LX_ORG | LX_MEDIA)) !== 0 || t.key === "watch") : i + 1 < b && nt!.k === WORD && nt!.cap && (nt!.f & LX_ORG) !== 0);
    // ("The Bush-era whistleblower", "Kremlin-backed media": a compound adjective names no one)
    if (t.k === WORD && t.cap && isCompoundAdjective(t.t)) {
      // (its noun says who: "The Bush-era whistleblower")
      if (ca < 0 && b - i >= 2 && b - i <= 3 && tokens[b - 1]!.k === WORD && !tokens[b - 1]!.cap) return placeLabel(inp, i, b);
      if (ca >= 0) break;
      continue;
    }
    // ("the People's Daily", "Children's Hospital": a common word's possessive opening a name)
    if (ca < 0 && t.k === WORD && t.cap && isCommonWord(t.key) && (COMMON_CAPS.has(t.key) || t.key.endsWith("s")) && !inp.registry.lookup([t.key]) && nt?.k === POSS && isNameWord(tokens[i + 2]) && i + 2 < b) {
      ca = i;
      cb = i + 3;
      i += 2;
      continue;
    }
    if (t.k === WORD && t.cap && (!COMMON_CAPS.has(t.key) || common)) {
      if (ca < 0) ca = i;
      cb = i + 1;
    } else if (ca >= 0 && t.k === WORD && !t.cap && NAME_LINKS.has(t.key) && isNameWord(tokens[i + 1])) continue;
    // ("Harbor/Ipsos": two names joined by a slash)
    else if (ca >= 0 && t.t === "/" && isNameWord(tokens[i + 1]) && tokens[i + 1]!.s === t.e && i + 1 < b) continue;
    else if (ca >= 0) break;
  }
  if (ca >= 0) {
    // "Big Harbor", "New Line": a capitalised adjective right before the name is part of it
    const adj = tokens[ca - 1];
    if (ca - 1 >= a && adj && adj.k === WORD && adj.cap && NAME_ADJECTIVES.has(adj.key)) ca--;
    // "Recent governments said", "Company management said": a common word capitalised only as the
    // sentence's first word heads nothing alone; the phrase runs on to its noun
    const t = tokens[ca]!;
    if (ca === inp.s.a && cb === ca + 1 && cb < b && b - cb <= 2 && isCommonWord(t.key) && !isGiven(t.key)) {
      let k = cb;
      while (k < b && tokens[k]!.k === WORD && !tokens[k]!.cap && isCommonWord(tokens[k]!.key) && !SUBORD.has(tokens[k]!.key) && !AUXILIARIES.has(tokens[k]!.key)) k++;
      cb = k;
    }
    return placeLabel(inp, ca, cb);
  }
  // "One resident said … Another said …": another of the last source's kind, not that source
  if (b - a === 1 && tokens[a]!.k === WORD && tokens[a]!.key === "another") {
    const ls = inp.state.lastSpeaker;
    const kind = ls && "label" in ls ? ls.label.replace(/^(?:one|another|an?|the)\s+/iu, "") : "";
    return { label: kind && !/\s/u.test(kind) ? `another ${kind}` : labelOf(text, tokens, a, b), company: false };
  }
  // "Some said …", "Others warned …": a quantifier standing for a group of the story
  if (b - a === 1 && tokens[a]!.k === WORD && GROUP_PRONOUNS.has(tokens[a]!.key)) return { label: labelOf(text, tokens, a, b), company: false };
  return null;
}

/** A lower-case noun that can head a source's phrase (a source, role or company noun, or one
 *  learned from PolNeAR's training split). */
function isSourceHeadWord(t: Token): boolean {
  return t.k === WORD && !t.cap && (SOURCE_NOUNS.has(t.key) || ROLE_NOUNS.has(t.key) || COMPANY_NOUNS.has(t.key) || isLearnedSourceHead(t.key));
}

/** Paragraphs after a source spoke "in a statement" in which "the statement" still stands for it. */
const DOCUMENT_BLOCKS = 2;

/** Notes the source `ref` of the cue at token i when the cue says where it spoke: "said in a
 *  statement", "wrote in a letter on Monday" (a document noun after "in a"/"in an" within the
 *  next few tokens). */
export function noteDocument(inp: SentenceInput, i: number, ref: SpeakerRef): void {
  const { tokens, s } = inp;
  for (let k = i + 1; k < s.b - 2 && k - i <= 3; k++) {
    const t = tokens[k]!;
    if (t.k !== WORD) return;
    if (t.key !== "in" || (tokens[k + 1]!.key !== "a" && tokens[k + 1]!.key !== "an")) continue;
    // ("in a written statement", "in a joint letter": one modifier before the noun)
    const n = DOCUMENT_NOUNS.has(tokens[k + 2]!.key) ? k + 2 : DOCUMENT_NOUNS.has(tokens[k + 3]?.key ?? "") ? k + 3 : -1;
    if (n >= 0 && ref) inp.state.lastDocument = { noun: tokens[n]!.key, ref, block: inp.block };
    return;
  }
}

/** Heads besides role nouns of people or offices acting for someone ("Vale's rep", "her camp"). */
const OWNED_HEADS = new Set(["rep", "reps", "office", "camp", "campaign", "team"]);

/** "Vale's lawyer said", "Vale's rep told" (a person's possessive at tokens pa..pb, then
 *  lower-case words to b, a role or office last): someone of the owner's — the person on record with
 *  that role of theirs, else the phrase itself; not the owner, nor another with that role. Null
 *  for anything else ("Vale's statement" is the owner's) or a phrase that goes on to a name. */
function ownedBy(inp: SentenceInput, ent: number, pa: number, pb: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  const k = tokens[pb]?.k === POSS ? pb + 1 : pb;
  if (k >= b) return null;
  for (let i = k; i < b; i++) if (tokens[i]!.k !== WORD || tokens[i]!.cap || (inp.personAt[i] ?? -1) >= 0) return null;
  const h = tokens[b - 1]!.key;
  // ("Ford's sister said": a relative speaks, not the person named)
  if (KIN_NOUNS.has(h)) return { label: labelOf(text, tokens, pa, b), company: false };
  if (!ROLE_NOUNS.has(h) && !OWNED_HEADS.has(h)) return null;
  const owner = inp.registry.find(ent).keys.at(-1) ?? "";
  const e = ROLE_NOUNS.has(h) ? resolveRole(inp.registry, h, [owner]) : undefined;
  if (e && e.id !== inp.registry.find(ent).id && e.roles.some((r) => fold(r.text).includes(owner))) return { ent: e.id };
  return { label: labelOf(text, tokens, pa, b), company: false };
}

/** Kind nouns besides the company nouns that "the …" uses for an organisation named before. */
const ORG_KINDS = new Set(["agency", "organization", "organisation", "label"]);

/** "the company says", "the German automaker said", "the agency said" (tokens la..head): the
 *  organisation last named as a subject or source within three paragraphs; null when none, or
 *  when the phrase says more than a kind (a possessive, a name: "the country's largest lender"). */
function kindOrg(inp: SentenceInput, la: number, head: number): SpeakerRef {
  const o = inp.state.lastOrg;
  if (!o || inp.block - o.block > 3) return null;
  for (let i = la; i < head; i++) {
    const t = inp.tokens[i]!;
    if (t.k !== WORD || (t.cap && !PLACE_TO_COUNTRY.has(t.key))) return null;
  }
  return { label: o.label, company: false };
}

/** Notes an organisation's name as what "the company", "the agency" stand for next: a source
 *  label ending in a capitalised word ("Nordlys Records", "CBP"; not "Israeli courts", a place or
 *  a news outlet), or a sentence opening with a name that says organisation ("Kestrel Motors
 *  unveiled …", "NASA’s plans"; after "The" a body's name only, not "The SLS has …"). */
export function noteOrg(inp: SentenceInput, label: string | null): void {
  const { tokens, s } = inp;
  const fromCue = label !== null;
  if (label === null) {
    let e = s.a;
    while (e - s.a < 4 && tokens[e]?.k === WORD && tokens[e]!.cap && (inp.personAt[e] ?? -1) < 0) e++;
    const n = tokens[e];
    // (not a name before a role or a source noun: "Sanford police officer Tom Vale holds …")
    if (!n || (n.k !== POSS && (n.k !== WORD || n.cap || n.key === "of" || n.key === "and" || ROLE_NOUNS.has(n.key) || SOURCE_NOUNS.has(n.key)))) return;
    const o = e > s.a ? orgNameOf(inp.text, tokens, s.a, e) : null;
    if (!o || (COMMON_CAPS.has(tokens[s.a]!.key) && o.kind !== "body")) return;
    label = o.name;
  }
  const words = label.split(" ");
  const last = words[words.length - 1]!;
  const key = last.toLowerCase();
  // (one word: no place; an acronym, or a name opening a sentence that is no word; "Cooke said" may be a surname)
  if (!/^\p{Lu}/u.test(last) || words.some((w) => MEDIA.has(w.toLowerCase()))) return;
  if (words.length === 1 && (PLACE_TO_COUNTRY.has(key) || PLACES.has(key) || (!/^\p{Lu}+$/u.test(last) && (fromCue || isCommonWord(key))))) return;
  inp.state.lastOrg = { label, block: inp.block };
}

/** Notes a source label named after its kind ("Foreign Ministry", "Harlow Mining Company") as
 *  what "the ministry", "the company" later stand for. */
export function noteSourceKind(st: AttribState, label: string): void {
  const sp = label.lastIndexOf(" ");
  if (sp < 0 || st.orgAlias.size >= 500) return;
  const last = label.slice(sp + 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return;
  const key = last.toLowerCase();
  if (SOURCE_NOUNS.has(key) || COMPANY_NOUNS.has(key)) st.orgAlias.set(key, label);
}

/** "his office said" (tokens a..head, head the noun): the label names the person "his" refers to
 *  ("Ruiz's office"); null when the pronoun does not resolve to a named person. */
function ownedByPronoun(inp: SentenceInput, a: number, head: number): SpeakerRef {
  const { tokens, text } = inp;
  for (let i = a; i < head; i++) {
    const t = tokens[i]!;
    if (t.k !== WORD || (t.cap && i !== inp.s.a) || (t.key !== "his" && t.key !== "her")) continue;
    // (only the owner of the head: "his office", "her deputy chief of staff"; not "her"
    // elsewhere in the phrase)
    for (let k = i + 1; k < head; k++) if (tokens[k]!.k !== WORD || tokens[k]!.cap) return null;
    const r = pronoun(inp, t.key === "his" ? "he" : "she", i, false);
    if (!r || !("ent" in r)) return null;
    // (only when the one the pronoun finds is also the person of that gender named last: "Ruiz
    // spoke. Teachers did not see Hale. His office said …" names no one rather than the wrong one)
    const want = t.key === "his" ? "m" : "f";
    const pos = t.s;
    const last = inp.registry.recentEntities().find((e) => e.firstStart < pos && (e.gender === want || e.gender === ""));
    if (!last || last.id !== inp.registry.find(r.ent).id) return null;
    const name = inp.registry.find(r.ent).name.split(" ").pop() ?? "";
    if (!name) return null;
    return { label: `${name}’s ${labelOf(text, tokens, i + 1, head + 1)}`, company: false };
  }
  return null;
}

/** Lower-case words inside an organisation's name ("Centers for Disease Control", "Ministry of
 *  Health"); not "and", which joins two sources ("The United Nations and European Union said":
 *  each gets its entry) or two adjectives ("the Russian and Syrian claims"). */
const NAME_LINKS = new Set(["of", "for", "on"]);
/** Capitalised adjectives that open names ("Big Harbor", "New Line", "First Capital"). */
const NAME_ADJECTIVES = new Set("big new old great first good".split(" "));
/** Verbs that end a subject phrase ("Recent governments have …"). */
const AUXILIARIES = new Set([...BE, ...HAVE, "will", "would", "could", "can", "should", "may", "might", "must", "do", "does", "did"]);

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.k === WORD && t.cap && !COMMON_CAPS.has(t.key);
}

/** Where words are posted or written: "a post on her account" is hers. */
const MEDIUM_HEADS = new Set("post tweet message video email account blog".split(" "));

/** Source heads learned from PolNeAR's training split are taken when seen at least this often… */
const MIN_SOURCE_HEAD = 3;

/** …a singular noun also by its plural ("ads" teaches "the ad says"; not the pronoun "one" by
 *  "ones"). */
export function isLearnedSourceHead(key: string): boolean {
  const n = sourceHeadCount(key);
  if (n >= MIN_SOURCE_HEAD) return true;
  return !key.endsWith("s") && !NOT_NOUNS.has(key) && n + sourceHeadCount(`${key}s`) >= MIN_SOURCE_HEAD;
}
/** Quantifiers that stand for a group as a subject of speech. */
const GROUP_PRONOUNS = new Set("some many others several most both few all".split(" "));
/** Pronouns and quantifiers, never a noun's singular. */
const NOT_NOUNS = new Set(["one", "other", "another", "each", "any", "none", ...GROUP_PRONOUNS, ...DETS]);

/** A source label, unless it is only a place, a dateline or a fragment ("WASHINGTON", "Ohio", "Y."). */
export function placeLabel(inp: SentenceInput, a: number, b: number): SpeakerRef {
  const { tokens, text } = inp;
  if (b - a === 1) {
    const t = tokens[a]!;
    // (an initial is a fragment; a dotted acronym is not: "the F.B.I. said")
    if (t.k !== WORD || (t.t.endsWith(".") && !dottedAcronym(t.t)) || t.num) return null;
    // an all-capitals word is a dateline unless it is a known acronym or follows "the" ("the DEA")
    // (or speaks or believes, maybe after an adverb: "ESA said …", "NASA believes …", "NORAD
    // also fears …"; a dateline is followed by a dash, a comma or a colon)
    let next = tokens[b];
    if (next && next.k === WORD && !next.cap && (next.key === "also" || next.key === "still" || next.key.endsWith("ly"))) next = tokens[b + 1];
    const speaks = !!next && next.k === WORD && !next.cap && (SPEECH_VERBS.has(next.key) || BELIEF_VERBS.has(next.key));
    if (t.allCaps && !ORG_ACRONYMS_SET.has(t.t) && !MEDIA.has(t.key) && tokens[a - 1]?.key !== "the" && !speaks) return null;
  }
  const words: string[] = [];
  for (let i = a; i < b; i++) if (tokens[i]!.k === WORD) words.push(tokens[i]!.key);
  // a verb phrase is not a source ("is set to host")
  if (words.some((w) => BE.has(w) || w === "to" || w === "will" || w === "would") || verbOpened(words)) return null;
  const joined = words.join(" ");
  // countries and capitals speak for governments ("Japan said", "the Kremlin said"); other places do not
  if (!PLACE_TO_COUNTRY.has(joined) && words.length === 1 && PLACES.has(joined)) return null;
  return { label: labelOf(text, tokens, a, b), company: false };
}
