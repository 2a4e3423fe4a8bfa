/**
 * Officials on evidence: what a role phrase says about its holder's standing.
 *
 * A role phrase is read by its *head*: the last role noun before the phrase's complement (`of`,
 * `for`, `at`, `to`, `in`, `with`, `on`, `from`), with coordinated heads read each ("founder and
 * co-CEO"): "the network's chief political correspondent" is a correspondent, "chief economist at
 * Flexport" an economist, "the governor's lawyer" a lawyer — an official word elsewhere in the
 * phrase does not make its holder an official. Heads are
 *   - official (president, minister, spokesperson, ambassador, senator, judge, officer, CEO, …);
 *   - private (reporter, analyst, professor, coach, player, resident, relative, …);
 *   - in between (lawyer, attorney, counsel, economist, agent, member, captain, manager, …): official
 *     only when the phrase ties them to a public body — a government, legislature, party, army,
 *     court, country or international body ("U.S. attorney", "Republican counsel", "border agent",
 *     "party committee member", "chief economist of the IMF").
 * A person is an official when some role of theirs is official; named without any role, they are
 * not (the knowledge base may still vouch for them: src/kb).
 */

import { isOfficialTitleWord } from "../data/official-titles.ts";
import { MEDIA, ORG_ACRONYMS, PLACE_TO_COUNTRY } from "../lexicon/index.ts";

export type Standing = "official" | "private" | "unknown";

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Heads whose holders act in a public or corporate office. */
const OFFICIAL_HEADS = set(`
president presidents vice-president vice-presidents president-elect premier premiers chancellor chancellors minister ministers
secretary secretaries secretary-general undersecretary under-secretary governor governors governor-general mayor mayors
mayor-elect senator senators sen sens lawmaker lawmakers legislator legislators mp mps mep meps mla mlas mpp mpps
congressman congresswoman congressmen congresswomen congressmember representative representatives rep reps delegate delegates
speaker ambassador ambassadors envoy envoys diplomat diplomats consul consuls official officials spokesman spokeswoman
spokesperson spokespeople spokesmen spokeswomen adviser advisers advisor advisors aide aides negotiator negotiators commissioner
commissioners chief chiefs head heads director directors director-general chairman chairwoman chair chairperson chairmen
vice-chairman ceo ceos cfo cfos coo cto cmo cio executive executives exec execs officer officers candidate candidates nominee nominees
hopeful hopefuls contender contenders challenger frontrunner front-runner incumbent leader leaders general generals commander
commanders colonel lieutenant sergeant admiral marshal brigadier commandant judge judges justice justices magistrate
magistrates prosecutor prosecutors attorney-general sheriff inspector superintendent constable policeman policewoman
trooper troopers guard guards warden king queen prince princess emir sheikh sultan monarch ruler pope regulator regulators
treasurer treasurer-general councillor councillors councilor councilors councilman councilmen councilwoman councilwomen councilmember councilmembers committeeman committeewoman committeemen committeewomen alderman aldermen assemblyman assemblywoman
premier-elect president-general auditor-general comptroller controller registrar ombudsman envoy-designate deputy deputies
cabinet policymaker policymakers whip whips boss bosses gov govs lt gen maj capt col adm cmdr brig supt insp sgt pres administrator administrators vp vps svp evp
`);

/** Heads whose holders are private people, journalists, experts, athletes or artists. */
const PRIVATE_HEADS = set(`
reporter reporters correspondent correspondents journalist journalists editor editors photographer photographers columnist
columnists writer writers author authors anchor host presenter pundit commentator blogger researcher researchers professor
professors lecturer scientist scientists expert experts academic academics scholar historian fellow analyst analysts
activist activists campaigner campaigners protester protesters demonstrator resident residents witness
witnesses student students teacher teachers doctor doctors physician physicians surgeon nurse nurses survivor survivors victim
victims farmer farmers worker workers employee employees coach coaches player players striker midfielder defender goalkeeper
forward winger batsman bowler driver rider champion boxer golfer runner trainer jockey athlete athletes quarterback pitcher
catcher outfielder shortstop skipper teammate teenager actress actor singer rapper comedian musician filmmaker artist star
mother father parent parents son daughter brother sister wife husband widow widower relative relatives cousin uncle aunt
grandmother grandfather friend neighbour neighbor voter voters shopper passenger homeowner retiree pensioner volunteer organiser
organizer businessman businesswoman entrepreneur investor investors consultant owner founder co-founder cofounder fan fans
supporter supporters donor donors defendant inmate prisoner hostage suspect accused plaintiff client customer patient tourist pilgrim
man woman boy girl user developer engineer pastor preacher priest
`);

