/** The printed-layout workbooks read into the exact values, each with its cell; parents and totals. */
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { t32, t33, t34, t36 } from "../fixtures/layouts/seed004";
import { t37 } from "../fixtures/layouts/seed004-t37";
import { ii3 } from "../fixtures/layouts/seed000-ii3";
import { ii4, iii2, iii4, iii6 } from "../fixtures/layouts/seed000";
import { readModel } from "../../src/workbook";
import type { Indikator, ModelCell, Model } from "../../src/engine/model/types";

const read = (wb: LayoutWorkbook, tahun?: number): Model =>
  readModel(toGrids(wb), tahun === undefined ? undefined : { tahun });
/** "D5=63" for a number, "E8=70.95!FORMAT_AMBIGUOUS" with its issue, "G6=" when empty. */
const c = (m: ModelCell | undefined): string =>
  m ? `${m.origin.cell}=${m.num ?? ""}${m.issue ? `!${m.issue}` : ""}` : "-";
const row = (i: Indikator, ...fields: (keyof Indikator)[]): string[] =>
  fields.map((f) => c(i[f] as ModelCell | undefined));

describe("004 Tabel 3.2: values, merged sasaran carried down, 70.95 as text is FORMAT_AMBIGUOUS", () => {
  const m = read(t32);
  it.each([
    [0, ["A5=", "D5=63", "E5=57.9", "F5=91.9"], "B5"],
    [1, ["A6=", "D6=70", "E6=69.2", "F6=98.9"], "B6"],
    [2, ["A7=", "D7=77", "E7=8.96", "F7=11.6"], "B6"],
    [3, ["A8=", "D8=73", "E8=70.95!FORMAT_AMBIGUOUS", "F8=97.1"], "B8"],
  ])("indicator %i", (i, cells, sasaranCell) => {
    const ind = m.indikator[i];
    expect(row(ind, "kode", "target", "realisasi", "capaianStated")).toEqual(cells);
    expect(ind.sasaran?.origin.cell).toBe(sasaranCell);
    expect(ind.rowKind).toBe("data");
    expect(ind.realisasi?.decimals).toBe(i === 2 ? 2 : i === 3 ? 2 : 1);
  });
  it("keeps the text of kode and kriteria", () => {
    expect(m.indikator.map((i) => i.kode?.text)).toEqual(["1.1.1", "1.1.1.1", "", "1.1.1.2"]);
    expect(m.indikator[1].kriteriaStated?.text).toBe("Sangat tinggi");
  });
});

describe("004 Tabel 3.3: 'Tahun 2021' › Target/Realisasi/Capaian (%) become years; 0.6 with '0%' is 60", () => {
  const ind = read(t33, 2024).indikator;
  it.each([
    [0, 2021, ["D6=60", "E6=59.64!FORMAT_AMBIGUOUS", "F6=99"]],
    [1, 2022, ["G7=70", "H7=67.71", "I7=84"]],
    [2, 2021, ["D8=71", "E8=86", "F8=124"]],
    [3, 2022, ["G9=", "H9=0", "I9=0"]],
    [3, 2023, ["J9=79", "-", "K9=100"]],
  ])("indicator %i year %i", (i, year, cells) => {
    const y = ind[i].years?.[year];
    expect([c(y?.target), c(y?.realisasi), c(y?.capaian)]).toEqual(cells);
  });
  it("marks percent-formatted and '84 %' cells as percent, plain 67.71 not", () => {
    expect(ind[0].years?.[2021].target).toMatchObject({ percent: true, decimals: 0, raw: 0.6 });
    expect(ind[1].years?.[2022].realisasi).toMatchObject({ percent: false, decimals: 2 });
    expect(ind[1].years?.[2022].capaian).toMatchObject({ percent: true, num: 84, raw: "84 %" });
    expect(ind[0].years?.[2022].realisasi).toMatchObject({ num: 61.78, decimals: 2 });
  });
});

describe("004 Tabel 3.4: 'Realisasi Kinerja Tahun 2024' is the reporting year's realisasi; tujuan/sasaran carried", () => {
  const m = read(t34, 2024);
  it.each([
    [0, ["E5=57.9", "F5=67", "G5=86.4"], "B5", undefined],
    [1, ["E6=69.2", "F6=75", "G6=92.2"], "B5", "C6"],
    [2, ["E7=8.96", "F7=83", "G7=10.8"], "B5", "C6"],
    [3, ["E8=70.95!FORMAT_AMBIGUOUS", "F8=79", "G8=89.8"], "B5", "C8"],
  ])("indicator %i", (i, cells, tujuan, sasaran) => {
    const ind = m.indikator[i];
    expect(row(ind, "realisasi", "targetAkhir", "kemajuanStated")).toEqual(cells);
    expect(ind.tujuan?.origin.cell).toBe(tujuan);
    expect(ind.sasaran?.text ? ind.sasaran.origin.cell : undefined).toBe(sasaran);
  });
});

