import { readInputs } from "./read-inputs";
import { runChecks } from "../engine/check";
import { evaluateWorkbook } from "../engine/evaluate";
import { buildReportWithSummary } from "../report";
import type { Progress, WorkbookPort } from "../workbook/port";
import { planSheets } from "./plan-sheets";
import type { GenerateResult, JobOptions } from "./types";
import { summarizeFindings } from "./check-workbook";
import { keepTypedSheets } from "./keep-typed";
import { NothingRead, nothingRead } from "./read-workbook";

/**
 * "Buat lembar LKjIP": reads the staff's tables, checks them, builds every report sheet and writes them.
 * Input sheets are never written; the previous report is replaced only after the new one exists.
 */
export async function generateReport(
  port: WorkbookPort,
  explicit: JobOptions = {},
  onProgress?: Progress,
): Promise<GenerateResult> {
  // The add-in's own report sheets are output, never input: readModel skips them (and the settings sheet).
  const { grids, model, options } = await readInputs(port, explicit);
  const none = nothingRead(model);
  if (none) throw new NothingRead(`${none} Laporan tidak dibuat.`);
  // One evaluation per job: the check and every report sheet read the same numbers.
  const evaluation = evaluateWorkbook(model, options);
  const findings = runChecks(model, options, evaluation);
  const { specs, summary } = buildReportWithSummary(model, findings, options, evaluation);
  const planned = planSheets(
    grids.map((g) => ({ name: g.name, tag: g.tag })),
    specs,
    "report",
  );
  const { renamed, names, adopted } = planned;
  // What a user typed into the old report is kept in a renamed copy, never wiped without a word.
  const { plan, kept } = keepTypedSheets(
    planned.plan,
    grids,
    specs,
    names.map((n) => n.name),
  );
  // Writers report the temporary names they create; users should see the names the sheets will have.
  const finalName = new Map(plan.rename.map((r) => [r.from, r.to]));
  await port.applyPlan(
    plan,
    onProgress && ((done, total, sheet) => onProgress(done, total, finalName.get(sheet) ?? sheet)),
  );
  return {
    sheets: names,
    renamed,
    adopted,
    kept,
    replaced: plan.remove,
    kriteriaCounts: summary.kriteriaCounts,
    serapanTotal: summary.serapanTotal,
    findings: summarizeFindings(findings),
  };
}