/** Heads that are official only when the phrase ties them to a public body. */
const TIED_HEADS = set(`
lawyer lawyers attorney attorneys counsel solicitor barrister agent agents member members captain partner
economist economists staffer staffers manager managers strategist strategists liaison liaisons investigator investigators specialist planner figure figures counterpart counterparts
supervisor supervisors
`);

/** Tied heads of professions practised for private clients, which a place or a nationality does
 *  not make public ("a British lawyer", "a Chilean economist"; but "U.S. attorney", "UN economist"). */
const PROFESSIONS = set("lawyer lawyers barrister barristers solicitor solicitors economist economists partner partners");
/** Words before a place that say where one comes from or works ("from Lyon", "in Paris", "based in Oslo"). */
const ORIGIN = set("from in");
const CLIENT = set("for representing");

/** Experts, private unless a public body they work in is named: its capitalised word ties them
 *  ("a State Department Russia expert"; not "a security expert", "a Brookings Institution expert"). */
const EXPERTS = set("expert experts");
const BODY_TIES = set("house council department ministry agency bureau office commission committee pentagon kremlin army navy police administration cabinet embassy");

/** Words that tie a role to a public body (lower-case; demonyms and country names count too). */
const PUBLIC_TIES = set(`
government governmental state federal national public district county city municipal provincial regional ministry ministerial
department agency bureau office commission committee parliament parliamentary congress congressional senate house assembly
legislative legislature pentagon army military navy naval air marine police border customs intelligence security
justice prosecutors court courts judicial cabinet administration presidential embassy consulate un u.n. nato eu imf
who opec interpol party republican republicans democratic democrat democrats labour labor conservative tory tories liberal
socialist communist green greens white kremlin treasury election electoral campaign fbi cia secret service prison prisons
correctional rnc dnc gop
`);

/** A lower-case judge is one of a court only when the phrase says so ("federal judge", "appeals
 *  court judge"); the judges of a contest or a show are not ("dances for judges A, B and C"). A
 *  capitalised "Judge" is a court's title. */
const COURT_TIES = set("court courts bench tribunal supreme appeals appellate circuit district federal state county magistrates high");
const LOWER_JUDGE = /(?:^|\s)judges?(?=\s|$|[,.;:])/;

/** Fields that make an office over them an analyst's ("director of industry analysis", "research
 *  director at a market research firm", "head of research"). */
const ANALYSIS_FIELDS = set("analysis analyses analytics research forecasting insights");

const CHAIRS = set("chair chairman chairwoman chairperson");
const STUDY = set("doctoral phd ph.d graduate doctorate");
const UNDERWORLD = set("crime mob mafia drug drugs cartel gang gangs underworld");
/** A school's units, whose heads are scholars ("director of the Labor Project at Hale University"). */
const ACADEMIC_UNITS = set("project projects program programs programme programmes center centre lab laboratory initiative institute department");
const ACADEMIES = set("university universities college school");
/** Kinds of place that name where one is when a place name ends in them ("in Washington State",
 *  "in Orange County"), not the public body one works for. */
const PLACE_KINDS = set("state city county district");

/** Modifiers that make an adviser a private one ("business advisor", "financial adviser"). */
/** Company offices that an analysis field makes an analyst's (not a minister's: "minister of research"). */
const FIELD_HEADS = set("director directors head heads chief executive vp svp evp vice-president manager officer partner");
const CARE_AIDES = set("care home-care health home-health teacher teachers nurse nurses nursing classroom dental");
const PRIVATE_ADVICE = set("business financial investment wealth tax retirement career");
const ADVISERS = set("adviser advisers advisor advisors");

