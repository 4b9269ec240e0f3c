/**
 * The template and the bundled example read back losslessly: every value typed into a template column
 * arrives in the model field that column means, at its own cell.
 */
import { openXlsx } from "../../src/adapters/xlsx";
import { readModel } from "../../src/workbook";
import type { AnggaranRow, Indikator, Model, ModelCell } from "../../src/engine/model/types";
import { buildExample } from "../../assets/example/build";
import { CONTOH_004 } from "../../assets/example/contoh-004";
import type { TemplateRow } from "../../src/workbook/template";

type Getter<T> = (row: T) => ModelCell | undefined;

// Template header → where the reader must put it (docs/REPORT.md §2).
const KINERJA_FIELDS: Record<string, Getter<Indikator>> = {
  Kode: (r) => r.kode,
  "Sasaran Strategis": (r) => r.sasaran,
  "Indikator Kinerja": (r) => r.indikator,
  Satuan: (r) => r.satuan,
  Polaritas: (r) => r.polaritas,
  Agregasi: (r) => r.agregasi,
  Target: (r) => r.target,
  "Target TW I": (r) => r.targetTw?.[0],
  "Target TW IV": (r) => r.targetTw?.[3],
  "Realisasi TW I": (r) => r.realisasiTw?.[0],
  "Realisasi TW IV": (r) => r.realisasiTw?.[3],
  Realisasi: (r) => r.realisasi,
  "Capaian (%)": (r) => r.capaianStated,
  Kriteria: (r) => r.kriteriaStated,
  "Target Akhir Renstra": (r) => r.targetAkhir,
  "Tingkat Kemajuan (%)": (r) => r.kemajuanStated,
  "Target Nasional": (r) => r.targetNasional,
  "Realisasi 2023": (r) => r.years?.[2023]?.realisasi,
  "Target 2022": (r) => r.years?.[2022]?.target,
  "Capaian 2021 (%)": (r) => r.years?.[2021]?.capaian,
  "Sumber Data": (r) => r.sumberData,
  Analisis: (r) => r.analisis,
  Solusi: (r) => r.solusi,
};

const ANGGARAN_FIELDS: Record<string, Getter<AnggaranRow>> = {
  Kode: (r) => r.kode,
  Uraian: (r) => r.uraian,
  "Kode Sasaran": (r) => r.kodeSasaran,
  "Sumber Dana": (r) => r.sumberDana,
  "Pagu Sebelum Perubahan": (r) => r.paguSebelum,
  Pagu: (r) => r.pagu,
  Realisasi: (r) => r.realisasi,
  "Serapan (%)": (r) => r.serapanStated,
};

const TINGKAT: Record<string, AnggaranRow["tingkat"]> = {
  Program: "program",
  Kegiatan: "kegiatan",
  "Sub Kegiatan": "sub_kegiatan",
  Sasaran: "sasaran",
};

/** The value a cell should read as: numbers as numbers, "70.95" (typed as text on purpose) as its number. */
function expectSame(cell: ModelCell | undefined, typed: unknown, where: string): void {
  if (typed === undefined || typed === null || typed === "") return;
  expect({
    where,
    value: cell === undefined ? "(hilang)" : typeof typed === "number" ? cell.num : cell.text,
  }).toEqual({
    where,
    value: typeof typed === "number" ? typed : String(typed).trim(),
  });
}

