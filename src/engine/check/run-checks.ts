import type { Model } from "../model/types";
import type { JobOptionsLike } from "./options";
import { PERMENDAGRI_86 } from "../kriteria";
import { evaluateAnggaran, evaluateIndikator, resolveScale } from "../evaluate";
import type { Finding } from "./finding";
import type { CheckContext, Evals } from "./types";
import { RULES } from "./registry";
import { sortFindings } from "./sort-findings";

/**
 * Every consistency rule of DOMAIN.md §8 over a model, plus the reader's diagnostics (rule READER), sorted by sheet and
 * cell and deduplicated.
 * @example runChecks(model, { batas: null }).filter((f) => f.severity === "error").length //=> 0 for a correct workbook
 */
export function runChecks(model: Model, options: JobOptionsLike = {}): Finding[] {
  const findings: Finding[] = [];
  const resolved = resolveScale(model);
  const scale = resolved.ok ? resolved.value : PERMENDAGRI_86;
  if (!resolved.ok) {
    const at = model.skala?.[0]?.label.origin ?? { sheet: "Skala", cell: "A1" };
    findings.push({
      rule: "READER",
      severity: "warning",
      sheet: at.sheet,
      cell: at.cell,
      message: `Skala di workbook tidak dipakai (${resolved.message}); memakai Permendagri 86/2017`,
    });
  }
  const ctx: CheckContext = { scale, batas: options.batas ?? null, tahun: options.tahun ?? model.tahun };
  const evals: Evals = {
    indikator: model.indikator.map((ind) => evaluateIndikator(ind, ctx)),
    anggaran: evaluateAnggaran(model),
  };
  for (const rule of RULES) findings.push(...rule.run(model, evals, ctx));
  for (const d of model.diagnostics)
    findings.push({ rule: "READER", severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message });
  const sheets = [
    ...new Set([...model.tables.map((t) => t.sheet), ...model.diagnostics.map((d) => d.sheet)]),
  ];
  return sortFindings(findings, sheets);
}