/** Heads tied only by a military or police body (a ship's or a team's captain is not an official). */
const MILITARY_ONLY = set("captain");
const MILITARY_TIES = set("army military navy naval air force forces marine marines police guard coast militia");

/** A manager is an official only of a campaign, a party or a local government ("campaign manager",
 *  "city manager"); a team's, a fund's or a country's football side's manager is not. */
const MANAGERS = set("manager managers");
const MANAGER_TIES = set("campaign campaigns city county town borough municipal government party");
/** A strategist is an official only of a campaign or a party under way ("chief strategist for the
 *  Ruiz campaign"); a "Republican strategist" is a consultant, a former campaign's a commentator. */
const STRATEGISTS = set("strategist strategists");
const STRATEGIST_TIES = set("campaign campaigns party");

/** Bodies whose people are no officials by the body alone (a school's, a firm's, a charity's). */
const PRIVATE_BODIES = set(`
university universities college school institute institution foundation company corp inc firm bank hospital
review magazine network radio tv television
`);

/** Public ties that are also ideologies, ties only when capitalised as a party's name. */
const IDEOLOGIES = set("conservative liberal socialist communist green greens labor");

/** Party labels that name a politician when they stand for the role ("Democrat Ana Ruiz"). */
const PARTY_LABELS = set(`
democrat democrats republican republicans tory tories labour labor conservative conservatives liberal liberals socialist
socialists communist communists likud ndp bjp anc umno snp
`);

/** Complement words that end the head part of a role phrase. */
const COMPLEMENT = set("of for at to in with on from who which that by over under");

const COORD = set("and & or");

function headOf(w: string): string {
  // "co-CEO", "ex-minister", "vice-chairman" keep their office; "co-founder" is listed as such
  if (w.startsWith("co-") && !PRIVATE_HEADS.has(w)) return w.slice(3);
  if (w.startsWith("ex-")) return w.slice(3);
  return w;
}

const WORDISH = /[\p{L}\p{N}&]/u;

/** The words of a role phrase, lower-case, punctuation dropped ("Sen." → "sen", "Trump’s" → "trump"). */
function roleWords(role: string): string[] {
  const out: string[] = [];
  for (const raw of role.toLowerCase().split(/\s+/)) {
    // (the edges are trimmed by a scan, not a regex with two unbounded classes: linear on any input)
    let w = raw.endsWith("'s") || raw.endsWith("’s") ? raw.slice(0, -2) : raw;
    let a = 0;
    let b = w.length;
    while (a < b && !WORDISH.test(w[a]!)) a++;
    while (b > a && !WORDISH.test(w[b - 1]!) && w[b - 1] !== "." && w[b - 1] !== "-") b--;
    w = w.slice(a, b);
    if (w.endsWith(".")) w = w.slice(0, -1);
    if (w) out.push(w);
  }
  return out;
}

/** Words of official titles that name an office's field, never its holder ("Minister of Foreign
 *  Affairs"; "professor of geosciences and international affairs" is a professor), or modify it ("State", "Acting")
 *  ("Iowa State University's" names no office). */
const FIELD_WORDS = set("affairs relations development state territorial commonwealth acting interim permanent");

const isHead = (w: string): boolean =>
  OFFICIAL_HEADS.has(w) || PRIVATE_HEADS.has(w) || TIED_HEADS.has(w) || w === "mate" || (isOfficialTitleWord(w) && !FIELD_WORDS.has(w));

/** The positions of the heads of a role phrase's words: role nouns of its head part (up to the
 *  first complement after a role noun, so an organisation named first keeps its "of": "Department
 *  of Health public information officer"), coordinated heads each. */
