/**
 * The parts of the budget hierarchy (src/workbook/hierarchy): outline numbering, keywords, row classes, level orders,
 * parents from ranks, the fit with the sums, and the choice the sums make where the evidence leaves one.
 */
import {
  chooseHierarchy,
  classify,
  keywordLevel,
  numberRows,
  romanValue,
  stripNumber,
  type LevelHint,
} from "../../src/workbook/hierarchy";
import { respects, weakOrders, distance } from "../../src/workbook/hierarchy/orderings";
import { fitOf, parentsFromRanks } from "../../src/workbook/hierarchy/tree";
import type { ModelCell } from "../../src/engine/model/types";

const cell = (num: number): ModelCell => ({
  raw: num,
  text: String(num),
  num,
  decimals: 0,
  percent: false,
  origin: { sheet: "S", cell: "C1" },
});
const h = (uraian: string, extra: Partial<LevelHint> = {}, amount?: number): LevelHint => ({
  uraian,
  strong: false,
  total: false,
  ...(amount === undefined ? {} : { sums: [cell(amount)] }),
  ...extra,
});

describe("romanValue: roman numerals, and letters that are not one", () => {
  it.each<[string, number | undefined]>([
    ["I", 1],
    ["iv", 4],
    ["XIV", 14],
    ["XL", 40],
    ["IIII", undefined],
    ["IC", undefined],
    ["A", undefined],
    ["", undefined],
  ])("%j → %j", (t, v) => expect(romanValue(t)).toBe(v));
});

describe("numberRows: the style of each row's number, in the No column or at the start of the name", () => {
  const styles = (rows: { no?: string; uraian?: string }[]) => numberRows(rows).map((n) => n?.style);
  it.each<[string, { no?: string; uraian?: string }[], (string | undefined)[]]>([
    ["roman, letter, roman again", [{ no: "I" }, { no: "A" }, { no: "II" }], ["I", "A", "I"]],
    [
      "an I after H is a letter",
      ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((no) => ({ no: `${no}.` })),
      ["A.", "A.", "A.", "A.", "A.", "A.", "A.", "A.", "A."],
    ],
    ["a lone C is a letter, not 100", [{ no: "C" }], ["A"]],
    ["lower roman in the name", [{ uraian: "i. Gaji" }, { uraian: "ii. Tunjangan" }], ["i.", "i."]],
    ["1. and 1) are two styles", [{ no: "1." }, { no: "1)" }, { no: "(1)" }], ["1.", "1)", "1()"]],
    [
      "a name without punctuation is not numbered",
      [{ uraian: "I Wayan Sudirta" }, { uraian: "A Belanja" }],
      [undefined, undefined],
    ],
    ["a year is not a number of a row", [{ no: "2024" }], [undefined]],
    ["an empty No column falls back to the name", [{ no: "", uraian: "a) Belanja Barang" }], ["a)"]],
  ])("%s", (_n, rows, want) => expect(styles(rows)).toEqual(want));
  it.each([
    ["II. BELANJA MODAL", "BELANJA MODAL"],
    ["a) Belanja Pegawai", "Belanja Pegawai"],
    ["Belanja Pegawai", "Belanja Pegawai"],
  ])("stripNumber(%j) = %j", (t, want) => expect(stripNumber(t)).toBe(want));
});

describe("keywordLevel: the level the first words name", () => {
  it.each<[string, number | undefined]>([
    ["URUSAN PEMERINTAHAN BIDANG KOPERASI", -3],
    ["II. BELANJA MODAL", -2],
    ["Belanja Daerah", -2.5],
    ["PENDAPATAN", -2.5],
    ["A. Belanja Operasi", -2],
    ["Belanja Modal Peralatan dan Mesin", undefined],
    ["Sasaran: Meningkatnya UMKM", -1],
    ["A. PROGRAM PENUNJANG", 0],
    ["1.1 Kegiatan Administrasi", 1],
    ["Sub Kegiatan Penyediaan Gaji", 2],
    ["Penyediaan Jasa Kantor", undefined],
  ])("%j → %j", (t, v) => expect(keywordLevel(t)).toBe(v));
});

