/**
 * expected.json of a fixture page: its shape, a loader, a validator (the fixtures meta-spec runs
 * it on every page, without a browser), and the comparison the specs use between what the
 * content script painted and what the page expects.
 *
 * Conventions (the same as the development corpus): a name entry is one visible name form with
 * the number of times it must be painted; a claim's text excludes the quotation marks and a
 * leading "that"; `speaker` is the person's fullest name in the article, or null for a claim with
 * no named speaker.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestHighlight } from "../src/shared/test-hooks.ts";
import { PAGES_DIR } from "./server.ts";

export interface ExpectedName {
  text: string;
  count: number;
  person: string;
}

export interface ExpectedClaim {
  text: string;
  kind: "direct" | "indirect";
  speaker: string | null;
}

export interface ExpectedPaint {
  names: ExpectedName[];
  claims: ExpectedClaim[];
}

export interface Expected extends ExpectedPaint {
  slug: string;
  status: "painted" | "skipped";
  /** A skipped article in a language the engine does not read: that language's code (the popup
   *  names it). Without it, a skipped page is not an article at all. */
  language?: string;
  /** Where to open the page on the fixture site (a path with a date in it), when not at its root. */
  path?: string;
  /** Names present on the page that must never be painted (as any part of a highlight). */
  notHighlighted: string[];
  /** Hover the first occurrence of `hover` inside the article; the card must contain each string. */
  cards: { hover: string; mustContain: string[]; mustNotContain?: string[] }[];
  popup?: { mustList: string[] };
  memory?: { readFirst: string; hover: string; mustContain: string[] };
  live?: { firstAppended: ExpectedPaint; allAppended: ExpectedPaint };
  spa?: ExpectedPaint & { route: string; notHighlighted: string[] };
}

export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadExpected(slug: string): Expected {
  return JSON.parse(readFileSync(join(PAGES_DIR, slug, "expected.json"), "utf8")) as Expected;
}

// ---------------------------------------------------------------- validation (no browser)

