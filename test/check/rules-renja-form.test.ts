/**
 * Rule edges met on the Renja evaluation form (seed 002 Tabel 2.1, issue 10), on hand-built models:
 * a % indicator known by its name only, a number typed with its unit, the budget side of a
 * kinerja+anggaran table beside plan budgets, and a kinerja total whose table is also read as budget rows.
 */
import { runChecks } from "../../src/engine/check";
import type { RuleId } from "../../src/engine/check/finding";
import type { Model } from "../../src/engine/model/types";
import { ang, ind, model } from "./support";

type Case = { name: string; m: Model; found: string[] };

function table(rule: RuleId, cases: Case[]) {
  describe(rule, () => {
    it.each(cases)("$name", ({ m, found }) => {
      const mine = runChecks(m, { batas: null, tahun: 2022 }).filter((f) => f.rule === rule);
      expect(mine.map((f) => `${f.cell}:${f.severity}`)).toEqual(found);
    });
  });
}

const named = (row: number, indikator: string, target: number | string, realisasi: number | string) =>
  ind(row, { indikator, target, realisasi });

table("UNIT_MISMATCH", [
  {
    name: "'Persentase …' without a unit, 90 against 0,95 (KE002-24): the slip explains the numbers",
    m: model({ indikator: [named(5, "Persentase SDM KUKM yang bersertifikat", 90, "0,95")] }),
    found: ["F5:warning"],
  },
  {
    name: "'Persentase …' without a unit, 1,44 against 0,07: on one scale the capaian would be 486, no slip",
    m: model({ indikator: [named(5, "Persentase Koperasi yang diberdayakan", "1,44", "0,07")] }),
    found: [],
  },
  {
    name: "a name that says no %: 90 against 0,95 is only poor performance",
    m: model({ indikator: [named(5, "Jumlah SDM KUKM yang bersertifikat", 90, "0,95")] }),
    found: [],
  },
  {
    name: "a unit other than % wins over the name",
    m: model({
      indikator: [ind(5, { indikator: "Persentase SDM", satuan: "orang", target: 90, realisasi: "0,95" })],
    }),
    found: [],
  },
]);

table("NOT_A_NUMBER", [
  {
    name: "'13 Dok' is a number typed with its unit: info, not an error",
    m: model({ indikator: [named(5, "Jumlah dokumen", "13 Dok", 13)] }),
    found: ["E5:info"],
  },
  {
    name: "'740 orang' as realisasi: info",
    m: model({ indikator: [named(5, "Jumlah peserta", 740, "740 orang")] }),
    found: ["F5:info"],
  },
  {
    name: "'17,65 %x' is still unreadable: error",
    m: model({ indikator: [named(5, "Persentase x", 20, "17,65 %x")] }),
    found: ["F5:error"],
  },
  {
    name: "'2024-03-01' is still unreadable: error",
    m: model({ indikator: [named(5, "Jumlah x", 20, "2024-03-01")] }),
    found: ["F5:error"],
  },
]);

const prog = (row: number, pagu: number, table: string) =>
  ang(
    row,
    { uraian: "Program Pengawasan Koperasi", pagu, realisasi: 1 },
    { table, sheet: table.split("!")[0] },
  );

table("VALUE_CONFLICT", [
  {
    name: "two plan budgets naming one programme with different pagu",
    m: model({ anggaran: [prog(5, 100, "A!A1"), prog(6, 150, "B!A1")] }),
    found: ["D6:error"],
  },
  {
    name: "the budget side of an earlier year's evaluation (its title's year) is not compared with this year's plans",
    m: model({
      anggaran: [prog(5, 100, "A!A1"), prog(6, 100, "B!A1"), prog(7, 50, "C!A1")],
      extraTables: [
        { id: "C!A1", sheet: "C", range: "A1", kind: "kinerja+anggaran", rows: 1, fields: {}, tahun: 2020 },
      ],
    }),
    found: [],
  },
  {
    name: "the budget beside a kinerja table of the same year is compared like any plan (by name and level)",
    m: model({
      anggaran: [prog(5, 100, "A!A1"), prog(6, 100, "B!A1"), prog(7, 50, "C!A1")],
      extraTables: [{ id: "C!A1", sheet: "C", range: "A1", kind: "kinerja+anggaran", rows: 1, fields: {} }],
    }),
    found: ["D7:error"],
  },
]);

describe("VALUE_CONFLICT of indicators: a table read for its own title's year", () => {
  const twoTables = (own: number | undefined) => {
    const a = ind(
      5,
      { indikator: "Persentase UMKM yang diberdayakan", target: "0,25", realisasi: "0,03" },
      { table: "A!A1", sheet: "A" },
    );
    const b = ind(
      6,
      { indikator: "Persentase UMKM yang diberdayakan", target: "0,51" },
      { table: "B!A1", sheet: "B" },
    );
    const m = model({ indikator: [a, b], tahun: 2024 });
    if (own !== undefined) m.tables.find((t) => t.id === "A!A1")!.tahun = own;
    return runChecks(m, {})
      .filter((f) => f.rule === "VALUE_CONFLICT")
      .map((f) => f.cell);
  };
  it("a 2022 evaluation's target is not the 2024 plan's", () => expect(twoTables(2022)).toEqual([]));
  it("both for 2024: the targets conflict", () => expect(twoTables(undefined)).toEqual(["E6"]));
});

describe("TOTAL_MISMATCH", () => {
  const kinerja = (rows: { pagu: number; kind?: "total" }[]) =>
    rows.map((r, i) =>
      ind(
        5 + i,
        { indikator: r.kind ? "" : `Indikator ${i}`, pagu: r.pagu },
        { table: "T!A1", sheet: "T", rowKind: r.kind ?? "data" },
      ),
    );
  it("a kinerja+anggaran total is Σ of its rows' pagu when the table has no budget rows", () => {
    const m = model({ indikator: kinerja([{ pagu: 100 }, { pagu: 50 }, { pagu: 160, kind: "total" }]) });
    expect(
      runChecks(m, {})
        .filter((f) => f.rule === "TOTAL_MISMATCH")
        .map((f) => f.cell),
    ).toEqual(["M7"]);
  });
  it("the same table also read as budget rows (program 100 with kegiatan 50 under it) is checked there, level by level", () => {
    const m = model({
      indikator: kinerja([{ pagu: 100 }, { pagu: 50 }, { pagu: 100, kind: "total" }]),
      anggaran: [
        ang(5, { uraian: "Program", pagu: 100, realisasi: 1 }, { table: "T!A1", sheet: "T" }),
        ang(
          6,
          { uraian: "Kegiatan", pagu: 100, realisasi: 1 },
          { table: "T!A1", sheet: "T", tingkat: "kegiatan", parent: 0 },
        ),
        ang(7, { pagu: 100, realisasi: 1 }, { table: "T!A1", sheet: "T", rowKind: "total", tingkat: "lain" }),
      ],
    });
    expect(runChecks(m, {}).filter((f) => f.rule === "TOTAL_MISMATCH")).toEqual([]);
  });
});
