/**
 * Groups a page's claims by who made them, for the popup's "Said on this page" list.
 *
 * Order: named officials first, then other named people, then claims labelled with a source that
 * is not a named person ("a ministry spokesperson"), then unattributed claims. Within each band,
 * groups keep the order of their first claim on the page (claims arrive in document order), and
 * claims keep page order inside a group. Source labels are grouped case- and space-insensitively
 * ("The Ministry" and "the  ministry" are one group, shown with the first wording seen).
 */
import type { PageClaim, PagePerson } from "../../shared/types.ts";

export type ClaimGroupKind = "official" | "person" | "source" | "unattributed";

export interface ClaimGroup {
  /** Stable key for rendering: "person:<id>", "source:<normalised label>" or "unattributed". */
  key: string;
  kind: ClaimGroupKind;
  label: string;
  /** The speaker's person id (official or person groups), else null. */
  personId: string | null;
  /** The speaker's role and whom they represent, in the article's wording ("" when unknown). */
  role: string;
  claims: PageClaim[];
}

const BAND: Record<ClaimGroupKind, number> = { official: 0, person: 1, source: 2, unattributed: 3 };

const normaliseLabel = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export function roleLine(person: Pick<PagePerson, "role" | "represents">): string {
  return [person.role, person.represents].filter((x): x is string => !!x && x.trim() !== "").join(" · ");
}

/**
 * @param isOfficial decides which people count as officials (the popup passes one that honours the
 *   reader's "not an official" feedback); defaults to the content script's flag.
 */
export function groupClaimsBySpeaker(
  claims: readonly PageClaim[],
  people: readonly PagePerson[],
  isOfficial: (p: PagePerson) => boolean = (p) => p.isOfficial,
): ClaimGroup[] {
  const byId = new Map(people.map((p) => [p.id, p] as const));
  const groups = new Map<string, ClaimGroup & { first: number }>();
  claims.forEach((claim, index) => {
    const person = claim.speakerId ? byId.get(claim.speakerId) : undefined;
    const source = claim.source?.trim() ? claim.source.trim() : null;
    let key: string;
    let make: () => ClaimGroup;
    if (person) {
      key = `person:${person.id}`;
      make = () => ({ key, kind: isOfficial(person) ? "official" : "person", label: person.name, personId: person.id, role: roleLine(person), claims: [] });
    } else if (source) {
      key = `source:${normaliseLabel(source)}`;
      make = () => ({ key, kind: "source", label: source, personId: null, role: "", claims: [] });
    } else {
      key = "unattributed";
      make = () => ({ key, kind: "unattributed", label: "Unattributed", personId: null, role: "", claims: [] });
    }
    let group = groups.get(key);
    if (!group) {
      group = { ...make(), first: index };
      groups.set(key, group);
    }
    group.claims.push(claim);
  });
  return [...groups.values()]
    .sort((a, b) => BAND[a.kind] - BAND[b.kind] || a.first - b.first)
    .map(({ first: _first, ...group }) => group);
}

/** Number of claims each person made on the page, by person id. */
export function claimCounts(claims: readonly PageClaim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.speakerId) counts.set(c.speakerId, (counts.get(c.speakerId) ?? 0) + 1);
  return counts;
}
