/** Opt-in Wikidata enrichment (background only). See client.ts for the contract. */
export { createWikidataClient, statementAt, WIKIDATA_API } from "./client.ts";
export type { WikidataClient, WikidataClientOptions } from "./client.ts";
export { MemoryCache } from "./cache.ts";
export type { WikidataCache } from "./cache.ts";
export { storageCache, STORAGE_PREFIX } from "./storage-cache.ts";
export type { StorageAreaLike } from "./storage-cache.ts";
export { wikidataLink, WIKIDATA_SOURCE } from "./to-link.ts";
export type { WikidataError, WikidataErrorCode, WikidataHit, WikidataPerson, WikidataResolution, WikidataResult, WikidataStatement } from "./types.ts";
