import type { Runner } from "./port";

const excelRun: Runner = (batch) => Excel.run(batch);

/**
 * Shows a cell to the user: activates its sheet and selects it (one request). Used by the task pane
 * to jump from a finding to the input cell it is about.
 * @example await selectCell("Kinerja", "G7")
 */
export async function selectCell(sheet: string, cell: string, runner: Runner = excelRun): Promise<void> {
  await runner(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
