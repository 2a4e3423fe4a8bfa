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
  COMMON_CAPS, CORP_ROLES, GOV_ROLES, MEDIA, MINISTRY_SUBJECTS, ORG_ACRONYMS, ORG_WORDS, PARTY_WORDS, PLACE_TO_COUNTRY,
  ROLE_NOUNS, TITLES,
} from "./lexicon.ts";
import { fold } from "./normalize.ts";

export interface DocFacts {
  /** the country the article is mostly about, or null */
  country: string | null;
  /** the organisation named most often (not a person, place or outlet), or null */
  mainOrg: string | null;
  /** capitalised organisation names seen in the article (for "the commission" → full name) */
  orgs: string[];
  /** a person's name → what that person represents (for "Trump adviser") */
  personRep: (nameWord: string) => string | null;
}

interface Word {
  w: string;
  key: string;
  cap: boolean;
}

const LEAD = "(“\"'‘,";
const TRAIL = ")”\"’,:;";

function words(role: string): Word[] {
  const out: Word[] = [];
  for (const raw of role.split(/\s+/)) {
    let a = 0;
    let b = raw.length;
    while (a < b && LEAD.includes(raw[a]!)) a++;
    while (b > a && TRAIL.includes(raw[b - 1]!)) b--;
    let w = raw.slice(a, b);
    if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
    if (!w) continue;
    let key = fold(w);
    if (key.endsWith(".")) key = key.slice(0, -1);
    out.push({ w, key, cap: w[0] !== w[0]!.toLowerCase() });
  }
  return out;
}

function countryOf(ws: Word[], i: number): [string, number] | null {
  const w = ws[i]!;
  if (!w.cap) return null;
  const two = i + 1 < ws.length ? `${w.key} ${ws[i + 1]!.key}` : "";
  if (two && PLACE_TO_COUNTRY.has(two)) return [PLACE_TO_COUNTRY.get(two)!, 2];
  if (w.key === "us" && w.w !== "US") return null;
  const c = PLACE_TO_COUNTRY.get(w.key);
  return c ? [c, 1] : null;
}

export function deriveRepresents(role: string | null, facts: DocFacts): string | null {
  if (!role) return null;
  const ws = words(role);
  const lowerKeys = ws.map((w) => w.key);
  let country: string | null = null;
  let org: string | null = null;
  let viaPerson: string | null = null;
  // "of the X" / "for the X"
  for (let i = 0; i < ws.length; i++) {
    const k = ws[i]!.key;
    if ((k === "of" || k === "for" || k === "at") && i + 1 < ws.length) {
      let j = i + 1;
      if (ws[j]!.key === "the") j++;
      const parts: string[] = [];
      let allLower = true;
      while (j < ws.length && !ws[j]!.w.startsWith("(")) {
        parts.push(ws[j]!.w);
        if (ws[j]!.cap) allLower = false;
        j++;
      }
      if (parts.length === 0) continue;
      const phrase = parts.join(" ");
      const c = PLACE_TO_COUNTRY.get(fold(phrase));
      if (c) country = c;
      else if (!allLower) org = phrase;
      else {
        // "the commission" → the organisation of the article with that head word
        const head = fold(parts[parts.length - 1]!);
        const full = facts.orgs.find((o) => fold(o).split(" ").includes(head));
        org = full ?? phrase;
      }
      break;
    }
  }
  // capitalised words before the head noun
  let capRun: string[] = [];
  const flushRun = () => {
    if (capRun.length > 0 && !org) org = capRun.join(" ");
    capRun = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.key === "of" || w.key === "for" || w.key === "at") break;
    const c = countryOf(ws, i);
    if (c) {
      if (!country) country = c[0];
      flushRun();
      i += c[1] - 1;
      continue;
    }
    const acr = ORG_ACRONYMS.get(w.w) ?? ORG_ACRONYMS.get(w.w.toUpperCase());
    if (acr && w.w === w.w.toUpperCase() && w.w.length >= 2) {
      flushRun();
      if (!org) org = acr;
      continue;
    }
    if (w.cap && PARTY_WORDS.has(w.key)) {
      flushRun();
      if (!org) org = `${w.w.endsWith("s") ? w.w.slice(0, -1) : w.w} Party`;
      continue;
    }
    if (w.cap && !TITLES.has(w.key) && !ROLE_NOUNS.has(w.key) && !COMMON_CAPS.has(w.key) && !MEDIA.has(w.key)) {
      const pr = facts.personRep(w.key);
      if (pr) {
        viaPerson = pr;
        flushRun();
        continue;
      }
      capRun.push(w.w);
      continue;
    }
    if (w.cap && ORG_WORDS.has(w.key) && capRun.length > 0) {
      capRun.push(w.w);
      continue;
    }
    if (w.cap && ORG_WORDS.has(w.key) && (w.key === "ministry" || w.key === "court" || w.key === "office")) {
      capRun.push(w.w);
      continue;
    }
    flushRun();
  }
  flushRun();
  // ministries: "Finance Minister" → "Ministry of Finance"
  let ministry: string | null = null;
  for (let i = 0; i + 1 < ws.length; i++) {
    if (MINISTRY_SUBJECTS.has(ws[i]!.key) && ws[i + 1]!.key === "minister") {
      const subj = ws[i]!.w;
      ministry = `Ministry of ${subj[0]!.toUpperCase()}${subj.slice(1)}`;
    }
  }
  if (org && (org === ministry)) ministry = null;
  if (org && country) return `${country} (${org})`;
  if (org) return org;
  if (country) return ministry ? `${country} (${ministry})` : country;
  if (viaPerson) return viaPerson;
  const gov = lowerKeys.some((k) => GOV_ROLES.has(k));
  const corp = lowerKeys.some((k) => CORP_ROLES.has(k));
  if (corp && facts.mainOrg) return facts.mainOrg;
  if (gov && facts.country) {
    if (lowerKeys.some((k) => k === "justice" || k === "judge" || k === "magistrate")) {
      const court = facts.orgs.find((o) => /\bCourt\b/.test(o));
      return court ? `${facts.country} (${court})` : facts.country;
    }
    return ministry ? `Government of ${facts.country} (${ministry})` : `Government of ${facts.country}`;
  }
  return ministry;
}
