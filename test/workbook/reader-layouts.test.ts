/**
 * The printed-layout workbooks (test/fixtures/layouts) read into the exact model: mapped columns,
 * every value with its cell, parents and totals. Values were checked against the seeds' lines.
 */
import { toGrids, type LayoutWorkbook } from "../support/layout";
import { t32, t33, t34, t36 } from "../fixtures/layouts/seed004";
import { t37 } from "../fixtures/layouts/seed004-t37";
import { ii3 } from "../fixtures/layouts/seed000-ii3";
import { ii4, iii2, iii4, iii6 } from "../fixtures/layouts/seed000";
import { readModel } from "../../src/workbook";
import type { Model } from "../../src/engine/model/types";

const read = (wb: LayoutWorkbook, tahun?: number): Model =>
  readModel(toGrids(wb), tahun === undefined ? undefined : { tahun });
describe("the reader maps every column of each printed table by its header", () => {
  it.each([
    [
      "004 Tabel 3.2",
      t32,
      2024,
      "kinerja",
      "A3:H8",
      {
        kode: "A",
        sasaran: "B",
        indikator: "C",
        target: "D",
        realisasi: "E",
        capaianStated: "F",
        kriteriaStated: "G",
        sumberData: "H",
      },
    ],
    [
      "004 Tabel 3.3",
      t33,
      2024,
      "kinerja",
      "A3:K9",
      {
        kode: "A",
        indikator: "B",
        satuan: "C",
        target2021: "D",
        realisasi2021: "E",
        capaian2021: "F",
        target2022: "G",
        realisasi2022: "H",
        capaian2022: "I",
        target2023: "J",
        capaian2023: "K",
      },
    ],
    [
      "004 Tabel 3.4",
      t34,
      2024,
      "kinerja",
      "A3:G8",
      {
        kode: "A",
        tujuan: "B",
        sasaran: "C",
        indikator: "D",
        realisasi: "E",
        targetAkhir: "F",
        kemajuanStated: "G",
      },
    ],
    [
      "004 Tabel 3.6",
      t36,
      2024,
      "kinerja+anggaran",
      "A3:I8",
      {
        kode: "A",
        sasaran: "B",
        target: "C",
        realisasi: "D",
        capaianStated: "E",
        pagu: "F",
        realisasiAnggaran: "G",
        serapanStated: "H",
        efisiensiStated: "I",
      },
    ],
    [
      "004 Tabel 3.7",
      t37,
      2024,
      "anggaran",
      "A3:E60",
      { kode: "A", uraian: "B", pagu: "C", realisasiAnggaran: "D", serapanStated: "E" },
    ],
    [
      "000 Tabel II.3",
      ii3,
      undefined,
      "anggaran",
      "A3:E27",
      { sasaran: "A", uraian: "B", paguSebelum: "C", pagu: "D", selisihStated: "E" },
    ],
    [
      "000 Tabel II.4",
      ii4,
      undefined,
      "kinerja",
      "A3:G20",
      {
        kode: "A",
        sasaran: "B",
        indikator: "C",
        satuan: "D",
        target: "E",
        triwulan: "F",
        triwulanTarget: "G",
      },
    ],
    [
      "000 Tabel III.2",
      iii2,
      undefined,
      "kinerja",
      "A3:K13",
      {
        kode: "A",
        sasaran: "B",
        indikator: "C",
        satuan: "D",
        realisasi2017: "E",
        capaian2022: "F",
        target: "G",
        realisasi: "H",
        capaianStated: "I",
        kriteriaStated: "J",
        targetAkhir: "K",
      },
    ],
    [
      "000 Tabel III.4",
      iii4,
      2023,
      "kinerja",
      "A3:H13",
      {
        kode: "A",
        indikator: "B",
        realisasi2022: "C",
        target: "D",
        realisasi: "E",
        capaianStated: "F",
        targetAkhir: "G",
        kemajuanStated: "H",
      },
    ],
    [
      "000 Tabel III.6",
      iii6,
      undefined,
      "kinerja+anggaran",
      "A3:J10",
      {
        kode: "A",
        sasaran: "B",
        indikator: "C",
        target: "D",
        realisasi: "E",
        capaianStated: "F",
        pagu: "G",
        realisasiAnggaran: "H",
        serapanStated: "I",
        efisiensiStated: "J",
      },
    ],
  ])("%s", (_name, wb, tahun, kind, range, fields) => {
    const m = read(wb, tahun);
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0]).toMatchObject({ kind, range, fields });
    expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("the reporting year comes from the titles, else from the options", () => {
  it.each([
    ["title '… Tahun 2024'", t32, undefined, 2024],
    ["title '… Tahun 2023'", iii2, 2030, 2023],
    ["no year in the title: options", t33, 2024, 2024],
    ["nothing: undefined", t33, undefined, undefined],
  ])("%s", (_n, wb, tahun, expected) => {
    expect(read(wb, tahun).tahun).toBe(expected);
  });
  it("keeps title and Sumber line", () => {
    const t = read(ii3).tables[0];
    expect(t.title).toBe(
      "Tabel II.3 Struktur Program dan Kegiatan terkait Langsung Pencapaian Sasaran Tahun 2023",
    );
    expect(t.sumber).toBe("DPPA Dinas KUKM Provinsi Kepulauan Bangka Belitung Tahun 2023");
  });
});