describe("004 Tabel 3.6 and 000 Tabel III.6: kinerja and anggaran side by side", () => {
  it.each([
    [
      "004 row 1",
      t36,
      0,
      ["C5=63", "D5=57.9", "E5=91.9", "F5=3849148550", "G5=855324579", "H5=50.05", "I5=22.22"],
      "data",
    ],
    [
      "004 row 4",
      t36,
      3,
      ["C8=73", "D8=70.95", "E8=97.1", "F8=5670694672", "G8=3790022175", "H8=93.83", "I8=66.8"],
      "data",
    ],
    [
      "000 row 2",
      iii6,
      1,
      ["D7=0.53", "E7=3.57", "F7=100", "G7=8060592852", "H7=6989722313", "I7=86.71", "J7=1070870539"],
      "data",
    ],
    [
      "000 row 4 (no realisasi)",
      iii6,
      3,
      ["D9=78", "E9=", "F9=", "G9=12711800878", "H9=12258737099", "I9=96.44", "J9=453063779"],
      "data",
    ],
    [
      "000 Total Belanja",
      iii6,
      4,
      ["D10=", "E10=", "F10=", "G10=24308113330", "H10=22669674764", "I10=93.26", "J10=1638438566"],
      "total",
    ],
  ])("%s", (_n, wb, i, cells, kind) => {
    const ind = read(wb).indikator[i];
    expect(
      row(
        ind,
        "target",
        "realisasi",
        "capaianStated",
        "pagu",
        "realisasiAnggaran",
        "serapanStated",
        "efisiensiStated",
      ),
    ).toEqual(cells);
    expect(ind.rowKind).toBe(kind);
  });
});

describe("000 Tabel II.4: one row per triwulan under the indicator becomes targetTw", () => {
  const ind = read(ii4).indikator;
  it.each([
    [0, "E5=17.65", ["G5=4.25", "G6=4.25", "G7=4.5", "G8=4.65"]],
    [2, "E13=0.304", ["G13=0.46", "G14=0.86", "G15=0.86", "G16=0.86"]],
    [3, "E17=78", ["G17=19.5", "G18=19.5", "G19=19.5", "G20=19.5"]],
  ])("indicator %i", (i, target, tw) => {
    expect(ind).toHaveLength(4);
    expect(c(ind[i].target)).toBe(target);
    expect((ind[i].targetTw ?? []).map(c)).toEqual(tw);
  });
});

describe("000 Tabel III.2 and III.4: formula lines under indicators are skipped with an info", () => {
  it.each([
    [
      "III.2",
      iii2,
      undefined,
      ["C7", "C9", "C11", "C13"],
      ["G6=17.65", "G8=0.53!FORMAT_AMBIGUOUS", "G10=0.304", "G12=78"],
    ],
    [
      "III.4",
      iii4,
      2023,
      ["B7", "B9", "B11", "B13"],
      ["D6=17.65", "D8=0.53!FORMAT_AMBIGUOUS", "D10=0.304", "D12=78"],
    ],
  ])("%s", (_n, wb, tahun, skipped, targets) => {
    const m = read(wb, tahun);
    expect(m.indikator.map((i) => c(i.target))).toEqual(targets);
    expect(m.indikator.every((i) => i.rowKind === "data")).toBe(true);
    expect(m.diagnostics.filter((d) => d.severity === "info").map((d) => d.cell)).toEqual(skipped);
  });
  it("III.2: 'TAHUN 2023' › TARGET is the target, 'CAPAIAN 2022' a past year, I8 states 100", () => {
    const ind = read(iii2).indikator[1];
    expect(row(ind, "realisasi", "capaianStated", "targetAkhir")).toEqual([
      "H8=3.57",
      "I8=100",
      "K8=0.61!FORMAT_AMBIGUOUS",
    ]);
    expect(c(ind.years?.[2022]?.capaian)).toBe("F8=10.61");
  });
});

describe("budget hierarchy: program › kegiatan › sub kegiatan with parents", () => {
  it("004 Tabel 3.7: running sub kegiatan numbers go under the last kegiatan", () => {
    const a = read(t37).anggaran;
    expect(a).toHaveLength(56);
    const at = (r: number) => a.findIndex((x) => x.row === r);
    expect([a[at(5)].tingkat, a[at(6)].tingkat, a[at(7)].tingkat]).toEqual([
      "program",
      "kegiatan",
      "sub_kegiatan",
    ]);
    expect(a[at(7)].parent).toBe(at(6));
    expect(a[at(10)].parent).toBe(at(9)); // sub kegiatan "3" under kegiatan 1.2, not program 3
    expect(a[at(36)]).toMatchObject({ tingkat: "kegiatan", parent: at(35) }); // "3.1 Pemeriksaan …" without the word Kegiatan
    expect(c(a[at(53)].serapanStated)).toBe("E53=");
    expect(a.filter((x) => x.tingkat === "program").map((x) => x.kode?.text)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
    ]);
    expect(a.filter((x) => x.tingkat === "sub_kegiatan")).toHaveLength(34);
  });
  it("000 Tabel II.3: codes in the uraian, sasaran carried down, total row, (…) negatives", () => {
    const a = read(ii3).anggaran;
    expect(a).toHaveLength(24);
    expect(a[0]).toMatchObject({ tingkat: "program", row: 4 });
    expect(a[1]).toMatchObject({ tingkat: "kegiatan", parent: 0 });
    expect(a[1].sasaran?.origin.cell).toBe("A4");
    expect(c(a[9].selisihStated)).toBe("E13=-1402374992"); // "(1.402.374.992)"
    expect(a[23]).toMatchObject({ rowKind: "total", tingkat: "lain" });
    expect(a[23].parent).toBeUndefined();
    expect(c(a[23].pagu)).toBe("D27=24308113330");
  });
});
