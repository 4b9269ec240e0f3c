/// <reference types="office-js" />
// The writer's types name Excel.*; it calls no Office.js global itself, so it runs in node over the recorder.
import { applyPlanIn } from "../adapters/office/write";
import { openXlsx } from "../adapters/xlsx";
import { generateReport } from "../jobs/generate-report";
import type { WorkbookPort } from "../workbook/port";
import { scaledExample } from "./example-scale";
import { benchLine, verdictLine } from "./measure";
import { RecordingExcel } from "./office-recorder";

const SCALES = [1, 100];
const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024; // Excel on the web refuses a larger request

/** What the Office.js writer sends when it writes the report of the example at `scale`×. */
export async function officeWriterRun(
  scale: number,
): Promise<{ syncs: number; bytes: number; cells: number; sheets: number }> {
  const book = await openXlsx(await scaledExample(scale));
  const excel = new RecordingExcel(await book.listSheets());
  // Read through ExcelJS (the same grids Office.js gives), written through the Office.js writer.
  const port: WorkbookPort = {
    readSheets: () => book.readSheets(),
    listSheets: () => book.listSheets(),
    applyPlan: async (plan, onProgress) => {
      await applyPlanIn(excel.context(), plan, onProgress);
    },
  };
  const result = await generateReport(port, {});
  return { syncs: excel.requests.length, ...excel.largest(), sheets: result.sheets.length };
}

/** context.sync() count and largest request of the Office.js writer on the example report at 1× and 100×. */
export async function officeWriterSection(): Promise<string[]> {
  const lines = ["# the example's report through the Office.js writer over a recording context (no Excel)"];
  for (const scale of SCALES) {
    const { syncs, bytes, cells, sheets } = await officeWriterRun(scale);
    lines.push(
      benchLine(`office_writer_${scale}x_sheets`, sheets, "sheets"),
      benchLine(`office_writer_${scale}x_syncs`, syncs, "syncs"),
      benchLine(`office_writer_${scale}x_largest_request_kb`, bytes / 1024, "KB", 1),
      benchLine(`office_writer_${scale}x_largest_request_cells`, cells, "cells"),
      verdictLine(`office_writer_${scale}x_request_under_5mb`, bytes < REQUEST_LIMIT_BYTES),
    );
  }
  return lines;
}
