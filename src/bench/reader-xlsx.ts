import { newXlsx, openXlsx } from "../adapters/xlsx";
import type { CellInput, SheetSpec } from "../engine/model/sheet-spec";
import { readModel } from "../workbook/read-model";
import { budgetSheet } from "./reader";
import { benchLine, verdictLine } from "./measure";

const TARGET_MS = 1_000; // issue 4: "well under a second of reader time" through the ExcelJS port

/** The reader bench's 20 000-row budget sheet as an .xlsx file (values, "#,##0" on the Rupiah columns). */
async function budgetXlsx(): Promise<Buffer> {
  const grid = budgetSheet();
  const rows: CellInput[][] = grid.rows.map((r) => r.map((c) => c?.v ?? null));
  const last = rows.length;
  const spec: SheetSpec = {
    key: "bench",
    name: grid.name,
    role: "template",
    blocks: [{ at: "A1", rows }],
    numberFormats: [{ range: `C4:D${last}`, format: "#,##0" }],
    formats: [],
    merges: [],
    columnWidths: [],
  };
  const book = newXlsx();
  await book.applyPlan({ create: [{ name: grid.name, spec }], remove: [], rename: [] });
  return book.toBuffer();
}

/** Reading through the ExcelJS port: file parse, then readSheets + readModel (the "reader time"). */
export async function readerXlsxSection(): Promise<string[]> {
  const bytes = await budgetXlsx();
  const t0 = performance.now();
  const book = await openXlsx(bytes);
  const t1 = performance.now();
  const model = readModel(await book.readSheets());
  const t2 = performance.now();
  const readMs = t2 - t1;
  return [
    benchLine("reader_xlsx_open_ms", t1 - t0, "ms"),
    benchLine("reader_xlsx_read_model_ms", readMs, "ms"),
    benchLine("reader_xlsx_anggaran_read", model.anggaran.length, "rows"),
    verdictLine(`reader_xlsx_target_${TARGET_MS}_ms`, readMs < TARGET_MS),
  ];
}