describe("classify: one class per kind of evidence", () => {
  it.each<[string, LevelHint[], (string | undefined)[]]>([
    ["keyword wins over code and numbering", [h("I. PROGRAM A", { code: "1", no: "I" })], ["k:0"]],
    [
      "dotted codes by their number of parts",
      [h("A", { code: "1" }), h("B", { code: "1.1" })],
      ["c:1", "c:2"],
    ],
    [
      "account codes nested without dots",
      [h("a", { code: "4" }), h("b", { code: "41" }), h("c", { code: "4101" }), h("d", { code: "42" })],
      ["c:1", "c:2", "c:4", "c:2"],
    ],
    [
      "bold does not split a numbering style",
      [h("x", { no: "1", bold: true }), h("y", { no: "2" })],
      ["n:1", "n:1"],
    ],
    [
      "typography: bold, upper, merged, indent",
      [h("X", { bold: true }), h("Y", { upper: true, indent: 2 }), h("Z", { merged: true })],
      ["t:100:0", "t:010:2", "t:001:0"],
    ],
    [
      "bold rows that follow one another are split by the run below them",
      [h("A", { bold: true }), h("B", { bold: true }), h("c"), h("D", { bold: true }), h("e")],
      ["t:100:0:h1", "t:100:0:h0", "t:000:0", "t:100:0:h0", "t:000:0"],
    ],
    ["a total row has no class", [h("Jumlah", { total: true })], [undefined]],
  ])("%s", (_n, rows, keys) => expect(classify(rows).map((c) => c?.key)).toEqual(keys));
  it("the evidence words of each class", () => {
    expect(
      classify([h("I", { no: "I", bold: true }), h("x", { indent: 1 }), h("y")]).map((c) => c?.bukti),
    ).toEqual([["angka romawi", "tebal"], ["indentasi"], ["tanpa penanda"]]);
  });
});

describe("level orders", () => {
  it.each([
    [1, 1],
    [2, 3],
    [3, 13],
    [4, 75],
  ])("weakOrders(%i) gives all %i weak orders, each once", (n, count) => {
    const all = weakOrders(n);
    expect(all).toHaveLength(count);
    expect(new Set(all.map((r) => r.join())).size).toBe(count);
  });
  const k = (order: number, strict = true) => ({ key: `k:${order}`, bukti: [], family: "k", order, strict });
  it.each<[string, ReturnType<typeof k>[], number[], boolean]>([
    ["keywords in order", [k(0), k(1)], [0, 1], true],
    ["a kegiatan above its program", [k(0), k(1)], [1, 0], false],
    ["keywords strictly apart", [k(0), k(1)], [0, 0], false],
    ["indentation loosely: may share a level", [k(0, false), k(1, false)], [0, 0], true],
    ["indentation never above a shallower one", [k(0, false), k(1, false)], [1, 0], false],
  ])("respects: %s", (_n, classes, ranks, ok) => expect(respects(classes, ranks)).toBe(ok));
  it("distance counts the pairs ordered differently", () => {
    expect(distance([0, 1, 2], [0, 1, 2])).toBe(0);
    expect(distance([0, 1, 2], [0, 0, 2])).toBe(1);
    expect(distance([0, 1, 2], [2, 1, 0])).toBe(3);
  });
});

describe("parents and the fit with the sums", () => {
  it.each<[string, (number | undefined)[], (number | undefined)[]]>([
    ["a lower rank is a parent", [0, 1, 1, 0, 1], [undefined, 0, 0, undefined, 3]],
    ["deeper then back up", [0, 1, 2, 1], [undefined, 0, 1, 0]],
    ["a total closes every group", [0, 1, undefined, 1], [undefined, 0, undefined, undefined]],
  ])("parentsFromRanks: %s", (_n, ranks, parents) => expect(parentsFromRanks(ranks)).toEqual(parents));
  it("a parent equal to its children's sum fits; one that is not does not", () => {
    const fit = fitOf(
      [undefined, 0, 0, undefined, 3],
      [[cell(30)], [cell(10)], [cell(20)], [cell(99)], [cell(5)]],
    );
    expect([fit.ok, fit.wrong, [...fit.okRows]]).toEqual([1, 1, [0]]);
  });
  it("a program over a mistyped kegiatan still fits by the leaves below it", () => {
    const fit = fitOf([undefined, 0, 1, 1], [[cell(30)], [cell(99)], [cell(10)], [cell(20)]]);
    expect([...fit.okRows]).toEqual([0]);
    expect(fit.wrong).toBe(1);
  });
  it("0 over 0 proves nothing", () => {
    expect(fitOf([undefined, 0], [[cell(0)], [cell(0)]]).ok).toBe(0);
  });
});