describe("the bundled example reads back losslessly through the template layout", () => {
  let model: Model;
  beforeAll(async () => {
    model = readModel(await (await openXlsx(await buildExample())).readSheets());
  }, 30_000);

  it("finds Profil, Kinerja, Anggaran and Skala, and the reporting year", () => {
    expect(model.tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual([
      "Profil:profil",
      "Kinerja:kinerja",
      "Anggaran:anggaran",
      "Skala:skala",
    ]);
    expect(model.tahun).toBe(2024);
    expect(model.profil).toMatchObject({
      namaInstansi: "Dinas Koperasi dan Usaha Kecil dan Menengah",
      pemerintahDaerah: "Kabupaten Indragiri Hilir",
      periodeRenstra: "2024-2026",
      tempat: "Tembilahan",
    });
  });

  it("every typed Kinerja value is in its field (one model row per template row, in order)", () => {
    const typed = CONTOH_004.kinerja as TemplateRow[];
    const rows = model.indikator.filter((r) => r.rowKind === "data");
    expect(rows).toHaveLength(typed.length);
    typed.forEach((t, i) => {
      for (const [header, get] of Object.entries(KINERJA_FIELDS))
        expectSame(get(rows[i]), t[header], `${header} baris ${i + 2}`);
      expect(rows[i].row).toBe(i + 2);
    });
  });

  it("every typed Anggaran value is in its field, with its tingkat", () => {
    const typed = CONTOH_004.anggaran as TemplateRow[];
    const rows = model.anggaran.filter((r) => r.rowKind === "data");
    expect(rows).toHaveLength(typed.length);
    typed.forEach((t, i) => {
      for (const [header, get] of Object.entries(ANGGARAN_FIELDS)) {
        if (header === "Serapan (%)" && t[header] === "-") continue; // "-" is an empty value (docs/DOMAIN.md §9)
        expectSame(get(rows[i]), t[header], `${header} baris ${i + 2}`);
      }
      expect(rows[i].tingkat).toBe(TINGKAT[String(t.Tingkat)]);
      expect(rows[i].pagu?.origin).toEqual({ sheet: "Anggaran", cell: `G${i + 2}` });
    });
  });
});

describe("a template row with every column filled reads back into every field", () => {
  const kinerja: TemplateRow = {
    Kode: "2.1",
    "Sasaran Strategis": "Meningkatnya tata kelola",
    "Indikator Kinerja": "Indeks kepuasan masyarakat",
    Satuan: "Indeks",
    Polaritas: "naik",
    Agregasi: "akhir",
    Target: 82.5,
    "Target TW I": 80,
    "Target TW II": 81,
    "Target TW III": 82,
    "Target TW IV": 82.5,
    "Realisasi TW I": 79.25,
    "Realisasi TW II": 80.5,
    "Realisasi TW III": 81.75,
    "Realisasi TW IV": 83.1,
    Realisasi: 83.1,
    "Capaian (%)": 100.73,
    Kriteria: "Sangat Tinggi",
    "Target Akhir Renstra": 85,
    "Tingkat Kemajuan (%)": 97.76,
    "Target Nasional": 80,
    "Realisasi 2023": 78.4,
    "Target 2023": 80,
    "Capaian 2023 (%)": 98,
    "Realisasi 2022": 75,
    "Target 2022": 78,
    "Capaian 2022 (%)": 96.15,
    "Sumber Data": "Survei IKM",
    Analisis: "=naik karena layanan daring",
    Solusi: "+ perluas layanan",
  };
  const anggaran: TemplateRow = {
    Kode: "2.17.02",
    Tingkat: "Program",
    Uraian: "PROGRAM PELAYANAN",
    "Kode Sasaran": "2.1",
    "Sumber Dana": "APBD",
    "Pagu Sebelum Perubahan": 1_000_000_000,
    Pagu: 1_250_000_000,
    Realisasi: 1_100_000_000,
    "Serapan (%)": 88,
  };
  let model: Model;
  beforeAll(async () => {
    const { newXlsx } = await import("../../src/adapters/xlsx");
    const { createTemplate } = await import("../../src/jobs/create-template");
    const book = newXlsx();
    await createTemplate(book, { tahun: 2024, kinerja: [kinerja], anggaran: [anggaran], emptyRows: 1 });
    model = readModel(await (await openXlsx(await book.toBuffer())).readSheets());
  });

  // The template's default earlier years are n−1 and n−2 (2023, 2022): its 2021 columns do not exist.
  it.each(Object.keys(KINERJA_FIELDS).filter((h) => h in kinerja))("Kinerja column %s", (header) => {
    const row = model.indikator.find((r) => r.rowKind === "data")!;
    expect(KINERJA_FIELDS[header](row)).toBeDefined();
    expectSame(KINERJA_FIELDS[header](row), kinerja[header], header);
  });

  it("Kinerja quarters TW II and TW III too", () => {
    const row = model.indikator.find((r) => r.rowKind === "data")!;
    expect([
      row.targetTw?.[1]?.num,
      row.targetTw?.[2]?.num,
      row.realisasiTw?.[1]?.num,
      row.realisasiTw?.[2]?.num,
    ]).toEqual([81, 82, 80.5, 81.75]);
  });

  it.each(Object.keys(ANGGARAN_FIELDS))("Anggaran column %s", (header) => {
    const row = model.anggaran.find((r) => r.rowKind === "data")!;
    expect(ANGGARAN_FIELDS[header](row)).toBeDefined();
    expectSame(ANGGARAN_FIELDS[header](row), anggaran[header], header);
    expect(row.tingkat).toBe("program");
  });

  it("text that looks like a formula stays text", () => {
    const row = model.indikator.find((r) => r.rowKind === "data")!;
    expect([row.analisis?.text, row.solusi?.text]).toEqual([
      "=naik karena layanan daring",
      "+ perluas layanan",
    ]);
  });
});
