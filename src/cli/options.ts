import type { JobOptions } from "../jobs/types";
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
    if (values.skala !== "permendagri86")
      throw new UsageError(
        `--skala tidak dikenal: '${values.skala}'. Pilihan: permendagri86 (atau lembar Skala di buku kerja)`,
      );
    options.skala = "permendagri86";
  }
  if (typeof values.efisiensi === "string") {
    if (values.efisiensi !== "selisih" && values.efisiensi !== "rasio")
      throw new UsageError(`--efisiensi harus 'selisih' atau 'rasio', bukan '${values.efisiensi}'`);
    options.efisiensi = values.efisiensi;
  }
  return options;
}

/** The parseArgs option table shared by generate, demo and check. */
export const JOB_OPTION_SPEC = {
  tahun: { type: "string" },
  batas: { type: "string" },
  skala: { type: "string" },
  efisiensi: { type: "string" },
} as const;
