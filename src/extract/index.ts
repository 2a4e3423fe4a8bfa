/**
 * The reading engine: people, officials, roles, claims and speakers from article text.
 * Pure TypeScript (ES2022 only): the same code runs in Node, the CLI and the extension.
 */
export { analyze, createAnalyzer, type Analyzer } from "./analyzer.ts";
export { snapshotFromPlainText } from "./blocks.ts";
export type * from "./types.ts";
