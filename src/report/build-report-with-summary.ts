import type { Finding } from "../engine/check/finding";
import type { SheetSpec } from "../engine/model/sheet-spec";
import type { WorkbookEval } from "../engine/evaluate";
import type { Model } from "../engine/model/types";
import { buildContext } from "./context";
import { renderSheet } from "./layout/render";
import type { SheetPlan } from "./layout/types";
import type { ReportOptions } from "./options";
import { REPORT_SHEET_KEYS } from "./report-sheets";
import { SHEET_BUILDERS } from "./sheets";
import { summaryOf, type ReportSummary } from "./summary";

/**
 * The report sheets and the summary printed after generating, from ONE evaluation of the model
 * (the job needs both), reading the job's evaluation when given (the check already made it).
 */
export function buildReportWithSummary(
  model: Model,
  findings: Finding[],
  options: ReportOptions = {},
  evaluation?: WorkbookEval,
): { specs: SheetSpec[]; summary: ReportSummary } {
  const ctx = buildContext(model, findings, options, evaluation);
  const wanted = new Set(options.sheets ?? REPORT_SHEET_KEYS);
  const specs = REPORT_SHEET_KEYS.filter((key) => wanted.has(key))
    .map((key) => SHEET_BUILDERS[key](ctx))
    .filter((plan): plan is SheetPlan => plan !== null)
    .map(renderSheet);
  return { specs, summary: summaryOf(ctx) };
}
