/**
 * The seed 002 layouts (test/fixtures/layouts/seed002-*.ts) agree with the numbers recomputed in
 * test/fixtures/shared (anggaran.json, capaian.json), every KE002 placement sits on a real sheet
 * and is fixed in the corrected copy, and every workbook converts to an .xlsx.
 */
import knownErrors from "../fixtures/shared/known-errors.json";
import anggaran from "../fixtures/shared/anggaran.json";
import capaian from "../fixtures/shared/capaian.json";
import { cellAt, toXlsxBuffer, type CellSeed } from "./layout";
import { LAYOUTS_002 } from "../fixtures/layouts/index";
import { t21Cell, t21Triwulan, T21_ROWS, T21_SHEET } from "../fixtures/layouts/seed002-t21";
import { T32_ROWS } from "../fixtures/layouts/seed002-t32";
import { T41_ROWS } from "../fixtures/layouts/seed002-t41";

/** A cell's value as the sheet holds it: a number, a text, or null. */
const value = (c: CellSeed): string | number | null => (c !== null && typeof c === "object" ? c.v : c);
const t21 = LAYOUTS_002.find((e) => e.key === "002-t21")!.layout;
const at = (id: string, col: string) => value(cellAt(t21, T21_SHEET, t21Cell(id, col)));

type Ang = {
  id: string;
  pagu: number;
  pagu_raw: string;
  realisasi: number;
  realisasi_raw: string;
  stated_persen: number | null;
  target_renstra_rp?: number | null;
  realisasi_sd_2021?: number | null;
  stated_kumulatif?: number | null;
  stated_kumulatif_raw?: string | null;
};
const T21_ANGGARAN = (anggaran as Ang[]).filter((r) => /^A002-T21-[PT]/.test(r.id));

describe("002 Tabel 2.1 holds every Rupiah of anggaran.json (columns 5, 6, 7, 12, 13, 14)", () => {
  it("one row per programme, kegiatan and sub kegiatan, and the closing sums", () => {
    expect(T21_ANGGARAN).toHaveLength(48);
  });
  it.each(T21_ANGGARAN.map((r) => [r.id.replace("A002-T21-", ""), r] as const))("%s", (id, r) => {
    const dash = (raw: string | null | undefined, v: number | null | undefined) =>
      raw === "-" ? "-" : (v ?? null);
    expect({
      rp5: at(id, "rp5"),
      rp6: at(id, "rp6"),
      rp7: at(id, "rp7"),
      rp12: at(id, "rp12"),
    }).toEqual({
      rp5: r.target_renstra_rp ?? null,
      rp6: r.realisasi_sd_2021 ?? null,
      rp7: dash(r.pagu_raw, r.pagu),
      rp12: dash(r.realisasi_raw, r.realisasi),
    });
    // The closing row's % (39.77) and column 14 are read in KE002-19 and have no anggaran.json value.
    if (id === "TOT") return;
    const persen = at(id, "rp13");
    if (r.stated_persen === null) expect([null, "-"]).toContain(persen);
    else expect(typeof persen === "number" ? Math.round(persen * 10000) / 100 : persen).toBe(r.stated_persen);
    expect(at(id, "rp14")).toEqual(dash(r.stated_kumulatif_raw, r.stated_kumulatif));
  });
});

type Cap = { id: string; indikator: string; target: number; realisasi: number; stated_capaian: number };
describe("002 Tabel 2.1 holds the K target, realisasi and capaian of every programme indicator of capaian.json", () => {
  const rows = (capaian as Cap[]).filter((r) => r.id.startsWith("C002-"));
  it.each(rows.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const row = T21_ROWS.find((x) => value(x.cells[2]) === r.indikator);
    expect(row && [row.cells[7], row.cells[9], row.cells[11]].map(value)).toEqual([
      r.target,
      r.realisasi,
      r.stated_capaian,
    ]);
  });
});

describe("002 Tabel 3.2 and 4.1: every parent's pagu is the sum of the rows one level below", () => {
  const LEVEL: Record<string, number> = { u: 0, p: 1, k: 2, s: 3 };
  /** Parents whose pagu (cell index `col`) differ from the sum of their children. */
  function broken(rows: [string, number, CellSeed[]][], col: number): number[] {
    return rows.flatMap(([kind, line, cells], i) => {
      if (kind === "s" || kind === "i") return [];
      let sum = 0;
      for (let j = i + 1; j < rows.length && (rows[j][0] === "i" || LEVEL[rows[j][0]] > LEVEL[kind]); j++)
        if (LEVEL[rows[j][0]] === LEVEL[kind] + 1) sum += Number(value(rows[j][2][col]) ?? 0);
      return sum === Number(value(cells[col]) ?? 0) ? [] : [line];
    });
  }
  it.each([
    ["Tabel 3.2 pagu 2024", T32_ROWS, 5],
    ["Tabel 3.2 pagu 2025", T32_ROWS, 8],
    ["Tabel 4.1 pagu", T41_ROWS, 3],
  ] as const)("%s", (_n, rows, col) => {
    expect(broken(rows as [string, number, CellSeed[]][], col)).toEqual([]);
  });
  it("KE002-25: the two totals are the ones known-errors.json cites", () => {
    expect([value(T32_ROWS[0][2][5]), value(T41_ROWS[0][2][3])]).toEqual([23633051862, 20549417269]);
  });
});

const ids = new Set((knownErrors as { id: string }[]).map((e) => e.id));
const placements = LAYOUTS_002.flatMap((l) =>
  l.errors.map((e) => [l.key, e.id, e.sheet, e.cell, l, e] as const),
);

describe("seed 002 layout index", () => {
  it.each(placements)("%s %s sits on an existing sheet and known-error id", (_k, id, sheet, _cell, l) => {
    expect(ids.has(id)).toBe(true);
    expect(l.layout.sheets.map((s) => s.name)).toContain(sheet);
  });
  // Cross errors stay (another document or table); KE002-24 stays (the report never says which scale is right).
  const fixable = placements.filter(([, id, , , , e]) => !e.scope && id !== "KE002-24");
  // A roll-up is reported at the parent; where the doubled value is the child's, the child is fixed.
  const FIXED_IN_CHILD: Record<string, string> = {
    "KE002-14": t21Cell("P1-K3-S1", "rp5"),
    "KE002-15": t21Cell("P5-K1", "rp5"),
    "KE002-16": t21Cell("P6-K1", "rp5"),
  };
  it.each(fixable)("%s %s (%s!%s) is fixed in the corrected copy", (_k, id, sheet, cell, l) => {
    const fixed = FIXED_IN_CHILD[id] ?? cell;
    expect(cellAt(l.corrected, sheet, fixed)).not.toEqual(cellAt(l.layout, sheet, fixed));
  });
  it.each(
    [...LAYOUTS_002.flatMap((e) => [e.layout, e.corrected]), t21Triwulan].map((l) => [l.name, l] as const),
  )("%s converts to an .xlsx", async (_n, l) => {
    expect((await toXlsxBuffer(l)).length).toBeGreaterThan(1000);
  });
});
