import type { Finding } from "../../src/engine/check/finding";
import { buildReport } from "../../src/report";
import { numberWidth, shownNumber } from "../../src/report/layout/fit-numbers";
import { renderSheet } from "../../src/report/layout/render";
import { capacity, textWidth, wrapLines } from "../../src/report/layout/text-width";
import type { Column, ReportRow, SheetPlan, TablePart } from "../../src/report/layout/types";
import { formatAt, grid, rowWith, sheet } from "./support/inspect";
import { anggaranTable, kinerjaTable, mc, model } from "./support/model";
import { seed004Model } from "./support/models";

const LONG =
  "Sub Kegiatan Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam dan Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi";
const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Uraian", kind: "longtext" },
  { header: "Pagu", kind: "rupiah" },
];

function plan(parts: TablePart[], widths = [6, 30, 16]): SheetPlan {
  return { key: "uji", name: "Uji", title: "Tabel Uji Tahun 2024", instansi: "Dinas Contoh", widths, parts };
}

function part(rows: ReportRow[], extra: Partial<TablePart> = {}): TablePart {
  return { columns: COLUMNS, rows, ...extra };
}

function heightOf(spec: ReturnType<typeof renderSheet>, row: number): number {
  return spec.rowHeights?.find((h) => h.row === row)?.height ?? 15;
}

describe("text measure: Calibri widths in digits, word wrap at spaces", () => {
  it.each([
    ["0123456789", 10],
    ["", 0],
    ["iiii", 1.8],
    ["MMMM", 6.88],
  ])("%j is %d digits wide", (text, width) => {
    expect(textWidth(text)).toBeCloseTo(width, 2);
  });
  it("bold text is wider than regular", () => {
    expect(textWidth("Kegiatan", true)).toBeGreaterThan(textWidth("Kegiatan"));
  });
  it.each([
    ["Pagu", 10, 1],
    ["", 10, 1],
    ["aaaa bbbb cccc", 9.9, 2], // "aaaa bbbb" is 9,3 digits: two words a line
    ["aaaa bbbb cccc", 4, 3],
    ["0000000000", 4, 3], // one word longer than the line is broken over three lines
    ["satu\ndua", 50, 2], // a line break in the cell starts a new line
  ])("%j in %d digits takes %d line(s)", (text, room, lines) => {
    expect(wrapLines(text, room)).toBe(lines);
  });
  it("a column holds about its width in digits, fewer of a larger font", () => {
    expect(capacity(62)).toBeGreaterThan(61);
    expect(capacity(62)).toBeLessThan(62);
    expect(capacity(62, 22)).toBeCloseTo(capacity(62) / 2, 5);
  });
});

describe("row heights: wrapped text is shown whole (Excel does not fit rows it did not lay out)", () => {
  it("a long text in a narrow column gets a row tall enough for its lines; a short one keeps the default", () => {
    const spec = renderSheet(plan([part([{ cells: ["1", LONG, 100] }, { cells: ["2", "Pendek", 5] }])]));
    const long = rowWith(spec, LONG).index + 1;
    const lines = wrapLines(LONG, capacity(30));
    expect(lines).toBeGreaterThanOrEqual(4);
    expect(heightOf(spec, long)).toBe(lines * 15);
    expect(spec.rowHeights?.some((h) => h.row === rowWith(spec, "Pendek").index + 1)).toBe(false);
  });
  it("a wider column needs fewer lines", () => {
    const narrow = renderSheet(plan([part([{ cells: ["1", LONG, 1] }])], [6, 30, 16]));
    const wide = renderSheet(plan([part([{ cells: ["1", LONG, 1] }])], [6, 60, 16]));
    const row = rowWith(narrow, LONG).index + 1;
    expect(heightOf(wide, row)).toBeLessThan(heightOf(narrow, row));
  });
  it("a sasaran merged down over its indicators spreads over their rows: only the last row grows, by what they lack", () => {
    const rows: ReportRow[] = [{ cells: ["1", LONG, 1] }, { cells: ["2", LONG, 2] }];
    const spec = renderSheet(plan([part(rows, { mergeDown: [1] })]));
    const first = rowWith(spec, LONG).index + 1;
    expect(spec.merges).toContain(`B${first}:B${first + 1}`);
    const need = wrapLines(LONG, capacity(30)) * 15;
    expect(heightOf(spec, first)).toBe(15);
    expect(heightOf(spec, first) + heightOf(spec, first + 1)).toBe(need);
  });
  it("a 'Sumber' line longer than the table wraps inside its merged row", () => {
    const sumber = `${LONG} ${LONG} ${LONG}`;
    const spec = renderSheet(plan([part([{ cells: ["1", "x", 1] }], { sumber })]));
    const row = rowWith(spec, `Sumber : ${sumber}`).index + 1;
    expect(heightOf(spec, row)).toBeGreaterThan(15);
    expect(spec.formats.filter((f) => f.range === `A${row}:C${row}`).some((f) => f.style.wrap)).toBe(true);
  });
  it("never exceeds Excel's largest row height", () => {
    const spec = renderSheet(plan([part([{ cells: ["1", LONG.repeat(60), 1] }])]));
    expect(Math.max(...(spec.rowHeights ?? []).map((h) => h.height))).toBe(409);
  });
});

