import type { ReportContext } from "../context";
import type { SheetPlan } from "../layout/types";
import type { ReportSheetKey } from "../report-sheets";
import { analisis } from "./analisis";
import { capaianKinerja } from "./capaian-kinerja";
import { efisiensi } from "./efisiensi";
import { kemajuanRenstra } from "./kemajuan-renstra";
import { pemeriksaan } from "./pemeriksaan";
import { perbandinganTahun } from "./perbandingan-tahun";
import { perjanjianKinerja } from "./perjanjian-kinerja";
import { realisasiAnggaran } from "./realisasi-anggaran";
import { ringkasan } from "./ringkasan";
import { skala } from "./skala";
import { standarNasional } from "./standar-nasional";

/** One builder per sheet key; null = the sheet has nothing to show and is left out. */
export const SHEET_BUILDERS: Record<ReportSheetKey, (ctx: ReportContext) => SheetPlan | null> = {
  ringkasan,
  "perjanjian-kinerja": perjanjianKinerja,
  skala,
  "capaian-kinerja": capaianKinerja,
  "perbandingan-tahun": perbandinganTahun,
  "kemajuan-renstra": kemajuanRenstra,
  "standar-nasional": standarNasional,
  "realisasi-anggaran": realisasiAnggaran,
  efisiensi,
  analisis,
  pemeriksaan,
};
