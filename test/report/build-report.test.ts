import { serapan, sisa } from "../../src/engine/anggaran";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import { buildReport, REPORT_SHEETS, reportSummary, type ReportOptions } from "../../src/report";
import { fillAt, formatAt, grid, rowWith, sheet } from "./support/inspect";
import { specProblems } from "./support/invariants";
import { EDGE_FINDINGS, edgeModel, seed004Model } from "./support/models";
import { anggaranTable, kinerjaTable, model } from "./support/model";

const r004 = buildReport(seed004Model(), [], {});
const edge = buildReport(edgeModel(), EDGE_FINDINGS, {});

/** The cell right of `label` + `offset` on the first row that holds `label`. */
function after(spec: SheetSpec, label: string, offset: number) {
  const { cells } = rowWith(spec, label);
  return cells[cells.indexOf(label) + offset];
}

describe("REPORT_SHEETS: every sheet key with its default name, in workbook order", () => {
  it("lists the eleven sheets in the order the LKjIP numbers its tables (2.1, 3.1 … 3.8)", () => {
    expect(Object.values(REPORT_SHEETS)).toEqual([
      "Ringkasan",
      "Perjanjian Kinerja",
      "Skala Kriteria",
      "Capaian Kinerja",
      "Perbandingan Tahun",
      "Kemajuan Renstra",
      "Analisis",
      "Efisiensi",
      "Realisasi Anggaran",
      "Standar Nasional",
      "Pemeriksaan",
    ]);
  });
  it("builds the sheets in that order, Standar Nasional only when a target nasional exists", () => {
    expect(edge.map((s) => s.key)).toEqual(Object.keys(REPORT_SHEETS));
    expect(r004.map((s) => s.key)).toEqual(
      Object.keys(REPORT_SHEETS).filter((k) => k !== "standar-nasional"),
    );
    for (const s of [...r004, ...edge])
      expect([s.name, s.role]).toEqual([REPORT_SHEETS[s.key as keyof typeof REPORT_SHEETS], "report"]);
  });
  it.each<[ReportOptions["sheets"], string[]]>([
    [
      ["pemeriksaan", "ringkasan"],
      ["ringkasan", "pemeriksaan"],
    ],
    [["efisiensi"], ["efisiensi"]],
    [["standar-nasional"], []],
    [[], []],
  ])("options.sheets %j gives %j (workbook order, unknown-to-model sheets left out)", (sheets, keys) => {
    expect(buildReport(seed004Model(), [], { sheets }).map((s) => s.key)).toEqual(keys);
  });
});

