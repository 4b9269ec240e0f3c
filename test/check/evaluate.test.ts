import {
  efisiensiPerSasaran,
  evaluateAnggaran,
  evaluateIndikator,
  resolveScale,
} from "../../src/engine/evaluate";
import { PERMENDAGRI_86 } from "../../src/engine/kriteria";
import { runChecks, sortFindings } from "../../src/engine/check";
import type { Finding } from "../../src/engine/check/finding";
import { ang, cell, ind, model } from "./support";

const ctx = { scale: PERMENDAGRI_86, tahun: 2024 };
const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? r.value : "problem");

describe("evaluateIndikator: one computation for checker and report", () => {
  it.each([
    {
      name: "naik",
      row: ind(5, { target: 70, realisasi: 67.71 }),
      capaian: 96.73,
      label: "Sangat Tinggi",
      from: "cell",
    },
    {
      name: "realisasi from TW (kumulatif for a count)",
      row: ind(5, { target: 20, satuan: "unit" }, { realisasiTw: [4, 5, 5, 6] }),
      capaian: 100,
      label: "Sangat Tinggi",
      from: "triwulan",
    },
    {
      name: "realisasi from TW (akhir for %)",
      row: ind(5, { target: 20, satuan: "%" }, { realisasiTw: [4, 5, 5, 10] }),
      capaian: 50,
      label: "Sangat Rendah",
      from: "triwulan",
    },
    {
      name: "turun",
      row: ind(5, { target: 10, realisasi: 5, polaritas: "turun" }),
      capaian: 150,
      label: "Sangat Tinggi",
      from: "cell",
    },
  ])("$name", ({ row, capaian, label, from }) => {
    const ev = evaluateIndikator(row, ctx);
    expect(Math.round((value(ev.capaian) as number) * 100) / 100).toBe(capaian);
    expect(ev.kriteria?.label).toBe(label);
    expect(ev.realisasiFrom).toBe(from);
    expect(ev.years.at(-1)?.tahun).toBe(2024);
  });
  it.each([
    { name: "no target", row: ind(5, { realisasi: 5 }), code: "#N/A" },
    { name: "target 0", row: ind(5, { target: 0, realisasi: 5 }), code: "#DIV/0!" },
  ])("$name → $code, no kriteria", ({ row, code }) => {
    const ev = evaluateIndikator(row, ctx);
    expect(ev.capaian.ok ? "ok" : ev.capaian.code).toBe(code);
    expect(ev.kriteria).toBeNull();
  });
  it.each([
    { satuan: "%", kemajuan: 80 }, // a level: R of the year / T akhir
    { satuan: "unit", kemajuan: 110 }, // cumulative: (30 + 80) / T akhir
  ])("batas caps capaianCapped only; kemajuan ($satuan) and years", ({ satuan, kemajuan }) => {
    const ev = evaluateIndikator(
      ind(
        5,
        { satuan, target: 50, realisasi: 80, targetAkhir: 100 },
        { years: { 2023: { target: 40, realisasi: 30 } } },
      ),
      { ...ctx, batas: 120 },
    );
    expect(value(ev.capaian)).toBe(160);
    expect(value(ev.capaianCapped)).toBe(120);
    expect(value(ev.kemajuan!) as number).toBeCloseTo(kemajuan, 9);
    expect(ev.years.map((y) => [y.tahun, value(y.capaian)])).toEqual([
      [2023, 75],
      [2024, 160],
    ]);
  });
});

describe("resolveScale: Skala rows of the workbook, else Permendagri 86/2017", () => {
  const skala = (rows: [number | null, string][]) =>
    rows.map(([min, label], i) => ({
      min: cell(min, `A${i + 2}`, "Skala"),
      label: cell(label, `B${i + 2}`, "Skala"),
    }));
  it.each([
    { name: "none", rows: [] as [number | null, string][], ok: true, id: PERMENDAGRI_86.id },
    {
      name: "own scale",
      rows: [
        [80, "Baik"],
        [null, "Kurang"],
      ] as [number | null, string][],
      ok: true,
      id: undefined,
    },
  ])("$name", ({ rows, ok, id }) => {
    const r = resolveScale({ ...model({}), skala: skala(rows) });
    expect(r.ok).toBe(ok);
    if (r.ok && id) expect(r.value.id).toBe(id);
  });
  it("an invalid Skala sheet becomes a READER warning and the default scale", () => {
    const m = {
      ...model({
        indikator: [ind(5, { indikator: "X", target: 100, realisasi: 95, kriteriaStated: "Sangat Tinggi" })],
      }),
      skala: skala([
        [50, "A"],
        [50, "B"],
      ]),
    };
    const f = runChecks(m, {});
    expect(f.filter((x) => x.rule === "READER" && x.sheet === "Skala")).toHaveLength(1);
    expect(f.filter((x) => x.rule === "KRITERIA_MISMATCH")).toEqual([]);
  });
});

describe("evaluateAnggaran: stated numbers, Σ children for parents, serapan and sisa from the row", () => {
  it("parent computed from the leaves", () => {
    const evs = evaluateAnggaran(
      model({
        anggaran: [
          ang(5, { uraian: "P", pagu: 999, realisasi: 1 }),
          ang(6, { uraian: "K1", pagu: 100, realisasi: 50 }, { parent: 0, tingkat: "kegiatan" }),
          ang(7, { uraian: "K2", pagu: 300, realisasi: 150 }, { parent: 0, tingkat: "kegiatan" }),
        ],
      }),
    );
    expect(evs[0].computed).toEqual(expect.objectContaining({ pagu: 400, realisasi: 200 }));
    expect(value(evs[0].computed!.serapan)).toBe(50);
    expect(value(evs[0].serapan)).toBeCloseTo(0.1001, 3);
    expect(evs[1].computed).toBeUndefined();
    expect(value(evs[1].sisa)).toBe(50);
  });
});

