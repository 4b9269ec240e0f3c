import type { WorkbookPort } from "../../workbook/port";
import { readSheetsIn } from "./read";
import { loadListing } from "./sheets";
import { applyPlanIn } from "./write";

/** Runs a batch against Excel; `Excel.run` in the add-in, a fake RequestContext in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type OfficePortOptions = {
  /** Estimated bytes per request before the adapter syncs (Excel on the web refuses 5 MB). */
  payloadBudget?: number;
};

const excelRun: Runner = (batch) => Excel.run(batch);

/**
 * The WorkbookPort over Office.js. Every Office.js call goes through the context `runner` passes in.
 * @example const port = officePort(); const grids = await port.readSheets();
 */
export function officePort(runner: Runner = excelRun, options: OfficePortOptions = {}): WorkbookPort {
  return {
    readSheets: () => runner((context) => readSheetsIn(context, options.payloadBudget)),
    listSheets: () =>
      runner(async (context) => {
        const listing = loadListing(context);
        await context.sync();
        return listing().sheets;
      }),
    applyPlan: (plan, onProgress) =>
      runner(async (context) => {
        await applyPlanIn(context, plan, onProgress, options.payloadBudget);
      }),
  };
}
