import * as fs from "fs";
import * as path from "path";
import { DetailedCellError, HyperFormula, type ConfigParams, type RawCellContent } from "hyperformula";
import { CATALOG } from "../../src/functions/catalog";
import { loadMetadata } from "./metadata-helper";
import { sakipPlugin } from "./hf-plugin";
import "./custom-functions-stub";

type CapaianRow = {
  id: string;
  measure: string;
  target: number;
  realisasi: number;
  target_raw: string;
  realisasi_raw: string;
  expected_capaian_6dp: number;
  expected_kriteria: string | null;
};
type AnggaranRow = {
  id: string;
  source: string;
  pagu: number | null;
  realisasi: number | null;
  pagu_raw: string | null;
  realisasi_raw: string | null;
  expected_persen_6dp?: number | null;
  expected_sisa?: number | null;
};

const FIXTURES = path.join(__dirname, "..", "fixtures", "shared");
const capaianRows: CapaianRow[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, "capaian.json"), "utf8"));
const anggaranRows: AnggaranRow[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, "anggaran.json"), "utf8"));
// Seeds 000 and 004 print Indonesian numbers; 002's Tabel 2.1 is English-formatted (fixtures README).
const indonesian = (source: string) => !source.startsWith("002");

const INDONESIAN: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  functionArgSeparator: ";",
  decimalSeparator: ",",
  thousandSeparator: "",
};
const ENGLISH: Partial<ConfigParams> = { licenseKey: "gpl-v3" };

beforeAll(async () => {
  const { plugin, translations } = sakipPlugin(await loadMetadata());
  HyperFormula.registerFunctionPlugin(plugin, translations);
}, 30_000);

/** A text cell stays text: the apostrophe stops HyperFormula from reading "17,65%" itself. */
const text = (raw: string): string => `'${raw}`;

function build(rows: RawCellContent[][], config = INDONESIAN) {
  const hf = HyperFormula.buildFromArray(rows, config);
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
  return { hf, at };
}

/** A sheet built once per describe, after the plugin is registered (describe bodies run before hooks). */
function sheetOf(rows: RawCellContent[][], config = INDONESIAN) {
  const box = {} as ReturnType<typeof build>;
  beforeAll(() => Object.assign(box, build(rows, config)));
  return box;
}

describe("capaian fixture rows: =SAKIP.CAPAIAN(target; realisasi) and =SAKIP.KRITERIA() give the recomputed values", () => {
  const rows = capaianRows.filter((r) => r.measure === "capaian");
  const sheet = rows.map((r, i) => {
    const n = i + 1;
    const raw = indonesian(r.id.replace(/^C/, ""))
      ? [text(r.target_raw), text(r.realisasi_raw)]
      : [r.target, r.realisasi];
    return [
      r.target,
      r.realisasi,
      ...raw,
      `=SAKIP.CAPAIAN(A${n};B${n})`,
      `=SAKIP.CAPAIAN(C${n};D${n})`,
      `=SAKIP.KRITERIA(E${n})`,
    ];
  });
  const s = sheetOf(sheet);
  it.each(rows.map((r, i) => [r.id, i + 1, r] as const))("%s", (_id, n, row) => {
    expect(s.at(`E${n}`) as number).toBeCloseTo(row.expected_capaian_6dp, 5);
    expect(s.at(`F${n}`) as number).toBeCloseTo(row.expected_capaian_6dp, 5); // as printed, e.g. "17,65%"
    expect(s.at(`G${n}`)).toBe(row.expected_kriteria);
  });
});

describe("kemajuan fixture rows (004 Tabel 3.4): =SAKIP.KEMAJUAN(realisasi; target_akhir)", () => {
  const rows = capaianRows.filter((r) => r.measure === "kemajuan");
  const s = sheetOf(
    rows.map((r, i) => [r.target, text(r.realisasi_raw), `=SAKIP.KEMAJUAN(B${i + 1};A${i + 1})`]),
  );
  it.each(rows.map((r, i) => [r.id, i + 1, r.expected_capaian_6dp] as const))("%s", (_id, n, expected) => {
    expect(s.at(`C${n}`) as number).toBeCloseTo(expected, 5);
  });
});

describe("anggaran fixture rows: =SAKIP.SERAPAN(pagu; realisasi) and =SAKIP.SISA()", () => {
  const rows = anggaranRows.filter((r) => r.pagu && r.realisasi !== null && r.expected_persen_6dp != null);
  const sheet = rows.map((r, i) => {
    const n = i + 1;
    const raw =
      indonesian(r.source) && r.pagu_raw && r.realisasi_raw
        ? [text(r.pagu_raw), text(r.realisasi_raw)]
        : [r.pagu, r.realisasi];
    return [
      r.pagu,
      r.realisasi,
      ...raw,
      `=SAKIP.SERAPAN(A${n};B${n})`,
      `=SAKIP.SERAPAN(C${n};D${n})`,
      `=SAKIP.SISA(A${n};B${n})`,
    ];
  });
  const s = sheetOf(sheet as RawCellContent[][]);
  it("covers the fixture", () => expect(rows.length).toBeGreaterThan(100));
  it.each(rows.map((r, i) => [r.id, i + 1, r] as const))("%s", (_id, n, row) => {
    expect(s.at(`E${n}`) as number).toBeCloseTo(row.expected_persen_6dp!, 5);
    expect(s.at(`F${n}`) as number).toBeCloseTo(row.expected_persen_6dp!, 5);
    if (row.expected_sisa != null) expect(s.at(`G${n}`)).toBe(row.expected_sisa);
  });
});

