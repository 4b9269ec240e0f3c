/** The print set's pages: zoom for 9 pt, cuts between groups, a cut table continued under its header (issue 11). */
import { paginate, type Unit } from "../../src/report/layout/paginate";
import { fitToScale, MIN_SCALE, printScale } from "../../src/report/layout/page";
import { renderSheet } from "../../src/report/layout/render";
import type { ReportRow, SheetPlan } from "../../src/report/layout/types";

const u = (first: number, last: number, kind: Unit["kind"], part = 0, extra: Partial<Unit> = {}): Unit => ({
  first,
  last,
  kind,
  part,
  height: (last - first + 1) * 15,
  ...extra,
});

describe("paginate: a new page before the unit that does not fit", () => {
  it.each([
    {
      name: "everything fits: no break",
      units: [u(1, 3, "title"), u(4, 8, "head", 0, { headerHeight: 30 }), u(9, 10, "body")],
      single: true,
      breaks: [],
      splits: [],
    },
    {
      name: "a group that would straddle the foot moves whole to the next page",
      units: [u(1, 3, "title"), u(4, 20, "head", 0, { headerHeight: 30 }), u(21, 26, "body", 0, { row: 15 })],
      single: true,
      breaks: [21],
      splits: [],
    },
    {
      name: "several tables: the cut table is split before that group",
      units: [u(1, 3, "title"), u(4, 20, "head", 0, { headerHeight: 30 }), u(21, 26, "body", 0, { row: 15 })],
      single: false,
      breaks: [21],
      splits: [{ part: 0, row: 15 }],
    },
    {
      name: "a blank row between tables is left at the foot of the page",
      units: [
        u(1, 3, "title"),
        u(4, 23, "head", 0, { headerHeight: 30 }),
        u(24, 24, "gap", 1),
        u(25, 30, "head", 1),
      ],
      single: false,
      breaks: [25],
      splits: [],
    },
  ])("$name", ({ units, single, breaks, splits }) => {
    const cut = paginate(units, 24 * 15, single);
    expect(cut.breaks).toEqual(breaks);
    expect(cut.splits).toEqual(splits);
  });
});

describe("zoom: the body prints at 9 pt or more", () => {
  it.each([
    [[10, 30, 32, 10, 11, 11, 12, 15, 20], true],
    [[10, 60, 60, 60, 20, 20], false],
  ])("%p fits at ≥ 82 %% without narrowing: %p", (widths, fits) => {
    expect(printScale(widths) >= MIN_SCALE).toBe(fits);
  });
  it("narrows only the wrapped-text columns, to what prints at 82 %", () => {
    const widths = fitToScale([10, 60, 60, 60, 20, 20], [1, 2, 3]);
    expect(widths[0]).toBe(10);
    expect(widths.slice(4)).toEqual([20, 20]);
    expect(printScale(widths)).toBeGreaterThanOrEqual(MIN_SCALE);
  });
});

function plan(parts: SheetPlan["parts"]): SheetPlan {
  return { key: "k", name: "K", title: "Tabel X & Y", instansi: "Dinas", widths: [6, 40, 12], parts };
}
const rows = (n: number, group?: (i: number) => string): ReportRow[] =>
  Array.from({ length: n }, (_, i) => ({ cells: [String(i + 1), `Baris ${i + 1}`, i], group: group?.(i) }));
const cols = [
  { header: "No.", kind: "no" as const },
  { header: "Uraian", kind: "longtext" as const },
  { header: "Nilai", kind: "jumlah" as const },
];

describe("renderSheet: the print set of a sheet", () => {
  it("one table: its header repeats, pages break between groups of 4, title and page numbers run on every page", () => {
    const spec = renderSheet(plan([{ columns: cols, rows: rows(120, (i) => `g${Math.floor(i / 4)}`) }]));
    expect(spec.print).toMatchObject({
      repeatRows: { first: 4, last: 5 },
      header: { center: "Tabel X && Y" },
      footer: { right: "Halaman &P dari &N" },
    });
    expect(spec.pageBreaks?.length).toBeGreaterThan(2);
    const firstBody = 6;
    for (const b of spec.pageBreaks ?? []) expect((b - firstBody) % 4).toBe(0);
  });
  it("several tables: a cut table continues on a new page under its caption '(lanjutan)' and its header", () => {
    const spec = renderSheet(
      plan([
        { caption: "A. Pertama", columns: cols, rows: rows(3) },
        { caption: "B. Kedua", columns: cols, rows: rows(90) },
      ]),
    );
    const grid = spec.blocks[0].rows;
    const continued = grid.map((r, i) => [r[0], i + 1] as const).filter(([v]) => v === "B. Kedua (lanjutan)");
    expect(continued.length).toBeGreaterThan(0);
    for (const [, row] of continued) {
      expect(spec.pageBreaks).toContain(row);
      expect(grid[row][0]).toBe("No."); // the header right under the caption
    }
    expect(spec.print?.repeatRows).toBeUndefined();
  });
});

describe("renderSheet: a group taller than a page is cut row by row, its table continued under its header", () => {
  it("several tables, one sasaran of 80 rows: each continuation starts with its caption and header", () => {
    const spec = renderSheet(
      plan([
        { caption: "A. Pertama", columns: cols, rows: rows(80, () => "satu sasaran") },
        { caption: "B. Kedua", columns: cols, rows: rows(3) },
      ]),
    );
    const grid = spec.blocks[0].rows;
    const breaks = spec.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    for (const b of breaks)
      expect([grid[b - 1][0], grid[b][0]]).toEqual([expect.stringMatching(/^(A|B)\. /), "No."]);
  });
});
