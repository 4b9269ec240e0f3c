/**
 * The Rupiah side of a K | Rp Renja evaluation table read as budget rows (src/workbook/budget-side.ts,
 * issue 10): levels and parents from the codes, the unlabelled closing sums as the total only when
 * their amounts confirm it, the K side left as it was, and no budget rows where there is no hierarchy.
 */
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import type { Model } from "../../src/engine/model/types";
import { small, smallRow, SMALL_SHEET } from "../fixtures/layouts/renja-eval-small";
import { rp } from "../fixtures/layouts/seed002-t21-rows";
import { LAYOUTS_002 } from "../fixtures/layouts";
import { T21_SHEET } from "../fixtures/layouts/seed002-t21";

const read = (wb: LayoutWorkbook | LayoutWorkbook[]): Model =>
  readModel((Array.isArray(wb) ? wb : [wb]).flatMap(toGrids), {});
const budget = (m: Model) => m.anggaran.filter((a) => a.table.startsWith(`${SMALL_SHEET}!`));
/** "row tingkat ↑parent-row" for every budget row. */
const shape = (m: Model) =>
  budget(m).map((a) => {
    const up = a.parent === undefined ? "" : ` ↑${m.anggaran[a.parent].row}`;
    return `${a.row} ${a.rowKind === "data" ? a.tingkat : a.rowKind}${up}`;
  });

describe("budget side of the small Renja form: levels and parents from the codes", () => {
  const m = read(small());
  it("program › kegiatan › sub kegiatan, Rata-rata rows as averages, the closing sums as the total", () => {
    const at = (id: string) => smallRow(id);
    expect(shape(m)).toEqual([
      `${at("P1")} program`,
      `${at("P1-K1")} kegiatan ↑${at("P1")}`,
      `${at("P1-K1-S1")} sub_kegiatan ↑${at("P1-K1")}`,
      `${at("P1-K2")} kegiatan ↑${at("P1")}`,
      `${at("P1-K2-S1")} sub_kegiatan ↑${at("P1-K2")}`,
      `${at("P1-avg")} average`,
      `${at("P2")} program`,
      `${at("P2-K1")} kegiatan ↑${at("P2")}`,
      `${at("P2-K1-S1")} sub_kegiatan ↑${at("P2-K1")}`,
      `${at("P2-avg")} average`,
      `${at("TOT")} total`,
      `${at("TOT-avg")} average`,
    ]);
  });
  it("each row carries the form's Rupiah columns 5, 6, 7, 12, 13 and 14 with their cells", () => {
    const p1 = budget(m).find((a) => a.row === smallRow("P1"));
    const fields = [
      "targetAkhir",
      "realisasiLalu",
      "pagu",
      "realisasi",
      "serapanStated",
      "realisasiKumulatif",
    ] as const;
    const cells = fields.map((f) => {
      const c = p1?.[f];
      return c ? `${c.origin.cell}=${c.num}` : `${f}: -`;
    });
    expect(cells).toEqual(["F7=1000", "H7=400", "J7=500", "L7=450", "N7=90", "P7=850"]);
  });
  it("the closing row is a kinerja total too, its K the mean capaian; no 'tanpa nama' warning", () => {
    const tot = m.indikator.find((i) => i.row === smallRow("TOT"));
    expect({ kind: tot?.rowKind, k: tot?.capaianStated?.num }).toEqual({ kind: "total", k: 80 });
    expect(m.diagnostics.filter((d) => /tanpa nama indikator/.test(d.message))).toEqual([]);
  });
  it("the K side is unchanged: one indikator per named row, none for the Predikat lines", () => {
    const data = m.indikator.filter((i) => i.rowKind === "data").map((i) => i.row);
    expect(data).toEqual(
      ["P1", "P1-K1", "P1-K1-S1", "P1-K2", "P1-K2-S1", "P2", "P2-K1", "P2-K1-S1"].map(smallRow),
    );
  });
});

describe("an unlabelled row of numbers is the total only when its amounts confirm it", () => {
  it("no amount equal to the sum of the programmes: no total row, the reader's warning stays", () => {
    const wrong: [string, string, number][] = ["rp5", "rp6", "rp7", "rp12"].map((c) => ["TOT", c, 9999]);
    const m = read(small(wrong.map(([id, c, v]) => [id, c, rp(v)])));
    expect(budget(m).filter((a) => a.rowKind === "total")).toEqual([]);
    expect(m.diagnostics.map((d) => d.cell)).toContain(`A${smallRow("TOT")}`);
  });
  it("one amount agreeing is enough: the others are then checked as totals", () => {
    const m = read(small([["TOT", "rp5", rp(9999)]]));
    expect(
      budget(m)
        .filter((a) => a.rowKind === "total")
        .map((a) => a.targetAkhir?.num),
    ).toEqual([9999]);
  });
});

describe("no hierarchy, no budget rows", () => {
  it("programmes only (no code under another): the table stays kinerja with its Rp per row", () => {
    const flat = small().sheets[0].rows.filter((_, i) => {
      const id = ["P1-K1", "P1-K1-S1", "P1-K2", "P1-K2-S1", "P2-K1", "P2-K1-S1"];
      return !id.map(smallRow).includes(i + 1);
    });
    const wb: LayoutWorkbook = { name: "flat", sheets: [{ ...small().sheets[0], rows: flat, merges: [] }] };
    const m = read(wb);
    expect({
      budget: budget(m).length,
      kinerja: m.indikator.filter((i) => i.rowKind === "data").length,
    }).toEqual({
      budget: 0,
      kinerja: 2,
    });
  });
});

describe("a table titled with its own year keeps it when the other titles name another", () => {
  it("002 Tabel 2.1 (s/d Tahun 2022) read with Tabel 3.2 and 4.1 (2024): pagu, not pagu2022", () => {
    const m = read(LAYOUTS_002.map((e) => e.layout));
    const t21 = m.tables.find((t) => t.sheet === T21_SHEET);
    expect({ tahun: m.tahun, own: t21?.tahun, pagu: t21?.fields.pagu, target: t21?.fields.target }).toEqual({
      tahun: 2024,
      own: 2022,
      pagu: "J",
      target: "I",
    });
  });
});
