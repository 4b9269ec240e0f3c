/**
 * Issue 9/10: "every error it reported on the system exports was false". The layouts of the real
 * workbooks from the field, checked: the system exports and forms give no error the file does not
 * have. File 11 really has rows shifted one column right (text under a number column): only those
 * are errors. Each case names the wrong reading that used to make false errors.
 */
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import { toGrids } from "../support/layout";
import { REAL_FIXTURES } from "../fixtures/real";

const findingsOf = (key: string) => {
  const f = REAL_FIXTURES.find((x) => x.expected.source.startsWith(key));
  if (!f) throw new Error(`no fixture ${key}`);
  const model = readModel(toGrids(f.layout), f.expected.tahun ? { tahun: f.expected.tahun } : undefined);
  return runChecks(model, {});
};
const errorsOf = (key: string) => findingsOf(key).filter((x) => x.severity === "error");

describe("real workbooks: no false errors", () => {
  it.each([
    ["02", "SIPD rekap: levels from the code split over four columns, totals = sum of the top level"],
    ["04", "SIPD RAK: a flat export's rows are leaves, identified by their whole code path and level names"],
    [
      "06",
      "BPS: monthly schedule columns are not the year's capaian; an output and its komponen of one name are not compared",
    ],
    ["10", "APBD listing: accounts read, pagu only"],
    ["14", "DIPA upload: codes only"],
  ])("%s — %s", (key) => {
    expect(errorsOf(key).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
  });
  it("08 — Renja form: kemajuan from the form's own running total (10=(5+7+9)); only the file's own slip is found", () => {
    // The file's capaian formula divides target by realisasi, against its header "8=(7/6)"; the fixture's
    // row 18 makes that slip show (1 / 2, stated 200).
    expect(errorsOf("08").map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(["CAPAIAN_MISMATCH J-1!N18"]);
  });
  it("08 — the RKPD reviews (targets only, no Perjanjian Kinerja) are not taken for a PK: no PK_NOT_REPORTED", () => {
    // The J-1 evaluation has realisasi: a capaian table. Before, "Sheet" and J-3 counted as a PK: 74 warnings.
    expect(
      findingsOf("08")
        .filter((f) => f.rule === "PK_NOT_REPORTED")
        .map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual([]);
  });
  it("11 — only the rows the file shifts one column right are errors, one per row, read where their values are", () => {
    const errors = errorsOf("11");
    expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      "READER Sheet1!L10",
      "READER Sheet1!L11",
    ]);
    expect(errors[0].message).toMatch(
      /^Baris 10: nilai-nilainya bergeser satu kolom ke kanan .*satuan "unit" ada di M10/,
    );
  });
});
