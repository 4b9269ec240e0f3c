import { runChecks } from "../engine/check";
import { evaluateWorkbook } from "../engine/evaluate";
import { summarizeAgency, unusableAgency, type RekapAgency } from "../report/rekap";
import type { WorkbookPort } from "../workbook/port";
import { readInputs } from "./read-inputs";
import { nothingRead } from "./read-workbook";
import type { JobOptions } from "./types";

/**
 * One agency's line of the consolidation: the same reading, evaluation and checks as checkWorkbook and
 * generateReport (one evaluation shared by the checks and the figures), or the reason nothing was read.
 * @example (await rekapWorkbook(await openXlsx("dinkes.xlsx"), "dinkes.xlsx")).rataCapaian //=> 96.1
 */
export async function rekapWorkbook(
  port: WorkbookPort,
  file: string,
  options: JobOptions = {},
): Promise<RekapAgency> {
  const { model, options: merged } = await readInputs(port, options);
  const none = nothingRead(model);
  if (none) return unusableAgency(file, none);
  const evaluation = evaluateWorkbook(model, merged);
  return summarizeAgency(file, model, evaluation, runChecks(model, merged, evaluation));
}
