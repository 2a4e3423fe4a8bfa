/**
 * Function words and the small closed classes the tokenizer, the chunker and the cue finder read:
 * words capitalised only at a sentence start, name particles, months, abbreviations, the words
 * between a subject and its verb and after a verb, pronouns.
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
 */
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case function and common words that are capitalised only at the start of a sentence or in
 *  headings; a chunk made only of these is never a name. */
export const COMMON_CAPS = set(`
a an the this that these those there here it its he she they we i you his her their our your my me him them us
and or but nor so yet for of in on at by to from with without within into onto over under after before during
since until while when where why how what who whom whose which whether if though although because as than then
whereas whilst unless whenever wherever nevertheless nonetheless excluding given considering assuming barring notwithstanding
also only just even still already again not no yes all any some many most more much few each every both either
neither other another such same own very too quite rather however meanwhile moreover furthermore thus hence
therefore instead otherwise indeed perhaps maybe about above across against along among around behind below
beneath beside besides between beyond down inside near off out outside through throughout toward towards up upon
via despite unlike like according following including regarding concerning per amid amidst
is are was were be been being am do does did done has have had having will would shall should can could may might
must let lets get gets got make makes made say says said tell told ask asked
added continued stated noted wrote explained insisted replied recalled
one two three four five six seven eight nine ten first second third last next new old big great good bad
today yesterday tomorrow tonight now later earlier soon once twice ever never always often sometimes
mr mrs ms dr st no yes ok okay oh
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn fall winter christmas easter ramadan eid
breaking update updated live watch read listen video photo photos image images gallery view views caption
credit source sources file getty reporting editing writing additional advertisement comments share subscribe
talks back speaking asked asking report reports reported officials official police people members sides
speaking sign signs news latest top more related topics story stories opinion analysis explainer
thank thanks please dear hello hi welcome congratulations sorry universe catholic orthodox protestant muslim
jewish islamic hindu buddhist sunni shiite shia
christians catholics protestants evangelicals muslims jews hindus buddhists sikhs mormons sunnis shiites
says goes speaks calls wins takes makes gets slams blasts rips hits urges warns backs faces meets sees asks tells vows
plans seeks defends denies admits claims accuses praises attacks leads leaves joins returns signs rejects endorses
unveils announces launches slams sparks sends opens closes hails lashes pushes pulls drops adds cuts raises
refuses reveals insists concedes dismisses mocks questions blames responds doubles stands stumps touts trolls loses
trails surges quits resigns fires hires picks taps nominates pardons vetoes threatens predicts suggests explains
addresses visits tours campaigns rallies courts woos scolds knocks bashes torches ramps softens hardens
`);

/** Lower-case particles that may sit inside a person's name between capitalised parts. */
export const NAME_PARTICLES = set(`
al el bin ibn bint ben abu van von der den de da das dos du di del della delle des la le ter ten zu zum wa dal dei degli
`);

/** Particle prefixes written with a hyphen before a capitalised part ("al-Ansari", "el-Sisi"). */
export const HYPHEN_PARTICLES = set("al el ad as ash at az an ar bin ibn abu ben de d");

/** Months, for dates next to numbers. */
export const MONTHS = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Abbreviations that keep their period inside the token. */
export const ABBREVIATIONS = set(`
mr mrs ms dr prof sen gen rep gov lt col maj capt sgt cpl pvt adm brig gen supt insp st jr sr rev hon pres sens reps govs gens
no nos vs etc inc corp co ltd llc plc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept
univ est approx fig al cmdr cdr det atty
`);

/** Short titles written with a period that never end a sentence. */
export const NON_FINAL_ABBREVIATIONS = set(
  "mr mrs ms dr prof sen gen rep gov lt col maj capt sgt cpl pvt adm brig supt insp st rev hon pres no cmdr cdr det atty sens reps govs gens",
);

/** Words that may sit between a subject and its cue verb ("also said", "had earlier warned"). */
export const VERB_FILLERS = set(`
also has have had will would could may might did does do again later earlier then further previously
already repeatedly once publicly privately separately reportedly allegedly initially recently subsequently
this month week year last and not never just only
`);

/** Words that may follow a cue verb before its content ("said on Thursday that"). */
export const ADJUNCT_WORDS = set(`
on in at during after before late early earlier last this next that week month year day night morning
afternoon evening today yesterday tuesday monday wednesday thursday friday saturday sunday
statement interview press conference briefing television radio broadcast speech message post posts time
a an the his her their its publicly privately separately
`);

export const PRONOUNS_PERSON = set("he she him her his hers");

export const PRONOUNS_PLURAL = set("they them their we");
/** The lexicon word for a token: lower-case, folded, trailing period removed. */
export function lexKey(s: string): string {
  let t = s.toLowerCase();
  if (t.endsWith(".") && t.indexOf(".") === t.length - 1) t = t.slice(0, -1);
  return t;
}

/** Kinship nouns: a relative of someone named ("her husband, Luc Moreau"; "Senator X's wife"). */
export const KIN_NOUNS = set(
  "husband wife spouse son daughter father mother brother sister widow widower nephew niece cousin uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law",
);
