/**
 * The opt-in online sources and the browser permissions each needs: one list, used by the pages
 * that ask for them (popup/browser-client.ts), the background that checks them before every
 * request, the build (vite.config.ts) and a test that holds manifest.json to it.
 *
 * Each source has its own optional host permission, asked when the reader switches it on and
 * removed when they switch it off. Wikiquote is reached through the person's Wikidata item, so it
 * also needs wikidata.org, which stays granted while either source that uses it is on.
 */
export type OptInSource = "wikidata" | "factCheck" | "wikiquote";

export const OPT_IN_SOURCES: readonly OptInSource[] = ["wikidata", "factCheck", "wikiquote"];

export const WIKIDATA_ORIGIN = "https://www.wikidata.org/*";
export const FACT_CHECK_ORIGIN = "https://factchecktools.googleapis.com/*";
export const WIKIQUOTE_ORIGIN = "https://en.wikiquote.org/*";

/** Host permissions per source (manifest `optional_host_permissions` lists their union). */
export const SOURCE_ORIGINS: Readonly<Record<OptInSource, readonly string[]>> = {
  wikidata: [WIKIDATA_ORIGIN],
  factCheck: [FACT_CHECK_ORIGIN],
  wikiquote: [WIKIQUOTE_ORIGIN, WIKIDATA_ORIGIN],
};

/**
 * Firefox's data-collection consent per source (manifest `data_collection_permissions.optional`
 * lists their union): names are search terms; a claim's words sent to the fact-check search are
 * the page's content.
 */
export const SOURCE_DATA_COLLECTION: Readonly<Record<OptInSource, readonly string[]>> = {
  wikidata: ["searchTerms"],
  factCheck: ["searchTerms", "websiteContent"],
  wikiquote: ["searchTerms"],
};

/** What may be removed when `source` is switched off while the sources in `stillOn` stay on. */
export function permissionsToDrop(source: OptInSource, stillOn: readonly OptInSource[]): { origins: string[]; dataCollection: string[] } {
  const others = stillOn.filter((s) => s !== source);
  const keptOrigins = new Set(others.flatMap((s) => SOURCE_ORIGINS[s]));
  const keptData = new Set(others.flatMap((s) => SOURCE_DATA_COLLECTION[s]));
  return {
    origins: SOURCE_ORIGINS[source].filter((o) => !keptOrigins.has(o)),
    dataCollection: SOURCE_DATA_COLLECTION[source].filter((d) => !keptData.has(d)),
  };
}
