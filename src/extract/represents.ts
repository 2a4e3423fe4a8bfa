/**
 * Whom a person acts for, read from their role phrase and the article:
 *   "Qatar Foreign Ministry spokesperson" → "Qatar (Foreign Ministry)"
 *   "U.S. President" → "United States";  "Hamas official" → "Hamas"
 *   "director-general of the World Health Organisation (WHO)" → "World Health Organisation"
 *   "Finance Minister" (article about Pakistan) → "Government of Pakistan (Ministry of Finance)"
 *   "CEO" (article about one company) → that company;  "Liberal MP" → "Liberal Party"
 *   "senior Trump advisers" → what Trump represents.
 */
import {
  AP_STATES,
  CITIES,
  COMMON_CAPS,
  CORP_ROLES,
  KIN_NOUNS,
  MEDIA,
  MINISTRY_SUBJECTS,
  ORG_ACRONYMS,
  ORG_WORDS,
  PARTY_WORDS,
  PLACE_TO_COUNTRY,
  PLACES,
  ROLE_NOUNS,
  TITLES,
} from "./lexicon/index.ts";
import { isCommonWord } from "./data/common-words-lookup.ts";
import { isGroupWord } from "./entities/chunks.ts";
import { isGiven, isStrongGiven } from "./names.ts";
import { fold } from "./normalize.ts";
import { OF_FOR_AT, runsInOrder, unnamedBody } from "./represents-runs.ts";
import { congressOfCountry, stateLegislature, tagRepresents, usStateOffice } from "./represents-us.ts";
import { bodyOfArticle, describedBody, ministryOf, namesNoBody, opensOfName, portfolioAt, QUOTED_TITLE, RACE_ROLE, type DocFacts } from "./represents-text.ts";
import {
  CHAMBER_ROLES,
  HOUSE_OFFICES,
  DIPLOMATS,
  LEAD_MODIFIERS,
  LEGISLATURES,
  LOCAL,
  LOCAL_OFFICES,
  NAME_OPENERS,
  REGIONS,
  REGION_WORDS,
  FIELD_NOUNS,
  GO_BETWEENS,
  OVERSEEING,
  LEGISLATIVE,
  ROYAL_TITLES,
  SENT_PREPS,
  SUBJECTS,
  countryOf,
  isAcronym,
  isOffice,
  isPersonTitle,
  localPlace,
  nameOf,
  notABody,
  numberedDistrict,
  prosecutorsOffice,
  outletNameAt,
  orgNameAt,
  partyNameAt,
  usStateIn,
  words,
  LEVELS,
  NAME_TAILS,
  ORG_ADJECTIVES,
  societyNameAt,
  administrationOf, ARMED_SERVICES, campaignOf, countryEndsName, SHORT_NAMES, TITLE_ADJECTIVES,
  type Word,
} from "./represents-words.ts";

export { tagRepresents, usChamber } from "./represents-us.ts";
export type { DocFacts } from "./represents-text.ts";

// Word lists of the tests below, built once (an array literal in a test is a new array per call).

