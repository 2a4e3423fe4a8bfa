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
import type { ElsewhereClaim, KbFacts, PersonContext } from "../shared/types.ts";

/** Claims per person sent with the page (the card shows 3, "more…" opens the memory). */
export const ELSEWHERE_PER_PERSON = 5;

export function kbFacts(link: KbLink): KbFacts {
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
  };
}

export function elsewhereClaim(c: ClaimView): ElsewhereClaim {
  return {
    text: c.text,
    kind: c.kind,
    role: c.role,
    articleTitle: c.title,
    articleUrl: c.articleUrl,
    outlet: c.outlet,
    date: c.publishedAt ?? new Date(c.at).toISOString(),
  };
}

/**
 * KB links for the page's people (the same function as the analyze CLI: names written only in
 * another script are added, unstated affiliations completed), minus the links the reader said are
 * "not this person".
 */
export function linkPage(kb: KnowledgeBase, analysis: Analysis, text: string, date: string, feedback: FeedbackMap): { analysis: Analysis; links: Map<string, KbLink> } {
  const linked = linkWithNativeNames(kb, analysis, text, date);
  for (const person of linked.analysis.people) {
    if (feedback[feedbackKey(person.name)] === "not-this-person") linked.links.delete(person.id);
  }
  return linked;
}

export async function personContexts(
  memory: Memory,
  people: Person[],
  links: Map<string, KbLink>,
  currentUrl: string,
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
        kb: link ? kbFacts(link) : null,
        elsewhere: page.ok ? page.value.items.map(elsewhereClaim) : [],
        elsewhereTotal: total,
      };
    }),
  );
  return out;
}
