import type { Finding } from "../engine/check/finding";
import type { SheetSpec } from "../engine/model/sheet-spec";
import type { WorkbookEval } from "../engine/evaluate";
import type { Model } from "../engine/model/types";
import type { ReportContext } from "./context";
import { buildReportWithSummary } from "./build-report-with-summary";
import type { ReportOptions } from "./options";
import type { ReportSheetKey } from "./report-sheets";
import type { SheetPlan } from "./layout/types";

/**
 * The LKjIP report sheets for a model, as data (docs/REPORT.md §3). Pure and deterministic: the same
 * model, findings and options always give identical specs. Every number comes from the engine.
 * `options.sheets` selects sheet keys (default all, always in workbook order); Standar Nasional
 * appears only when an indicator has a target nasional.
 */
export function buildReport(
  model: Model,
  findings: Finding[],
  options: ReportOptions = {},
  evaluation?: WorkbookEval,
): SheetSpec[] {
  return buildReportWithSummary(model, findings, options, evaluation).specs;
}

export type SheetBuilder = (ctx: ReportContext) => SheetPlan | null;
export type { ReportSheetKey };
