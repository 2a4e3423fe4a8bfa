/**
 * @unitedstates/congress-legislators (CC0): current members of Congress and every US president
 * and vice president → people with offices. Consecutive terms in the same seat merge into one
 * office span; party is kept per span.
 */
import yaml from "js-yaml";
import type { KbPosition } from "../../src/kb/types.ts";
import type { RawPerson } from "./raw.ts";

export const CONGRESS_SRC = "congress";
export const CONGRESS_AS_OF = "2026-06-15";
export const EXECUTIVE_SRC = "us-executive";
export const EXECUTIVE_AS_OF = "2025-01-21";

const STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa",
  KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan",
  MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma",
  OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee",
  TX: "Texas", UT: "Utah", VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin",
  WY: "Wyoming", DC: "District of Columbia", PR: "Puerto Rico", GU: "Guam", VI: "US Virgin Islands",
  AS: "American Samoa", MP: "Northern Mariana Islands",
};

interface Term {
  type: string;
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}
interface Legislator {
  id: { bioguide?: string; wikidata?: string };
  name: { first: string; middle?: string; last: string; suffix?: string; nickname?: string; official_full?: string };
  terms: Term[];
  leadership_roles?: Array<{ title: string; chamber?: string; start: string; end?: string }>;
  other_names?: Array<{ first?: string; last: string }>;
}

const ordinal = (n: number): string => {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};

function termTitle(t: Term): { title: string; org: string | null; kind: KbPosition["kind"] } {
  const state = STATES[t.state ?? ""] ?? t.state ?? "";
  switch (t.type) {
    case "sen":
      return { title: `US Senator from ${state}`, org: "United States Senate", kind: "legislator" };
    case "rep":
      return {
        title: t.district && t.district > 0 ? `US Representative for ${state}'s ${ordinal(t.district)} district` : `US Representative for ${state}`,
        org: "United States House of Representatives",
        kind: "legislator",
      };
    case "prez":
      return { title: "President of the United States", org: null, kind: "head-of-state" };
    case "viceprez":
      return { title: "Vice President of the United States", org: null, kind: "executive" };
    default:
      return { title: t.type, org: null, kind: "other" };
  }
}

function positionsOf(terms: Term[], src: string, asOf: string): KbPosition[] {
  const out: KbPosition[] = [];
  for (const t of terms) {
    const { title, org, kind } = termTitle(t);
    const party = t.party ?? null;
    const last = out[out.length - 1];
    // Consecutive terms (next starts within a week of the previous end) in the same seat and party.
    if (last && last.title === title && last.party === party && last.end !== null && daysBetween(last.end, t.start) <= 7) {
      last.end = t.end;
      continue;
    }
    out.push({ title, kind, org, country: "United States", start: t.start, end: t.end, party, src, asOf });
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function person(l: Legislator, src: string, asOf: string): RawPerson {
  const n = l.name;
  const aliases = new Set<string>();
  // Display the name people know: the official form, else the nickname ("Joe Biden").
  const middleInitial = n.middle ? ` ${n.middle[0]}.` : "";
  const plain = n.official_full ?? (n.nickname ? `${n.nickname} ${n.last}` : `${n.first}${middleInitial} ${n.last}`);
  aliases.add(`${n.first} ${n.last}`);
  if (n.nickname) aliases.add(`${n.nickname} ${n.last}`);
  if (n.middle) aliases.add(`${n.first} ${n.middle} ${n.last}`);
  for (const o of l.other_names ?? []) aliases.add(`${o.first ?? n.first} ${o.last}`);
  const positions = positionsOf(l.terms, src, asOf);
  for (const r of l.leadership_roles ?? []) {
    positions.push({
      title: r.title, kind: "legislator", org: r.chamber === "senate" ? "United States Senate" : "United States House of Representatives",
      country: "United States", start: r.start, end: r.end ?? null, party: null, src, asOf,
    });
  }
  const lastTerm = l.terms[l.terms.length - 1];
  return {
    key: `us:${l.id.bioguide ?? plain}`,
    name: plain,
    aliases: [...aliases],
    short: [n.last],
    given: [n.first, ...(n.nickname ? [n.nickname] : [])],
    country: "United States",
    party: lastTerm?.party ?? null,
    positions,
    qid: l.id.wikidata ?? null,
  };
}

export function readCongress(currentYaml: string, executiveYaml: string): RawPerson[] {
  const current = yaml.load(currentYaml) as Legislator[];
  const exec = yaml.load(executiveYaml) as Legislator[];
  return [
    ...current.map((l) => person(l, CONGRESS_SRC, CONGRESS_AS_OF)),
    ...exec.map((l) => person(l, EXECUTIVE_SRC, EXECUTIVE_AS_OF)),
  ];
}
