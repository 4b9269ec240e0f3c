import type { RuleEntry } from "./types";
import { capaianMismatch } from "./rules/capaian-mismatch";
import { capHidden } from "./rules/cap-hidden";
import { kriteriaMismatch } from "./rules/kriteria-mismatch";
import { persenMismatch } from "./rules/persen-mismatch";
import { rollupMismatch } from "./rules/rollup-mismatch";
import { totalMismatch } from "./rules/total-mismatch";
import { averageMismatch } from "./rules/average-mismatch";
import { triwulanSumMismatch } from "./rules/triwulan-sum-mismatch";
import { valueConflict } from "./rules/value-conflict";
import { missingValue } from "./rules/missing-value";
import { notANumber } from "./rules/not-a-number";
import { formatAmbiguous } from "./rules/format-ambiguous";
import { overBudget } from "./rules/over-budget";
import { unitMismatch } from "./rules/unit-mismatch";
import { duplicateCode } from "./rules/duplicate-code";
import { pkNotReported } from "./rules/pk-not-reported";
import { negativeValue } from "./rules/negative-value";
import { analisisMissing } from "./rules/analisis-missing";
import { statedRelation } from "./rules/stated-relation";

/** Every rule of docs/DOMAIN.md §8, in the order of its table (READER findings come from the reader, not a rule). */
export const RULES: RuleEntry[] = [
  { id: "CAPAIAN_MISMATCH", run: capaianMismatch },
  { id: "CAP_HIDDEN", run: capHidden },
  { id: "KRITERIA_MISMATCH", run: kriteriaMismatch },
  { id: "PERSEN_MISMATCH", run: persenMismatch },
  { id: "ROLLUP_MISMATCH", run: rollupMismatch },
  { id: "TOTAL_MISMATCH", run: totalMismatch },
  { id: "TOTAL_MISMATCH", run: statedRelation },
  { id: "AVERAGE_MISMATCH", run: averageMismatch },
  { id: "TRIWULAN_SUM_MISMATCH", run: triwulanSumMismatch },
  { id: "VALUE_CONFLICT", run: valueConflict },
  { id: "MISSING_VALUE", run: missingValue },
  { id: "NOT_A_NUMBER", run: notANumber },
  { id: "FORMAT_AMBIGUOUS", run: formatAmbiguous },
  { id: "OVER_BUDGET", run: overBudget },
  { id: "UNIT_MISMATCH", run: unitMismatch },
  { id: "DUPLICATE_CODE", run: duplicateCode },
  { id: "PK_NOT_REPORTED", run: pkNotReported },
  { id: "NEGATIVE_VALUE", run: negativeValue },
  { id: "ANALISIS_MISSING", run: analisisMissing },
];