function headPositions(words: readonly string[]): number[] {
  const heads: number[] = [];
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const w = headOf(words[i]!);
    if (i > 0 && last >= 0 && COMPLEMENT.has(w)) {
      // "project manager for communications and PR director of Tmall": a head coordinated after
      // the complement, within four words of its "and"
      heads.push(last);
      last = -1;
      const and = words.indexOf("and", i + 1);
      if (and < 0) break;
      let k = and + 1;
      while (k < words.length && k <= and + 4 && !COMPLEMENT.has(words[k]!) && !isHead(headOf(words[k]!))) k++;
      if (k >= words.length || k > and + 4 || COMPLEMENT.has(words[k]!)) break;
      i = k - 1;
      continue;
    }
    // ("59-year-old from Hilton Head": what follows "from" is where one comes from, no office)
    if (w === "from" && last < 0) break;
    if (COORD.has(w)) {
      if (last >= 0) heads.push(last);
      last = -1;
      continue;
    }
    if (isHead(w)) last = i;
  }
  if (last >= 0) heads.push(last);
  return heads;
}

/** The heads of a role phrase (see headPositions). */
export function roleHeads(role: string): string[] {
  const words = roleWords(role);
  return headPositions(words).map((i) => headOf(words[i]!));
}

/** An office whose field is analysis or research (the word before it, or its "of" complement), or
 *  a private adviser: an analyst's or a consultant's role, whatever its title. */
function privateByField(words: readonly string[], i: number): boolean {
  const h = headOf(words[i]!);
  if (ADVISERS.has(h)) return PRIVATE_ADVICE.has(words[i - 1] ?? "");
  // ("home-care aide", "a teacher's aide": an aide in care or a classroom, no official's)
  if (h === "aide" || h === "aides") return CARE_AIDES.has(words[i - 1] ?? "");
  // ("doctoral candidate at X University": a student's degree, no race)
  if (h === "candidate" || h === "candidates") return STUDY.has(words[i - 1] ?? "");
  // ("crime boss", "a drug cartel's boss": an underworld's head is no office holder)
  if (h === "boss" || h === "bosses") return words.slice(Math.max(0, i - 3), i).some((w) => UNDERWORLD.has(w));
  // ("director of the Civic Engagement Project at the University of X", "chair of the history
  // department at Y College": a unit of a school's is a scholar's)
  if ((FIELD_HEADS.has(h) || CHAIRS.has(h)) && words.some((w) => ACADEMIC_UNITS.has(w)) && words.some((w) => ACADEMIES.has(w))) return true;
  if (!FIELD_HEADS.has(h)) return false;
  if (ANALYSIS_FIELDS.has(words[i - 1] ?? "")) return true;
  // ("director of industry analysis", "head of equity research at X"; not "president of the research council")
  if (words[i + 1] !== "of") return false;
  for (let k = i + 2; k < words.length && k < i + 5; k++) {
    const w = words[k]!;
    if (ANALYSIS_FIELDS.has(w)) return k + 1 === words.length || COMPLEMENT.has(words[k + 1]!);
    if (COMPLEMENT.has(w) || COORD.has(w) || w === "the" || w === "a" || w === "an") return false;
  }
  return false;
}

/** Kin and other private ties that take a complement naming someone else ("daughter of former
 *  President X", "married to Acme CEO Y"): the offices in that complement are the other person's. */
const TIES_TO_OTHERS = set(`
mother father parent son daughter brother sister wife husband widow widower cousin uncle aunt niece nephew
grandmother grandfather grandson granddaughter stepson stepdaughter stepfather stepmother fiancee fiance friend
married engaged
`);

/** The first word of a tie to someone else ("daughter of", "married to"), or the phrase's length. */
function tieToOther(words: readonly string[]): number {
  for (let k = 0; k + 1 < words.length; k++) if (TIES_TO_OTHERS.has(words[k]!) && (words[k + 1] === "of" || words[k + 1] === "to")) return k;
  return words.length;
}

