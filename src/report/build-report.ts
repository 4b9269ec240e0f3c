import type { Finding } from "../engine/check/finding";
import type { SheetSpec } from "../engine/model/sheet-spec";
import type { Model } from "../engine/model/types";
import { buildContext, type ReportContext } from "./context";
import { renderSheet } from "./layout/render";
import type { SheetPlan } from "./layout/types";
import type { ReportOptions } from "./options";
import { REPORT_SHEET_KEYS, type ReportSheetKey } from "./report-sheets";
import { SHEET_BUILDERS } from "./sheets";

/**
 * The LKjIP report sheets for a model, as data (WORKBOOK.md §3). Pure and deterministic: the same
 * model, findings and options always give identical specs. Every number comes from the engine.
 * `options.sheets` selects sheet keys (default all, always in workbook order); Standar Nasional
 * appears only when an indicator has a target nasional.
 */
export function buildReport(model: Model, findings: Finding[], options: ReportOptions = {}): SheetSpec[] {
  const ctx = buildContext(model, findings, options);
  const wanted = new Set(options.sheets ?? REPORT_SHEET_KEYS);
  return REPORT_SHEET_KEYS.filter((key) => wanted.has(key))
    .map((key) => SHEET_BUILDERS[key](ctx))
    .filter((plan): plan is SheetPlan => plan !== null)
    .map(renderSheet);
}

export type SheetBuilder = (ctx: ReportContext) => SheetPlan | null;
export type { ReportSheetKey };
