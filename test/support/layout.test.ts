import ExcelJS from "exceljs";
import knownErrors from "../fixtures/shared/known-errors.json";
import anggaran from "../fixtures/shared/anggaran.json";
import { cellAt, err, fmt, parseA1, toGrids, toXlsxBuffer, withCells, type LayoutWorkbook } from "./layout";
import { LAYOUTS } from "../fixtures/layouts/index";
import { T37_ROWS } from "../fixtures/layouts/seed004-t37";

const tiny: LayoutWorkbook = {
  name: "tiny",
  sheets: [
    {
      name: "S",
      startRow: 3,
      startCol: 2,
      merges: ["B3:C3"],
      rows: [[{ v: "Judul", bold: true }], ["a", fmt(0.6, "0%"), err("#DIV/0!")]],
    },
  ],
};

describe("toGrids", () => {
  it("places rows[0][0] at startRow/startCol and pads rows to a rectangle", () => {
    const [g] = toGrids(tiny);
    expect(g.origin).toEqual({ row: 3, col: 2 });
    expect(g.rows).toEqual([
      [{ v: "Judul", bold: true }, null, null],
      [{ v: "a" }, { v: 0.6, fmt: "0%" }, { v: null, error: "#DIV/0!" }],
    ]);
    expect(g.merges).toEqual(["B3:C3"]);
  });
});

describe("toXlsxBuffer", () => {
  it("writes values, bold, number formats, errors and merges", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsxBuffer(tiny)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("B3").value).toBe("Judul");
    expect(ws.getCell("B3").font?.bold).toBe(true);
    expect(ws.getCell("C4").value).toBe(0.6);
    expect(ws.getCell("C4").numFmt).toBe("0%");
    expect(ws.getCell("D4").value).toEqual({ error: "#DIV/0!" });
    expect(ws.getCell("C3").isMerged).toBe(true);
  });
});

describe("withCells / cellAt", () => {
  it("replaces one cell without touching the original", () => {
    const copy = withCells(tiny, "copy", { S: { C4: 1 } });
    expect(cellAt(copy, "S", "C4")).toBe(1);
    expect(cellAt(tiny, "S", "C4")).toEqual({ v: 0.6, fmt: "0%" });
    expect(() => withCells(tiny, "x", { Nope: { A1: 1 } })).toThrow();
  });
  it.each([
    ["A1", 1, 1],
    ["AB12", 12, 28],
    ["K9", 9, 11],
  ])("parseA1(%s)", (a1, row, col) => {
    expect(parseA1(a1)).toEqual({ row, col });
  });
});

const ids = new Set((knownErrors as { id: string }[]).map((e) => e.id));
const errorCases = LAYOUTS.flatMap((l) => l.errors.map((e) => [l.key, e.id, e.sheet, e.cell, l, e] as const));

describe("layout index", () => {
  it.each(errorCases)("%s %s sits on an existing sheet and known-error id", (_k, id, sheet, _cell, l) => {
    expect(ids.has(id)).toBe(true);
    expect(l.layout.sheets.map((s) => s.name)).toContain(sheet);
  });

  const fixable = errorCases.filter(
    ([, , , , , e]) => !e.scope && e.rule !== "MISSING_VALUE" && e.rule !== "EFISIENSI_LABEL",
  );
  it.each(fixable)("%s %s (%s!%s) differs in the corrected copy", (_k, _id, sheet, cell, l) => {
    expect(cellAt(l.corrected, sheet, cell)).not.toEqual(cellAt(l.layout, sheet, cell));
  });

  it("Tabel 3.7 keeps every stated % of anggaran.json", () => {
    const rows = (anggaran as { id: string; source: string; stated_persen: number | null; pagu: number }[])
      .filter((r) => /^A004-[PKS]/.test(r.id))
      .sort((a, b) => Number(a.source.split(":L")[1]) - Number(b.source.split(":L")[1]));
    expect(rows).toHaveLength(T37_ROWS.length);
    rows.forEach((r, i) => {
      expect(T37_ROWS[i][2]).toBe(r.pagu);
      expect(T37_ROWS[i][4]).toBe(r.stated_persen ?? "-");
    });
  });
});

describe("nasty layouts", () => {
  const { NASTY } = jest.requireActual(
    "../fixtures/layouts/nasty",
  ) as typeof import("../fixtures/layouts/nasty");
  it.each(NASTY.map((l) => [l.name, l] as const))("%s converts to grids and to an .xlsx", async (_n, l) => {
    expect(toGrids(l)).toHaveLength(l.sheets.length);
    expect((await toXlsxBuffer(l)).length).toBeGreaterThan(1000);
  });
});
