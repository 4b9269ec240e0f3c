/** The rule ids of docs/DOMAIN.md §8. */
export type RuleId =
  | "CAPAIAN_MISMATCH"
  | "CAP_HIDDEN"
  | "KRITERIA_MISMATCH"
  | "PERSEN_MISMATCH"
  | "ROLLUP_MISMATCH"
  | "TOTAL_MISMATCH"
  | "AVERAGE_MISMATCH"
  | "TRIWULAN_SUM_MISMATCH"
  | "VALUE_CONFLICT"
  | "MISSING_VALUE"
  | "NOT_A_NUMBER"
  | "FORMAT_AMBIGUOUS"
  | "OVER_BUDGET"
  | "UNIT_MISMATCH"
  | "DUPLICATE_CODE"
  | "PK_NOT_REPORTED"
  | "NEGATIVE_VALUE"
  | "ANALISIS_MISSING"
  | "READER";

export type Severity = "error" | "warning" | "info";

/** One consistency finding, pointing at the cell that holds the wrong or suspicious value. */
export type Finding = {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string; // A1
  stated?: number | string | null;
  expected?: number | string | null;
  message: string; // Indonesian, shows the arithmetic
};
