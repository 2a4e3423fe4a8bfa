/** Public API of the knowledge base of officials (pure: no DOM, no browser APIs). */
export type { KbData, KbEntry, KbLink, KbPosition, KbSource, KnowledgeBase, KbCandidate, PositionKind } from "./types.ts";
export { loadKnowledgeBase, entryKeys } from "./load.ts";
export { lookupName, positionAt, heldAt, positionLabel } from "./lookup.ts";
export type { LookupContext } from "./lookup.ts";
export { linkPeople } from "./link.ts";
export { foldName, looseKey } from "./normalize.ts";
export { findNativeNameSpans, linkWithNativeNames } from "./native.ts";