/** Whether a role phrase names an official, a private person, or says nothing either way. */
export function roleStanding(role: string, isPublicName: (word: string) => boolean = () => false): Standing {
  const words = roleWords(role);
  // (the offices after "daughter of", "married to" are the relative's: only the heads before count,
  // and the tie itself says private)
  const tie = tieToOther(words);
  const at = headPositions(words).filter((i) => i <= tie);
  if (tie < words.length && at.every((i) => i === tie)) return "private";
  // ("family spokesman", "adviser to the Ricketts family": who serves a family serves no public
  // body; not a party's name, "Working Families Party", nor a royal family)
  const fam = words.findIndex((w, k) => (w === "family" || w === "families") && words[k - 1] !== "royal" && !/^\p{Lu}/u.test(role.split(/\s+/)[k + 1] ?? ""));
  if (fam >= 0 && at.length > 0 && !words.some((w) => PUBLIC_TIES.has(w) && !IDEOLOGIES.has(w))) return "private";
  let tied: boolean | null = null;
  const capitalised = new Set(role.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  if (at.length === 0) {
    // "Democrat", "Labour's": a party label alone names a politician
    if (words.some((w) => PARTY_LABELS.has(w))) return "official";
    // "State Department's Ana Ruiz", "NATO's Tom Hale": a public body's person (not a school's, a
    // firm's or an outlet's: "Iowa State University's Ana Ruiz", "National Review's Tom Hale")
    // (an outlet: the lexicon's media words, "Times", "Post", "Journal", and the kinds above)
    const owner = /['’]s?$/.test(role) && !words.some((w) => PRIVATE_BODIES.has(w) || MEDIA.has(w));
    return owner && words.some((w) => PUBLIC_TIES.has(w) && !IDEOLOGIES.has(w) && w !== "national") ? "official" : "unknown";
  }
  let placeTied: boolean | null = null;
  const isTied = (h: string): boolean => {
    // (an ideology ties only as a party's name, capitalised: "a conservative economist" is none)
    tied ??= words.some((w, k) => PUBLIC_TIES.has(w) && !(IDEOLOGIES.has(w) && !capitalised.has(w)) && !placeAfterIn(words, k, capitalised));
    // (a place ties only as the office's own, not where one comes from or works: "a lawyer in
    // Paris", "an economist from Chile"; nor a profession's nationality: "a British lawyer")
    placeTied ??= words.some((w, k) => isPublicName(w) && !(PLACE_TO_COUNTRY.has(w) && (ORIGIN.has(words[k - 1] ?? "") || ORIGIN.has(words[k - 2] ?? ""))));
    // ("a lawyer for Ukraine", "representing the country": a client that is a country ties)
    return tied || (placeTied && !(PROFESSIONS.has(h) && !words.some((w, k) => isPublicName(w) && (!PLACE_TO_COUNTRY.has(w) || CLIENT.has(words[k - 1] ?? "")))));
  };
  const isMilitary = (): boolean => roleWords(role).some((w) => MILITARY_TIES.has(w));
  const isManaged = (): boolean => roleWords(role).some((w) => MANAGER_TIES.has(w));
  // (of the campaign under way: not "former", "four years ago", "Ruiz's 2012 campaign")
  const isCampaigns = (): boolean =>
    words.some((w) => STRATEGIST_TIES.has(w)) && !words.some((w) => w === "former" || w === "ago" || /^\d{4}$/.test(w));
  let standing: Standing = "unknown";
  // "former White House aide and current network anchor": a past office beside a present private
  // role is no official's standing now
  let formerOffice = false;
  const former = (i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && !COORD.has(words[k]!) && words[k] !== "former") k--;
    return words[k] === "former" || words[i]!.startsWith("ex-");
  };
  // ("Clinton White House aide and current network anchor": a private role said to be the present
  // one makes the office beside it a past one)
  const present = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && !COORD.has(words[k]!); k--) if (words[k] === "current" || words[k] === "now") return true;
    return false;
  };
  if (at.some((i) => PRIVATE_HEADS.has(headOf(words[i]!)) && present(i))) return "private";
  for (const i of at) {
    const h = headOf(words[i]!);
    if (privateByField(words, i)) standing = "private";
    // a candidate's "running mate" is one; "mate" alone says nothing either way
    else if (h === "mate") {
      if (words[i - 1] === "running") return "official";
    }
    else if ((h === "judge" || h === "judges") && LOWER_JUDGE.test(role) && !/\bJudges?\b/.test(role)) {
      if (words.some((w) => COURT_TIES.has(w) || PUBLIC_TIES.has(w) || isPublicName(w))) return "official";
      standing = "private";
    } else if (EXPERTS.has(h)) {
      // ("White House National Security Council Ukraine expert": an expert on a public body's staff)
      if (words.some((w) => BODY_TIES.has(w) && capitalised.has(w))) return "official";
      standing = "private";
    } else if (TIED_HEADS.has(h)) {
      if (MILITARY_ONLY.has(h) ? isMilitary() : MANAGERS.has(h) ? isManaged() : STRATEGISTS.has(h) ? isCampaigns() : isTied(h)) return "official";
      standing = "private";
    } else if (OFFICIAL_HEADS.has(h) || (isOfficialTitleWord(h) && !PRIVATE_HEADS.has(h))) {
      if (!former(i) || at.length === 1) return "official";
      formerOffice = true;
    } else if (PRIVATE_HEADS.has(h) && formerOffice && !former(i)) return "private";
    else standing = "private";
  }
  return formerOffice ? "official" : standing;
}

