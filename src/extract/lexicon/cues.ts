/**
 * Attribution cues: communication verbs (surface form → lemma) and the verbs that take an object
 * or a request as their content. The verbs are learned from PolNeAR's training split (word
 * statistics only: src/extract/data/attribution-cues.gen.ts, read through
 * ../data/attribution-cues.ts) — every verb lemma that introduced at least LEARNED_MIN_COUNT
 * attributions and is a cue in at least LEARNED_MIN_SHARE of its uses — on top of a short hand
 * list of the classic communication verbs (its entries carry their grammar: which take an object,
 * which only attribute a quotation).
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
 */
import { CUE_WORDS } from "../data/attribution-cues.ts";

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** A learned verb lemma: introduced at least this many attributions of the training split… */
export const LEARNED_MIN_COUNT = 8;
/** …and is a cue in at least this share of its occurrences there. */
export const LEARNED_MIN_SHARE = 0.5;
/** Lemmas whose content is a quotation, a clause or a that-clause at least this often (per cent)
 *  report claims; the others (mostly a noun phrase: "endorsed X", "thanked X") only attribute a
 *  quotation, as speech acts do. */
const CLAUSE_CONTENT_MIN = 40;
/** Lemmas whose content is mostly a to-infinitive ("declined to", "refused to") are refusals and
 *  intentions, not reports: left out. */
const TO_CONTENT_MAX = 50;

/** Learned verb forms → lemma ("speech-act" for the noun-phrase ones). */
function learnedCueVerbs(): Map<string, string> {
  const lemmas = new Map<string, { count: number; occ: number; content: number[]; forms: string[] }>();
  for (const [form, lemma, pos, count, occ, content] of CUE_WORDS) {
    if (pos !== "v") continue;
    const e = lemmas.get(lemma) ?? { count: 0, occ: 0, content: [0, 0, 0, 0, 0, 0], forms: [] };
    e.count += count;
    e.occ += occ;
    content.forEach((v, i) => (e.content[i]! += v * count));
    e.forms.push(form);
    lemmas.set(lemma, e);
  }
  const out = new Map<string, string>();
  for (const [lemma, e] of lemmas) {
    if (e.count < LEARNED_MIN_COUNT || e.count / e.occ < LEARNED_MIN_SHARE) continue;
    const pct = e.content.map((v) => v / e.count);
    // content kinds: quote, clause, that, to, wh, np
    if (pct[3]! >= TO_CONTENT_MAX) continue;
    const clausal = pct[0]! + pct[1]! + pct[2]! >= CLAUSE_CONTENT_MIN;
    for (const f of e.forms) out.set(f, clausal ? lemma : "speech-act");
  }
  return out;
}

/** A verb that is a cue less reliably (in at least this share of its uses)… */
export const THAT_CUE_MIN_SHARE = 0.25;
/** …and introduced at least this many attributions is a cue when "that" follows it right away
 *  ("the audit found that", "polls show that", "the agency clarified that", "she repeated that"),
 *  whatever share of its attributions report a that-clause: the "that" is there. */
const THAT_CUE_MIN_COUNT = 3;

/** Learned verb forms that report only with "that" right after them: form → lemma. */
export const THAT_CUE_VERBS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [form, lemma, pos, count, occ] of CUE_WORDS) {
    if (pos !== "v" || count < THAT_CUE_MIN_COUNT || count / occ < THAT_CUE_MIN_SHARE) continue;
    out.set(form, lemma);
  }
  return out;
})();

/** A lemma whose attributions are direct quotations at least this often (per cent)… */
const QUOTE_CONTENT_MIN = 50;
/** …over at least this many attributions of the training split… */
const QUOTE_VERB_MIN_COUNT = 4;

/** Learned verb forms that are not communication verbs in general but, in PolNeAR's training
 *  split, mostly attribute a direct quotation ("continued", "reads", "shouted"): cues only right
 *  next to a quotation ("…,” Ruiz continued", "the sign reads: “…”"). Form → lemma. */
