/*
 * ExcelJS 4.4 keeps data validations per cell and squeezes them back into ranges when writing, but it
 * sorts the cells as text ("E10" before "E2") and does not skip cells already placed: a validation read
 * from E2:E29 is written as E10:E29 and E2:E29, overlapping (exceljs issue 2820), and every re-save
 * adds more. Here the cells are grouped into non-overlapping rectangles before ExcelJS sees them:
 * columns of consecutive rows with the same rule, then equal neighbouring columns side by side.
 */

type Validation = Record<string, unknown>;
type Patched<T> = T & { __sakip?: true };

const colCache = require("exceljs/lib/utils/col-cache") as {
  decodeEx(address: string): { row?: number; col?: number; dimensions?: string };
  encodeAddress(row: number, col: number): string;
};
const validationsXform = require("exceljs/lib/xlsx/xform/sheet/data-validations-xform").prototype as Patched<{
  render(stream: unknown, model: Record<string, Validation | undefined>): void;
}>;

type Run = { col: number; top: number; bottom: number };

/**
 * Cell-keyed validations as rectangles: { "E2": v, …, "E29": v } → { "E2:E29": v }. Keys that already
 * are ranges stay as they are; removed (undefined) entries are dropped.
 * @example toRectangles({ E2: v, E3: v, F2: v, F3: v }) //=> { "E2:F3": v }
 */
export function toRectangles(model: Record<string, Validation | undefined>): Record<string, Validation> {
  const out: Record<string, Validation> = {};
  const bySignature = new Map<string, { validation: Validation; cells: { row: number; col: number }[] }>();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    const decoded = colCache.decodeEx(address);
    if (decoded.dimensions || decoded.row === undefined || decoded.col === undefined) {
      out[address] = validation;
      continue;
    }
    const signature = JSON.stringify(validation);
    const group = bySignature.get(signature) ?? { validation, cells: [] };
    group.cells.push({ row: decoded.row, col: decoded.col });
    bySignature.set(signature, group);
  }
  for (const { validation, cells } of bySignature.values())
    for (const r of mergeColumns(columnRuns(cells))) out[rangeOf(r)] = validation;
  return out;
}

/** Vertical runs of consecutive rows, per column, in column then row order. */
function columnRuns(cells: { row: number; col: number }[]): Run[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.bottom === row - 1) last.bottom = row;
    else if (!(last && last.col === col && last.bottom >= row)) runs.push({ col, top: row, bottom: row });
  }
  return runs;
}

/** Runs with the same rows in neighbouring columns become one rectangle. */
function mergeColumns(runs: Run[]): (Run & { right: number })[] {
  const open = new Map<string, Run & { right: number }>();
  const done: (Run & { right: number })[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rect = open.get(key);
    if (rect && rect.right === run.col - 1) rect.right = run.col;
    else {
      const next = { ...run, right: run.col };
      open.set(key, next);
      done.push(next);
    }
  }
  return done;
}

function rangeOf(r: Run & { right: number }): string {
  const from = colCache.encodeAddress(r.top, r.col);
  const to = colCache.encodeAddress(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

/** Applies the patch once; later calls do nothing. */
export function patchValidations(): void {
  if (validationsXform.__sakip) return;
  const render = validationsXform.render;
  validationsXform.render = function (stream, model) {
    return render.call(this, stream, toRectangles(model ?? {}));
  };
  validationsXform.__sakip = true;
}
