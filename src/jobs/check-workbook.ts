import { readInputs } from "./read-inputs";
import { runChecks } from "../engine/check";
import type { Finding } from "../engine/check/finding";
import type { WorkbookPort } from "../workbook/port";
import type { CheckResult, FindingSummary, JobOptions } from "./types";
import { nothingRead } from "./read-workbook";

/**
 * "Periksa": reads the staff's tables (never the add-in's own report sheets), runs every consistency rule and counts
 * the findings by severity.
 */
export async function checkWorkbook(port: WorkbookPort, options: JobOptions = {}): Promise<CheckResult> {
  // A report sheet is output: checking it would compare the report with itself (readModel skips it).
  const { model, options: merged } = await readInputs(port, options);
  const findings = runChecks(model, merged);
  const none = nothingRead(model);
  return {
    ...(none ? { nothingRead: none } : {}),
    tables: model.tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, rows: t.rows })),
    findings,
    diagnostics: model.diagnostics,
    summary: summarizeFindings(findings),
  };
}

/** Findings counted by severity. */
export function summarizeFindings(findings: Finding[]): FindingSummary {
  const summary: FindingSummary = { errors: 0, warnings: 0, info: 0 };
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.info++;
  }
  return summary;
}
