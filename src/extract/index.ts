/**
 * The reading engine: people, officials, roles, claims and speakers from article text.
 * Pure TypeScript (ES2022 only): the same code runs in Node, the CLI and the extension.
 */
export { analyze, createAnalyzer, snapshotFromPlainText, type Analyzer } from "./analyzer.ts";
export type * from "./types.ts";