describe("every number is the engine's: seed 004 (Tabel 3.2, 3.4, 3.7)", () => {
  const capaian = sheet(r004, "capaian-kinerja");
  const anggaran = sheet(r004, "realisasi-anggaran");
  it.each([
    ["Persentase Koperasi yang aktif", 98.86, "Sangat Tinggi", "#00B050"],
    ["Persentase UMKM dan Koperasi yang Naik Skala Usaha", 91.9, "Sangat Tinggi", "#00B050"],
    ["Pertumbuhan Usaha Kecil Menengah baru", 11.64, "Sangat Rendah", "#FF0000"],
    ["Nilai AKIP Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil", 97.19, "Sangat Tinggi", "#00B050"],
  ])("%s: capaian %d, kriteria %s on its scale colour", (indikator, value, label, color) => {
    const { index, cells } = rowWith(capaian, indikator);
    expect(cells[6]).toBeCloseTo(value, 2);
    expect(cells[7]).toBe(label);
    // The formula is the header's, once: "(7) = (6)/(5)×100" (no per-row "Rumus" column).
    expect(grid(capaian).flat()).toContain("(7) = (6)/(5)×100");
    expect(fillAt(capaian, index + 1, 8)).toBe(color);
    expect(formatAt(capaian, index + 1, 7)).toBe("0.00");
  });
  it("keeps the decimals the values were typed with (57,9 stays one decimal)", () => {
    const { index } = rowWith(capaian, "Persentase UMKM dan Koperasi yang Naik Skala Usaha");
    expect([formatAt(capaian, index + 1, 5), formatAt(capaian, index + 1, 6)]).toEqual(["#,##0", "#,##0.0"]);
  });
  it.each([
    ["Persentase UMKM dan Koperasi yang Naik Skala Usaha", 86.42],
    ["Persentase Koperasi yang aktif", 92.27],
    ["Pertumbuhan Usaha Kecil Menengah baru", 10.8],
    ["Nilai AKIP Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil", 89.81],
  ])("kemajuan of %s = %d (004 Tabel 3.4, (7) = 5/6*100)", (indikator, value) => {
    expect(after(sheet(r004, "kemajuan-renstra"), indikator, 4)).toBeCloseTo(value, 2);
  });
  it("totals pagu 9.865.481.222, realisasi 4.847.956.007, serapan 49,14, sisa 5.017.525.215 (004:L923)", () => {
    const total = rowWith(anggaran, "Jumlah").cells;
    expect(total.slice(2, 4)).toEqual([9865481222, 4847956007]);
    expect(total[4]).toBeCloseTo(49.14, 2);
    expect(total[4]).toBe((serapan(9865481222, 4847956007) as { value: number }).value);
    expect(total[5]).toBe((sisa(9865481222, 4847956007) as { value: number }).value);
    expect(reportSummary(seed004Model(), []).serapanTotal).toBe(total[4]);
  });
  it("a parent shows the Σ of its children, not its own printed figures (DOMAIN.md §5)", () => {
    expect(rowWith(anggaran, "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM").cells.slice(2, 4)).toEqual([
      176159330, 141445830,
    ]);
    const p4 = rowWith(anggaran, "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI");
    expect(p4.cells.slice(2, 6)).toEqual([
      128187000,
      84417500,
      (serapan(128187000, 84417500) as { value: number }).value,
      43769500,
    ]);
  });
  it("Ringkasan counts indicators per kriteria and repeats the totals", () => {
    const r = sheet(r004, "ringkasan");
    expect(after(r, "Sangat Tinggi", 2)).toBe(3);
    expect(after(r, "Sangat Rendah", 2)).toBe(1);
    expect(after(r, "Pagu anggaran", 1)).toEqual(9865481222);
    expect(after(r, "Serapan anggaran", 1)).toBeCloseTo(49.14, 2);
    expect(after(r, "Rata-rata capaian kinerja", 1)).toBeCloseTo(
      (91.9047619 + 98.8571429 + 11.6363636 + 97.1917808) / 4,
      5,
    );
    expect(reportSummary(seed004Model(), []).kriteriaCounts).toEqual({
      "Sangat Tinggi": 3,
      Tinggi: 0,
      Sedang: 0,
      Rendah: 0,
      "Sangat Rendah": 1,
    });
  });
  it("Ringkasan shows a data bar over the capaian of every indicator", () => {
    const r = sheet(r004, "ringkasan");
    const first = rowWith(r, "Persentase UMKM dan Koperasi yang Naik Skala Usaha").index + 1;
    expect(r.dataBars).toEqual([
      { range: `C${first}:C${first + 3}`, color: expect.stringMatching(/^#[0-9A-F]{6}$/) },
    ]);
  });
});

describe("a Problem prints as – with the reason in the cell's note, never an error code or NaN", () => {
  it.each([
    ["capaian-kinerja", '=HYPERLINK("http://x")', 6, "–", /Target 0/],
    ["capaian-kinerja", "-Indeks kepuasan", 6, "–", /Realisasi kosong/],
    ["realisasi-anggaran", "Kegiatan dengan pagu 0", 4, "–", /Pagu 0/],
  ])("%s, row %s: column %d shows %s", (key, label, col, code, message) => {
    const spec = sheet(edge, key);
    const { index, cells } = rowWith(spec, label);
    expect(cells[col]).toBe(code);
    const address = `${String.fromCharCode(65 + col)}${index + 1}`;
    expect(spec.notes?.find((n) => n.cell === address)?.text).toMatch(message);
  });
});

describe("text from input cells stays plain text, whatever it begins with", () => {
  it.each([
    "=SUM(A1:A9)",
    '=HYPERLINK("http://x")',
    "+Angka kemiskinan",
    "-Indeks kepuasan",
    "@Sasaran C",
    "=PROGRAM A",
    "=1+1",
  ])("%s is a string cell value", (text) => {
    const hits = edge.flatMap((s) => grid(s).flat()).filter((v) => v === text);
    expect(hits.length).toBeGreaterThan(0);
  });
  it("a finding's message beginning with = stays text in Pemeriksaan", () => {
    expect(rowWith(sheet(edge, "pemeriksaan"), "=Pesan yang diawali tanda sama dengan").cells[4]).toBe(
      "=Pesan yang diawali tanda sama dengan",
    );
  });
});

describe("options change what the engine is asked, not the arithmetic of the report", () => {
  it("batas 100 caps the printed capaian; kriteria stays that of the raw value", () => {
    const capped = sheet(buildReport(edgeModel(), [], { batas: 100 }), "capaian-kinerja");
    expect(rowWith(capped, "+Angka kemiskinan").cells.slice(6, 8)).toEqual([100, "Sangat Tinggi"]);
    expect(rowWith(sheet(edge, "capaian-kinerja"), "+Angka kemiskinan").cells[6]).toBe(120);
  });
  it.each([
    ["selisih", "(10) = (6) − (9)", 91.9047619 - 16.3205197],
    ["rasio", "(10) = (6)/(9)×100", (91.9047619 / 16.3205197) * 100],
  ] as const)("efisiensi method %s prints %s", (metode, formula, value) => {
    const spec = sheet(buildReport(seed004Model(), [], { efisiensi: metode }), "efisiensi");
    expect(grid(spec).flat()).toContain(formula);
    expect(rowWith(spec, "Persentase UMKM dan Koperasi yang Naik Skala Usaha").cells[9]).toBeCloseTo(
      value,
      3,
    );
  });
  it("options.tahun names the year in every title", () => {
    const specs = buildReport(seed004Model(), [], { tahun: 2025 });
    for (const s of specs) expect(grid(s)[0][0]).toMatch(/Tahun 2025$/);
  });
});

describe("Pemeriksaan lists every finding, errors first, linked to its input cell", () => {
  it("orders by severity, then sheet and cell, with an in-workbook link", () => {
    const rows = grid(sheet(edge, "pemeriksaan")).filter((r) => r[3] !== null && typeof r[3] === "object");
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      [
        "Kesalahan",
        "Capaian tidak sesuai hitungan",
        { text: "Kinerja!G5", link: { sheet: "Kinerja", cell: "G5" } },
      ],
      [
        "Peringatan",
        "Realisasi melebihi pagu",
        { text: "Anggaran!D6", link: { sheet: "Anggaran", cell: "D6" } },
      ],
      ["Peringatan", "Nilai kosong", { text: "Kinerja!G7", link: { sheet: "Kinerja", cell: "G7" } }],
      [
        "Informasi",
        "Format angka meragukan",
        { text: "Data Lain!AA10", link: { sheet: "Data Lain", cell: "AA10" } },
      ],
    ]);
  });
  it("says so when there is nothing to report", () => {
    expect(grid(sheet(r004, "pemeriksaan")).flat()).toContain(
      "Tidak ada temuan: data kinerja dan anggaran konsisten.",
    );
  });
});