describe("chooseHierarchy: the evidence first, the sums where it leaves a choice", () => {
  const parents = (rows: LevelHint[]) => chooseHierarchy(rows).map((p) => p.parent);
  it("the field failure: bold + roman numeral parents over numbered rows are not summed flat", () => {
    const rows = [
      h("PENUNJANG", { no: "I", bold: true }, 300),
      h("Administrasi Keuangan", { bold: true }, 200),
      h("Gaji", { no: "1." }, 150),
      h("Honor", { no: "2." }, 50),
      h("Administrasi Umum", { bold: true }, 100),
      h("ATK", { no: "1." }, 100),
      h("PELAYANAN IZIN", { no: "II", bold: true }, 70),
      h("Penerbitan Izin", { bold: true }, 70),
      h("Fasilitasi", { no: "1." }, 70),
    ];
    expect(parents(rows)).toEqual([undefined, 0, 1, 1, 0, 4, undefined, 6, 7]);
  });
  it("a bold row is not put under a plain one above it", () => {
    const rows = [h("Lain-lain"), h("Belanja Jasa", { bold: true }), h("Jasa A"), h("Jasa B")];
    expect(parents(rows)).toEqual([undefined, undefined, 1, 1]);
  });
  it("sums overrule the first rows' order: upper case above bold where the amounts say so", () => {
    const rows = [
      h("Lain-lain", { bold: true }, 10),
      h("GAJI DAN TUNJANGAN", { upper: true }, 30),
      h("Gaji Pokok", { bold: true }, 10),
      h("Tunjangan", { bold: true }, 20),
    ];
    expect(parents(rows)).toEqual([undefined, undefined, 1, 1]);
  });
  it("codes hang under the code that prefixes them, whatever the parts per level", () => {
    const rows = [
      h("a", { code: "2.17" }),
      h("b", { code: "2.17.01" }),
      h("c", { code: "2.17.01.1.05" }),
      h("d", { code: "2.17.02" }),
      h("e", { code: "3.01" }),
    ];
    expect(parents(rows)).toEqual([undefined, 0, 1, 0, undefined]);
  });
  it("account codes without dots hang under the code their digits extend, also under a keyword row", () => {
    const rows = [
      h("Pendapatan Daerah", { code: "4" }, 60),
      h("Pendapatan Asli Daerah", { code: "41" }, 60),
      h("Pajak Daerah", { code: "4101" }, 40),
      h("Retribusi Daerah", { code: "4102" }, 20),
      h("Belanja Daerah", { code: "5" }, 30),
      h("Belanja Operasi", { code: "51" }, 30),
      h("Belanja Pegawai", { code: "5101" }, 30),
    ];
    expect(parents(rows)).toEqual([undefined, 0, 1, 1, undefined, 4, 5]);
    expect(chooseHierarchy(rows).map((p) => p.level)).toEqual([-2.5, 3, 4, 4, -2.5, -2, 3]);
  });
  it("an account named like its block (53 › 5301 Belanja Tidak Terduga) is the block's account, not a second block (real DJPK 10)", () => {
    const rows = [
      h("Belanja Daerah", { code: "5" }, 50),
      h("Belanja Operasi", { code: "51" }, 30),
      h("Belanja Pegawai", { code: "5101" }, 30),
      h("Belanja Tidak Terduga", { code: "53" }, 20),
      h("Belanja Tidak Terduga", { code: "5301" }, 20),
    ];
    expect(parents(rows)).toEqual([undefined, 0, 1, 0, 3]);
  });
  it("a parent that adds up says so: 'jumlah anak cocok'; a wrong one does not", () => {
    const rows = [
      h("A", { bold: true }, 30),
      h("a1", {}, 10),
      h("a2", {}, 20),
      h("B", { bold: true }, 99),
      h("b1", {}, 5),
    ];
    expect(chooseHierarchy(rows).map((p) => p.bukti)).toEqual([
      ["tebal", "jumlah anak cocok"],
      ["tanpa penanda"],
      ["tanpa penanda"],
      ["tebal"],
      ["tanpa penanda"],
    ]);
  });
  it("levels for tingkat: programs under an urusan, accounts (3 = lain) under Belanja Operasi", () => {
    const rows = [
      h("URUSAN KOPERASI"),
      h("PENUNJANG", { no: "I", bold: true }),
      h("Gaji", { no: "1." }),
      h("BELANJA OPERASI", { total: false }),
      h("Belanja Pegawai", { no: "1" }),
    ];
    expect(chooseHierarchy(rows).map((p) => p.level)).toEqual([-3, 0, 1, -2, 3]);
  });
});

