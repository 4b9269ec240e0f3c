/**
 * Rows typed one column off their headers (a cell inserted with "shift cells right", a row pasted
 * one column over): the numbers sit under Satuan and the unit under the first quarter. A careful reader
 * sees the shift and reads the row where its values are; the check reports it as an error on the row.
 */
import { isNoValueText, parseNumber } from "../engine/numbers";
import type { Diagnostic } from "../engine/model/types";
import { a1, colLetter } from "./a1";
import type { MappedColumn } from "./columns";
import type { TableBlock } from "./find-tables";

type Probe = { block: TableBlock; numeric: MappedColumn[]; satuan?: MappedColumn };

type Fit = { misplaced: number; numbers: number };

function isNumberText(text: string): boolean {
  return parseNumber(text).kind === "number";
}

// How well a row fits the headers when every value column is read `offset` columns over.
function fitAt(p: Probe, row: number, offset: number): Fit {
  const view = p.block.view;
  let misplaced = 0;
  let numbers = 0;
  for (const col of p.numeric) {
    const t = view.text(row, col.col + offset);
    if (isNoValueText(t)) continue;
    if (isNumberText(t)) numbers++;
    else if (/\p{L}/u.test(t)) misplaced++; // a word under a number column ("unit", "orang/tahun")
  }
  if (p.satuan) {
    const t = view.text(row, p.satuan.col + offset);
    if (!isNoValueText(t) && isNumberText(t)) misplaced++; // a number under Satuan
  }
  return { misplaced, numbers };
}

/**
 * Rows whose value columns are shifted one column right, as row → offset 1, each with an error
 * diagnostic naming the row; a row is shifted only when it has two misplaced values as read and none,
 * with at least two numbers, one column over.
 * @example shiftedRows(block, numeric, satuan, "Sheet1", []).get(46) //=> 1
 */
export function shiftedRows(
  block: TableBlock,
  numeric: MappedColumn[],
  satuan: MappedColumn | undefined,
  sheet: string,
  diagnostics: Diagnostic[],
): Map<number, number> {
  const out = new Map<number, number>();
  if (!satuan || numeric.length < 2) return out;
  const p: Probe = { block, numeric, satuan };
  for (const row of block.body) {
    if (fitAt(p, row, 0).misplaced < 2) continue;
    // Only to the right: a shift left would put a value over the indicator's name, which the row keeps.
    const fit = fitAt(p, row, 1);
    if (fit.misplaced > 0 || fit.numbers < 2) continue;
    out.set(row, 1);
    diagnostics.push({
      severity: "error",
      sheet,
      cell: a1(row, satuan.col),
      message:
        `Baris ${row}: nilai-nilainya bergeser satu kolom ke kanan dari judul kolomnya ` +
        `(satuan "${block.view.text(row, satuan.col + 1)}" ada di ${a1(row, satuan.col + 1)}, bukan di kolom Satuan ${colLetter(satuan.col)}); ` +
        `dibaca menurut letaknya. Pindahkan nilai baris ini ke bawah judul yang benar.`,
    });
  }
  return out;
}
