/** evaluateWorkbook (issue 11): one identity rule, one scale, the budget of a program held by its kegiatan, the agency. */
import { collectIndikator, evaluateWorkbook, indikatorKey } from "../../src/engine/evaluate";
import { PERMENDAGRI_86 } from "../../src/engine/kriteria";
import { runChecks } from "../../src/engine/check";
import { ang, cell, ind, model } from "./support";

const value = (r: { ok: boolean; value?: unknown } | null | undefined) => (r && r.ok ? r.value : "problem");

describe("identity: indikatorKey of the name, rows of different tables joined, one table's rows kept apart", () => {
  it.each([
    ["Persentase Koperasi yang aktif", "Persentase Koperasi Aktif", true],
    ["Persentase  Koperasi Aktif (%)", "persentase koperasi aktif", true],
    ["Persentase Koperasi Aktif", "Persentase Koperasi Sehat", false],
  ])("%p ~ %p → same: %p", (a, b, same) => {
    expect(indikatorKey(a) === indikatorKey(b)).toBe(same);
  });
  it("a PK row and a year-comparison row of another table are one indicator (the report counts it once)", () => {
    const m = model({
      indikator: [
        ind(5, { sasaran: "S", indikator: "Persentase Koperasi yang aktif", target: 70, realisasi: 69.2 }),
        ind(
          5,
          { indikator: "Persentase Koperasi Aktif" },
          { sheet: "Lalu", years: { 2023: { realisasi: 65 } } },
        ),
      ],
    });
    const list = collectIndikator(m);
    expect(list).toHaveLength(1);
    expect(list[0].years?.[2023]?.realisasi?.num).toBe(65);
    expect(evaluateWorkbook(m, { tahun: 2024 }).kinerja).toHaveLength(1);
  });
  it("the same name twice in one table under two sasaran stays two indicators", () => {
    const m = model({
      indikator: [
        ind(5, { sasaran: "S1", indikator: "Indeks Kepuasan", target: 80, realisasi: 80 }),
        ind(6, { sasaran: "S2", indikator: "Indeks Kepuasan", target: 90, realisasi: 45 }),
      ],
    });
    const ev = evaluateWorkbook(m, {});
    expect(ev.kinerja.map((e) => value(e.eval.capaian))).toEqual([100, 50]);
    expect(ev.efisiensi.map((s) => s.sasaran)).toEqual(["S1", "S2"]);
  });
});

describe("budget: a program whose pagu sits only on its kegiatan", () => {
  const m = model({
    indikator: [ind(5, { kode: "1", sasaran: "Sasaran A", indikator: "I1", target: 100, realisasi: 80 })],
    anggaran: [
      ang(5, { kode: "1", uraian: "Program P", kodeSasaran: "1" }),
      ang(
        6,
        { kode: "1.1", uraian: "Kegiatan K1", pagu: 1200, realisasi: 900 },
        { tingkat: "kegiatan", parent: 0 },
      ),
      ang(
        7,
        { kode: "1.2", uraian: "Kegiatan K2", pagu: 800, realisasi: 500 },
        { tingkat: "kegiatan", parent: 0 },
      ),
    ],
  });
  it("gets the same serapan 70 in the roll-up, the totals and the efficiency of its sasaran", () => {
    const ev = evaluateWorkbook(m, {});
    expect(value(ev.budget[0].computed?.serapan)).toBe(70);
    expect(ev.totals).toEqual(expect.objectContaining({ pagu: 2000, realisasi: 1400 }));
    expect(value(ev.efisiensi[0].serapan)).toBe(70);
    expect(value(ev.efisiensiIndikator[0].efisiensi)).toBe(10);
    expect(value(ev.agency.efisiensi)).toBe(10);
  });
});

describe("agency: the mean every sheet prints, against the total serapan", () => {
  it.each([
    { name: "selisih, normal serapan", metode: "selisih" as const, real: 900, eff: 90 - 90, rendah: false },
    {
      name: "selisih, serapan 22 % gets the caveat",
      metode: "selisih" as const,
      real: 220,
      eff: 90 - 22,
      rendah: true,
    },
    { name: "rasio", metode: "rasio" as const, real: 900, eff: 100, rendah: false },
  ])("$name", ({ metode, real, eff, rendah }) => {
    const m = model({
      indikator: [
        ind(5, { sasaran: "A", indikator: "I1", target: 100, realisasi: 100 }),
        ind(6, { sasaran: "B", indikator: "I2", target: 100, realisasi: 80 }),
      ],
      anggaran: [ang(5, { kode: "1", uraian: "P", kodeSasaran: "A", pagu: 1000, realisasi: real })],
    });
    const a = evaluateWorkbook(m, { efisiensi: metode }).agency;
    expect(value(a.capaian)).toBe(90);
    expect(value(a.efisiensi) as number).toBeCloseTo(eff, 9);
    expect(a.serapanRendah).toBe(rendah);
  });
});

describe("--skala permendagri86 is read: it wins over the workbook's Skala sheet", () => {
  const own = [
    { min: cell(80, "A2", "Skala"), label: cell("Baik", "B2", "Skala") },
    { min: cell(null, "A3", "Skala"), label: cell("Kurang", "B3", "Skala") },
  ];
  const m = { ...model({ indikator: [ind(5, { indikator: "X", target: 100, realisasi: 85 })] }), skala: own };
  it.each([
    { options: {}, label: "Baik" },
    { options: { skala: "permendagri86" as const }, label: "Tinggi" },
  ])("$options → $label", ({ options, label }) => {
    const ev = evaluateWorkbook(m, options);
    expect(ev.kinerja[0].eval.kriteria?.label).toBe(label);
    if (options.skala) expect(ev.scale).toBe(PERMENDAGRI_86);
  });
});

describe("ANALISIS_MISSING: an indicator below Tinggi needs its analysis", () => {
  it.each([
    { name: "Sangat Rendah without analysis", realisasi: 10, analisis: null, found: 1 },
    { name: "Sangat Rendah with analysis", realisasi: 10, analisis: "Karena …", found: 0 },
    { name: "Tinggi without analysis", realisasi: 85, analisis: null, found: 0 },
    { name: "Sedang without analysis", realisasi: 70, analisis: null, found: 1 },
    { name: "not computable", realisasi: null, analisis: null, found: 0 },
  ])("$name → $found", ({ realisasi, analisis, found }) => {
    const m = model({
      indikator: [
        ind(5, { sasaran: "S", indikator: "I", target: 100, realisasi }),
        ...(analisis ? [ind(5, { indikator: "I", analisis }, { sheet: "Analisis" })] : []),
      ],
    });
    const f = runChecks(m, {}).filter((x) => x.rule === "ANALISIS_MISSING");
    expect(f).toHaveLength(found);
    if (found)
      expect(f[0]).toEqual(expect.objectContaining({ severity: "warning", sheet: "Kinerja", cell: "C5" }));
  });
});