describe("numbers that are not levels, and emphasis that is not a parent", () => {
  const parents = (rows: LevelHint[]) => chooseHierarchy(rows).map((p) => p.parent);
  it("a No column counting every row over bold parents is a counter: the bold rows are the parents", () => {
    const rows = [
      h("PENUNJANG URUSAN", { no: "1", bold: true, upper: true }, 30),
      h("Perencanaan", { no: "2" }, 10),
      h("Administrasi", { no: "3" }, 20),
      h("PELAYANAN IZIN", { no: "4", bold: true, upper: true }, 5),
      h("Penerbitan Izin", { no: "5" }, 5),
    ];
    expect(parents(rows)).toEqual([undefined, 0, 0, undefined, 3]);
    expect(classify(rows).map((c) => c?.key)).toEqual([
      "t:110:0",
      "t:000:0",
      "t:000:0",
      "t:110:0",
      "t:000:0",
    ]);
  });
  it("numbers restarting under each parent stay numbering", () => {
    const rows = [
      h("A", { no: "1" }),
      h("B", { no: "2" }),
      h("C", { no: "3", bold: true }),
      h("D", { no: "1" }),
    ];
    expect(classify(rows).map((c) => c?.key)).toEqual(["n:1", "n:1", "n:1", "n:1"]);
  });
  it("one bold row in a flat list whose amounts do not add up is emphasis, not a parent", () => {
    const rows = [
      h("Gaji", {}, 50),
      h("Honor Narasumber", { bold: true }, 70),
      h("ATK", {}, 20),
      h("Cetak", {}, 10),
    ];
    expect(parents(rows)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("a row that names its level is a parent by its own word", () => {
  const amount = (n: number) => ({
    origin: { sheet: "T", cell: "C1" },
    raw: n,
    num: n,
    text: String(n),
    decimals: 0,
    percent: false,
  });
  const row = (uraian: string, pagu: number, bold = false): LevelHint => ({
    uraian,
    strong: bold,
    bold,
    total: false,
    sums: [amount(pagu)],
  });
  it.each<[string, LevelHint[]]>([
    [
      "a plain 'Program' row whose pagu is mistyped (100 for 60 + 50)",
      [
        row("Program Pelayanan Administrasi", 100),
        row("Penyediaan alat tulis kantor", 60),
        row("Penyediaan jasa kebersihan", 50),
      ],
    ],
    [
      "a bold PROGRAM row whose pagu is mistyped",
      [
        row("PROGRAM PELAYANAN ADMINISTRASI", 100, true),
        row("Penyediaan alat tulis kantor", 60),
        row("Penyediaan jasa kebersihan", 50),
      ],
    ],
    [
      "a 'Program' row that adds up",
      [
        row("Program Pelayanan Administrasi", 110),
        row("Penyediaan alat tulis kantor", 60),
        row("Penyediaan jasa kebersihan", 50),
      ],
    ],
  ])("%s keeps its plain rows under it, so the roll-up check can see it", (_rule, rows) => {
    expect(chooseHierarchy(rows).map((p) => [p.level, p.parent ?? null])).toEqual([
      [0, null],
      [1, 0],
      [1, 0],
    ]);
  });
});
