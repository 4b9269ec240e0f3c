/**
 * Issue 10 on the real SIPD exports (test/fixtures/real): every row's level and parent as a careful
 * reader places them, and the whole workbook's roll-up equal to the totals it prints.
 * 02 splits the code over four columns (urusan | SKPD | program…sub kegiatan | rekening); 04 is a flat
 * RAK export whose identity columns are filled on the first rows only.
 */
import { toGrids } from "../support/layout";
import { REAL_FIXTURES } from "../fixtures/real";
import { readModel } from "../../src/workbook";
import { rollUp, type BudgetNode } from "../../src/engine";
import type { AnggaranRow, Model, Tingkat } from "../../src/engine/model/types";

function modelOf(key: string): Model {
  const f = REAL_FIXTURES.find((x) => x.key === key);
  if (!f) throw new Error(`no fixture ${key}`);
  return readModel(toGrids(f.layout));
}

const m02 = modelOf("02");
const m04 = modelOf("04");

function sheetOf(m: Model, r: AnggaranRow): string {
  return m.tables.find((t) => t.id === r.table)?.sheet ?? "?";
}

function rowAt(m: Model, sheet: string, row: number): AnggaranRow {
  const r = m.anggaran.find((a) => a.row === row && sheetOf(m, a) === sheet);
  if (!r) throw new Error(`${sheet} row ${row} not read`);
  return r;
}

/** Level and parent row of a row, in the terms a reader states them. */
function placeOf(m: Model, sheet: string, row: number): { tingkat: Tingkat; parentRow: number | null } {
  const r = rowAt(m, sheet, row);
  return { tingkat: r.tingkat, parentRow: r.parent === undefined ? null : m.anggaran[r.parent].row };
}

// [row, code(s) on the row, level, parent row]: urusan › bidang › SKPD › program › kegiatan › sub kegiatan › rekening.
const PLACES_02: [number, string, Tingkat, number | null][] = [
  [10, "1 (urusan)", "lain", null],
  [11, "1.02 (bidang urusan)", "lain", 10],
  [12, "SKPD 1.02.2.14.0.00.01.0000", "lain", 11],
  [13, "program 1.02.01", "program", 12],
  [14, "kegiatan 1.02.01.2.01", "kegiatan", 13],
  [15, "sub kegiatan 1.02.01.2.01.0001", "sub_kegiatan", 14],
  [16, "rekening 5.1.02", "lain", 15],
  [19, "rekening 5.1.02.01.001.00024", "lain", 18],
  [20, "rekening 5.1.02.01.001.00026 (sibling of 19)", "lain", 18],
  [21, "sub kegiatan 1.02.01.2.01.0002", "sub_kegiatan", 14],
  [26, "kegiatan 1.02.01.2.06 (back up two levels)", "kegiatan", 13],
  [27, "sub kegiatan 1.02.01.2.06.0004", "sub_kegiatan", 26],
  [31, "rekening 5.2.02.10.002.00003", "lain", 30],
];

describe.each(["DINKES INDUK", "SEKRETARIAT"])("02 %s: level and parent of every sample row", (sheet) => {
  it.each(PLACES_02)("row %i, %s: %s under row %p", (row, _code, tingkat, parentRow) => {
    expect(placeOf(m02, sheet, row)).toEqual({ tingkat, parentRow });
  });

  it("the Jumlah row is a total, outside the hierarchy", () => {
    const jumlah = rowAt(m02, sheet, 32);
    expect(jumlah.rowKind).toBe("total");
    expect(jumlah.parent).toBeUndefined();
  });
});

/** The sheet's rows as budget nodes: leaves keep their amounts, parents are recomputed by rollUp. */
function nodesOf(m: Model, sheet: string): { rows: AnggaranRow[]; nodes: BudgetNode[] } {
  const rows = m.anggaran.filter((r) => sheetOf(m, r) === sheet && r.rowKind === "data");
  const id = (r: AnggaranRow): string => `${r.row}`;
  const nodes = rows.map((r) => ({
    id: id(r),
    parentId: r.parent === undefined ? null : id(m.anggaran[r.parent]),
    pagu: r.pagu?.num ?? null,
    realisasi: r.realisasi?.num ?? null,
  }));
  return { rows, nodes };
}

describe.each(["DINKES INDUK", "SEKRETARIAT"])("02 %s: the roll-up equals the printed totals", (sheet) => {
  const { rows, nodes } = nodesOf(m02, sheet);
  const rolled = rollUp(nodes);

  it("every parent row's printed pagu and realisasi equal the sums of its leaves", () => {
    const parents = rows.filter((r) => !rolled.get(`${r.row}`)!.leaf);
    expect(parents.length).toBeGreaterThanOrEqual(10);
    const printed = parents.map((r) => [r.row, r.pagu?.num, r.realisasi?.num]);
    const summed = parents.map((r) => [
      r.row,
      rolled.get(`${r.row}`)!.pagu,
      rolled.get(`${r.row}`)!.realisasi,
    ]);
    expect(summed).toEqual(printed);
  });

  it("the Jumlah row equals the sum of the top level only", () => {
    const top = rows.filter((r) => r.parent === undefined);
    expect(top.map((r) => r.row)).toEqual([10]);
    const jumlah = rowAt(m02, sheet, 32);
    const sum = top.reduce((s, r) => s + rolled.get(`${r.row}`)!.pagu, 0);
    expect(sum).toBe(jumlah.pagu?.num);
    expect(top.reduce((s, r) => s + rolled.get(`${r.row}`)!.realisasi, 0)).toBe(jumlah.realisasi?.num);
  });
});

describe("04 flat RAK export: every row is an account line of one sub kegiatan", () => {
  const rows = m04.anggaran.filter((r) => r.rowKind === "data");

  it("reads the five kesling and one makjan account lines", () => {
    expect(rows.map((r) => `${sheetOf(m04, r)}!${r.row}`)).toEqual([
      "kesling!5",
      "kesling!6",
      "kesling!7",
      "kesling!8",
      "kesling!9",
      "makjan!5",
    ]);
  });

  it.each(rows.map((r) => [`${sheetOf(m04, r)}!${r.row}`, r] as const))(
    "%s is a rekening leaf (tingkat lain, no parent) keyed by its whole path",
    (_at, r) => {
      expect(r.tingkat).toBe("lain");
      expect(r.parent).toBeUndefined();
      // The urusan and sub kegiatan are part of the key even where the file leaves them empty (rows 8–9).
      expect(r.kunci?.split("|").slice(0, 2)).toEqual(["1", "1.02"]);
      expect(r.kunci).toContain("|1.02.01.2.01.01|");
    },
  );

  it("rows under one sub kegiatan share its path and differ only by account", () => {
    const kesling = rows.filter((r) => sheetOf(m04, r) === "kesling").map((r) => r.kunci!.split("|"));
    const accountAt = kesling[0].findIndex((p) => p.startsWith("5."));
    const withoutAccount = kesling.map((k) =>
      [...k.slice(0, accountAt), ...k.slice(accountAt + 1)].join("|"),
    );
    expect(new Set(withoutAccount).size).toBe(1);
    expect(new Set(kesling.map((k) => k[accountAt])).size).toBe(5);
  });
});
