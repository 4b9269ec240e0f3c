import type { Model } from "../model/types";
import type { JobOptionsLike } from "./options";
import { evaluateWorkbook, type WorkbookEval } from "../evaluate";
import type { Finding } from "./finding";
import type { CheckContext, Evals } from "./types";
import { RULES } from "./registry";
import { sortFindings } from "./sort-findings";

/**
 * Every consistency rule of docs/DOMAIN.md §8 over a model, plus the reader's diagnostics (rule READER), sorted by sheet and
 * cell and deduplicated. It reads the job's one evaluation (evaluateWorkbook) when given, so the check and the report
 * never compute a number twice.
 * @example runChecks(model, { batas: null }).filter((f) => f.severity === "error").length //=> 0 for a correct workbook
 */
export function runChecks(
  model: Model,
  options: JobOptionsLike = {},
  evaluation: WorkbookEval = evaluateWorkbook(model, options),
): Finding[] {
  const findings: Finding[] = [];
  const resolved = evaluation.scaleProblem;
  if (resolved) {
    const at = model.skala?.[0]?.label.origin ?? { sheet: "Skala", cell: "A1" };
    findings.push({
      rule: "READER",
      severity: "warning",
      sheet: at.sheet,
      cell: at.cell,
      message: `Skala di workbook tidak dipakai (${resolved.message}); memakai Permendagri 86/2017`,
    });
  }
  const ctx: CheckContext = {
    scale: evaluation.scale,
    batas: evaluation.ctx.batas ?? null,
    tahun: evaluation.tahun,
  };
  const evals: Evals = {
    indikator: evaluation.rows,
    anggaran: evaluation.budget,
    kinerja: evaluation.kinerja,
  };
  for (const rule of RULES) findings.push(...rule.run(model, evals, ctx));
  for (const d of model.diagnostics)
    findings.push({ rule: "READER", severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message });
  const sheets = [
    ...new Set([...model.tables.map((t) => t.sheet), ...model.diagnostics.map((d) => d.sheet)]),
  ];
  return sortFindings(findings, sheets);
}
