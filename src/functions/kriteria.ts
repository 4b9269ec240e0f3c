import { ok, problem, type Result } from "../engine/result";
import { buildScale } from "../engine/kriteria/build-scale";
import { kriteria } from "../engine/kriteria/kriteria";
import type { Scale, ScaleRow } from "../engine/kriteria/types";
import { isBlank, matrixArg, numberArg, run, type Cell } from "./coerce";

/** A workbook scale table (lower bound, label[, colour]) → engine scale rows; fully empty rows are skipped. */
function scaleFrom(skala: Cell): Result<Scale | undefined> {
  if (isBlank(skala)) return ok(undefined);
  const table = matrixArg(skala).filter((row) => !row.every(isBlank));
  if (table.length === 0) return ok(undefined);
  if (table[0].length < 2)
    return problem("#VALUE!", "Argumen skala harus rentang dua kolom: batas bawah dan label");
  const rows: ScaleRow[] = [];
  for (const [i, row] of table.entries()) {
    const min = isBlank(row[0]) ? null : numberArg(row[0], `skala baris ${i + 1}`);
    if (min !== null && !min.ok) return min;
    const label = isBlank(row[1]) ? "" : String(row[1]);
    rows.push({
      min: min === null ? null : min.value,
      label,
      color: isBlank(row[2]) ? null : String(row[2]),
    });
  }
  return buildScale(rows);
}

/**
 * Kriteria capaian (Sangat Tinggi … Sangat Rendah) menurut Permendagri 86/2017 atau skala sendiri.
 * @customfunction KRITERIA
 * @helpurl https://localhost:3000/help.html#kriteria
 * @param capaian Capaian dalam persen.
 * @param skala Rentang dua kolom (batas bawah, label) berisi skala sendiri; kosong = Permendagri 86/2017.
 * @returns Label kriteria.
 */
export function sakipKriteria(capaian: unknown, skala?: unknown[][]): string {
  return run(() => {
    const c = numberArg(capaian, "capaian");
    if (!c.ok) return c;
    const scale = scaleFrom(skala);
    if (!scale.ok) return scale;
    const band = kriteria(c.value, scale.value);
    return band.ok ? ok(band.value.label) : band;
  });
}
