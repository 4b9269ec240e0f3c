import { parseTarget } from "../../capaian";
import { gradeRank } from "../../kriteria";
import { formatNumber, parseNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { isNumericField, rowCells } from "../cells";

/**
 * NOT_A_NUMBER: a numeric cell holding text no rule can read ("n/a", "17,65 %x", "Belum Input"); a range "70–80" or a
 * predikat "BB" is a value, and a target that is only a unit ("Dokumen") is MISSING_VALUE. A number typed with its
 * unit ("13 Dok", 002 Tabel 2.1) is not unreadable: an info says it is not computed and how to write it.
 * A number of 10^15 or more is one too: no indicator or budget reaches it, Excel keeps only 15 digits of it,
 * and sums of such numbers overflow (1e308 + 1e308), so it is a typing or copying slip.
 * @example notANumber(model, evals, ctx)[0].message //=> "Sel berisi teks \"Belum Input\", bukan angka"
 */
export const notANumber: Rule = (model) => {
  const out: Finding[] = [];
  for (const row of [...model.indikator, ...model.anggaran]) {
    for (const { field, cell } of rowCells(row)) {
      if (isNumericField(field) && cell.num !== null && Math.abs(cell.num) >= TOO_LARGE) {
        out.push(makeFinding("NOT_A_NUMBER", "error", cell, tooLarge(cell.num), cell.num, null));
        continue;
      }
      if (!isNumericField(field) || cell.num !== null || cell.issue === "FORMAT_AMBIGUOUS") continue;
      const text = cell.text.trim();
      if (text === "" || gradeRank(text) !== null || parseTarget(text).ok) continue;
      if (field === "target" && !/\d/.test(text)) continue;
      if (cell.issue !== "NOT_A_NUMBER" && parseNumber(text).kind !== "text") continue;
      if (WITH_UNIT.test(text)) {
        out.push(makeFinding("NOT_A_NUMBER", "info", cell, withUnit(text), text, null));
        continue;
      }
      out.push(
        makeFinding(
          "NOT_A_NUMBER",
          "error",
          cell,
          `Sel berisi ${ISO_DATE.test(text) ? "tanggal" : "teks"} "${quoted(text)}", bukan angka`,
          text,
          null,
        ),
      );
    }
  }
  return out;
};

const TOO_LARGE = 1e15;
// A date cell (t="d", or a number under a date format) reaches the rule as its date, "2024-03-01".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// "13 Dok", "740 orang", "1 sertifikat": digits, then a unit in letters ("17,65 %x" is no unit).
const WITH_UNIT = /^[-+]?\d[\d.,]*\s*\p{L}[\p{L}.\s/]*$/u;

function withUnit(text: string): string {
  return `Sel berisi angka dengan satuan "${quoted(text)}": dibaca sebagai teks dan tidak dihitung. Tulis angkanya saja, satuannya di kolom Satuan`;
}

function tooLarge(value: number): string {
  return `Angka ${formatNumber(value, 0)} terlalu besar untuk nilai kinerja atau anggaran (15 digit atau lebih; Excel hanya menyimpan 15 digit): periksa isian sel`;
}

// A cell can hold 32 767 characters; the message quotes enough of them to find the cell's text.
function quoted(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
