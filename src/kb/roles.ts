/**
 * Role words: which words in a sentence (any of the languages we alias names in) support that a
 * surname refers to the holder of a given kind of office. Families are matched on folded text.
 */
import type { KbPosition } from "./types.ts";
import { foldText } from "./normalize.ts";

/** family → words (folded form is computed at module load). Multi-word phrases are fine. */
const FAMILIES: Record<string, string[]> = {
  president: ["president", "presidential", "נשיא", "הנשיא", "رئيس", "الرئيس", "президент", "président", "presidente", "präsident", "cumhurbaşkanı"],
  "prime minister": ["prime minister", "premier", "pm", "taoiseach", "chancellor", "ראש הממשלה", "רה\"מ", "رئيس الوزراء", "премьер", "премьер-министр", "premier ministre", "primer ministro"],
  monarch: ["king", "queen", "emir", "amir", "sheikh", "sultan", "crown prince", "prince", "monarch", "royal", "מלך", "אמיר", "השייח", "שייח", "أمير", "الأمير", "ملك", "الشيخ", "король", "эмир"],
  minister: ["minister", "ministry", "secretary", "שר", "השר", "שרת", "وزير", "министр"],
  foreign: ["foreign", "diplomat", "diplomacy", "החוץ", "الخارجية", "мид"],
  defence: ["defence", "defense", "military", "army", "pentagon", "הביטחון", "الدفاع", "обороны"],
  ambassador: ["ambassador", "embassy", "envoy to", "שגריר", "שגרירות", "سفير", "посол"],
  envoy: ["envoy", "negotiator", "mediator", "talks", "negotiations", "שליח", "השליח", "מתווך", "مبعوث", "посланник", "спецпосланник"],
  adviser: ["adviser", "advisor", "aide", "counselor", "יועץ", "مستشار", "советник"],
  spokesperson: ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "דובר", "דוברת", "متحدث", "المتحدث", "пресс-секретарь", "представитель"],
  legislator: ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "congress", "lawmaker", "senate", "capitol", "democrat", "republican", "d", "r"],
  leader: ["leader", "chief", "head", "commander", "chairman", "chair", "secretary-general", "secretary general", "director-general", "director general", "director", "מנהיג", "ראש", "מפקד", "قائد", "زعيم", "лидер"],
  international: ["united nations", "un", "nato", "eu", "european", "imf", "world bank", "unrwa", "unicef", "icc", "iaea", "או\"ם", "الأمم"],
  movement: ["hamas", "hezbollah", "houthi", "houthis", "militant", "militia", "group", "movement", "חמאס", "חיזבאללה", "החות'ים", "حماس", "حزب الله", "الحوثي"],
};

const FOLDED: Array<[string, string[]]> = Object.entries(FAMILIES).map(([k, ws]) => [k, ws.map((w) => ` ${foldText(w).trim()} `)]);

/** The role families a position's title/kind/org belong to. */
export function familiesOfPosition(p: KbPosition): string[] {
  const out = new Set<string>();
  const title = ` ${foldText(`${p.title} ${p.org ?? ""}`)} `;
  for (const [fam, words] of FOLDED) if (words.some((w) => title.includes(w))) out.add(fam);
  switch (p.kind) {
    case "head-of-state":
      if (!out.has("monarch")) out.add("president");
      out.add("leader");
      break;
    case "head-of-government":
      out.add("prime minister");
      out.add("leader");
      break;
    case "ambassador":
      out.add("ambassador");
      break;
    case "envoy":
      out.add("envoy");
      break;
    case "spokesperson":
      out.add("spokesperson");
      break;
    case "legislator":
      out.add("legislator");
      break;
    case "movement":
      out.add("movement");
      out.add("leader");
      break;
    case "international":
      out.add("international");
      out.add("leader");
      break;
    default:
      break;
  }
  return [...out];
}

/** Families whose words occur in the folded text (with spaces around, see foldedWindow). */
export function familiesInText(paddedFolded: string): Set<string> {
  const out = new Set<string>();
  for (const [fam, words] of FOLDED) if (words.some((w) => paddedFolded.includes(w))) out.add(fam);
  return out;
}
