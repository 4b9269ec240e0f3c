import type { CellInput, SheetSpec } from "../engine/model/sheet-spec";
import type { GridValue, SheetGrid } from "../workbook/port";
import { a1, parseA1 } from "../workbook/a1";

/*
 * Cells a user typed into a report sheet, found by comparing the old sheet with the one about to
 * replace it. A report sheet is the add-in's rendering of the input, so a cell the new rendering leaves
 * empty but the old sheet fills is the user's when its row is otherwise what the add-in writes again
 * (analysis typed into the empty "Analisis Keberhasilan" column), or when the whole sheet is (a note
 * typed below an unchanged table). When the data changed, rows that moved are not guessed at: a value
 * typed over a computed number is not detected (the input sheets are the place to change it).
 */

type Written = Map<string, CellInput>; // address → what the new sheet writes there (non-null)

function written(spec: SheetSpec): Written {
  const out: Written = new Map();
  for (const block of spec.blocks) {
    const at = parseA1(block.at);
    if (!at) continue;
    block.rows.forEach((cells, i) =>
      cells.forEach((input, j) => {
        if (input !== null && input !== "") out.set(a1(at.row + i, at.col + j), input);
      }),
    );
  }
  return out;
}

/** Whether the old cell shows what the add-in writes (formulas: their cached result is not known, so yes). */
function same(old: GridValue | undefined, input: CellInput): boolean {
  if (typeof input === "object" && input !== null) return "formula" in input ? true : old === input.text;
  if (typeof input === "number" && typeof old === "number")
    return Math.abs(old - input) <= 1e-9 * Math.max(1, Math.abs(input));
  return old === input;
}

/**
 * Addresses of cells in `old` the user typed (see above), in sheet order.
 * @example typedCells(oldAnalisis, newAnalisisSpec) //=> ["H6", "I6"]
 */
export function typedCells(old: SheetGrid, spec: SheetSpec): string[] {
  const want = written(spec);
  const have = new Map<string, GridValue>();
  old.rows.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (cell && cell.v !== null && cell.v !== "")
        have.set(a1(old.origin.row + i, old.origin.col + j), cell.v);
    }),
  );
  const rowOf = (address: string) => parseA1(address)!.row;
  const misaligned = new Set<number>();
  for (const [address, input] of want) if (!same(have.get(address), input)) misaligned.add(rowOf(address));
  const writtenRows = new Set([...want.keys()].map(rowOf));
  const extra = [...have.keys()].filter((address) => !want.has(address));
  if (misaligned.size === 0) return extra;
  return extra.filter((address) => writtenRows.has(rowOf(address)) && !misaligned.has(rowOf(address)));
}
