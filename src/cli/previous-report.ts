import type { SheetSpec } from "../engine/model/sheet-spec";
import type { SheetGrid, WorkbookPort } from "../workbook/port";
import { a1 } from "../workbook/a1";
import { typedCells } from "../jobs/typed-cells";
import { openXlsx } from "../adapters/xlsx";
import { UnusableError } from "./errors";

/*
 * `-o` naming an earlier report: before it is replaced, what the user typed into its report sheets
 * (analysis in the Analisis form, a note under a table) is looked for the way a regenerate in place
 * looks for it (jobs/typed-cells.ts). Found → the file is left alone and the user is told how to carry
 * the typing over: generate from that file, which keeps it in a "(lama)" sheet.
 */

/** The report sheets of an existing output, or [] when there is none to compare. */
export async function previousReportSheets(output: string): Promise<SheetGrid[]> {
  try {
    return (await (await openXlsx(output)).readSheets()).filter((g) => g.tag?.role === "report");
  } catch {
    return [];
  }
}

/** A written sheet as the spec that would write it again (formulas as formulas: their cached result is unknown). */
function asSpec(grid: SheetGrid): SheetSpec {
  return {
    key: grid.tag?.key ?? grid.name,
    name: grid.name,
    role: "report",
    blocks: [
      {
        at: a1(grid.origin.row, grid.origin.col),
        rows: grid.rows.map((row) => row.map((c) => (c?.formula ? { formula: c.formula } : (c?.v ?? null)))),
      },
    ],
    numberFormats: [],
    formats: [],
    merges: [],
    columnWidths: [],
  };
}

/**
 * Throws when a report sheet of the earlier output holds typed cells the new report would wipe.
 * @example await refuseTypedOverwrite("laporan.xlsx", previous, book) // throws UnusableError("… Analisis (H6) …")
 */
export async function refuseTypedOverwrite(
  output: string,
  previous: SheetGrid[],
  next: WorkbookPort,
): Promise<void> {
  if (previous.length === 0) return;
  const fresh = (await next.readSheets()).filter((g) => g.tag?.role === "report");
  const typed = previous.flatMap((old) => {
    const now = fresh.find((g) => g.name === old.name);
    const cells = now ? typedCells(old, asSpec(now)) : [];
    return cells.length
      ? [`${old.name} (${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""})`]
      : [];
  });
  if (typed.length)
    throw new UnusableError(
      `${output} tidak ditimpa: lembar laporannya berisi isian Anda: ${typed.join("; ")}. Agar isian itu tidak ` +
        `hilang, buat laporan dari file itu sendiri (sakip generate ${output} -o <nama baru>.xlsx; isian disimpan ` +
        `di lembar "(lama)"), atau hapus file itu dulu.`,
    );
}
