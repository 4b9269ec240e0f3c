import { excel } from "./custom-functions-stub";
import { sakipAngka } from "../../src/functions/angka";
import { sakipCapaian } from "../../src/functions/capaian";
import { sakipEfisiensi } from "../../src/functions/efisiensi";
import { sakipKategoriEfisiensi } from "../../src/functions/kategori-efisiensi";
import { sakipKemajuan } from "../../src/functions/kemajuan";
import { sakipKriteria } from "../../src/functions/kriteria";
import { sakipPertumbuhan } from "../../src/functions/pertumbuhan";
import { sakipPredikat } from "../../src/functions/predikat";
import { sakipRata } from "../../src/functions/rata";
import { sakipSelisih } from "../../src/functions/selisih";
import { sakipSerapan } from "../../src/functions/serapan";
import { sakipSisa } from "../../src/functions/sisa";
import { sakipTahunan } from "../../src/functions/tahunan";

type Case = [
  label: string,
  call: () => unknown,
  expected: number | string | { code: string; message: RegExp },
];

/** Excel passes null for an omitted optional range; the TypeScript signature stays unknown[][] so the
 * metadata generator keeps the parameter a matrix (a union type would make it scalar "any"). */
const OMITTED = null as unknown as unknown[][];

const err = (code: "#VALUE!" | "#DIV/0!" | "#N/A", message: RegExp) => ({ code, message });

/** Every case: the value Excel shows, or the error code with an Indonesian message that says why. */
function check([, call, expected]: Case) {
  const shown = excel(call);
  if (typeof expected === "number") {
    expect(typeof shown).toBe("number");
    expect(shown as number).toBeCloseTo(expected, 6);
  } else if (typeof expected === "string") {
    expect(shown).toBe(expected);
  } else {
    expect(shown).toEqual({ code: expected.code, message: expect.stringMatching(expected.message) });
  }
}

