import { readFileSync } from "fs";
import { join } from "path";
import { capaian } from "../../src/engine/capaian";
import { kriteria, labelMatches } from "../../src/engine/kriteria";
import { parseNumber, roundHalfUp } from "../../src/engine/numbers";
import { agreement } from "../../src/engine/compare/agreement";
import { kemajuan } from "../../src/engine/compare/kemajuan";

type Row = {
  id: string;
  measure: "capaian" | "kemajuan";
  target_raw: string;
  realisasi_raw: string;
  target: number;
  realisasi: number;
  stated_capaian_raw: string | null;
  stated_capaian: number | null;
  stated_decimals: number | null;
  expected_capaian: number;
  expected_capaian_6dp: number;
  stated_kriteria: string | null;
  expected_kriteria: string | null;
  checks: { capaian: string; kriteria: string };
};

const rows: Row[] = JSON.parse(readFileSync(join(__dirname, "../fixtures/shared/capaian.json"), "utf8"));
const capaianRows = rows.filter((r) => r.measure === "capaian");
const kemajuanRows = rows.filter((r) => r.measure === "kemajuan");
const stated = rows.filter((r) => ["ok", "minor", "wrong"].includes(r.checks.capaian));
const kriteriaChecked = capaianRows.filter((r) => ["ok", "wrong"].includes(r.checks.kriteria));

// The engine value of a row, from the cells exactly as printed (so the parser is tested too).
function computed(row: Row): number {
  const r =
    row.measure === "kemajuan"
      ? kemajuan({ realisasi: row.realisasi, targetAkhir: row.target })
      : capaian({ target: row.target_raw, realisasi: row.realisasi_raw });
  if (!r.ok) throw new Error(`${row.id}: ${r.message}`);
  return r.value;
}

describe("the fixture holds what its README says", () => {
  it("33 rows: 29 capaian and 4 kemajuan", () => {
    expect(rows).toHaveLength(33);
    expect(capaianRows).toHaveLength(29);
    expect(kemajuanRows).toHaveLength(4);
  });
});

describe("printed target and realisasi parse to the fixture's numbers", () => {
  it.each(rows.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    expect(parseNumber(row.target_raw)).toMatchObject({ kind: "number", value: row.target });
    expect(parseNumber(row.realisasi_raw)).toMatchObject({ kind: "number", value: row.realisasi });
  });
});

describe("capaian rows: engine reproduces expected_capaian (2 dp and 6 dp) and expected_kriteria", () => {
  it.each(capaianRows.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const value = computed(row);
    expect(roundHalfUp(value, 2)).toBe(row.expected_capaian);
    expect(roundHalfUp(value, 6)).toBe(row.expected_capaian_6dp);
    const band = kriteria(value);
    expect(band.ok && band.value.label).toBe(row.expected_kriteria);
  });
});

describe("kemajuan rows: R / T akhir × 100 reproduces expected_capaian", () => {
  it.each(kemajuanRows.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    expect(roundHalfUp(computed(row), 2)).toBe(row.expected_capaian);
  });
});

describe("stated capaian: agreement gives the fixture's verdict (ok / minor / wrong)", () => {
  it.each(stated.map((r) => [r.id, r.checks.capaian, r] as const))("%s is %s", (_id, verdict, row) => {
    const printed = parseNumber(row.stated_capaian_raw);
    expect(printed).toMatchObject({
      kind: "number",
      value: row.stated_capaian,
      decimals: row.stated_decimals,
    });
    expect(agreement(row.stated_capaian as number, computed(row), row.stated_decimals as number)).toBe(
      verdict,
    );
  });
  it("covers every verdict", () => {
    expect(new Set(stated.map((r) => r.checks.capaian))).toEqual(new Set(["ok", "minor", "wrong"]));
  });
});

describe("stated kriteria: labelMatches agrees with checks.kriteria", () => {
  it.each(kriteriaChecked.map((r) => [r.id, r.stated_kriteria, r.checks.kriteria, r] as const))(
    "%s '%s' is %s",
    (_id, label, verdict, row) => {
      const band = kriteria(computed(row));
      expect(band.ok && labelMatches(label as string, band.value)).toBe(verdict === "ok");
    },
  );
});
