/**
 * Node flags the `sakip` command runs with. A larger young generation cuts garbage-collection time
 * while ExcelJS builds a 20 000-row workbook (about a tenth of `sakip generate`); V8 reads it only at
 * start-up, so bin/sakip.js restarts node once with it, and the bench measures with the same flags.
 */
export const RUNTIME_FLAGS = ["--max-semi-space-size=64"];
