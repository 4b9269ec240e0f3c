/**
 * The input template (docs/REPORT.md §2) as SheetSpecs: Profil, Kinerja and Anggaran (Excel Tables),
 * Skala and Petunjuk. Its headers use the reader's own vocabulary (headers.ts), so a filled
 * template reads back losslessly. The bundled example is this same layout filled with data.
 *
 * Additions to the §2 column list, for the staff's STATED values (the checker compares them):
 * Kinerja "Capaian (%)", "Kriteria", "Tingkat Kemajuan (%)", "Capaian <year> (%)"; Anggaran
 * "Serapan (%)". Decision: no =SAKIP.* formula columns in the tables: a computed column next to
 * the stated one would be read back as a second stated value, and the report computes anyway.
 */
import type { CellInput, SheetSpec } from "../engine/model/sheet-spec";
import { PERMENDAGRI_86 } from "../engine/kriteria/permendagri-86";

/** Cell values by header text; a missing header is an empty cell. */
export type TemplateRow = Record<string, CellInput>;

export type TemplateInput = {
  tahun: number; // reporting year n
  years?: number[]; // earlier years with their own columns; default [n−1, n−2]
  profil?: Record<string, CellInput>; // by PROFIL_LABELS
  kinerja?: TemplateRow[];
  anggaran?: TemplateRow[];
  emptyRows?: number; // blank table rows after the data; default 50 (at least 1)
};

export const PROFIL_LABELS = [
  "Nama Instansi",
  "Pemerintah Daerah",
  "Tahun Laporan",
  "Periode Renstra",
  "Kepala",
  "NIP",
  "Tempat",
  "Tanggal",
] as const;

export const POLARITAS_LIST = ["naik", "turun", "turun-rasio", "tetap"];
export const AGREGASI_LIST = ["kumulatif", "akhir", "rata-rata", "maks"];
export const TINGKAT_LIST = ["Program", "Kegiatan", "Sub Kegiatan", "Sasaran"];

type Column = { header: string; width: number; format?: string; list?: string[] };

const TW = ["I", "II", "III", "IV"];
const NUM = "#,##0.00";
const PCT = "0.00";
const RP = "#,##0";

/** Kinerja columns in order; `years` adds Realisasi/Target/Capaian per earlier year. */
export function kinerjaColumns(years: number[]): Column[] {
  return [
    { header: "Kode", width: 9 },
    { header: "Sasaran Strategis", width: 34 },
    { header: "Indikator Kinerja", width: 40 },
    { header: "Satuan", width: 10 },
    { header: "Polaritas", width: 11, list: POLARITAS_LIST },
    { header: "Agregasi", width: 11, list: AGREGASI_LIST },
    { header: "Target", width: 11, format: NUM },
    ...TW.map((t) => ({ header: `Target TW ${t}`, width: 10, format: NUM })),
    ...TW.map((t) => ({ header: `Realisasi TW ${t}`, width: 11, format: NUM })),
    { header: "Realisasi", width: 11, format: NUM },
    { header: "Capaian (%)", width: 11, format: PCT },
    { header: "Kriteria", width: 14, list: PERMENDAGRI_86.bands.map((b) => b.label) },
    { header: "Target Akhir Renstra", width: 12, format: NUM },
    { header: "Tingkat Kemajuan (%)", width: 12, format: PCT },
    { header: "Target Nasional", width: 11, format: NUM },
    ...years.flatMap((y) => [
      { header: `Realisasi ${y}`, width: 11, format: NUM },
      { header: `Target ${y}`, width: 11, format: NUM },
      { header: `Capaian ${y} (%)`, width: 11, format: PCT },
    ]),
    { header: "Sumber Data", width: 24 },
    { header: "Analisis", width: 40 },
    { header: "Solusi", width: 40 },
  ];
}

export const ANGGARAN_COLUMNS: Column[] = [
  { header: "Kode", width: 9 },
  { header: "Tingkat", width: 13, list: TINGKAT_LIST },
  { header: "Uraian", width: 60 },
  { header: "Kode Sasaran", width: 10 },
  { header: "Sumber Dana", width: 12 },
  { header: "Pagu Sebelum Perubahan", width: 18, format: RP },
  { header: "Pagu", width: 18, format: RP },
  { header: "Realisasi", width: 18, format: RP },
  { header: "Serapan (%)", width: 11, format: PCT },
];

/** Column letters of a 1-based index (28 → "AB"). */
export function colLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A sheet holding one Excel Table at A1: header row, data, then blank rows. */
function tableSheet(
  key: string,
  name: string,
  columns: Column[],
  data: TemplateRow[],
  emptyRows: number,
  tabColor: string,
): SheetSpec {
  const known = new Set(columns.map((c) => c.header));
  for (const row of data) {
    const unknown = Object.keys(row).filter((h) => !known.has(h));
    if (unknown.length) throw new Error(`Kolom tidak dikenal di ${name}: ${unknown.join(", ")}`);
  }
  const body: CellInput[][] = [
    ...data.map((row) => columns.map((c) => row[c.header] ?? null)),
    ...Array.from({ length: Math.max(1, emptyRows) }, () => columns.map(() => null)),
  ];
  const last = 1 + body.length;
  const end = colLetter(columns.length);
  const col = (i: number) => colLetter(i + 1);
  return {
    key,
    name,
    role: "template",
    blocks: [{ at: "A1", rows: [columns.map((c) => c.header), ...body] }],
    numberFormats: columns.flatMap((c, i) =>
      c.format ? [{ range: `${col(i)}2:${col(i)}${last}`, format: c.format }] : [],
    ),
    formats: [
      { range: `A1:${end}1`, style: { bold: true, wrap: true, vAlign: "middle", hAlign: "center" } },
      { range: `A2:${end}${last}`, style: { vAlign: "top", wrap: true } },
    ],
    merges: [],
    columnWidths: columns.map((c) => c.width),
    rowHeights: [{ row: 1, height: 32 }],
    freeze: { rows: 1, columns: 3 },
    tables: [{ name, range: `A1:${end}${last}`, style: "TableStyleMedium2" }],
    validations: columns.flatMap((c, i) =>
      c.list ? [{ range: `${col(i)}2:${col(i)}${last}`, list: c.list }] : [],
    ),
    tabColor,
  };
}

