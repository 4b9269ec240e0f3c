import type { ModelCell, Origin } from "../model/types";
import type { Finding, RuleId, Severity } from "./finding";

/**
 * A finding at a model cell (or origin), with the stated and expected values when there are numbers to show.
 * @example makeFinding("OVER_BUDGET", "warning", cell, "Realisasi melebihi pagu") //=> { rule: "OVER_BUDGET", sheet: "Anggaran", cell: "G7", … }
 */
export function makeFinding(
  rule: RuleId,
  severity: Severity,
  at: ModelCell | Origin,
  message: string,
  stated?: number | string | null,
  expected?: number | string | null,
): Finding {
  const origin = "origin" in at ? at.origin : at;
  const f: Finding = { rule, severity, sheet: origin.sheet, cell: origin.cell, message };
  if (stated !== undefined) f.stated = stated;
  if (expected !== undefined) f.expected = expected;
  return f;
}