export const QUOTE_CUE_VERBS: ReadonlyMap<string, string> = (() => {
  const lemmas = new Map<string, { count: number; quote: number; forms: string[] }>();
  for (const [form, lemma, pos, count, , content] of CUE_WORDS) {
    if (pos !== "v") continue;
    const e = lemmas.get(lemma) ?? { count: 0, quote: 0, forms: [] };
    e.count += count;
    e.quote += (content[0] ?? 0) * count;
    e.forms.push(form);
    lemmas.set(lemma, e);
  }
  const out = new Map<string, string>();
  for (const [lemma, e] of lemmas) {
    if (e.count < QUOTE_VERB_MIN_COUNT || e.quote / e.count < QUOTE_CONTENT_MIN) continue;
    for (const f of e.forms) out.set(f, lemma);
  }
  return out;
})();

/** Communication verbs, surface form → lemma. Forms used as cue words for attribution. */
export const SPEECH_VERBS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (lemma: string, forms: string) => {
    for (const f of forms.split(" ")) m.set(f, lemma);
  };
  add("say", "say says said saying");
  add("tell", "tell tells told telling");
  add("add", "add adds added adding");
  add("claim", "claim claims claimed claiming");
  add("confirm", "confirm confirms confirmed confirming");
  add("stress", "stress stresses stressed stressing");
  add("note", "note notes noted noting");
  add("argue", "argue argues argued arguing");
  add("announce", "announce announces announced announcing");
  add("report", "report reports reported reporting");
  add("warn", "warn warns warned warning");
  add("urge", "urge urges urged urging");
  add("call", "called calls calling dubbed branded labelling labeling describing");
  add("demand", "demand demands demanded demanding");
  add("request", "request requests requested requesting");
  add("ask", "ask asks asked asking");
  add("instruct", "instruct instructs instructed instructing");
  add("direct", "directed");
  add("question", "questioned");
  add("describe", "describe describes described describing");
  add("label", "labelled labeled labels");
  add("accuse", "accuse accuses accused accusing");
  add("insist", "insist insists insisted insisting");
  add("maintain", "maintains maintained");
  add("explain", "explain explains explained explaining");
  add("state", "stated states");
  add("declare", "declare declares declared declaring");
  add("write", "wrote writes");
  add("tweet", "tweeted tweets");
  add("post", "posted");
  add("signal", "signaled signalled signals");
  add("indicate", "indicated indicates");
  add("suggest", "suggested suggests");
  add("acknowledge", "acknowledged acknowledges");
  add("admit", "admitted admits");
  add("deny", "denied denies");
  add("reiterate", "reiterated reiterates");
  add("emphasize", "emphasized emphasised emphasizes emphasises");
  add("underline", "underlined underscored");
  add("estimate", "estimated");
  add("predict", "predicted predicts");
  add("promise", "promised promises");
  add("vow", "vowed vows");
  add("pledge", "pledged pledges");
  add("threaten", "threatened");
  add("allege", "alleged alleges");
  add("observe", "observed");
  add("remark", "remarked");
  add("reply", "replied");
  add("respond", "responded");
  add("answer", "answered");
  add("recall", "recalled");
  add("comment", "commented");
  add("conclude", "concluded");
  add("disclose", "disclosed");
  add("reveal", "revealed");
  add("assert", "asserted asserts");
  add("contend", "contended");
  add("complain", "complained");
  add("boast", "boasted");
  add("predict", "forecast");
  add("inform", "informed");
  add("brief", "briefed");
  add("testify", "testified");
  add("plead", "plead pleads pleaded pleading pled");
  add("order", "ordered orders");
  // speech acts that only attribute a quotation (no reported clause): used for direct quotes
  add("speech-act", "thanked praised criticized criticised blasted slammed attacked dismissed mocked hailed welcomed " +
    "condemned joked quipped quip quips riffed remembered lamented apologized apologised chided scolded ridiculed derided lambasted touted " +
    "thanking praising criticizing criticising blasting slamming attacking dismissing mocking hailing condemning joking");
  // the learned verbs, where the hand list says nothing of them
  for (const [form, lemma] of learnedCueVerbs()) if (!m.has(form)) m.set(form, lemma);
  return m;
})();

/** Cue verbs that take an object before their content ("told reporters that", "asked the court
 *  not to", "instructed his team not to"). */
export const OBJECT_VERBS = set("tell ask instruct direct urge inform brief warn accuse call remind");

/** Cue verbs whose content is a request or an object phrase rather than a clause. */
export const REQUEST_VERBS = set("ask instruct direct urge call demand");
