/** Set by vite.config.ts: true only in the test builds (dist/*-test), which expose test hooks. */
declare const __SRCL_TEST__: boolean;
