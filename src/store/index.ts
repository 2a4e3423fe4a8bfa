/** The memory's public surface (background only). Types live in ./types.ts. */
export { openMemory, canonicalUrl } from "./memory.ts";
export { personKey } from "./identity.ts";
export { QUOTA_MESSAGE } from "./errors.ts";
export { DEFAULT_DB_NAME, SCHEMA_VERSION } from "./schema.ts";
export type * from "./types.ts";