function profilSheet(input: TemplateInput): SheetSpec {
  const values: Record<string, CellInput> = { "Tahun Laporan": input.tahun, ...input.profil };
  const rows: CellInput[][] = [
    ["Profil Instansi", null],
    [null, null],
    ["Keterangan", "Isian"],
  ];
  for (const label of PROFIL_LABELS) rows.push([label, values[label] ?? null]);
  return {
    key: "profil",
    name: "Profil",
    role: "template",
    blocks: [{ at: "A1", rows }],
    // NIP has 18 digits: as a number Excel would show 1,99E+17, so its cell is text.
    numberFormats: [{ range: `B${4 + PROFIL_LABELS.indexOf("NIP")}`, format: "@" }],
    formats: [
      { range: "A1", style: { bold: true, fontSize: 14 } },
      { range: "A3:B3", style: { bold: true, fill: "#D9E1F2", border: "thin" } },
      { range: `A4:B${rows.length}`, style: { border: "thin" } },
      { range: `A4:A${rows.length}`, style: { bold: true } },
    ],
    merges: [],
    columnWidths: [22, 60],
    tabColor: "#4472C4",
  };
}

/** The kriteria scale, editable: lower bound, label, code, colour (the cell is filled with it). */
function skalaSheet(): SheetSpec {
  const bands = PERMENDAGRI_86.bands;
  const rows: CellInput[][] = [
    [`Skala Kriteria Capaian (${PERMENDAGRI_86.name})`, null, null, null],
    [null, null, null, null],
    ["Batas Bawah", "Kriteria", "Kode", "Warna"],
    ...bands.map((b) => [b.min, b.label, b.kode, b.color] as CellInput[]),
  ];
  return {
    key: "skala",
    name: "Skala",
    role: "template",
    blocks: [{ at: "A1", rows }],
    numberFormats: [{ range: `A4:A${rows.length}`, format: "0.00" }],
    formats: [
      { range: "A1", style: { bold: true, fontSize: 12 } },
      { range: "A3:D3", style: { bold: true, fill: "#D9E1F2" } },
      { range: `A3:D${rows.length}`, style: { border: "thin" } },
      ...bands.map((b, i) => ({ range: `D${4 + i}`, style: { fill: b.color } })),
    ],
    merges: [],
    columnWidths: [14, 18, 8, 12],
    tabColor: "#70AD47",
  };
}

export const PETUNJUK: string[] = [
  "Petunjuk pengisian",
  "1. Isi lembar Profil: nama instansi, pemerintah daerah, tahun laporan, periode Renstra, kepala, NIP, tempat dan tanggal.",
  "2. Lembar Kinerja: satu baris per indikator. Kode dan Sasaran Strategis boleh diulang atau dikosongkan untuk indikator berikutnya dalam sasaran yang sama.",
  "3. Polaritas: naik (makin tinggi makin baik, bawaan), turun, turun-rasio, tetap. Agregasi triwulan: kumulatif, akhir, rata-rata, maks (kosong = otomatis menurut satuan).",
  "4. Angka boleh diketik dengan format Indonesia (17,65 atau 1.234.567). Persen ditulis sebagai angka persen: 98,86 untuk 98,86%.",
  "5. Kolom Capaian, Kriteria, Tingkat Kemajuan dan Serapan diisi angka yang tertulis di laporan Anda; add-in menghitung ulang dan menandai yang tidak cocok.",
  "6. Lembar Anggaran: satu baris per program, kegiatan dan sub kegiatan, berurutan; Tingkat menentukan induknya. Kode Sasaran menghubungkan program ke sasaran di lembar Kinerja.",
  "7. Lembar Skala: ubah batas bawah, nama kriteria atau warna bila instansi memakai skala lain.",
  "8. Setelah terisi, pilih Periksa lalu Buat Laporan LKjIP di panel add-in (atau: npx sakip check / generate).",
];

function petunjukSheet(): SheetSpec {
  return {
    key: "petunjuk",
    name: "Petunjuk",
    role: "template",
    blocks: [{ at: "A1", rows: PETUNJUK.map((t) => [t]) }],
    numberFormats: [],
    formats: [
      { range: "A1", style: { bold: true, fontSize: 14 } },
      { range: `A2:A${PETUNJUK.length}`, style: { wrap: true, vAlign: "top" } },
    ],
    merges: [],
    columnWidths: [110],
    tabColor: "#A5A5A5",
  };
}

/**
 * The template's sheets, in workbook order (Petunjuk, Profil, Kinerja, Anggaran, Skala).
 * @example buildTemplate({ tahun: 2024 }).map((s) => s.name) //=> ["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"]
 */
export function buildTemplate(input: TemplateInput): SheetSpec[] {
  const years = input.years ?? [input.tahun - 1, input.tahun - 2];
  const empty = input.emptyRows ?? 50;
  return [
    petunjukSheet(),
    profilSheet(input),
    tableSheet("kinerja", "Kinerja", kinerjaColumns(years), input.kinerja ?? [], empty, "#ED7D31"),
    tableSheet("anggaran", "Anggaran", ANGGARAN_COLUMNS, input.anggaran ?? [], empty, "#FFC000"),
    skalaSheet(),
  ];
}
