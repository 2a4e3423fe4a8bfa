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
  governor: ["governor", "gov", "governor-general"],
  mayor: ["mayor", "ראש העיר", "رئيس البلدية", "мэр", "maire", "alcalde"],
  deputy: ["vice", "deputy"],
  finance: ["finance", "treasury", "exchequer", "treasurer"],
  interior: ["interior", "home affairs", "home secretary", "home minister"],
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

/** Folded, padded words of each family; a one-word Latin-script word also in the plural
 *  ("senators", "Democrats"). */
const FOLDED: Array<[string, string[]]> = Object.entries(FAMILIES).map(([k, ws]) => [
  k,
  ws.flatMap((w) => {
    const f = foldText(w).trim();
    return /^[a-z]{3,}$/.test(f) && !f.endsWith("s") ? [` ${f} `, ` ${f}s `] : [` ${f} `];
  }),
]);

/** The same words by their first token, as token lists: a text is scanned once, token by token,
 *  instead of once per word. */
const BY_FIRST = new Map<string, Array<[string, string[]]>>();
for (const [fam, words] of FOLDED) {
  for (const w of words) {
    const toks = w.trim().split(" ");
    const list = BY_FIRST.get(toks[0]!);
    if (list) list.push([fam, toks]);
    else BY_FIRST.set(toks[0]!, [[fam, toks]]);
  }
}

/** Families whose words occur in a folded text, as whole tokens in a row (with spaces around:
 *  the tokens of `text.split(" ")`, empty ones kept, so "a  b" is not "a b", as with includes). */
function familiesIn(paddedFolded: string, out = new Set<string>()): Set<string> {
  const toks = paddedFolded.split(" ");
  for (let i = 0; i < toks.length; i++) {
    const list = BY_FIRST.get(toks[i]!);
    if (!list) continue;
    for (const [fam, words] of list) {
      if (out.has(fam)) continue;
      let k = 1;
      while (k < words.length && toks[i + k] === words[k]) k++;
      if (k === words.length) out.add(fam);
    }
  }
  return out;
}

/** The role families a position's title/kind/org belong to. */
export function familiesOfPosition(p: KbPosition): string[] {
  const out = familiesIn(` ${foldText(`${p.title} ${p.org ?? ""}`)} `);
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
  return familiesIn(paddedFolded);
}

/** Words that say a person acts in a private or non-governmental capacity: sport, arts, the press,
 *  research and teaching, medicine, private life. A role made of these and no office word
 *  contradicts every entry of a knowledge base of officials. (Business words are not here: company
 *  executives can hold offices too.) */
const PRIVATE_ROLE = new Set(
  (
    "resident residents friend neighbor neighbour local player players coach goalie goaltender goalkeeper striker midfielder " +
    "defender defenseman defenceman winger forward quarterback pitcher outfielder infielder shortstop linebacker " +
    "boxer wrestler golfer swimmer sprinter runner cyclist skier skater jockey athlete teammate rookie " +
    "singer rapper actor actress musician guitarist drummer comedian artist painter author novelist poet writer filmmaker " +
    "reporter correspondent journalist editor columnist photographer blogger influencer " +
    "professor lecturer scholar academic researcher scientist economist analyst strategist historian student teacher " +
    "physician surgeon nurse psychologist psychiatrist therapist lawyer developer programmer engineer designer " +
    "investor entrepreneur businessman businesswoman dealer shopkeeper farmer voter protester protestor demonstrator " +
    "victim witness survivor suspect defendant inmate hostage fan spectator customer patient tourist passenger"
  ).split(" "),
);
/** Relatives: "the prime minister's son" is not the prime minister, whatever office words follow. */
const RELATIVE = new Set("son daughter wife husband brother sister mother nephew niece cousin grandson granddaughter widow boyfriend girlfriend".split(" "));
/** Families that count as office words for this check ("head coach", "team leader" are not offices). */
const NOT_OFFICE = new Set(["leader", "movement"]);

/** The role text (padded, folded) describes a private capacity that no official entry can fill. */
export function isPrivateRole(paddedFolded: string): boolean {
  // (a race's "front-runner" is no athlete)
  const words = paddedFolded.replaceAll(" front runner ", " ").replaceAll(" front runners ", " ").split(" ");
  if (words.some((w) => RELATIVE.has(w))) return true;
  if (!words.some((w) => PRIVATE_ROLE.has(w))) return false;
  return ![...familiesInText(paddedFolded)].some((f) => !NOT_OFFICE.has(f));
}
