import { parseTarget } from "../../capaian";
import { gradeRank } from "../../kriteria";
import { parseNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { isNumericField, rowCells } from "../cells";

/**
 * NOT_A_NUMBER: a numeric cell holding text no rule can read ("n/a", "17,65 %x", "Belum Input"); a range "70–80" or a
 * predikat "BB" is a value, and a target that is only a unit ("Dokumen") is MISSING_VALUE.
 * @example notANumber(model, evals, ctx)[0].message //=> "Sel berisi teks \"Belum Input\", bukan angka"
 */
export const notANumber: Rule = (model) => {
  const out: Finding[] = [];
  for (const row of [...model.indikator, ...model.anggaran]) {
    for (const { field, cell } of rowCells(row)) {
      if (!isNumericField(field) || cell.num !== null || cell.issue === "FORMAT_AMBIGUOUS") continue;
      const text = cell.text.trim();
      if (text === "" || gradeRank(text) !== null || parseTarget(text).ok) continue;
      if (field === "target" && !/\d/.test(text)) continue;
      if (cell.issue !== "NOT_A_NUMBER" && parseNumber(text).kind !== "text") continue;
      out.push(
        makeFinding("NOT_A_NUMBER", "error", cell, `Sel berisi teks "${text}", bukan angka`, text, null),
      );
    }
  }
  return out;
};
