/**
 * Attribution cues: communication verbs (surface form → lemma) and the verbs that take an object
 * or a request as their content.
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
 */
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

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
  // speech acts that only attribute a quotation (no reported clause): used for direct quotes
  add("speech-act", "thanked praised criticized criticised blasted slammed attacked dismissed mocked hailed welcomed " +
    "condemned joked quipped lamented apologized apologised chided scolded ridiculed derided lambasted touted " +
    "thanking praising criticizing criticising blasting slamming attacking dismissing mocking hailing condemning joking");
  return m;
})();

/** Cue verbs that take an object before their content ("told reporters that", "asked the court
 *  not to", "instructed his team not to"). */
export const OBJECT_VERBS = set("tell ask instruct direct urge inform brief warn accuse call remind");

/** Cue verbs whose content is a request or an object phrase rather than a clause. */
export const REQUEST_VERBS = set("ask instruct direct urge call demand");