describe("column widths: a number never shows as ##### (it widens its column)", () => {
  it.each([
    [5670694672, "#,##0", "5.670.694.672"],
    [66.836, "0.00", "66,84"],
    [-3.37216, "#,##0.00", "-3,37"],
    [1234567, "#,##0", "1.234.567"],
    [1234567, "0", "1234567"],
  ])("%d under %s prints as %s", (value, format, shown) => {
    expect(shownNumber(value, format)).toBe(shown);
  });
  it.each([
    [5670694672, "#,##0"],
    [0, "#,##0"],
    [0.4, "#,##0"],
    [999.996, "#,##0.00"],
    [-3.37216, "#,##0.00"],
    [66.836, "0.00"],
    [1234567, "0"],
    [57.9, "#,##0.0"],
    [12.5, undefined],
  ])("the quick width of %d under %s is the width of its printed text", (value, format) => {
    expect(numberWidth(value, format)).toBeCloseTo(textWidth(shownNumber(value, format)), 5);
  });
  it("a provincial budget (1.234.567.890.123, bold total) widens a 10-wide Rupiah column; small numbers keep it", () => {
    const big = renderSheet(
      plan(
        [
          part([
            { cells: ["1", "Program", 1234567890123] },
            { cells: [null, "Jumlah", 1234567890123], kind: "total" },
          ]),
        ],
        [6, 30, 10],
      ),
    );
    expect(big.columnWidths[2]).toBeGreaterThanOrEqual(textWidth("1.234.567.890.123", true) + 1);
    const small = renderSheet(plan([part([{ cells: ["1", "Program", 1500] }])], [6, 30, 10]));
    expect(small.columnWidths).toEqual([6, 30, 10]);
  });
});

describe("repeated header rows: only the header of the rows below it", () => {
  it("a sheet of one table repeats and freezes its header", () => {
    const spec = renderSheet(plan([part([{ cells: ["1", "x", 1] }])]));
    expect(spec.print?.repeatRows).toEqual({ first: 4, last: 5 });
    expect(spec.freeze).toEqual({ rows: 5 });
  });
  it("a sheet of two tables repeats neither (table A's header over table B would mislabel it)", () => {
    const spec = renderSheet(
      plan([
        part([{ cells: ["1", "x", 1] }], { caption: "A." }),
        part([{ cells: ["1", "y", 2] }], { caption: "B." }),
      ]),
    );
    expect(spec.print?.repeatRows).toBeUndefined();
    expect(spec.freeze).toEqual({ rows: 2 });
  });
});

describe("Pemeriksaan: stated and expected print alike", () => {
  const finding = (stated: Finding["stated"], expected: Finding["expected"]): Finding => ({
    rule: "PERSEN_MISMATCH",
    severity: "error",
    sheet: "Anggaran",
    cell: "I2",
    stated,
    expected,
    message: "uji",
  });
  it.each<[Finding["stated"], Finding["expected"], string]>([
    [100, 66.84, "#,##0.00"], // "100,00" beside "66,84", not "100"
    [93.83, 66.84, "#,##0.00"],
    [5000000, 4000000, "#,##0"], // Rupiah stay whole
    [100, null, "#,##0"],
  ])("stated %j, expected %j: both %s", (stated, expected, format) => {
    const spec = sheet(buildReport(seed004Model(), [finding(stated, expected)], {}), "pemeriksaan");
    const { index } = rowWith(spec, "uji");
    expect(formatAt(spec, index + 1, 6)).toBe(format);
    if (expected !== null) expect(formatAt(spec, index + 1, 7)).toBe(format);
  });
});

