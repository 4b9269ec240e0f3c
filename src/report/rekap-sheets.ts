import type { CellInput, SheetSpec } from "../engine/model/sheet-spec";
import { columnLetters as colLetter } from "../engine/sheet/a1";
import type { RekapAgency } from "./rekap";

/*
 * The three sheets of the consolidation workbook (`sakip rekap`): Rekap (one row per agency), Temuan (every
 * finding) and Indikator (all agencies' indicators side by side). Header on row 1, frozen, so the sheets
 * filter and sort as plain tables.
 */

/** Where a finding's cell lives as a link from the consolidation workbook; null when no link can be made. */
export type FileLink = (file: string) => string | null;

/** The keys the consolidation's sheets are tagged with: a workbook of only these is an earlier rekap. */
export const REKAP_SHEET_KEYS = ["rekap", "rekap-temuan", "rekap-indikator"];

const SEVERITY_LABEL = { error: "Kesalahan", warning: "Peringatan", info: "Info" } as const;
const HEADER_STYLE = {
  bold: true,
  fill: "#D9E1F2",
  wrap: true,
  vAlign: "middle" as const,
  border: "thin" as const,
};

/**
 * Rekap, Temuan and Indikator for the agencies in the order given (the order of the files).
 * @example rekapSheets([agency], () => null).map((s) => s.name) //=> ["Rekap", "Temuan", "Indikator"]
 */
export function rekapSheets(agencies: RekapAgency[], link: FileLink): SheetSpec[] {
  return [rekapSheet(agencies), temuanSheet(agencies, link), indikatorSheet(agencies)];
}

/** Kriteria labels in the order first met (every agency's scale lists its bands in order). */
export function kriteriaLabels(agencies: RekapAgency[]): string[] {
  const labels: string[] = [];
  for (const a of agencies) for (const k of Object.keys(a.kriteria)) if (!labels.includes(k)) labels.push(k);
  return labels;
}

/** Column headers of the Rekap sheet: the kriteria columns sit between the capaian and the budget. */
export function rekapHeaders(labels: string[]): string[] {
  return [
    "No",
    "Berkas",
    "Instansi",
    "Tahun",
    "Jumlah indikator",
    "Rata-rata capaian (%)",
    ...labels.map((l) => `Indikator ${l}`),
    "Pagu (Rp)",
    "Realisasi anggaran (Rp)",
    "Serapan (%)",
    "Sisa anggaran (Rp)",
    "Efisiensi",
    "Kesalahan",
    "Peringatan",
    "Keterangan",
  ];
}

function rekapSheet(agencies: RekapAgency[]): SheetSpec {
  const labels = kriteriaLabels(agencies);
  const headers = rekapHeaders(labels);
  const rows: CellInput[][] = agencies.map((a, i) => [
    i + 1,
    a.file,
    a.instansi,
    a.tahun,
    a.alasan ? null : a.indikator,
    a.rataCapaian,
    ...labels.map((l) => (a.alasan ? null : (a.kriteria[l] ?? 0))),
    a.pagu,
    a.realisasi,
    a.serapan,
    a.sisa,
    a.efisiensi,
    a.alasan ? null : a.kesalahan,
    a.alasan ? null : a.peringatan,
    a.alasan ? `Tidak dapat dipakai: ${a.alasan}` : "",
  ]);
  const col = (i: number) => colLetter(i + 1);
  const last = Math.max(2, agencies.length + 1);
  const pct = [5, labels.length + 8, labels.length + 10].map((i) => `${col(i)}2:${col(i)}${last}`);
  const rp = [6, 7, 9].map((i) => labels.length + i).map((i) => `${col(i)}2:${col(i)}${last}`);
  return sheet("rekap", "Rekap", headers, rows, {
    widths: [5, 28, 32, 7, 10, 11, ...labels.map(() => 11), 18, 18, 10, 18, 10, 10, 10, 60],
    numberFormats: [
      ...pct.map((range) => ({ range, format: "0.00" })),
      ...rp.map((range) => ({ range, format: "#,##0" })),
    ],
  });
}

function temuanSheet(agencies: RekapAgency[], link: FileLink): SheetSpec {
  const rows: CellInput[][] = [];
  for (const a of agencies) {
    const file = link(a.file);
    for (const t of a.temuan)
      rows.push([
        rows.length + 1,
        a.file,
        a.instansi,
        t.sheet,
        file ? { text: t.cell, link: { file, sheet: t.sheet, cell: t.cell } } : t.cell,
        t.rule,
        SEVERITY_LABEL[t.severity],
        t.message,
      ]);
  }
  const headers = ["No", "Berkas", "Instansi", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan"];
  return sheet("rekap-temuan", "Temuan", headers, rows, { widths: [6, 28, 32, 20, 8, 22, 11, 90] });
}

function indikatorSheet(agencies: RekapAgency[]): SheetSpec {
  const rows: CellInput[][] = agencies.flatMap((a) =>
    a.daftarIndikator.map((d) => [
      a.instansi,
      a.file,
      d.indikator,
      d.satuan,
      d.target,
      d.realisasi,
      d.capaian,
      d.kriteria,
    ]),
  );
  const headers = [
    "Instansi",
    "Berkas",
    "Indikator",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Kriteria",
  ];
  const last = Math.max(2, rows.length + 1);
  return sheet("rekap-indikator", "Indikator", headers, rows, {
    widths: [32, 28, 60, 12, 12, 12, 12, 16],
    numberFormats: [{ range: `G2:G${last}`, format: "0.00" }],
  });
}

function sheet(
  key: string,
  name: string,
  headers: string[],
  rows: CellInput[][],
  extra: { widths: number[]; numberFormats?: SheetSpec["numberFormats"] },
): SheetSpec {
  return {
    key,
    name,
    role: "report",
    blocks: [{ at: "A1", rows: [headers, ...rows] }],
    numberFormats: extra.numberFormats ?? [],
    formats: [{ range: `A1:${colLetter(headers.length)}1`, style: HEADER_STYLE }],
    merges: [],
    columnWidths: extra.widths,
    freeze: { rows: 1 },
  };
}