describe("inside formulas: references, ranges, empty cells, text numbers and error values", () => {
  const s = sheetOf([
    [70, 67.71, null, text("1.234,5"), "=1/0", text("abc")],
    [10, 20, 30, 40],
    [96.73, 150, null, "=NA()"],
    [
      "=SAKIP.CAPAIAN(A1;B1)",
      "=SAKIP.CAPAIAN(A1;C1)",
      "=SAKIP.ANGKA(D1)",
      "=SAKIP.SERAPAN(E1;A1)",
      "=SAKIP.SERAPAN(F1;A1)",
    ],
    [
      "=SAKIP.TAHUNAN(A2:D2)",
      "=SAKIP.TAHUNAN(A2:C2)",
      "=SAKIP.RATA(A3:B3;100)",
      "=SAKIP.RATA(A3:C3)",
      "=SAKIP.RATA(A3:D3)",
    ],
    [
      "=SAKIP.CAPAIAN(A1;B1;;100)",
      '=SAKIP.CAPAIAN(A1;B1;"turun")',
      "=ROUND(SAKIP.CAPAIAN(A1;B1);2)",
      "=SAKIP.KRITERIA(SAKIP.CAPAIAN(A1;B1))",
      "=SAKIP.SISA(A1)",
    ],
  ]);
  const at = (a1: string) => s.at(a1);
  const set = (a1: string, value: RawCellContent) =>
    s.hf.setCellContents(s.hf.simpleCellAddressFromString(a1, 0)!, value);
  const error = (a1: string) => {
    const v = at(a1);
    expect(v).toBeInstanceOf(DetailedCellError);
    return { code: (v as DetailedCellError).value, message: (v as DetailedCellError).message };
  };

  it.each([
    ["A4", 96.728571],
    ["C4", 1234.5],
    ["A5", 100],
    ["C5", 98.365],
    ["A6", 96.728571],
    ["B6", 103.271429],
    ["C6", 96.73],
  ])("%s = %p", (a1, value) => expect(at(a1) as number).toBeCloseTo(value, 5));

  it("a nested call feeds one function into another", () => expect(at("D6")).toBe("Sangat Tinggi"));

  it.each([
    ["B4", "#N/A", /Realisasi kosong/],
    ["D4", "#DIV/0!", /.*/], // the #DIV/0! of =1/0 in the pagu cell propagates
    ["E4", "#VALUE!", /"abc" bukan angka/],
    ["B5", "#VALUE!", /1×4 atau 4×1/],
    ["D5", "#N/A", /ke-3 kosong/],
    ["E5", "#N/A", /.*/], // =NA() inside the range propagates
  ])("%s shows %s", (a1, code, message) => {
    const shown = error(a1);
    expect(shown.code).toBe(code);
    expect(shown.message).toMatch(message);
  });

  it("a missing required argument is #N/A (wrong argument count), as in Excel", () => {
    expect(error("E6").code).toBe("#N/A");
  });

  it("recalculates after a cell changes, including from a value to an empty cell and back", () => {
    set("B1", 70);
    expect(at("A4")).toBe(100);
    set("B1", null);
    expect(error("A4").code).toBe("#N/A");
    set("B1", text("35"));
    expect(at("A4")).toBe(50);
    set("D2", 0);
    expect(at("A5")).toBe(60);
  });
});

describe("argument separators: ';' in Indonesian Excel, ',' in English Excel, same number", () => {
  it.each([
    [INDONESIAN, "=SAKIP.CAPAIAN(70;67,71)"],
    [ENGLISH, "=SAKIP.CAPAIAN(70,67.71)"],
    [INDONESIAN, '=SAKIP.CAPAIAN("70";"67,71";"naik")'],
    [ENGLISH, '=SAKIP.CAPAIAN("70","67,71","naik")'],
  ])("%#: %s", (config, formula) => {
    expect(build([[formula]], config).at("A1") as number).toBeCloseTo(96.728571, 5);
  });
});

describe("every example of the help page and README evaluates to the result it shows", () => {
  const display = (value: unknown, shown: string) => {
    if (typeof value !== "number") return value;
    const decimals = (shown.split(",")[1] ?? "").length;
    return new Intl.NumberFormat("id-ID", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
  };
  it.each(CATALOG.map((e) => [e.id, e.example] as const))("%s", (_id, example) => {
    const rows: RawCellContent[][] = [...(example.sheet ?? [])];
    rows.push([example.formula]);
    const value = build(rows).at(`A${rows.length}`);
    expect(display(value, example.result)).toBe(example.result);
  });
});