describe("Perjanjian Kinerja: a program names the sasaran it supports, not only its code", () => {
  function withKode(kode: string) {
    const kinerja = kinerjaTable("Kinerja", [
      {
        kode: "1.1",
        sasaran: "Meningkatnya Akuntabilitas",
        indikator: "Nilai AKIP",
        target: 70,
        realisasi: 71,
      },
    ]);
    const anggaran = anggaranTable("Anggaran", [
      { kode: "1", uraian: "PROGRAM PENUNJANG", tingkat: "program", pagu: 100, realisasi: 90 },
    ]);
    anggaran.rows[0].kodeSasaran = mc("Anggaran", "F5", kode);
    return sheet(
      buildReport(model({ kinerja: [kinerja], anggaran: [anggaran] }), [], {}),
      "perjanjian-kinerja",
    );
  }
  it.each([
    ["1.1", "1.1 Meningkatnya Akuntabilitas"],
    ["9.9", "9.9"], // a code the Kinerja table does not know stays as written
  ])("Kode Sasaran %s prints as %j", (kode, shown) => {
    expect(rowWith(withKode(kode), "PROGRAM PENUNJANG").cells[2]).toBe(shown);
  });
});

describe("the scale is named as a reader knows it", () => {
  it("a Skala sheet restating Permendagri 86/2017's bands is called Permendagri 86/2017", () => {
    const m = seed004Model();
    const bands: [number | null, string][] = [
      [91, "Sangat Tinggi"],
      [76, "Tinggi"],
      [66, "Sedang"],
      [51, "Rendah"],
      [null, "Sangat Rendah"],
    ];
    m.skala = bands.map(([min, label], i) => ({
      min: mc("Skala", `A${i + 2}`, min),
      label: mc("Skala", `C${i + 2}`, label),
    }));
    const ringkasan = sheet(buildReport(m, [], {}), "ringkasan");
    expect(grid(ringkasan)[3][0]).toBe("A. Jumlah Indikator menurut Kriteria (Permendagri 86/2017)");
  });
  it("a workbook's own scale is 'skala pada lembar Skala', never the internal 'Skala workbook'", () => {
    const m = seed004Model();
    const bands: [number | null, string][] = [
      [80, "Baik"],
      [null, "Kurang"],
    ];
    m.skala = bands.map(([min, label], i) => ({
      min: mc("Skala", `A${i + 2}`, min),
      label: mc("Skala", `C${i + 2}`, label),
    }));
    const ringkasan = sheet(buildReport(m, [], {}), "ringkasan");
    expect(grid(ringkasan)[3][0]).toBe("A. Jumlah Indikator menurut Kriteria (skala pada lembar Skala)");
  });
});

describe("Standar Nasional: the column-number row names a formula only when it is every row's", () => {
  function nasional(polaritas: string | undefined) {
    const kinerja = kinerjaTable("Kinerja", [
      {
        indikator: "Angka kemiskinan",
        satuan: "%",
        target: 10,
        realisasi: 8,
        polaritas,
        targetNasional: 9.5,
      },
    ]);
    return sheet(buildReport(model({ kinerja: [kinerja] }), [], {}), "standar-nasional");
  }
  it.each([
    [undefined, "(6) = (4)/(5)×100", false],
    ["turun", "(6)", true], // (2T − R)/T × 100 is not (4)/(5)×100
  ])(
    "polaritas %s: capaian column headed %j, footer naming the indicators' formulas: %s",
    (polaritas, head, footer) => {
      const spec = nasional(polaritas);
      expect(rowWith(spec, "(1)").cells[5]).toBe(head);
      expect(
        grid(spec).some((r) => typeof r[0] === "string" && r[0].startsWith("Capaian dihitung menurut rumus")),
      ).toBe(footer);
    },
  );
});
