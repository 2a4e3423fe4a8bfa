/**
 * CIA World Factbook (2026-01 edition, public domain) → people with offices.
 *
 * Field values are free text like "President Recep Tayyip ERDOGAN (since 28 August 2014)" or
 * "Ambassador (vacant); Chargé d'Affaires Stefanie ALTMAN-WINANS (since June 2025)". Each ";"
 * segment may hold several "title Name (since date)" items. The CIA capitalises the name used for
 * indexing (surname, or the given name in Arab names), so ALL-CAPS tokens mark the name; the words
 * before it that are office vocabulary are the title.
 */
import type { KbPosition, PositionKind } from "../../src/kb/types.ts";
import { parseCsv } from "./csv.ts";
import { parseFactbookDate } from "./dates.ts";
import type { RawPerson } from "./raw.ts";

export const FACTBOOK_SRC = "factbook";
export const FACTBOOK_AS_OF = "2026-01-22";

const TITLE_WORDS = new Set(
  `president vice prime minister ministers deputy first second king queen amir emir sultan crown prince princess grand duke
  chancellor premier governor governor-general general supreme leader chairman chairwoman chair chairperson chief state council
  federal executive ambassador chargé chargé d'affaires d’affaires d'affaires affaires administrator commissioner high secretary
  pope co-prince captain captains regent taoiseach transitional interim acting head government mayor lieutenant air vice-marshal
  marshal commander bailiff foreign presidential sovereign governing senior military colonel gen. lt. brig. maj. field sheikh
  dr. archbishop bishop cardinal speaker of the and for republic union national assembly minister-president administrative
  representative special envoy director lord lady his her majesty highness apostolic nuncio secretary-general provisional
  presidency defense defence finance affairs executive coordinator leaders members member co-chairs co-chair co-president
  co-presidents emperor tanaiste tánaiste shah supreme paramount prefect prefects superior ambassador-designate lieutenant-governor designate dame sir`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are acronyms in notes, never names. */
const ACRONYMS = new Set(["US", "USA", "UK", "EU", "UN", "GNU", "UAE", "NATO", "PM"]);

const isCaps = (t: string): boolean => /\p{Lu}{2,}/u.test(t) && !/\p{Ll}/u.test(t.replace(/^(?:al-|el-|bin|de|van|von)/, ""));
const isTitleWord = (t: string): boolean => TITLE_WORDS.has(t.toLowerCase().replace(/[,:]$/, ""));

/** "EL-SISI" → "El-Sisi", "GONZÁLEZ-COLÓN" → "González-Colón", "III" stays. */
export function titleCase(tok: string): string {
  if (/^[IVX]+$/.test(tok)) return tok;
  return tok
    .split(/([-'’])/)
    .map((p) => (p.length > 1 || /\p{L}/u.test(p) ? p.charAt(0) + p.slice(1).toLowerCase() : p))
    .join("");
}

export interface ParsedHolder {
  title: string;
  name: string;
  /** ALL-CAPS tokens as written, title-cased ("Netanyahu", "El-Sisi", "Tamim"). */
  caps: string[];
  given: string[];
  aliases: string[];
  since: string | null;
  /** Family name when it is not the capitalised part ("Al Thani"). */
  family: string[];
}

/** Parse one field value into holders. Vacancies and notes are skipped. */
export function parseHolders(value: string, country = "", countryWords: ReadonlySet<string> = new Set()): ParsedHolder[] {
  const out: ParsedHolder[] = [];
  const countryToks = new Set(country.toLowerCase().split(/\s+/));
  const titleish = (t: string): boolean => isTitleWord(t) || countryToks.has(t.toLowerCase());
  // "President of China XI Jinping": a word right after "of"/"the" belongs to the title.
  const titleAt = (toks: string[], i: number): boolean =>
    titleish(toks[i]!) ||
    (i > 0 && /^(?:of|the)$/i.test(toks[i - 1]!)) ||
    // "… of New Zealand Dame Cindy KIRO": the rest of a country name after "of".
    (countryWords.has(toks[i]!.toLowerCase()) && toks.slice(Math.max(0, i - 3), i).some((t) => /^of$/i.test(t)));
  for (let seg of value.split(/;\s*/)) {
    seg = seg.trim();
    if (!seg || /^note\b/i.test(seg) || (/^represented by\b/i.test(seg) === false && /\(vacant\)/i.test(seg) && !/since/.test(seg))) continue;
    // Free-text notes ("the US does not have an embassy in X; the Chargé … is accredited to X"):
    // the person is listed under the country of the mission itself.
    if (/^\p{Ll}/u.test(seg) && !/^represented by\b/i.test(seg)) continue;
    if (/\bis accredited\b|\bare accredited\b/.test(seg)) continue;
    seg = seg.replace(/^represented by\s+/i, "");
    // Items end at a date parenthesis; an item without a date parenthesis is still a holder.
    const itemRe = /([^()]*?(?:\((?!since|\d)[^()]*\)[^()]*?)*)\s*(?:\((?:since\s+)?([^()]*\d{4}[^()]*)\)|$)/g;
    let m: RegExpExecArray | null;
    let carryTitle = "";
    while ((m = itemRe.exec(seg)) !== null) {
      if (m[0] === "") {
        itemRe.lastIndex++;
        if (itemRe.lastIndex > seg.length) break;
        continue;
      }
      let body = (m[1] ?? "").trim().replace(/^(?:,|and)\s+/, "").trim();
      const since = m[2] ? parseFactbookDate(m[2]) : null;
      const aliases: string[] = [];
      // Inner parentheticals: a nickname "(Michael)" or an alternative spelling "(also spelled SONXAI)".
      body = body.replace(/\(([^()]*)\)/g, (_all, inner: string) => {
        const alt = /^also spelled\s+(.+)$/i.exec(inner.trim());
        if (alt) aliases.push(alt[1]!.trim());
        else if (/^\p{Lu}\p{Ll}+$/u.test(inner.trim())) aliases.push(`@given:${inner.trim()}`);
        return " ";
      });
      const toks = body.split(/\s+/).filter(Boolean);
      // A capitalised acronym followed by office words is part of the title ("GNU Interim Prime Minister").
      let lastCaps = -1;
      toks.forEach((t, i) => {
        if (isCaps(t)) lastCaps = i;
      });
      const capsAt = toks.findIndex((t, i) => isCaps(t) && !(i + 1 < toks.length && isTitleWord(toks[i + 1]!) && i + 1 < lastCaps));
      if (capsAt < 0) continue;
      let nameStart = capsAt;
      // Walk back over the given names; an office word inside an Arab name chain ("Reema Bint
      // Bandar Bin Sultan AL SAUD") is a name, since it follows bin/bint/ibn.
      const inChain = (i: number): boolean => i > 0 && /^(?:bin|bint|ibn)$/i.test(toks[i - 1]!);
      while (nameStart > 0 && (!titleAt(toks, nameStart - 1) || inChain(nameStart - 1))) nameStart--;
      const titleToks = toks.slice(0, nameStart);
      let nameToks = toks.slice(nameStart).map((t) => t.replace(/,$/, ""));
      // "WILLEM-ALEXANDER of the Netherlands": the realm is not part of the name.
      const ofAt = nameToks.findIndex((t, i) => i > 0 && t === "of");
      if (ofAt > 0) nameToks = nameToks.slice(0, ofAt);
      // Trailing lower-case words after the name are a description ("… JOHANSEN chief administrative officer").
      const lastCapsInName = nameToks.reduce((m, t, i) => (isCaps(t) ? i : m), -1);
      let cut = nameToks.length;
      for (let i = lastCapsInName + 1; i < nameToks.length; i++) {
        if (/^\p{Ll}+$/u.test(nameToks[i]!) && !/^(?:bin|bint|ibn|al|el|de|da|dos|van|von|der)$/.test(nameToks[i]!)) {
          cut = i;
          break;
        }
      }
      nameToks = nameToks.slice(0, cut);
      // A note such as "US Ambassador to New Zealand is accredited to Samoa" names nobody.
      if (!nameToks.some((t) => isCaps(t) && !ACRONYMS.has(t))) continue;
      const title =
        titleToks
          .filter((t) => !/^(?:Dame|Sir)$/.test(t))
          .join(" ")
          .replace(/,$/, "")
          .replace(/^.*\brepresented by\s+/i, "")
          // Ranks and honorifics that precede the name are not part of the office.
          .replace(/(?:\s+(?:General|Gen\.|Sr\.|Dr\.|Lt\.|Brig\.|Maj\.|Colonel))+$/, "") || carryTitle;
      carryTitle = title;
      if (/vacant/i.test(nameToks.join(" "))) continue;
      const caps = nameToks.filter(isCaps).map(titleCase);
      const name = nameToks.map((t) => (isCaps(t) ? titleCase(t) : t)).join(" ");
      const given = nameToks.slice(0, nameToks.findIndex(isCaps)).filter((t) => /^\p{Lu}/u.test(t) && !/\.$/.test(t));
      const lower = nameToks.map((t) => t.toLowerCase());
      const bin = lower.findIndex((t) => t === "bin" || t === "ibn" || t === "bint");
      // Arab names: the CIA capitalises the given name ("TAMIM bin Hamad Al Thani"); the family
      // name ("Al Thani") is the other short form people use.
      if (given.length === 0 && bin > 0) given.push(titleCase(nameToks[0]!));
      const fam = lower.lastIndexOf("al");
      const familyShort = bin > 0 && fam > bin && fam === nameToks.length - 2 ? [nameToks.slice(fam).join(" ")] : [];
      const finalAliases: string[] = [];
      for (const a of aliases) {
        if (a.startsWith("@given:")) given.push(a.slice(7));
        else finalAliases.push(name.replace(caps.join(" "), a.split(/\s+/).map((t) => (isCaps(t) ? titleCase(t) : t)).join(" ")));
      }
      out.push({ title, name, caps, given, aliases: finalAliases, since, family: familyShort });
    }
  }
  return out;
}

function kindOfTitle(field: string, title: string): PositionKind {
  if (field === "chief_of_state") return "head-of-state";
  if (field === "head_of_government") {
    if (/deputy|vice|first minister|second/i.test(title) && !/^prime minister/i.test(title)) return "minister";
    return "head-of-government";
  }
  return "ambassador";
}

export function readFactbook(csvText: string, govJson: Record<string, { Government?: Record<string, unknown> }>): RawPerson[] {
  const rows = parseCsv(csvText);
  const out: RawPerson[] = [];
  const sovereignChiefs = new Set<string>();
  const isDependency = (gec: string): boolean => Boolean(govJson[gec]?.Government?.["Dependency status"]);
  const countryWords = new Set(rows.flatMap((r) => (r.country ?? "").toLowerCase().split(/[\s,()]+/)).filter((w) => w.length > 2));
  for (const r of rows) {
    if (isDependency(r.gec ?? "")) continue;
    for (const h of parseHolders(r.chief_of_state ?? "", r.country ?? "", countryWords)) sovereignChiefs.add(h.name);
  }
  for (const r of rows) {
    const gec = r.gec ?? "";
    const country = (r.country ?? "").trim();
    if (!gec || !country) continue;
    const dependency = isDependency(gec);
    for (const field of ["chief_of_state", "head_of_government", "chief_of_mission_in_us", "us_chief_of_mission"] as const) {
      const value = r[field] ?? "";
      const realmRepresented = field === "chief_of_state" && /represented by/i.test(value);
      parseHolders(value, country, countryWords).forEach((h, idx) => {
        // A sovereign's head of state listed again for its dependencies (Trump for Guam, Macron for
        // New Caledonia) is one person with one office; the dependency rows would only mislead.
        if (field === "chief_of_state" && dependency && sovereignChiefs.has(h.name)) return;
        let title = h.title;
        let kind = kindOfTitle(field, title);
        let posCountry = country;
        let org: string | null = null;
        if (field === "chief_of_state" && idx > 0) {
          // "King X; represented by Governor General Y": Y is the representative, not head of state.
          kind = "other";
        }
        if (field === "chief_of_mission_in_us") {
          title = `${title || "Ambassador"} of ${country} to the United States`;
        } else if (field === "us_chief_of_mission") {
          title = `US ${title || "Ambassador"} to ${country}`;
          posCountry = "United States";
          org = "US Department of State";
        }
        const pos: KbPosition = {
          title: title || (kind === "head-of-government" ? "Head of Government" : "Head of State"),
          kind,
          org,
          country: posCountry,
          start: h.since,
          end: null,
          src: FACTBOOK_SRC,
          asOf: FACTBOOK_AS_OF,
          ...(realmRepresented && idx === 0 ? { secondary: true } : {}),
        };
        out.push({
          key: `fb:${gec}:${field}:${h.name}`,
          name: h.name,
          aliases: h.aliases,
          short: [...(h.caps.length > 0 ? [h.caps.join(" ")] : []), ...h.family],
          given: h.given,
          country: posCountry,
          party: null,
          positions: [pos],
          qid: null,
        });
      });
    }
  }
  return out;
}
