/*
 * Excel on the web refuses a request or a response over 5 MB. The writer estimates what it queues and
 * syncs before the estimate passes a budget (default 3.5 MB, leaving room for JSON framing); a block
 * larger than the budget is split into row chunks. Below the budget (about 10,000 rows × 10 numeric
 * columns) a sheet is one request, so the sync count grows with size only for huge sheets.
 */

export const DEFAULT_BUDGET = 3_500_000;
/** Fixed cost of one queued operation (object path, method, ids). */
export const OP_BYTES = 200;

/** Estimated JSON size of one cell value. */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return value.length + 3;
  if (typeof value === "number") return 12;
  return 6;
}

/** Estimated JSON size of one row of a 2-D array. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v);
  return n;
}

/** Splits rows into consecutive chunks whose estimated size stays within `budget` (one row at least). */
export function chunkRows<T>(rows: T[][], budget: number): { start: number; rows: T[][] }[] {
  const chunks: { start: number; rows: T[][] }[] = [];
  let start = 0,
    bytes = 0;
  rows.forEach((row, i) => {
    const size = rowBytes(row);
    if (i > start && bytes + size > budget) {
      chunks.push({ start, rows: rows.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length) chunks.push({ start, rows: rows.slice(start) });
  return chunks;
}

/**
 * Whether Excel would turn this text into something else when it is written to a General cell:
 * a formula (= + - @), an error (#N/A), a boolean, or a number/date/time/percent/currency (any digit,
 * e.g. "001", "(1)", "1/2", "5%", "Rp 1.000"). Such cells get the "@" (Text) format first.
 * @example mustStayText("=1+1") //=> true
 * @example mustStayText("Sangat Tinggi") //=> false
 */
export function mustStayText(text: string): boolean {
  return /^[=+\-@#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}
