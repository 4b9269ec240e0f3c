import type { Finding, Severity } from "../engine/check/finding";
import { kriteriaCounts, type WorkbookEval } from "../engine/evaluate";
import type { Model } from "../engine/model/types";
import type { Result } from "../engine/result";

/*
 * The consolidation of many agencies' workbooks (`sakip rekap`): one plain, structured-clonable summary per
 * file, built from the same evaluation and findings as `sakip check` and the report, so the figures agree.
 */

/** One finding of an agency's workbook, as the Temuan sheet lists it. */
export type RekapTemuan = { sheet: string; cell: string; rule: string; severity: Severity; message: string };

/** One indicator of the reporting year, as the Indikator sheet lists it. */
export type RekapIndikator = {
  indikator: string;
  satuan: string;
  target: string | number | null;
  realisasi: number | null;
  capaian: number | null;
  kriteria: string;
};

/** One agency's workbook: its figures, or `alasan` (Indonesian) when the file could not be used. */
export type RekapAgency = {
  file: string;
  instansi: string;
  tahun: number | null;
  indikator: number;
  rataCapaian: number | null;
  kriteria: Record<string, number>;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  sisa: number | null;
  efisiensi: number | null;
  kesalahan: number;
  peringatan: number;
  alasan?: string;
  temuan: RekapTemuan[];
  daftarIndikator: RekapIndikator[];
};

/**
 * The agency's row from the job's one evaluation and its findings; the name falls back to the file's name.
 * @example summarizeAgency("dinkes.xlsx", model, evaluateWorkbook(model), []).instansi //=> "Dinas Kesehatan"
 */
export function summarizeAgency(
  file: string,
  model: Model,
  evaluation: WorkbookEval,
  findings: Finding[],
): RekapAgency {
  const { agency, totals, kinerja } = evaluation;
  return {
    file,
    instansi: model.profil.namaInstansi?.trim() || baseName(file),
    tahun: evaluation.tahun ?? null,
    indikator: kinerja.length,
    rataCapaian: valueOf(agency.capaian),
    kriteria: kriteriaCounts(kinerja, evaluation.scale),
    pagu: totals?.pagu ?? null,
    realisasi: totals?.realisasi ?? null,
    serapan: totals ? valueOf(totals.serapan) : null,
    sisa: totals ? valueOf(totals.sisa) : null,
    efisiensi: agency.efisiensi ? valueOf(agency.efisiensi) : null,
    kesalahan: findings.filter((f) => f.severity === "error").length,
    peringatan: findings.filter((f) => f.severity === "warning").length,
    temuan: findings.map(({ sheet, cell, rule, severity, message }) => ({
      sheet,
      cell,
      rule,
      severity,
      message,
    })),
    daftarIndikator: kinerja.map(({ row, eval: e }) => ({
      indikator: row.indikator?.text ?? row.uraian?.text ?? "",
      satuan: row.satuan?.text ?? "",
      target: row.target ? (row.target.num ?? row.target.text) : null,
      realisasi: valueOf(e.realisasi),
      capaian: valueOf(e.capaian),
      kriteria: e.kriteria?.label ?? "",
    })),
  };
}

/**
 * The row of a file that could not be used (unreadable, encrypted, empty, no table): only its name and why.
 * @example unusableAgency("rusak.xlsx", "Berkas rusak").alasan //=> "Berkas rusak"
 */
export function unusableAgency(file: string, alasan: string): RekapAgency {
  return {
    file,
    instansi: baseName(file),
    tahun: null,
    indikator: 0,
    rataCapaian: null,
    kriteria: {},
    pagu: null,
    realisasi: null,
    serapan: null,
    sisa: null,
    efisiensi: null,
    kesalahan: 0,
    peringatan: 0,
    alasan,
    temuan: [],
    daftarIndikator: [],
  };
}

function valueOf(r: Result<number>): number | null {
  return r.ok ? r.value : null;
}

/** The file's name without folder or extension (the engine knows no path module). */
function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.xls[xmb]?$/i, "");
}
