import type { PageStatus } from "../../shared/types.ts";

/** What the popup's page part shows: a PageStatus, or a state only the popup knows about. */
export type ViewStatus = PageStatus | "loading" | "own-page" | "not-read";
