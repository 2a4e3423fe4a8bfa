/**
 * Invented page states for the popup tests and design work (our own names and sentences; no real
 * article text). Shapes follow shared/types.ts exactly.
 */
import type { PageClaim, PagePerson, PageState, SearchHit } from "../../shared/types.ts";

const person = (p: Partial<PagePerson> & Pick<PagePerson, "id" | "name">): PagePerson => ({
  isOfficial: true,
  role: null,
  represents: null,
  mentionCount: 1,
  ...p,
});

const claim = (c: Partial<PageClaim> & Pick<PageClaim, "id" | "text">): PageClaim => ({
  kind: "direct",
  speakerId: null,
  source: null,
  cue: null,
  ...c,
});

export const TAB_ID = 41;
export const ARTICLE_URL = "https://www.example-news.test/world/harbour-deal";

export const ARTICLE_STATE: PageState = {
  tabId: TAB_ID,
  status: "article",
  meta: {
    url: ARTICLE_URL,
    canonicalUrl: ARTICLE_URL,
    title: "Harbour deal signed after long night of talks",
    outlet: "Example News",
    publishedAt: "2026-03-04T09:00:00Z",
    lang: "en",
  },
  people: [
    person({ id: "p-mara", name: "Mara Ostvik", role: "Minister of Ports", represents: "Norland", mentionCount: 3 }),
    person({ id: "p-tobi", name: "Tobias Renner", role: "Mayor", represents: "Calderport", mentionCount: 2 }),
    person({ id: "p-lee", name: "Lee Aldana", isOfficial: false, role: "dock worker", mentionCount: 1 }),
    person({ id: "p-quiet", name: "Quiet Person", isOfficial: false, mentionCount: 1 }),
  ],
  claims: [
    claim({ id: "c1", text: "We will open the harbour to every ship by spring.", speakerId: "p-mara", cue: "said" }),
    claim({ id: "c2", text: "the agreement protects local jobs", kind: "indirect", speakerId: "p-tobi" }),
    claim({ id: "c3", text: "Nobody asked us.", speakerId: "p-lee" }),
    claim({ id: "c4", text: "Talks went on until four in the morning.", source: "A ministry spokesperson" }),
    claim({ id: "c5", text: "The money is already there.", speakerId: "p-mara" }),
    claim({ id: "c6", text: "the deal was never in doubt", kind: "indirect", source: "a  ministry spokesperson" }),
  ],
  enrichment: {
    people: {
      "p-mara": {
        personId: "p-mara",
        kb: {
          id: "kb-mara",
          name: "Mara Ostvik",
          position: "Minister of Ports and Fisheries",
          organisation: "Government of Norland",
          country: "Norland",
          party: null,
          since: "2024-01-01",
          isCurrent: true,
          source: "Built-in list",
          asOf: "2026-01",
          on: "2026-03-04",
          onArticleDate: true,
        },
        elsewhere: [],
        elsewhereTotal: 5,
      },
      "p-tobi": { personId: "p-tobi", kb: null, elsewhere: [], elsewhereTotal: 0 },
    },
    dismissed: {},
    recorded: true,
    note: null,
  },
  updatedAt: 1,
};

export const NO_OFFICIALS_STATE: PageState = {
  ...ARTICLE_STATE,
  people: ARTICLE_STATE.people.filter((p) => !p.isOfficial),
  claims: ARTICLE_STATE.claims.filter((c) => c.speakerId === "p-lee" || c.source),
};

export const NOT_ARTICLE_STATE: PageState = {
  tabId: TAB_ID,
  status: "not-article",
  meta: null,
  people: [],
  claims: [],
  enrichment: null,
  updatedAt: 1,
};

export const HITS: SearchHit[] = [
  {
    text: "We will open the harbour to every ship by spring.",
    kind: "direct",
    speaker: "Mara Ostvik",
    role: "Minister of Ports",
    articleTitle: "Harbour deal signed",
    articleUrl: "https://example-news.test/world/harbour-deal",
    outlet: "Example News",
    date: "2026-03-04T09:00:00Z",
    readOn: "2026-03-05T10:00:00Z",
  },
  {
    text: "ports need <b>investment</b>",
    kind: "indirect",
    speaker: "Mara Ostvik",
    role: null,
    articleTitle: "Budget talks",
    articleUrl: "javascript:alert(1)",
    outlet: "Other Daily",
    date: null,
    readOn: "2026-03-06T10:00:00Z",
  },
];