describe("specProblems: the soundness check itself catches broken specs", () => {
  const base = sheet(r004, "realisasi-anggaran");
  it.each<[string, (s: SheetSpec) => SheetSpec, RegExp]>([
    [
      "NaN in a cell",
      (s) => ({ ...s, blocks: [{ at: "A1", rows: [[NaN], ...grid(s).slice(1)] }] }),
      /holds NaN/,
    ],
    [
      "a merge past the last row",
      (s) => ({ ...s, merges: [...s.merges, "A1:B999"] }),
      /merge A1:B999 outside/,
    ],
    ["a missing width", (s) => ({ ...s, columnWidths: s.columnWidths.slice(0, 2) }), /widths for 2 of 6/],
    [
      "a column too narrow for its Rupiah",
      (s) => ({ ...s, columnWidths: s.columnWidths.map((w, i) => (i === 2 ? 8 : w)) }),
      /9865481222 needs 14 > width 8/,
    ],
    [
      "a formula cell",
      (s) => ({ ...s, blocks: [{ at: "A1", rows: [[{ formula: "=1+1" }], ...grid(s).slice(1)] }] }),
      /is a formula/,
    ],
  ])("%s", (_, broken, message) => {
    expect(specProblems(broken(base)).join("\n")).toMatch(message);
  });
});

