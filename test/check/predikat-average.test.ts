/**
 * Renja evaluation form (Permendagri 86): under each programme a "Rata-rata Capaian Kinerja (%)" row
 * and a "Predikat Kinerja" row that rates that average. The predikat is read as the average's stated
 * kriteria and checked against the scale (seed 002 Tabel 2.1, KE002-20…22).
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { toGrids } from "../support/layout";
import { t21, t21Row } from "../fixtures/layouts/seed002-t21";
import { t21Corrected } from "../fixtures/layouts/corrected/seed002";

const kriteriaFindings = (wb: typeof t21) =>
  runChecks(readModel(toGrids(wb), { tahun: 2022 }), {})
    .filter((f) => f.rule === "KRITERIA_MISMATCH")
    .map((f) => f.cell);

describe("Predikat Kinerja rates the programme's average", () => {
  const model = readModel(toGrids(t21), { tahun: 2022 });
  it("the average row carries the predikat printed under it", () => {
    const avg = model.indikator.find((i) => i.row === t21Row("P1-avg"));
    expect(avg?.rowKind).toBe("average");
    expect([avg?.capaianStated?.num, avg?.kriteriaStated?.text, avg?.kriteriaStated?.origin.cell]).toEqual([
      25,
      "T",
      "M37",
    ]);
  });
  it("no row is made of the predikat line itself", () => {
    expect(model.indikator.some((i) => i.row === t21Row("P1-pred"))).toBe(false);
  });
  it.each(["M37", "M42", "M56"])("a predikat that does not match its average is found at %s", (cell) =>
    expect(kriteriaFindings(t21)).toContain(cell),
  );
  it("the corrected copy (every predikat as the scale gives it) has no such finding", () => {
    expect(kriteriaFindings(t21Corrected)).toEqual([]);
  });
});