describe("efisiensiPerSasaran (DOMAIN.md §6): programs mapped by Kode Sasaran, each counted once", () => {
  it.each([
    {
      name: "Kode Sasaran column, a program listed twice counts once",
      m: model({
        indikator: [
          ind(5, { kode: "1.1", sasaran: "Sasaran A", indikator: "I1", target: 100, realisasi: 90 }),
        ],
        anggaran: [
          ang(5, { kode: "2.17", uraian: "Program X", kodeSasaran: "1", pagu: 1000, realisasi: 500 }),
          ang(
            5,
            { kode: "2.17", uraian: "Program X", kodeSasaran: "1", pagu: 1000, realisasi: 500 },
            { sheet: "Lain" },
          ),
        ],
      }),
      pagu: 1000,
      efisiensi: 40,
      kategori: "efisien",
    },
    {
      name: "kinerja+anggaran table's own pagu (merged cell once)",
      m: model({
        indikator: [
          ind(5, {
            sasaran: "S",
            indikator: "I1",
            target: 100,
            realisasi: 90,
            pagu: 1000,
            realisasiAnggaran: 950,
          }),
          ind(6, { sasaran: "S", indikator: "I2", target: 100, realisasi: 100 }),
        ],
      }),
      pagu: 1000,
      efisiensi: 0,
      kategori: "cukup efisien",
    },
    {
      name: "exact Kode Sasaran wins over a longer indicator code that extends it (004: 1.1.1 vs 1.1.1.2)",
      m: model({
        indikator: [
          ind(5, { kode: "1.1.1", sasaran: "Sasaran A", indikator: "I1", target: 100, realisasi: 90 }),
          ind(6, { kode: "1.1.1.2", sasaran: "Sasaran B", indikator: "I2", target: 100, realisasi: 100 }),
        ],
        anggaran: [
          ang(5, { kode: "1", uraian: "Program P", kodeSasaran: "1.1.1", pagu: 1000, realisasi: 500 }),
          ang(6, { kode: "2", uraian: "Program Q", kodeSasaran: "1.1.1.2", pagu: 4000, realisasi: 4000 }),
        ],
      }),
      pagu: 1000,
      efisiensi: 40,
      kategori: "efisien",
    },
    {
      name: "a program without its own pagu carries its kegiatan's sums",
      m: model({
        indikator: [ind(5, { kode: "1", sasaran: "Sasaran A", indikator: "I1", target: 100, realisasi: 80 })],
        anggaran: [
          ang(5, { kode: "1", uraian: "Program P", kodeSasaran: "1" }),
          ang(
            6,
            { kode: "1.1", uraian: "Kegiatan K1", pagu: 600, realisasi: 480 },
            { tingkat: "kegiatan", parent: 0 },
          ),
          ang(
            7,
            { kode: "1.2", uraian: "Kegiatan K2", pagu: 400, realisasi: 320 },
            { tingkat: "kegiatan", parent: 0 },
          ),
        ],
      }),
      pagu: 1000,
      efisiensi: 0,
      kategori: "cukup efisien",
    },
  ])("$name", ({ m, pagu, efisiensi, kategori }) => {
    const [s] = efisiensiPerSasaran(m, { ...ctx, metode: "selisih" });
    expect(s.pagu).toBe(pagu);
    expect(Math.round(value(s.efisiensi) as number)).toBe(efisiensi);
    expect(s.kategori).toBe(kategori);
  });

  it("counts every program under exactly one sasaran", () => {
    const m = model({
      indikator: [
        ind(5, { kode: "1.1.1", sasaran: "Sasaran A", indikator: "I1", target: 100, realisasi: 90 }),
        ind(6, { kode: "1.1.1.1", sasaran: "Sasaran B", indikator: "I2", target: 100, realisasi: 90 }),
        ind(7, { kode: "1.1.1.2", sasaran: "Sasaran C", indikator: "I3", target: 100, realisasi: 90 }),
      ],
      anggaran: [
        ang(5, { kode: "1", uraian: "P1", kodeSasaran: "1.1.1", pagu: 100, realisasi: 50 }),
        ang(6, { kode: "2", uraian: "P2", kodeSasaran: "1.1.1.1", pagu: 200, realisasi: 50 }),
        ang(7, { kode: "3", uraian: "P3", kodeSasaran: "1.1.1.2", pagu: 300, realisasi: 50 }),
        ang(8, { kode: "4", uraian: "P4", kodeSasaran: "1.1", pagu: 400, realisasi: 50 }),
      ],
    });
    const rows = efisiensiPerSasaran(m, { ...ctx, metode: "selisih" });
    expect(rows.map((r) => r.pagu)).toEqual([100 + 400, 200, 300]);
    expect(rows.reduce((t, r) => t + (r.pagu ?? 0), 0)).toBe(1000);
  });
});

describe("sortFindings: sheet order, then row, then column; one per rule and cell", () => {
  const f = (sheet: string, cell: string, rule: Finding["rule"] = "NOT_A_NUMBER"): Finding => ({
    rule,
    severity: "error",
    sheet,
    cell,
    message: "",
  });
  it.each([
    {
      input: [f("A", "B10"), f("A", "B9"), f("A", "AA9"), f("A", "C9")],
      order: ["A"],
      cells: ["B9", "C9", "AA9", "B10"],
    },
    {
      input: [f("Z", "A1"), f("B", "A2"), f("B", "A2"), f("B", "A2", "READER")],
      order: ["Z", "B"],
      cells: ["A1", "A2", "A2"],
    },
  ])("%#", ({ input, order, cells }) => {
    expect(sortFindings(input, order).map((x) => x.cell)).toEqual(cells);
  });
});
