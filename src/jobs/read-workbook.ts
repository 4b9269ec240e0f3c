import { readInputs } from "./read-inputs";
import type { Model } from "../engine/model/types";
import type { WorkbookPort } from "../workbook/port";
import type { JobOptions } from "./types";
import type { Settings } from "../workbook/settings-sheet";

const USABLE = new Set(["kinerja", "anggaran", "kinerja+anggaran"]);

/**
 * "Baca": what the reader understood of the staff's sheets (never the add-in's report sheets):
 * every table with its columns' roles and header paths, every row with its origin cells, and the
 * reasons for whatever was set aside.
 */
export async function readWorkbook(port: WorkbookPort, options: JobOptions = {}): Promise<Model> {
  return (await readInputs(port, options)).model;
}

/** Tables that carry kinerja or anggaran values: what check and generate need at least one of. */
export function usableTables(model: Model): number {
  return model.tables.filter(
    (t) => ["kinerja", "anggaran", "kinerja+anggaran"].includes(t.kind) && t.rows > 0,
  ).length;
}

/**
 * The model and the settings stored in the workbook, in one read: what the task pane shows on open.
 * @example const { model, settings } = await readWorkbookAndSettings(port)
 */
export async function readWorkbookAndSettings(
  port: WorkbookPort,
  options: JobOptions = {},
): Promise<{ model: Model; settings?: Settings }> {
  const { model, settings } = await readInputs(port, options);
  return { model, settings };
}

/** Raised by a job that needs at least one kinerja or anggaran table when the workbook has none. */
export class NothingRead extends Error {}

/**
 * Why nothing usable was read, naming the closest candidate and what it lacked, or undefined when at
 * least one kinerja or anggaran table was read.
 * @example nothingRead(readModel(grids)) //=> "Tidak ada tabel kinerja atau anggaran yang terbaca. Calon terdekat: …"
 */
export function nothingRead(model: Model): string | undefined {
  if (usableTables(model) > 0) return undefined;
  const help =
    'Salin data ke templat (sakip template) atau petakan kolomnya sendiri (sakip baca --json, sunting bagian "peta", lalu --peta peta.json).';
  const candidate = model.tables.find(
    (t) => !USABLE.has(t.kind) && t.kind !== "profil" && t.kind !== "skala",
  );
  if (!candidate)
    return `Tidak ada tabel kinerja atau anggaran yang terbaca: tidak ditemukan baris judul kolom dengan nama indikator/uraian beserta target, realisasi atau pagu. ${help}`;
  const fields = (candidate.columns ?? []).map((c) => c.field).filter((f): f is string => f !== null);
  const named = fields.some((f) => ["indikator", "uraian", "sasaran", "kode"].includes(f));
  const measured = fields.some((f) => /^(target|realisasi|pagu|capaian)/.test(f));
  const lacked = !named
    ? "tidak ada kolom nama (Indikator, Uraian, Program/Kegiatan)"
    : !measured
      ? "tidak ada kolom Target, Realisasi atau Pagu/Anggaran"
      : "tidak ada baris data di bawahnya";
  const rows = candidate.headerRows
    ? ` (judul kolom baris ${candidate.headerRows[0]}–${candidate.headerRows[1]})`
    : "";
  return `Tidak ada tabel kinerja atau anggaran yang terbaca. Calon terdekat: ${candidate.sheet}!${candidate.range}${rows}: ${lacked}. ${help}`;
}
