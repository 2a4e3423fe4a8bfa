/**
 * The opt-in sources (sources/service.ts) over the browser: storage.local for the answers, the
 * switches and the key, the permissions API, the knowledge base's spellings, and the Wikidata
 * cache the Wikidata look-up already keeps. Created once per service-worker life, on first use.
 */
import browser from "webextension-polyfill";
import type { KbEntry } from "../kb/index.ts";
import { readFactCheckKey, readSourceSettings, writeFactCheckKey, writeSourceSettings } from "../store/source-settings.ts";
import { knowledgeBase, settings } from "./services.ts";
import { createSources, type Sources } from "./sources/service.ts";
import { storageCache } from "./wikidata/index.ts";

let kbById: Map<string, KbEntry> | null = null;

function kbNames(kbId: string): string[] {
  kbById ??= new Map(knowledgeBase().data.entries.map((e) => [e.id, e]));
  const entry = kbById.get(kbId);
  return entry ? [entry.name, ...entry.aliases] : [];
}

let service: Sources | null = null;

export function sources(): Sources {
  service ??= createSources({
    area: browser.storage.local,
    fetch: (input, init) => fetch(input, init),
    async hasOrigins(origins) {
      try {
        return await browser.permissions.contains({ origins: [...origins] });
      } catch {
        return false;
      }
    },
    readSwitches: () => readSourceSettings(browser.storage.local),
    writeSwitches: (patch) => writeSourceSettings(browser.storage.local, patch),
    readKey: () => readFactCheckKey(browser.storage.local),
    writeKey: (key) => writeFactCheckKey(browser.storage.local, key),
    isWikidataOn: async () => (await settings()).wikidataEnabled,
    kbNames,
    wikidataCache: storageCache(browser.storage.local),
  });
  return service;
}