describe("SAKIP.CAPAIAN: target before realisasi, polaritas and batas optional (null when omitted)", () => {
  it.each<Case>([
    ["naik (004:L712)", () => sakipCapaian(63, 57.9, null, null), 91.904762],
    ["text numbers", () => sakipCapaian("70%", "67,71", null, null), 96.728571],
    ["turun", () => sakipCapaian(10, 5, "turun", null), 150],
    ["negatif alias", () => sakipCapaian(10, 5, "Negatif", null), 150],
    ["batas caps (000:L466)", () => sakipCapaian("0.53%", "3,57%", null, 100), 100],
    ["no batas keeps the raw 673,58", () => sakipCapaian("0.53%", "3,57%", "", ""), 673.584906],
    ["range target inside", () => sakipCapaian("70–80", 75, null, null), 100],
    ["predikat target", () => sakipCapaian("BB", "BB", null, null), 100],
    ["omitted optionals (undefined)", () => sakipCapaian(70, 70), 100],
    ["target 0 → #DIV/0!", () => sakipCapaian(0, 5, null, null), err("#DIV/0!", /\S/)],
    ["empty realisasi → #N/A", () => sakipCapaian(70, null, null, null), err("#N/A", /Realisasi kosong/)],
    ["empty target → #VALUE!", () => sakipCapaian(null, 5, null, null), err("#VALUE!", /[Tt]arget/)],
    ["text target", () => sakipCapaian("abc", 5, null, null), err("#VALUE!", /abc/)],
    ["boolean realisasi", () => sakipCapaian(70, true, null, null), err("#VALUE!", /Realisasi/)],
    [
      "unknown polaritas",
      () => sakipCapaian(70, 60, "ke atas", null),
      err("#VALUE!", /Polaritas tidak dikenal/),
    ],
    ["bad batas", () => sakipCapaian(70, 60, null, "tinggi"), err("#VALUE!", /batas/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.KRITERIA: Permendagri 86/2017 by default, or a two-column scale from the workbook", () => {
  const own = [
    [80, "Baik"],
    [60, "Cukup"],
    [null, "Kurang"],
  ];
  it.each<Case>([
    ["96,73 Sangat Tinggi", () => sakipKriteria(96.73, OMITTED), "Sangat Tinggi"],
    ["90,5 in the printed gap is Tinggi", () => sakipKriteria(90.5, OMITTED), "Tinggi"],
    ["text capaian", () => sakipKriteria("65,99", OMITTED), "Rendah"],
    ["673,58 stays top", () => sakipKriteria(673.58), "Sangat Tinggi"],
    ["own scale", () => sakipKriteria(70, own), "Cukup"],
    ["own scale bottom band", () => sakipKriteria(10, own), "Kurang"],
    [
      "own scale ascending with blank rows",
      () =>
        sakipKriteria(85, [
          [null, "Kurang"],
          [60, "Cukup"],
          [80, "Baik"],
          [null, null],
        ]),
      "Baik",
    ],
    ["empty capaian", () => sakipKriteria(null, OMITTED), err("#VALUE!", /capaian kosong/)],
    ["text capaian", () => sakipKriteria("tinggi", OMITTED), err("#VALUE!", /tinggi/)],
    ["one-column scale", () => sakipKriteria(70, [[80], [60]]), err("#VALUE!", /dua kolom/)],
    [
      "scale with text bound",
      () =>
        sakipKriteria(70, [
          ["x", "Baik"],
          [null, "Kurang"],
        ]),
      err("#VALUE!", /skala baris 1/),
    ],
    [
      "scale without label",
      () =>
        sakipKriteria(70, [
          [80, ""],
          [null, "Kurang"],
        ]),
      err("#VALUE!", /label kosong/),
    ],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.PREDIKAT: AKIP grade, upper bound inclusive", () => {
  it.each<Case>([
    ["76,36 → BB (000:L823)", () => sakipPredikat(76.36), "BB"],
    ["text 70,95 → BB", () => sakipPredikat("70,95"), "BB"],
    ["90 → A", () => sakipPredikat(90), "A"],
    ["90,01 → AA", () => sakipPredikat(90.01), "AA"],
    ["0 → D", () => sakipPredikat(0), "D"],
    ["over 100", () => sakipPredikat(101), err("#VALUE!", /0 dan 100/)],
    ["empty", () => sakipPredikat(null), err("#VALUE!", /nilai kosong/)],
    ["text", () => sakipPredikat("Belum Input"), err("#VALUE!", /Belum Input/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.SERAPAN and SAKIP.SISA: pagu before realisasi", () => {
  it.each<Case>([
    ["serapan 004 total", () => sakipSerapan(9865481222, 4847956007), 49.140593],
    ["serapan Rupiah text", () => sakipSerapan("Rp. 5.670.694.672,-", "3.790.022.175"), 66.835236],
    ["serapan 0 of 0", () => sakipSerapan(0, 0), 100],
    ["serapan pagu 0", () => sakipSerapan(0, 5), err("#DIV/0!", /\S/)],
    ["serapan empty pagu", () => sakipSerapan("", 5), err("#VALUE!", /pagu kosong/)],
    ["serapan text", () => sakipSerapan(100, "sebagian"), err("#VALUE!", /realisasi/)],
    ["sisa 004 total", () => sakipSisa(9865481222, 4847956007), 5017525215],
    ["sisa negative when over budget", () => sakipSisa("1.000", "1.200"), -200],
    ["sisa missing realisasi", () => sakipSisa(1000, null), err("#VALUE!", /realisasi kosong/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.EFISIENSI and SAKIP.KATEGORIEFISIENSI: selisih by default, rasio on request", () => {
  it.each<Case>([
    ["selisih", () => sakipEfisiensi(96.73, 86.71, null), 10.02],
    ["rasio", () => sakipEfisiensi(96.73, 86.71, "Rasio"), 111.555761],
    ["rasio serapan 0", () => sakipEfisiensi(50, 0, "rasio"), err("#DIV/0!", /Serapan/)],
    ["unknown metode", () => sakipEfisiensi(96, 86, "beda"), err("#VALUE!", /metode tidak dikenal/)],
    ["empty serapan", () => sakipEfisiensi(96, null, null), err("#VALUE!", /serapan kosong/)],
    ["kategori efisien", () => sakipKategoriEfisiensi(10.02, null), "efisien"],
    ["kategori bound is cukup", () => sakipKategoriEfisiensi(-5), "cukup efisien"],
    ["kategori tidak", () => sakipKategoriEfisiensi("-5,01", null), "tidak efisien"],
    ["kategori rasio", () => sakipKategoriEfisiensi(100, "rasio"), "cukup efisien"],
    ["kategori text", () => sakipKategoriEfisiensi("baik", null), err("#VALUE!", /baik/)],
    ["kategori metode", () => sakipKategoriEfisiensi(3, "x"), err("#VALUE!", /metode/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.KEMAJUAN: one realisasi, or the sum of a range of yearly realisasi", () => {
  it.each<Case>([
    ["single cell (004 Tabel 3.4)", () => sakipKemajuan([[57.9]], 67, null), 86.41791],
    ["scalar", () => sakipKemajuan(57.9 as unknown as unknown[][], "67"), 86.41791],
    ["cumulative range with a blank year", () => sakipKemajuan([[20, 25, 30, null]], 100, null), 75],
    ["turun", () => sakipKemajuan([[12]], 10, "turun"), 80],
    ["all blank", () => sakipKemajuan([[null, null]], 100, null), err("#N/A", /realisasi/i)],
    ["text in range", () => sakipKemajuan([[20, "n/a"]], 100, null), err("#VALUE!", /sel ke-2/)],
    ["missing target", () => sakipKemajuan([[20]], null, null), err("#VALUE!", /target_akhir kosong/)],
    ["target 0", () => sakipKemajuan([[20]], 0, null), err("#DIV/0!", /Target akhir/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.TAHUNAN: four quarters in a row or a column", () => {
  it.each<Case>([
    ["kumulatif (000:L412)", () => sakipTahunan([[4.25, 4.25, 4.5, 4.65]], "kumulatif", null), 17.65],
    ["column range", () => sakipTahunan([[1], [2], [3], [4]], "maks", null), 4],
    ["akhir skips unreported", () => sakipTahunan([[80, 85, null, null]], "akhir", null), 85],
    ["default by satuan %", () => sakipTahunan([[80, 85, 90, ""]], null, "%"), 90],
    ["default without satuan is kumulatif", () => sakipTahunan([[1, 2, 3, 4]], null, null), 10],
    ["rata-rata", () => sakipTahunan([["1,5", 2.5, null, null]], "rata-rata", null), 2],
    ["all empty", () => sakipTahunan([[null, null, null, null]], "akhir", null), err("#N/A", /triwulan/)],
    [
      "wrong shape",
      () => sakipTahunan([[1, 2, 3]], null, null),
      err("#VALUE!", /1×4 atau 4×1 \(diterima 1×3\)/),
    ],
    [
      "2×2",
      () =>
        sakipTahunan(
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
        ),
      err("#VALUE!", /diterima 2×2/),
    ],
    [
      "unknown agregasi",
      () => sakipTahunan([[1, 2, 3, 4]], "median", null),
      err("#VALUE!", /Agregasi triwulan tidak dikenal/),
    ],
    ["text quarter", () => sakipTahunan([[1, "dua", 3, 4]], null, null), err("#VALUE!", /dua/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.RATA: the simple mean, no partial averages", () => {
  it.each<Case>([
    ["mean", () => sakipRata([[96.73], [150]], null), 123.365],
    ["clamped to batas", () => sakipRata([[96.73], [150]], 100), 98.365],
    ["text cells", () => sakipRata([["96,73", "100"]], null), 98.365],
    ["a blank indicator", () => sakipRata([[96.73], [null]], null), err("#N/A", /ke-2 kosong/)],
    ["text", () => sakipRata([[96.73], ["tinggi"]], null), err("#VALUE!", /tinggi/)],
    ["batas 0", () => sakipRata([[96.73]], 0), err("#VALUE!", /Batas/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.ANGKA: Indonesian text to a number", () => {
  it.each<Case>([
    ["thousands and decimals", () => sakipAngka("1.234,5"), 1234.5],
    ["Rupiah", () => sakipAngka("Rp. 12.151.893.026,-"), 12151893026],
    ["percent stays in points", () => sakipAngka("17,65 %"), 17.65],
    ["negative in parentheses", () => sakipAngka("(4.054.868.660)"), -4054868660],
    ["a number passes", () => sakipAngka(42), 42],
    ["73 (BB)", () => sakipAngka("73 (BB)"), 73],
    ["empty → #N/A", () => sakipAngka(null), err("#N/A", /kosong/)],
    ["dash → #N/A", () => sakipAngka("-"), err("#N/A", /kosong/)],
    ["text → #VALUE!", () => sakipAngka("17,65 %x"), err("#VALUE!", /17,65 %x/)],
    ["boolean → #VALUE!", () => sakipAngka(false), err("#VALUE!", /logika/)],
  ])("%s", (...c) => check(c));
});

describe("SAKIP.SELISIH and SAKIP.PERTUMBUHAN: sebelum before sesudah", () => {
  it.each<Case>([
    ["selisih in points", () => sakipSelisih(92.5, 96.73), 4.23],
    ["selisih text", () => sakipSelisih("1.000", "750"), -250],
    ["selisih missing", () => sakipSelisih(null, 5), err("#VALUE!", /sebelum kosong/)],
    ["pertumbuhan", () => sakipPertumbuhan(80, 92), 15],
    ["pertumbuhan from a negative base", () => sakipPertumbuhan(-10, -5), 50],
    ["pertumbuhan from 0", () => sakipPertumbuhan(0, 5), err("#DIV/0!", /sebelumnya 0/)],
    ["pertumbuhan text", () => sakipPertumbuhan("naik", 5), err("#VALUE!", /naik/)],
  ])("%s", (...c) => check(c));
});
