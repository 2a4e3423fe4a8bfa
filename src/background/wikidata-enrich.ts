/**
 * The opt-in Wikidata look-up, wired: after a page is read, officials the bundled knowledge base
 * could not link are resolved on Wikidata (a name goes out, nothing of the page), a few per page,
 * and each answer is pushed to the tab as it arrives, so reading never waits for the network.
 * Off unless the reader turned it on AND granted the host permission; the client checks the
 * setting again before every request. Failures leave the bundled facts and a quiet note.
 */
import browser from "webextension-polyfill";
import type { Analysis } from "../extract/types.ts";
import type { KbLink } from "../kb/index.ts";
import { sendToTab } from "../shared/messaging.ts";
import { SOURCE_ORIGINS } from "../shared/sources.ts";
import type { PageEnrichment } from "../shared/types.ts";
import { kbFacts, type FactsDay } from "./enrich.ts";
import { t } from "./i18n.ts";
import { settings } from "./services.ts";
import { patchTabState, readTabState } from "./tab-state.ts";
import { createWikidataClient, storageCache, wikidataLink, type WikidataClient } from "./wikidata/index.ts";

export const WIKIDATA_ORIGINS = [...SOURCE_ORIGINS.wikidata];
/** Look-ups per page: enough for the officials a reader hovers, polite to a free service. */
const MAX_LOOKUPS_PER_PAGE = 6;

export async function isWikidataAllowed(): Promise<boolean> {
  if (!(await settings()).wikidataEnabled) return false;
  try {
    return await browser.permissions.contains({ origins: WIKIDATA_ORIGINS });
  } catch {
    return false;
  }
}

let client: WikidataClient | null = null;
function wikidata(): WikidataClient {
  client ??= createWikidataClient({
    isEnabled: isWikidataAllowed,
    fetch: (input, init) => fetch(input, init),
    cache: storageCache(browser.storage.local),
  });
  return client;
}

/** Resolves unlinked officials of a page on Wikidata and pushes each find to the tab. */
export async function enrichFromWikidata(tabId: number, analysis: Analysis, links: Map<string, KbLink>, day: FactsDay, enrichment: PageEnrichment): Promise<void> {
  const date = day.on;
  if (!(await isWikidataAllowed())) return;
  const wanted = analysis.people.filter((p) => p.isOfficial && !links.has(p.id) && p.name.includes(" ")).slice(0, MAX_LOOKUPS_PER_PAGE);
  const fetchedOn = new Date().toISOString().slice(0, 10);
  let failed = false;
  for (const person of wanted) {
    const r = await wikidata().resolve(person.name, date);
    if (!r.ok) {
      if (r.error.code === "disabled") return;
      failed = true;
      continue;
    }
    if (r.value.status !== "found") continue;
    const facts = kbFacts(wikidataLink(r.value.person, date, fetchedOn), day.on, day.onArticleDate);
    const context = enrichment.people[person.id];
    if (!context) continue;
    context.kb = facts;
    await sendToTab(tabId, "contextUpdated", { personId: person.id, context, note: null });
  }
  if (failed) {
    const note = t("noteWikidataUnreachable");
    enrichment.note = note;
    await sendToTab(tabId, "contextUpdated", { personId: null, context: null, note });
  }
  if ((await readTabState(tabId))?.meta) await patchTabState(tabId, { enrichment });
}