type Problems = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: string[], where: string, problems: Problems): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${where}: unknown key "${key}"`);
}

function checkStrings(value: unknown, where: string, problems: Problems, { nonEmpty = false } = {}): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.trim() === "")) {
    problems.push(`${where}: must be an array of non-empty strings`);
  } else if (nonEmpty && value.length === 0) problems.push(`${where}: must not be empty`);
}

function checkPaint(value: unknown, where: string, problems: Problems): void {
  if (!isObject(value)) return void problems.push(`${where}: must be an object`);
  if (!Array.isArray(value.names)) problems.push(`${where}.names: must be an array`);
  else
    value.names.forEach((name, i) => {
      const at = `${where}.names[${i}]`;
      if (!isObject(name)) return void problems.push(`${at}: must be an object`);
      checkKeys(name, ["text", "count", "person"], at, problems);
      if (typeof name.text !== "string" || !name.text.trim()) problems.push(`${at}.text: non-empty string`);
      if (typeof name.person !== "string" || !name.person.trim()) problems.push(`${at}.person: non-empty string`);
      if (!Number.isInteger(name.count) || (name.count as number) < 1) problems.push(`${at}.count: integer ≥ 1`);
    });
  if (!Array.isArray(value.claims)) problems.push(`${where}.claims: must be an array`);
  else
    value.claims.forEach((claim, i) => {
      const at = `${where}.claims[${i}]`;
      if (!isObject(claim)) return void problems.push(`${at}: must be an object`);
      checkKeys(claim, ["text", "kind", "speaker"], at, problems);
      if (typeof claim.text !== "string" || !claim.text.trim()) problems.push(`${at}.text: non-empty string`);
      if (claim.kind !== "direct" && claim.kind !== "indirect") problems.push(`${at}.kind: "direct" or "indirect"`);
      if (claim.speaker !== null && (typeof claim.speaker !== "string" || !claim.speaker.trim())) problems.push(`${at}.speaker: string or null`);
    });
}

/** Shape problems of one expected.json (empty when valid). */
export function validateExpectedShape(value: unknown, slug: string): Problems {
  const problems: Problems = [];
  if (!isObject(value)) return [`${slug}: expected.json must be an object`];
  checkKeys(value, ["slug", "status", "language", "path", "names", "claims", "notHighlighted", "cards", "popup", "memory", "live", "spa"], slug, problems);
  if (value.language !== undefined && (value.status !== "skipped" || typeof value.language !== "string" || !/^[a-z]{2,3}$/.test(value.language))) {
    problems.push(`${slug}.language: a language code, on a "skipped" page only`);
  }
  if (value.path !== undefined && (typeof value.path !== "string" || value.path.startsWith("/"))) problems.push(`${slug}.path: a relative path`);
  if (value.slug !== slug) problems.push(`${slug}: "slug" is ${JSON.stringify(value.slug)}, must equal the folder name`);
  if (value.status !== "painted" && value.status !== "skipped") problems.push(`${slug}.status: "painted" or "skipped"`);
  checkPaint(value, slug, problems);
  checkStrings(value.notHighlighted, `${slug}.notHighlighted`, problems);
  if (!Array.isArray(value.cards)) problems.push(`${slug}.cards: must be an array`);
  else
    value.cards.forEach((card, i) => {
      const at = `${slug}.cards[${i}]`;
      if (!isObject(card)) return void problems.push(`${at}: must be an object`);
      checkKeys(card, ["hover", "mustContain", "mustNotContain"], at, problems);
      if (typeof card.hover !== "string") problems.push(`${at}.hover: string`);
      checkStrings(card.mustContain, `${at}.mustContain`, problems, { nonEmpty: true });
      if (card.mustNotContain !== undefined) checkStrings(card.mustNotContain, `${at}.mustNotContain`, problems, { nonEmpty: true });
    });
  if (value.popup !== undefined) {
    if (!isObject(value.popup)) problems.push(`${slug}.popup: must be an object`);
    else checkStrings(value.popup.mustList, `${slug}.popup.mustList`, problems, { nonEmpty: true });
  }
  if (value.memory !== undefined) {
    const memory = value.memory;
    if (!isObject(memory)) problems.push(`${slug}.memory: must be an object`);
    else {
      checkKeys(memory, ["readFirst", "hover", "mustContain"], `${slug}.memory`, problems);
      if (typeof memory.readFirst !== "string") problems.push(`${slug}.memory.readFirst: slug string`);
      if (typeof memory.hover !== "string") problems.push(`${slug}.memory.hover: string`);
      checkStrings(memory.mustContain, `${slug}.memory.mustContain`, problems, { nonEmpty: true });
    }
  }
  if (value.live !== undefined) {
    if (!isObject(value.live)) problems.push(`${slug}.live: must be an object`);
    else {
      checkPaint(value.live.firstAppended, `${slug}.live.firstAppended`, problems);
      checkPaint(value.live.allAppended, `${slug}.live.allAppended`, problems);
    }
  }
  if (value.spa !== undefined) {
    checkPaint(value.spa, `${slug}.spa`, problems);
    if (isObject(value.spa)) {
      if (typeof value.spa.route !== "string") problems.push(`${slug}.spa.route: string`);
      checkStrings(value.spa.notHighlighted, `${slug}.spa.notHighlighted`, problems);
    }
  }
  if (value.status === "painted" && Array.isArray(value.names) && value.names.length === 0) problems.push(`${slug}: a "painted" page must expect names`);
  if (value.status === "skipped" && Array.isArray(value.names) && value.names.length + (Array.isArray(value.claims) ? value.claims.length : 0) > 0) {
    problems.push(`${slug}: a "skipped" page cannot expect highlights`);
  }
  return problems;
}

/**
 * How often `form` occurs in `text` on its own, i.e. not as part of a longer listed form of a
 * name (a "Witkoff" inside "Steve Witkoff" is that longer highlight, not another one).
 */
export function countStandalone(text: string, form: string, allForms: string[]): number {
  const longer = allForms.filter((other) => other !== form && other.includes(form));
  let count = 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const isInsideLonger = longer.some((other) => {
      const offset = other.indexOf(form);
      return text.startsWith(other, at - offset);
    });
    if (!isInsideLonger) count++;
  }
  return count;
}

// ---------------------------------------------------------------- comparison (specs)

/** Claim text as compared: no quotation marks, no leading "that", no edge punctuation, one space. */
export function normalizeClaim(text: string): string {
  return text
    .replace(/["'“”‘’«»„]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^that\s+/i, "")
    .replace(/^[\s.,;:!?—–-]+|[\s.,;:!?—–-]+$/g, "")
    .toLowerCase();
}

function multiset(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function diff(label: string, wanted: Map<string, number>, got: Map<string, number>): string[] {
  const lines: string[] = [];
  for (const key of new Set([...wanted.keys(), ...got.keys()])) {
    const w = wanted.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    if (w !== g) lines.push(`${label} ${JSON.stringify(key)}: expected ${w}, painted ${g}`);
  }
  return lines.sort();
}

/**
 * Differences between what was painted and what the page expects, as readable lines (empty when
 * they match): name forms with counts, claims by normalised text, names painted for the same
 * person grouped under one person id, and nothing painted that contains a notHighlighted name.
 */
export function comparePaint(painted: TestHighlight[], expected: ExpectedPaint, notHighlighted: string[] = []): string[] {
  const names = painted.filter((h) => h.kind === "name");
  const claims = painted.filter((h) => h.kind === "claim");
  const wantedNames = new Map<string, number>();
  for (const name of expected.names) wantedNames.set(name.text, (wantedNames.get(name.text) ?? 0) + name.count);
  const problems = [
    ...diff("name", wantedNames, multiset(names.map((h) => h.text))),
    ...diff("claim", multiset(expected.claims.map((c) => normalizeClaim(c.text))), multiset(claims.map((h) => normalizeClaim(h.text)))),
  ];
  // One person, one id: every painted form of a person carries the same personId, different people differ.
  const idsByPerson = new Map<string, Set<string | null>>();
  for (const name of expected.names) {
    const ids = idsByPerson.get(name.person) ?? new Set();
    for (const h of names) if (h.text === name.text) ids.add(h.personId);
    idsByPerson.set(name.person, ids);
  }
  const owner = new Map<string | null, string>();
  for (const [person, ids] of idsByPerson) {
    if (ids.size > 1) problems.push(`person ${person}: painted under several ids ${JSON.stringify([...ids])}`);
    for (const id of ids) {
      if (id === null) problems.push(`person ${person}: a name is painted without a personId`);
      const other = owner.get(id);
      if (other && other !== person) problems.push(`persons ${other} and ${person} share the id ${JSON.stringify(id)}`);
      owner.set(id, person);
    }
  }
  for (const name of notHighlighted) {
    for (const h of painted) if (h.text.includes(name)) problems.push(`painted ${h.kind} ${JSON.stringify(h.text)} contains ${JSON.stringify(name)}, which must not be highlighted`);
  }
  return problems;
}

/** Claims' speakers: each expected claim with a speaker is painted with that person's id. */
export function compareSpeakers(painted: TestHighlight[], expected: ExpectedPaint): string[] {
  const problems: string[] = [];
  const idOf = new Map<string, string | null>();
  for (const name of expected.names) {
    const hit = painted.find((h) => h.kind === "name" && h.text === name.text);
    if (hit) idOf.set(name.person, hit.personId);
  }
  for (const claim of expected.claims) {
    const hit = painted.find((h) => h.kind === "claim" && normalizeClaim(h.text) === normalizeClaim(claim.text));
    if (!hit) continue; // comparePaint reports the missing claim.
    const wanted = claim.speaker === null ? null : (idOf.get(claim.speaker) ?? `(id of ${claim.speaker})`);
    if (hit.personId !== wanted) problems.push(`claim ${JSON.stringify(claim.text.slice(0, 50))}…: speaker id ${JSON.stringify(hit.personId)}, expected ${claim.speaker ?? "none"} (${JSON.stringify(wanted)})`);
  }
  return problems;
}

/** The union of a page's initial expectation and a later addition (live blog). */
export function addPaint(base: ExpectedPaint, more: ExpectedPaint): ExpectedPaint {
  return { names: [...base.names, ...more.names], claims: [...base.claims, ...more.claims] };
}