export function deriveRepresents(role: string | null, facts: DocFacts): string | null {
  // ("candidate for the Senate": the seat sought, not whom they act for)
  if (!role || role.startsWith("candidate for ")) return null;
  // ("author of “Long Roads”": a work's title names no body)
  const ws = words(role.replace(QUOTED_TITLE, ""));
  if (namesNoBody(ws, facts.isPerson)) return null;
  // "Gov. X of California", "Mayor X of Valencia": a role that is only a place (a city or region,
  // not a country) is that place
  const joined = ws.map((w) => w.key).join(" ");
  if (ws.length > 0 && ws.length <= 3 && ws.every((w) => w.cap) && (CITIES.has(joined) || (!PLACE_TO_COUNTRY.has(joined) && ws.every((w) => PLACES.has(w.key)))))
    return ws.map((w) => w.w).join(" ");
  const lowerKeys = ws.map((w) => w.key);
  const mediaOffice = ws.length <= 8 && lowerKeys.some((k) => CORP_ROLES.has(k) || k === "president");
  const prosecutor = prosecutorsOffice(ws);
  if (prosecutor) return prosecutor;
  // "director of the advocacy group Progress Ohio": the body's name after its kind, whole
  const described = describedBody(ws, facts.isPerson);
  if (described) return described;
  // "the country's interior minister", "the nation's top general": the country the article is about
  let country: string | null = ws[0]?.poss && (ws[0].key === "country" || ws[0].key === "nation") ? facts.country : null;
  let cityOnly = false; // (the country was read from a city's name: "Washington director for MoveOn")
  let viaPerson: string | null = null;
  let party: string | null = null;
  let localParty: string | null = null;
  let acronym: string | null = null;
  let region: string | null = null;
  let personName: string | null = null;
  let personEnd = -1;
  let personKey = "";
  const runs: Word[][] = [];
  let cur: Word[] = [];
  const end = () => {
    if (cur.length > 0) runs.push(cur);
    cur = [];
  };
  // ("Minister of Foreign Affairs": a portfolio is the ministry's, read by ministryOf, not a body here)
  const portfolio = portfolioAt(ws);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i === portfolio?.[0]) {
      end();
      i = portfolio[1] - 1;
      continue;
    }
    // (nor its office's name through "for": "Cabinet Secretary for Health")
    if (portfolio && i < portfolio[0] && portfolio[0] - i <= 2 && !w.cap) {
      end();
      continue;
    }
    // "Department of Health", "Federal Reserve Bank of New York", "Chapter & Verse": an
    // organisation's name runs on through "of" and "&" with its capitalised words, places included
    const next = ws[i + 1];
    // (a word right before a capitalised organisation word opens that organisation's name)
    const opensOrg = next?.cap === true && ORG_WORDS.has(next.key);
    // ("Justice and Development Party": through "and" when the name goes on to its organisation word)
    const andOrg =
      w.key === "and" &&
      cur.length > 0 &&
      cur.every((c) => !ROLE_NOUNS.has(c.key) || MINISTRY_SUBJECTS.has(c.key)) &&
      orgNameAt(ws, i + 1);
    // "chairman of the Joint Chiefs of Staff": a name that runs on past its office word ("Chiefs of
    // Staff") is not read here, whole or in part
    const last = cur[cur.length - 1];
    // (not a body's name already: "Foundation for Defense of Democracies")
    if (w.key === "of" && next?.cap && last && isOffice(last) && cur.some((c) => !isOffice(c) && !ORG_WORDS.has(c.key)) && !cur.some((c) => c.cap && ORG_WORDS.has(c.key))) {
      // (but a body's acronym before a person's title is read: "UMWA Director of Government Affairs")
      cur = isPersonTitle(last) && cur.length === 2 && isAcronym(cur[0]!) ? [cur[0]!] : [];
      end();
      for (i++; i < ws.length && ws[i]!.cap; i++);
      i--;
      continue;
    }
    // ("Alliance for American Manufacturing", "Office for National Statistics": through "for" too)
    // (not "Minister of State for Foreign Affairs": "State" alone is an office's word there)
    // ("Priests for Life", "Knights of Columbus": a plural noun opens a society's name too)
    const plural =
      cur.length === 1 && ((cur[0]!.key.length > 3 && cur[0]!.key.endsWith("s") && !TITLES.has(cur[0]!.key) && !ROLE_NOUNS.has(cur[0]!.key)) || opensOfName(ws, ws.indexOf(cur[0]!)));
    // (not a legislator's seat after "for": "Member of Parliament for Lagos")
    const seat = w.key === "for" && LEGISLATURES.has(last?.key ?? "") && countryOf(ws, i + 1) !== null;
    const ofOrg =
      (w.key === "of" || ((w.key === "for" || w.key === "on") && !(cur.length === 1 && TITLES.has(cur[0]!.key)))) &&
      (cur.some((c) => ORG_WORDS.has(c.key)) || (plural && w.key !== "on")) &&
      !seat;
    // ("Committee for a Responsible Budget", "Council of the Baltic Sea States": and through an article)
    const article = ofOrg && (next?.key === "a" || next?.key === "an" || next?.key === "the") && ws[i + 2]?.cap === true;
    if (article) {
      cur.push(w, next!);
      i++;
    }
    if ((next?.cap || article) && (w.w === "&" || andOrg || ofOrg) && cur.length > 0) {
      if (!article) cur.push(w);
      // ("Department of Design and Construction": on through "and" to more capitalised words)
      for (i++; i < ws.length && (ws[i]!.cap || ((ws[i]!.key === "and" || ws[i]!.w === "&") && ws[i + 1]?.cap)); i++) cur.push(ws[i]!);
      i--;
      continue;
    }
    // "London-based", "Kremlin-backed", "U.S.-led": a hyphenated adjective is no organisation; nor
    // is a dual nationality ("Hungarian-American")
    if (w.cap && (/-\p{Ll}+$/u.test(w.w) || (w.w.includes("-") && w.key.split("-").every((p) => PLACE_TO_COUNTRY.has(p))))) {
      cur = []; // ("Mercer Island-based": the words before it name the place too)
      continue;
    }
    // "the US envoy to Peru", "the UN envoy for Yemen", "its mission in Libya": the country a
    // diplomat is sent to is not the one they act for
    const d = ws[i - 1]?.key === "the" ? i - 1 : i;
    // ("State Department official overseeing Lebanon": the country an office is over)
    // ("adviser on Syria", "expert on Russia at the Wilson Center": the country an office is about)
    // (not a country's body: "judge on the United States Court of Appeals")
    const onCountry = countryOf(ws, i);
    const about = ws[d - 1]?.key === "on" && (ROLE_NOUNS.has(ws[d - 2]?.key ?? "") || FIELD_NOUNS.has(ws[d - 2]?.key ?? "")) && onCountry !== null && !orgNameAt(ws, i + onCountry[1]);
    // ("consul general in Los Angeles", "High Commissioner to India": the diplomat's office of two words)
    const diplomat = DIPLOMATS.has(ws[d - 2]?.key ?? "") || (ws[d - 2]?.key === "general" && DIPLOMATS.has(ws[d - 3]?.key ?? "")) || (ws[d - 2]?.key === "commissioner" && ws[d - 3]?.key === "high");
    if (d >= 1 && w.cap && ((SENT_PREPS.has(ws[d - 1]!.key) && diplomat) || OVERSEEING.has(ws[d - 1]!.key) || about)) {
      end();
      while (i + 1 < ws.length && ws[i + 1]!.cap) i++;
      continue;
    }
    // "correspondent for the Daily Ledger": an outlet's name is read whole (represents-words.ts)
    const outlet = w.poss && lowerKeys.some((k) => CORP_ROLES.has(k)) ? 0 : outletNameAt(ws, i);
    if (outlet > 0) {
      end();
      cur.push(...ws.slice(i, i + outlet));
      end();
      i += outlet - 1;
      continue;
    }
    const c = countryOf(ws, i);
    // "China expert at the Brookings Institution", "a Ukraine specialist": a country before a field
    // noun is the subject studied, not whom they act for
    // ("the UN's Syria envoy", "Burundi mediator": a country's name, not its adjective, before a
    // go-between's office is the country dealt with; not "U.S. envoy", nor "the United States envoy")
    const nameForm = c !== null && !w.poss && fold(c[0]) === ws.slice(i, i + c[1]).map((x) => x.key).join(" ") && w.key !== "united";
    if (c && (FIELD_NOUNS.has(ws[i + c[1]]?.key ?? "") || (nameForm && GO_BETWEENS.has(ws[i + c[1]]?.key ?? "")))) {
      end();
      i += c[1] - 1;
      continue;
    }
    // "European Commission", "African Union": a regional adjective names the body, not a country
    // (and so does a country's adjective opening a society's name: "American Academy of Pediatrics",
    // "American Civil Liberties Union"; not "Russian Foreign Ministry")
    const society = c !== null && c[1] === 1 && !w.poss && w.key !== fold(c[0]) && societyNameAt(ws, i + 1);
    if ((c && REGIONS.has(c[0]) && i + 1 < ws.length && ws[i + 1]!.cap && ORG_WORDS.has(ws[i + 1]!.key)) || society) {
      // (after the name's first word: "Arab American Institute", "Turkish American Federation")
      if (!(society && cur[cur.length - 1] === ws[i - 1])) end();
      cur.push(w);
      continue;
    }
    // ("who leads this European state", "African leaders": a continent's adjective before a common
    // noun names no country; nor does a people's group word: "Latino vote director")
    if (((c && REGIONS.has(c[0]) && w.key !== fold(c[0])) || (w.cap && isGroupWord(w.key))) && i + 1 < ws.length && !ws[i + 1]!.cap) {
      end();
      continue;
    }
    // "Inner Mongolia", "Northern Ireland": a region named after a country is not that country
    const prev = ws[i - 1];
    if (c && c[1] === 1 && prev?.cap && REGION_WORDS.test(prev.key)) {
      if (cur[cur.length - 1] === prev) cur.pop();
      end();
      region ??= `${prev.w} ${w.w}`;
      continue;
    }
    // ("Concerned Women for America": a country ending a body's name after for/of is the name's)
    if (c && cur.length === 0 && countryEndsName(ws, i, c[1], runs[runs.length - 1])) {
      cur = [...runs.pop()!, ...ws.slice(i - 1, i + c[1])];
      i += c[1] - 1;
      continue;
    }
    // ("NARAL Pro-Choice America", "Amnesty International USA": and right after the name's words)
    // (its name, not its adjective: "America", "USA", not "American")
    if (c && (nameForm || (PLACES.has(w.key) && !CITIES.has(w.key)) || (c[1] === 1 && w.w.length <= 4 && w.w === w.w.toUpperCase())) && cur.length > 0 && cur[cur.length - 1] === ws[i - 1] && countryEndsName(ws, i, c[1], cur)) {
      cur.push(...ws.slice(i, i + c[1]));
      i += c[1] - 1;
      continue;
    }
    if (c) {
      // ("former New York City mayor": a city's name with "City" is that city, no body of it)
      // ("Lagos State Governor": and a city's state of that name)
      const cityName = ws[i + c[1]]?.cap === true && (ws[i + c[1]]!.key === "city" || ws[i + c[1]]!.key === "state") && !orgNameAt(ws, i + c[1] + 1);
      if (!country) {
        country = c[0];
        cityOnly = CITIES.has(ws.slice(i, i + c[1]).map((p) => p.key).join(" ")) && (cityName || !orgNameAt(ws, i + c[1]));
      }
      if (cityOnly && cityName) {
        end();
        i += c[1];
        continue;
      }
      end();
      // "Washington State Department of Health", "New York Police Department": a city or state
      // (not a country) right before an organisation's name is part of that name
      const place = ws.slice(i, i + c[1]);
      if (CITIES.has(place.map((p) => p.key).join(" ")) && orgNameAt(ws, i + c[1])) cur.push(...place);
      i += c[1] - 1;
      continue;
    }
    const acr = w.w.length >= 2 && w.w === w.w.toUpperCase() ? ORG_ACRONYMS.get(w.w) : undefined;
    if (acr) {
      end();
      // ("Ukraine's UN ambassador", "Russian UN envoy": a country's diplomat posted to the body acts for the country)
      if (!(country && DIPLOMATS.has(ws[i + 1]?.key ?? ""))) acronym ??= acr;
      continue;
    }
    // ("Syrian Democratic Forces", "Republican National Committee": a party word opening another body's name)
    // (not a department's field before its secretary: "Labor Secretary" heads the Labor Department)
    // (not a chamber: "Republican Senate majority leader" is the party's and the Senate's)
    if (w.cap && PARTY_WORDS.has(w.key) && !(opensOrg && next?.key !== "party" && !LEGISLATURES.has(next!.key) && next?.key !== "house") && !(MINISTRY_SUBJECTS.has(w.key) && next?.key === "secretary")) {
      // ("Social Democratic Party": capitalised words before the party word open its name)
      const before = cur;
      end();
      // "Conservative Party of Canada", "Liberal Democrat MP": the party's name (represents-words.ts)
      let [name, k] = partyNameAt(ws, i);
      if (before.length > 0 && ws[i - 1] === before[before.length - 1] && ws[k - 1]?.key === "party" && !before.some((c) => isOffice(c) || LEAD_MODIFIERS.has(c.key))) {
        name = nameOf([...before, ...ws.slice(i, k)]);
        runs.pop();
        if (before[before.length - 1]!.key === "county") localParty = name;
      } else if (before.length > 0 && ws[i - 1] === before[before.length - 1] && k === i + 1 && w.key.endsWith("s") && before.every((c) => !isOffice(c) && !LEAD_MODIFIERS.has(c.key) && !ORG_WORDS.has(c.key) && !PLACES.has(c.key))) {
        // ("Free Democrats", "Log Cabin Republicans": capitalised words before a party's plural are its name)
        name = nameOf([...before, w]);
        runs.pop();
      } else if (before.length > 0 && ws[i - 1] === before[before.length - 1] && ws[i - 1]!.key === "county" && !party) {
        // "Rockingham County GOP chairman": a county's party is that county's, whatever state follows
        runs.pop();
        localParty = `${nameOf(before)} ${name}`;
      }
      party ??= name;
      i = k - 1;
      continue;
    }
    // "Central Bank", "Southern District Court": a place word opening an organisation's name stays in it
    if (
      !w.cap ||
      // ("Indiana State Teachers Association": a place opening a longer name too)
      (PLACES.has(w.key) && !opensOrg && !(next?.cap && orgNameAt(ws, i + 1))) ||
      // (an outlet's name is no body, unless it owns a company office: "Tribune's former chairman",
      // "CNN President", "president of entertainment at Fox", "chairman of Fox Networks Group"; not "CNN reporter")
      (MEDIA.has(w.key) && !(w.poss && lowerKeys.some((k) => CORP_ROLES.has(k))) && !mediaOffice) ||
      (COMMON_CAPS.has(w.key) &&
        !ORG_WORDS.has(w.key) &&
        !opensOfName(ws, i) &&
        // (or ends the role after of/for/at: "executive director of Muslim Advocates")
        !(NAME_OPENERS.has(w.key) && next?.cap && (orgNameAt(ws, i + 1) || (OF_FOR_AT.includes(ws[i - 1]?.key ?? "") && ws.slice(i + 1).every((x) => x.cap)))) &&
        !(NAME_TAILS.has(w.key) && cur.length > 0)) ||
      // ("Acting", "Leading" are no names, unless an organisation's ("Governing Council"); "Boeing",
      // not an English word, is one)
      (w.key.endsWith("ing") && !ORG_WORDS.has(w.key) && isCommonWord(w.key) && !orgNameAt(ws, i + 1))
    ) {
      end();
      continue;
    }
    // ("Kotak Securities", "Dana Besecker Company", "Trump Organization": a name right before an
    // organisation's word is that organisation's, not the person's; not "Trump Justice Department")
    // (nor is a place opening a name: "Indiana State Teachers Association" when "Indiana Statehouse" was read as a person)
    // ("Brady Campaign": a body named after a person as a campaign, capitalised; "the Dale Group's CEO")
    const firmName = !w.poss && next?.cap === true && (((ORG_WORDS.has(next.key) || (next.key === "campaign" && !facts.isPerson(next.key))) && (!ws[i + 2]?.cap || next.poss)) || (PLACES.has(w.key) && orgNameAt(ws, i + 1)));
    // ("leader of Ennahda", "for Con Edison", "Whole Foods co-founder": a name read as a person's
    // but of no official, after of/for/at or before a company office, is the body's)
    let pe = i;
    while (pe < ws.length && ws[pe]!.cap && facts.isPerson(ws[pe]!.key)) pe++;
    const p0 = ws[i - 1]?.key === "the" ? i - 2 : i - 1;
    // ("Goldman Sachs chief executive", "Morgan Stanley's chief financial officer": a company office right after)
    const corp = ws.slice(pe, pe + 3).some((x) => CORP_ROLES.has(x.key)) && !ws.slice(pe, pe + 3).some((x) => x.cap && !isOffice(x));
    const bodyName =
      facts.isPerson(w.key) &&
      !facts.isOfficial(w.key) &&
      // (not a given name and a surname, nor a campaign's owner: "for Ted Cruz", "for Obama's 2008 campaign")
      !(pe > i + 1 && isStrongGiven(w.key) && w.w !== w.w.toUpperCase() && !corp) && !(ws[pe - 1]?.poss && lowerKeys.some((k) => k.startsWith("campaign"))) &&
      ((p0 >= 0 && OF_FOR_AT.includes(ws[p0]!.key)) || (cur.length > 0 && cur[cur.length - 1] === ws[i - 1] && facts.isPerson(ws[i - 1]!.key)) || corp);
    if (facts.isPerson(w.key) && !firmName && !bodyName) {
      // "Dahl's spokeswoman", "senior Trump advisers": whom that person represents
      viaPerson ??= facts.personRep(w.key);
      // (the name as written, for "campaign spokeswoman for Senator Ross Dale")
      if (personName === null || personEnd === i) {
        personName = personName === null ? w.w : `${personName} ${w.w}`;
        personEnd = i + 1;
        personKey = w.key;
      }
      end();
      continue;
    }
    // (a generational suffix ends the name before it: "Joseph R. Biden Jr.")
    if (personEnd === i && (w.key === "jr" || w.key === "sr")) continue;
    cur.push(w);
  }
  end();
  if (localParty) return localParty;
  // ("state House Speaker", "Ohio state Sen.": a state legislature's chamber, with the party said; not a race's seat)
  const legislature = RACE_ROLE.test(role) ? null : stateLegislature(ws);
  if (legislature) return party ? `${legislature} (${party})` : legislature;
  let org: string | null = null;
  let plainOrg: string | null = null;
  let chamber: string | null = null;
  const ordered = runsInOrder(ws, runs);
  for (const run of ordered) {
    let k = run.length;
    // (an office word at the end is trimmed, unless the name has it: "Illinois Institute of Technology",
    // "Council of Economic Advisers")
    const named = (x: number): boolean =>
      run[x - 1]?.key === "of" || (run.some((y) => y.key === "of") && x === run.length - 1 && /s$/.test(run[x]!.key));
    while (k > 0 && (TITLES.has(run[k - 1]!.key) || ROLE_NOUNS.has(run[k - 1]!.key) || CHAMBER_ROLES.has(run[k - 1]!.key)) && !ORG_WORDS.has(run[k - 1]!.key) && !named(k - 1)) k--;
    // ("Former National Security Council", "Senior author": a leading modifier is no part of a name)
    let a = 0;
    while (a < k && LEAD_MODIFIERS.has(run[a]!.key)) a++;
    const r = run.slice(a, k);
    if (r.length === 0) continue;
    // ("National Security Adviser", "Foreign Policy Adviser": the field of an office is no body)
    // (an adjective or a field that is also an organisation word does not make it one: "National Security")
    // (nor after it, through "for": "Undersecretary for Political Affairs", "director for Asian Affairs")
    const field = SUBJECTS.has(r[r.length - 1]!.key) && !r.some((w) => ORG_WORDS.has(w.key) && !SUBJECTS.has(w.key) && !ORG_ADJECTIVES.has(w.key));
    const p = ws.indexOf(r[0]!);
    if (field && (k < run.length || (ws[p - 1]?.key === "for" && ROLE_NOUNS.has(ws[p - 2]?.key ?? "")))) continue;
    // ("State Health Commissioner", "County Emergency Manager": a level of government and a field)
    if (k < run.length && r.length === 2 && LEVELS.has(r[0]!.key) && (SUBJECTS.has(r[1]!.key) || (isCommonWord(r[1]!.key) && !ORG_WORDS.has(r[1]!.key)))) continue;
    // ("President Bill", "Mayor Bill": a title and a given name begin a person's name, the rest not read)
    if (r.length >= 2 && isPersonTitle(r[0]!) && isGiven(r[1]!.key)) continue;
    if (numberedDistrict(ws, r) || (r.length === 1 && k < run.length && TITLE_ADJECTIVES.has(r[0]!.key))) continue;
    // ("Pentagon spokesman Navy Capt.": a service before a rank after the office is the rank's, no body)
    if (r.length === 1 && k < run.length && ARMED_SERVICES.has(r[0]!.key) && TITLES.has(ws[ws.indexOf(r[0]!) - 1]?.key ?? "")) continue;
    // ("Fla. Gov.", "N.J. Rep.": a state's AP abbreviation is the state, read below, not a body)
    if (r.length === 1 && AP_STATES.has(r[0]!.w)) continue;
    // "of State", "the Court" name nothing alone; a legislature does, after a party ("Senate Majority Leader")
    if (r.length === 1 && LEGISLATURES.has(r[0]!.key)) chamber ??= r[0]!.w;
    // ("House Speaker", "House Majority Leader", "Speaker of the House": the lower chamber, which
    // "House" alone names only beside a chamber's office)
    if (r.length === 1 && r[0]!.key === "house" && (HOUSE_OFFICES.has(run[k]?.key ?? "") || HOUSE_OFFICES.has(ws[ws.indexOf(r[0]!) - 3]?.key ?? ""))) chamber ??= "House of Representatives";
    // (but a media company that owns the office does: "Tribune's former chairman")
    // ("Army", "Navy" capitalised: an armed service, which its one word names: "retired Army general")
    if (r.length === 1 && ORG_WORDS.has(r[0]!.key) && !(r[0]!.poss && MEDIA.has(r[0]!.key) && lowerKeys.some((k) => CORP_ROLES.has(k))) && !(r[0]!.cap && ARMED_SERVICES.has(r[0]!.key))) {
      // ("Dow's chief executive": a company's office, of the company the article names by that word)
      const firm = r[0]!.poss && lowerKeys.some((k) => CORP_ROLES.has(k)) ? facts.orgs.find((o) => o === r[0]!.w || o.startsWith(`${r[0]!.w} `)) : undefined;
      if (firm) org ??= firm;
      continue;
    }
    if (r.some((w) => ORG_WORDS.has(w.key))) {
      org ??= nameOf(r);
    } else if (r.some((w) => !TITLES.has(w.key) && !ROLE_NOUNS.has(w.key)) && !isPersonTitle(r[0]!) && !notABody(ws, r)) {
      // (a title before a name is a person's: "Queen Elizabeth II's son")
      plainOrg ??= nameOf(r);
    }
  }
  org ??= acronym ?? plainOrg;
  // "spokesman for the commission", "the agency's director": a body the role names by its kind (represents-runs.ts)
  org ??= unnamedBody(ws, role, facts, country, party);
  // ("German MEP": a member of the European Parliament, for their country)
  org ??= party ?? chamber ?? (lowerKeys.includes("mep") || lowerKeys.includes("meps") ? "European Parliament" : null);
  let ministry = ministryOf(ws, lowerKeys, facts.orgs, portfolio);
  if (org && org === ministry) ministry = null;
  // ("Dale's Ohio chairman" when Dale runs: the campaign's, not the state's)
  // (not a sitting head's, who act for the country: "Voss's press secretary" as President Voss runs again)
  const headOfState = viaPerson !== null && PLACE_TO_COUNTRY.has(fold(viaPerson));
  // (not a government's: "former official in President Dale's administration" as Dale runs again)
  const admin = administrationOf(ws, facts.isPerson);
  const campaign = personName !== null && !admin && (lowerKeys.some((k) => k === "campaign" || k === "campaigns") || (facts.isCandidate?.(personKey) === true && !headOfState));
  // (a city read as a country is where they work: "Washington lawyer leading Dale's search"; not a relative's office)
  if (!org && (!country || (cityOnly && !lowerKeys.some((k) => KIN_NOUNS.has(k)))) && campaign) return campaignOf(personName);
  if (!org && !country && admin) return admin;
  // "mayor of Kyiv", "Texas Gov.": a local office acts for its city or region, not the country
  const local = lowerKeys.some((k, i) => LOCAL_OFFICES.has(k) || (k === "chief" && lowerKeys[i + 1] === "minister"));
  // ("Democratic candidate for governor": a party's candidate acts for the party, not yet for the state)
  if (org && org === party && RACE_ROLE.test(role)) return org;
  // (the seat a runner seeks: "White House hopeful", "state Senate candidate")
  if (RACE_ROLE.test(role) && ((!org && cityOnly && role.includes("White House")) || (org !== null && org === chamber && org !== party))) return null;
  if ((!org || org === party) && local) {
    const place = localPlace(ws);
    if (place) return place;
    // "Kentucky Democrats beat incumbent Gov. X": a governor whose role names no state acts for
    // the one state its sentence names (not a bank's: "the central bank governor")
    // (not one who runs for it: "nominee for governor")
    const governor = lowerKeys.some((k) => k === "governor" || k === "gov" || k === "governor-elect") && !RACE_ROLE.test(role);
    // (the sentence before too, for a bare "Gov. X"; "Republican Gov. X" in a round-up of states may be another's)
    const state = governor && !ws.some((w) => !w.cap && ORG_WORDS.has(w.key)) ? (facts.stateNear?.(!ws.some((w) => PARTY_WORDS.has(w.key))) ?? null) : null;
    if (state) return state;
    // ("Republican Gov. X": a party does not say whom a governor or a mayor acts for)
    if (org && org === party && !region) return null;
  }
  const usState = !org || org === party ? usStateIn(ws) : null;
  if (usState) return usStateOffice(ws, lowerKeys, role, usState, party);
  if ((!org || org === party) && region) return region;
  // "Guinea opposition candidate": the country's opposition, not its government
  if (!org && country && lowerKeys.includes("opposition")) return `${country} opposition`;
  // (a region is no country: "director for North Africa at Amnesty International")
  // (not a city that is the post of a body's office: "Washington director for MoveOn", "London bureau chief")
  // ("Democratic U.S. Rep.": a member of Congress named with the country and a party sits in a chamber, for the party)
  const congress = org && org === party && country === "United States" ? congressOfCountry(ws.filter((w) => !PARTY_WORDS.has(w.key)), role) : null;
  if (congress) return `${congress} (${org})`;
  if (org && country && !REGIONS.has(country) && !cityOnly) return `${country} (${org})`;
  // "Democratic Sen.", "GOP Rep.": a US legislator's chamber with their party, as their party tag
  // says it (not a state legislator's: "Democratic state senator")
  if (org && org === party && /^(Democratic|Republican) Party$/.test(org) && !lowerKeys.some((k) => LOCAL.has(k)))
    return tagRepresents(org[0]!, role) ?? org;
  // ("Republican state schools superintendent": a party does not say whom a state's or a county's
  // executive office acts for; a legislator's seat, "Democratic state senator", is their party's)
  if (org && org === party && lowerKeys.some((k) => LOCAL.has(k)) && !lowerKeys.some((k) => LEGISLATIVE.has(k))) return null;
  // ("Clinton campaign chairman": a name read as a body before "campaign" is that campaign)
  // ("former Reagan administration official": a name before "administration" is that government)
  const after = org && org === plainOrg ? /^(campaign|administration)\b/i.exec(role.slice(role.indexOf(org) + org.length).trimStart()) : null;
  if (after) return `${org} ${after[1]!.toLowerCase()}`;
  // ("Republican National Chairman", "Democratic National Committeeman": the party's national committee)
  if (org && /^(Democratic|Republican) National$/.test(org)) return `${org} Committee`;
  // ("Democratic chair of Harbor County": a party's chair for a county acts for that county's party)
  if (org && party && org !== party && / County$/.test(org) && lowerKeys.some((k) => k.startsWith("chair"))) return `${org} ${party}`;
  if (org) return SHORT_NAMES.get(org) ?? org;
  if (country === "United States" && congressOfCountry(ws, role)) return congressOfCountry(ws, role);
  if (country) return ministry ? `${country} (${ministry})` : country;
  // "campaign spokeswoman for Senator Ross Dale", "a Dale campaign adviser", "Dale's media adviser"
  // as Dale runs: a candidate's staff act for the campaign, not the office the candidate holds
  if (campaign) return campaignOf(personName);
  // (not a relative's: "Senator Ted Cruz's wife" acts for no one)
  if (viaPerson && !lowerKeys.some((k) => KIN_NOUNS.has(k))) return viaPerson;
  // "Prince X" in an article on "the British monarchy": a royal acts for that country's crown
  if (facts.monarchy && lowerKeys.some((k) => ROYAL_TITLES.has(k))) return facts.monarchy;
  // ("Pope", "the pope": the head of the Catholic Church, whose church names no other body)
  if (lowerKeys.includes("pope")) return "Catholic Church";
  // no guess from the article's main country: an office without a stated country is left to
  // the knowledge base (src/kb) or unsaid
  return bodyOfArticle(ws, facts) ?? ministry;
}
