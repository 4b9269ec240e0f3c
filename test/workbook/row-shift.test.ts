/**
 * A row typed one column off its headers (a cell inserted with "shift cells right") is read where its
 * values are and reported once, as an error on the row (the real monitoring instrument 11 has 40 such
 * rows). A row with one stray word is not a shifted row.
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { toGrids, type CellSeed, type LayoutWorkbook } from "../support/layout";

const HEADER: CellSeed[] = ["No", "Indikator", "Target", "Satuan", "Realisasi", "Capaian (%)", "Keterangan"];

function table(rows: CellSeed[][], header = HEADER): LayoutWorkbook {
  return {
    name: "monev",
    sheets: [{ name: "Monev", rows: [["MONITORING CAPAIAN INDIKATOR TAHUN 2025"], [], header, ...rows] }],
  };
}

const OK: CellSeed[] = [1, "Luas tanam kakao", 100, "ha", 80, 80];
const RIGHT: CellSeed[] = [2, "Jumlah kelompok tani", null, 20, "unit", 5, 25];

function read(rows: CellSeed[][], header?: CellSeed[]) {
  const model = readModel(toGrids(table(rows, header)), { tahun: 2025 });
  const row = (n: number) => model.indikator.find((i) => i.row === n);
  const shifted = model.diagnostics.filter((d) => /bergeser/.test(d.message));
  return { model, row, shifted };
}

describe("row shifted one column: read where its values are, one error on the row", () => {
  it.each<[string, CellSeed[], { target: number; satuan: string; realisasi: number; at: string }, RegExp]>([
    [
      "shifted right (target under Satuan, unit under Realisasi)",
      RIGHT,
      { target: 20, satuan: "unit", realisasi: 5, at: "D5" },
      /^Baris 5: nilai-nilainya bergeser satu kolom ke kanan .*satuan "unit" ada di E5, bukan di kolom Satuan D/,
    ],
    [
      'shifted right with a unit that reads like a rate ("%/tahun")',
      [2, "Volume pembiayaan", null, 30, "%/tahun", 10, 33.33],
      { target: 30, satuan: "%/tahun", realisasi: 10, at: "D5" },
      /^Baris 5: nilai-nilainya bergeser satu kolom ke kanan .*satuan "%\/tahun" ada di E5/,
    ],
  ])("%s", (_rule, shiftedRow, want, message) => {
    const { row, shifted } = read([OK, shiftedRow]);
    const r = row(5);
    expect([r?.target?.num, r?.satuan?.text, r?.realisasi?.num]).toEqual([
      want.target,
      want.satuan,
      want.realisasi,
    ]);
    expect(shifted.map((d) => [d.severity, d.cell])).toEqual([["error", want.at]]);
    expect(shifted[0].message).toMatch(message);
    // The row above is untouched.
    expect([row(4)?.target?.num, row(4)?.satuan?.text, row(4)?.realisasi?.num]).toEqual([100, "ha", 80]);
  });

  it("the shifted row's own cells are named in what the check reports (its capaian cell moved too)", () => {
    const { model } = read([OK, RIGHT]);
    const findings = runChecks(model, {});
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "READER D5",
    ]);
    expect(findings.some((f) => f.rule === "NOT_A_NUMBER")).toBe(false);
  });

  it.each<[string, CellSeed[][], CellSeed[] | undefined]>([
    ["a well-placed row", [OK], undefined],
    [
      'one stray word under a number column ("N/A" as realisasi)',
      [OK, [2, "Indeks kepuasan", 80, "indeks", "N/A", null]],
      undefined,
    ],
    [
      "a row that fits no better one column over",
      [OK, [2, "Indeks", "tinggi", 5, "rendah", "baik"]],
      undefined,
    ],
    [
      "a table without a Satuan column (no evidence of a shift)",
      [[1, "Luas tanam", null, 100, 80, "ha"]],
      ["No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
    ],
    ["an empty row of numbers", [OK, [2, "Indikator tanpa data", null, null, null, null]], undefined],
  ])("%s is not a shifted row", (_rule, rows, header) => {
    expect(read(rows, header).shifted).toEqual([]);
  });

  it("a row shifted right with a number in the last column still reads its values from the cells that exist", () => {
    const { row, shifted } = read([OK, [...RIGHT, null, "catatan"]]);
    expect(shifted).toHaveLength(1);
    expect(row(5)?.capaianStated?.num).toBe(25);
  });
});
