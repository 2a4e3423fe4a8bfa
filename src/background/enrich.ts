/**
 * What the background adds to a page the content script read: knowledge-base links (the one
 * pure linking function in src/kb, shared with the CLI) and each person's claims elsewhere from
 * the memory. Computed while the page is read, so the card never waits on hover.
 */
import type { Analysis, Person } from "../extract/types.ts";
import { linkWithNativeNames, type KbLink, type KnowledgeBase } from "../kb/index.ts";
import type { FeedbackMap } from "../store/feedback.ts";
import { feedbackKey } from "../store/feedback.ts";
import type { ClaimView, Memory } from "../store/index.ts";
import { plausibleDate } from "../shared/dates.ts";
import type { ElsewhereClaim, KbFacts, PersonContext } from "../shared/types.ts";

/** Claims per person sent with the page (the card shows 3, "more…" opens the memory). */
export const ELSEWHERE_PER_PERSON = 5;

/**
 * What the card shows of a KB link. `on` is the day the link was made for: the article's
 * publication date when it states one (the office held then, not today's), else the day it was read.
 */
export function kbFacts(link: KbLink, on: string | null = null, onArticleDate = false): KbFacts {
  return {
    id: link.id,
    name: link.name,
    position: link.label ?? link.position,
    organisation: link.organisation,
    country: link.country,
    party: link.party,
    since: link.since,
    isCurrent: link.isCurrent,
    source: link.source,
    asOf: link.asOf,
    on,
    onArticleDate,
  };
}

/** A claim from another article: its publication date when it has a plausible one (a placeholder
 *  stored before is no date), and when the reader read it, for "read on …". */
export function elsewhereClaim(c: ClaimView): ElsewhereClaim {
  return {
    text: c.text,
    kind: c.kind,
    role: c.role,
    articleTitle: c.title,
    articleUrl: c.articleUrl,
    outlet: c.outlet,
    date: plausibleDate(c.publishedAt),
    readOn: Number.isFinite(c.firstSeen) ? new Date(c.firstSeen).toISOString() : null,
  };
}

/**
 * KB links for the page's people (the same function as the analyze CLI: names written only in
 * another script are added, unstated affiliations completed), minus the links the reader said are
 * "not this person". `articleDated`: `date` is the article's own, not the reading day.
 */
export function linkPage(kb: KnowledgeBase, analysis: Analysis, text: string, date: string, feedback: FeedbackMap, articleDated = false): { analysis: Analysis; links: Map<string, KbLink> } {
  const linked = linkWithNativeNames(kb, analysis, text, date, articleDated);
  for (const person of linked.analysis.people) {
    if (feedback[feedbackKey(person.name)] === "not-this-person") linked.links.delete(person.id);
  }
  return linked;
}

/** The day the page's KB facts are for: its publication date, else today (the day it is read). */
export interface FactsDay {
  on: string;
  onArticleDate: boolean;
}

export async function personContexts(
  memory: Memory,
  people: Person[],
  links: Map<string, KbLink>,
  currentUrl: string,
  day: FactsDay | null = null,
): Promise<Record<string, PersonContext>> {
  const out: Record<string, PersonContext> = {};
  await Promise.all(
    people.map(async (person) => {
      const link = links.get(person.id);
      const ref = {
        name: person.name,
        role: person.role,
        represents: person.represents,
        kb: link ? { id: link.id, name: link.name, position: link.position, country: link.country } : null,
        articleUrl: currentUrl,
      };
      const page = await memory.saidElsewhere(ref, { excludeUrl: currentUrl, limit: ELSEWHERE_PER_PERSON });
      let total = 0;
      if (page.ok && page.value.personKey) {
        const counts = await memory.personCounts([page.value.personKey], currentUrl);
        total = counts.ok ? (counts.value[0]?.elsewhere ?? 0) : page.value.items.length;
      }
      out[person.id] = {
        personId: person.id,
        kb: link ? kbFacts(link, day?.on ?? null, day?.onArticleDate ?? false) : null,
        elsewhere: page.ok ? page.value.items.map(elsewhereClaim) : [],
        elsewhereTotal: total,
      };
    }),
  );
  return out;
}
