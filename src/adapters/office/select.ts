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

/** The user's selection: its sheet and its A1 address without the sheet ("A6:N8"). */
export type Selection = { sheet: string; address: string };

/**
 * What the user has selected in Excel (one request), e.g. the header rows of a table to map.
 * @example await selectedRange() //=> { sheet: "DINKES INDUK", address: "A6:N8" }
 */
export async function selectedRange(runner: Runner = excelRun): Promise<Selection> {
  return runner(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    const bang = range.address.lastIndexOf("!");
    const sheet = range.address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    return { sheet, address: range.address.slice(bang + 1).replace(/\$/g, "") };
  });
}
