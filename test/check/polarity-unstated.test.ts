/**
 * A "less is better" indicator whose capaian the table computes as target/realisasi (or (2T − R)/T)
 * while it states no polarity: the arithmetic is the row's own and right for that polarity, so the
 * check asks for the polarity (warning) instead of calling the capaian wrong. A stated polarity, or a
 * column formula the table prints ("6=(5/3)"), is taken at its word: the mismatch stays an error.
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { toGrids, type CellSeed } from "../support/layout";

function check(rows: CellSeed[][], header: CellSeed[], numbers?: CellSeed[]) {
  const sheet = {
    name: "Kinerja",
    rows: [["CAPAIAN KINERJA TAHUN 2025"], [], header, ...(numbers ? [numbers] : []), ...rows],
  };
  const model = readModel(toGrids({ name: "t", sheets: [sheet] }), { tahun: 2025 });
  return runChecks(model, {}).filter((f) => f.rule === "CAPAIAN_MISMATCH");
}

const PLAIN = ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"];
const WITH_POLARITAS = ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Polaritas"];

describe("capaian typed with a lower-is-better formula on a row that states no polarity", () => {
  it.each<[string, CellSeed[], RegExp]>([
    [
      "target / realisasi (turun-rasio): 2 / 6 × 100 = 33,33",
      [1, "Rata-rata kejadian banjir", "kejadian/tahun", 2, 6, 33.33],
      /^Capaian tertulis 33,33 sesuai rumus polaritas turun-rasio \(2 \/ 6 × 100 = 33,33\), tetapi .*dihitung naik: 6 \/ 2 × 100 = 300,00\. Isi kolom Polaritas dengan "turun-rasio"/,
    ],
    [
      "(2T − R) / T (turun): (20 − 8) / 10 × 100 = 120",
      [1, "Angka kematian ibu", "per 100.000", 10, 8, 120],
      /sesuai rumus polaritas turun \(.*\).*dihitung naik: 8 \/ 10 × 100 = 80,00/,
    ],
  ])("%s → a warning asking for the polarity", (_rule, row, message) => {
    const found = check([row], PLAIN);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["warning", "F4"]]);
    expect(found[0].message).toMatch(message);
  });

  it.each<[string, CellSeed[][], CellSeed[], CellSeed[] | undefined]>([
    [
      "the row states 'naik'",
      [[1, "Rata-rata kejadian banjir", "kejadian", 2, 6, 33.33, "naik"]],
      WITH_POLARITAS,
      undefined,
    ],
    [
      "the row states 'positif'",
      [[1, "Rata-rata kejadian banjir", "kejadian", 2, 6, 33.33, "Positif"]],
      WITH_POLARITAS,
      undefined,
    ],
    [
      "the table prints the capaian formula 6=(5/4) (realisasi / target)",
      [[1, "Rata-rata kejadian banjir", "kejadian", 2, 6, 33.33]],
      PLAIN,
      ["1", "2", "3", "4", "5", "6=(5/4)"],
    ],
  ])("%s → the mismatch stays an error", (_rule, rows, header, numbers) => {
    const found = check(rows, header, numbers);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0].message).toMatch(/^Capaian tertulis 33,33 tetapi 6 \/ 2 × 100 = 300,00/);
  });

  it("a capaian typed as target / realisasi by formula (=2/6) is the row's word, whatever its name", () => {
    const found = check(
      [[1, "Indeks beban", "indeks", 2, 6, { v: 2 / 6, formula: "2/6", fmt: "0%" }]],
      PLAIN,
    );
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["warning", "F4"]]);
  });

  it("a value that only mirrors the right one around 100 (105 for 95) on a row with no word for it stays an error, with the hint", () => {
    const found = check([[1, "Jumlah usaha mikro yang diberdayakan", "unit", 400, 380, 105]], PLAIN);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0].message).toMatch(
      /^Capaian tertulis 105 tetapi 380 \/ 400 × 100 = 95,00\. Angka tertulis sesuai rumus polaritas turun .*isi kolom Polaritas dengan "turun"\.$/,
    );
  });

  it("a capaian that fits no formula is an error, whatever the polarity", () => {
    const found = check([[1, "Rata-rata kejadian banjir", "kejadian", 2, 6, 45]], PLAIN);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
  });

  it("a right naik capaian gives nothing", () => {
    expect(check([[1, "Cakupan imunisasi", "%", 90, 81, 90]], PLAIN)).toEqual([]);
  });
});