describe("every sheet is sound: finite values, ranges inside the used area, widths, print setup", () => {
  const all = [
    ...r004,
    ...edge,
    ...buildReport({ profil: {}, tables: [], indikator: [], anggaran: [], diagnostics: [] }, [], {}),
  ];
  it.each(all.map((s, i) => [`${i}:${s.key}`, s] as const))("%s has no problems", (_, spec) => {
    expect(specProblems(spec)).toEqual([]);
    expect(spec.print).toMatchObject({ orientation: "landscape", fitToWidth: true, paperSize: "A4" });
  });
  it.each(all.filter((s) => s.print?.repeatRows).map((s) => [s.key, s] as const))(
    "%s freezes and repeats its header rows",
    (_, spec) => {
      expect(spec.freeze?.rows).toBe(spec.print?.repeatRows?.last);
      expect(grid(spec)[(spec.print?.repeatRows?.first ?? 1) - 1][0]).toBe("No.");
    },
  );
  it("is deterministic: the same input gives identical specs", () => {
    expect(JSON.stringify(buildReport(edgeModel(), EDGE_FINDINGS, { batas: 120 }))).toBe(
      JSON.stringify(buildReport(edgeModel(), [...EDGE_FINDINGS].reverse(), { batas: 120 })),
    );
  });
});

describe("Perjanjian Kinerja: table B (programs) starts its own page when it no longer fits under table A", () => {
  const withIndicators = (n: number) =>
    model({
      kinerja: [
        kinerjaTable(
          "Kinerja",
          Array.from({ length: n }, (_, i) => ({
            kode: `1.${i + 1}`,
            sasaran: "Sasaran 1",
            indikator: `Indikator ${i + 1}`,
            satuan: "%",
            target: 80,
            realisasi: 75,
          })),
        ),
      ],
      anggaran: [
        anggaranTable("Anggaran", [
          {
            kode: "1",
            uraian: "Program 1",
            tingkat: "program",
            sasaran: "Sasaran 1",
            pagu: 1000,
            realisasi: 900,
          },
        ]),
      ],
    });
  const pk = (n: number) =>
    buildReport(withIndicators(n), [], {}).find((s) => s.key === "perjanjian-kinerja")!;

  it.each([
    [4, false],
    [13, false],
    [24, true],
  ])("%i indicators → page break before table B: %s", (n, breaks) => {
    const spec = pk(n);
    const before = (spec.pageBreaks ?? []).map((row) => spec.blocks[0].rows[row - 1][0]);
    expect(before.includes("B. Program dan Anggaran")).toBe(breaks);
  });
});

describe("Perjanjian Kinerja: signed by Pihak Kedua and Pihak Pertama from Profil", () => {
  const signed = (profil: Partial<Record<string, string>>) => {
    const m = seed004Model();
    m.profil = { ...m.profil, ...profil };
    return grid(sheet(buildReport(m, [], { sheets: ["perjanjian-kinerja"] }), "perjanjian-kinerja")).flat();
  };
  it.each([
    {
      name: "Profil names both signers",
      profil: {
        tempat: "Tembilahan",
        tanggal: "10 Januari 2024",
        kepala: "Ir. H. ILLYANTO, MT",
        nip: "19650101 199303 1 014",
        atasan: "HERMAN",
        jabatanAtasan: "Pj. Bupati Indragiri Hilir",
      },
      shown: [
        "Tembilahan, 10 Januari 2024",
        "PIHAK KEDUA,",
        "Pj. Bupati Indragiri Hilir",
        "HERMAN",
        "PIHAK PERTAMA,",
        "Ir. H. ILLYANTO, MT",
        "NIP. 19650101 199303 1 014",
      ],
    },
    {
      name: "a signer Profil does not name gets a dotted line",
      profil: { tempat: "Tembilahan", kepala: "Ir. H. ILLYANTO, MT" },
      shown: ["PIHAK KEDUA,", "(.......................................)", "Ir. H. ILLYANTO, MT"],
    },
  ])("$name", ({ profil, shown }) => {
    const all = signed(profil);
    for (const t of shown) expect(all).toContain(t);
  });
  it("an AKIP target prints with its predikat: 73 (BB)", () => {
    expect(signed({})).toContain("73 (BB)");
  });
});

describe("Efisiensi: a high efficiency at a low serapan is explained where it occurs", () => {
  it("names the sasaran whose serapan is under 50 % (004: 1.1.1 at 16 %)", () => {
    const lines = grid(sheet(r004, "efisiensi"))
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(lines.find((t) => t.startsWith("Serapan anggaran di bawah 50%"))).toMatch(/\(No\. 1\.1\.1[,)]/);
  });
});
