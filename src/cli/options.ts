import * as fs from "node:fs";
import type { JobOptions } from "../jobs/types";
import type { Peta } from "../workbook/peta";
import { UsageError } from "./errors";

export { UsageError };

/** Reads --tahun, --batas, --skala and --efisiensi into job options, refusing what is not a valid value. */
export function jobOptions(values: Record<string, string | boolean | undefined>): JobOptions {
  const options: JobOptions = {};
  if (typeof values.tahun === "string") {
    const tahun = Number(values.tahun);
    if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100)
      throw new UsageError(`--tahun harus tahun empat angka (mis. 2024), bukan '${values.tahun}'`);
    options.tahun = tahun;
  }
  if (typeof values.batas === "string") {
    const batas = Number(values.batas.replace(",", "."));
    if (!Number.isFinite(batas) || batas <= 0)
      throw new UsageError(`--batas harus angka positif (mis. 100 atau 120), bukan '${values.batas}'`);
    options.batas = batas;
  }
  if (typeof values.skala === "string") {
    if (values.skala !== "permendagri86" && values.skala !== "akip")
      throw new UsageError(
        `--skala tidak dikenal: '${values.skala}'. Pilihan: permendagri86, akip (atau lembar Skala di buku kerja)`,
      );
    options.skala = values.skala;
  }
  if (typeof values.efisiensi === "string") {
    if (values.efisiensi !== "selisih" && values.efisiensi !== "rasio")
      throw new UsageError(`--efisiensi harus 'selisih' atau 'rasio', bukan '${values.efisiensi}'`);
    options.efisiensi = values.efisiensi;
  }
  if (typeof values.peta === "string") options.peta = readPeta(values.peta);
  return options;
}

/** The mapping file of --peta: JSON as `sakip baca --json` prints it under "peta". */
function readPeta(file: string): Peta {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`--peta: file '${file}' tidak dapat dibaca`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--peta: '${file}' bukan JSON yang sah (${(e as Error).message})`);
  }
  const tabel = (json as { tabel?: unknown })?.tabel;
  if (!Array.isArray(tabel))
    throw new UsageError(
      `--peta: '${file}' harus berisi { "versi": 1, "tabel": [ … ] } (lihat sakip baca --json)`,
    );
  return { versi: 1, tabel: tabel as Peta["tabel"] };
}

/** The parseArgs option table shared by generate, demo and check. */
export const JOB_OPTION_SPEC = {
  tahun: { type: "string" },
  batas: { type: "string" },
  skala: { type: "string" },
  efisiensi: { type: "string" },
  peta: { type: "string" },
} as const;
