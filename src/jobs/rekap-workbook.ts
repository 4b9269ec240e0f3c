import { runChecks } from "../engine/check";
import { evaluateWorkbook } from "../engine/evaluate";
import { REKAP_SHEET_KEYS } from "../report/rekap-sheets";
import { summarizeAgency, unusableAgency, type RekapAgency } from "../report/rekap";
import type { WorkbookPort } from "../workbook/port";
import { readInputs } from "./read-inputs";
import { nothingRead } from "./read-workbook";
import type { JobOptions } from "./types";

/**
 * One agency's line of the consolidation: the same reading, evaluation and checks as checkWorkbook and
 * generateReport (one evaluation shared by the checks and the figures), or the reason nothing was read;
 * null for an earlier consolidation (`sakip rekap` output lying among the agencies' files).
 * @example (await rekapWorkbook(await openXlsx("dinkes.xlsx"), "dinkes.xlsx"))?.rataCapaian //=> 96.1
 */
export async function rekapWorkbook(
  port: WorkbookPort,
  file: string,
  options: JobOptions = {},
): Promise<RekapAgency | null> {
  if (await isRekap(port)) return null;
  const { model, options: merged } = await readInputs(port, options);
  const none = nothingRead(model);
  if (none) return unusableAgency(file, none);
  const evaluation = evaluateWorkbook(model, merged);
  return summarizeAgency(file, model, evaluation, runChecks(model, merged, evaluation));
}

async function isRekap(port: WorkbookPort): Promise<boolean> {
  const sheets = await port.listSheets();
  return (
    sheets.length > 0 && sheets.every((s) => s.tag?.role === "report" && REKAP_SHEET_KEYS.includes(s.tag.key))
  );
}