/** A person's standing from all their roles: one official role is enough ("the key witness,
 *  Ambassador Lena Ward"); else private when some role says so; else unknown. */
export function personStanding(roles: readonly string[], isPublicName?: (word: string) => boolean): Standing {
  let out: Standing = "unknown";
  let past = false;
  let occupied = false;
  for (const r of roles) {
    const s = roleStanding(r, isPublicName);
    // ("the economist X, a former adviser in the White House": a past office beside a present
    // occupation of private life is not the capacity the person speaks in)
    if (s === "official") {
      if (!PAST_ROLE.test(r)) return "official";
      past = true;
    } else if (s === "private") {
      out = "private";
      if (roleHeads(r).some((h) => OCCUPATIONS.has(h))) occupied = true;
    }
  }
  return past ? (occupied ? "private" : "official") : out;
}

/** A role that names a past office ("former adviser", "a onetime aide", "ex-minister"). */
const PAST_ROLE = /^(?:(?:a|an|the)\s+)?(?:former|onetime|one-time|ex-|then-)/i;

/** Occupations of private life that a person is named in now ("professor", "analyst", "anchor"). */
const OCCUPATIONS = set(`
reporter correspondent journalist editor columnist writer author anchor host presenter pundit commentator blogger
researcher professor lecturer scientist expert academic scholar historian fellow analyst consultant economist lawyer
attorney lobbyist
`);

const PRIVATE_WORDS = new Set(
  (
    "mother father parent resident residents voter voters shopper passenger neighbour neighbor relative " +
    "widow friend homeowner retiree pensioner volunteer student students teacher nurse survivor victim witness protester " +
    "protesters farmer worker fan supporter supporters donor donors"
  ).split(" "),
);

/** Private people ("a mother of two from Bremen") act for no one. */
export function privateRole(role: string): boolean {
  for (const w of role.toLowerCase().split(" ")) if (PRIVATE_WORDS.has(w)) return true;
  return false;
}

/** A word that names a country, nation or public body ("u.s", "british", "nato"). */
export function isPublicWord(w: string): boolean {
  return PLACE_TO_COUNTRY.has(w) || ORG_ACRONYMS.has(w.toUpperCase());
}

/** words[k] is the kind word closing a place name after "in" ("member of a union in Washington
 *  State"): where one is, not the public body one serves. */
function placeAfterIn(words: readonly string[], k: number, capitalised: ReadonlySet<string>): boolean {
  if (!PLACE_KINDS.has(words[k]!) || !capitalised.has(words[k]!)) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && capitalised.has(words[j]!) && !PUBLIC_TIES.has(words[j]!)) j--;
  return j < k - 1 && words[j] === "in";
}
