import type { Result } from "../result";
import type { Polaritas, TargetSpec } from "../capaian";
import type { Band, Scale } from "../kriteria";
import type { Agregasi } from "../triwulan";
import type { MetodeEfisiensi, KategoriEfisiensi } from "../efisiensi";
import type { AnggaranRow, Indikator } from "../model/types";

/** What every per-row computation needs: the scale, the optional cap and the reporting year. */
export type EvalContext = { scale: Scale; batas?: number | null; tahun?: number };

/** One indicator (rows of several tables joined by collectIndikator) with its evaluation. */
export type Evaluated = { row: Indikator; eval: IndikatorEval };

/** Target, realisasi and capaian of one indicator in one year (earlier years and the reporting year). */
export type YearEval = { tahun: number; target?: number; realisasi?: number; capaian: Result<number> };

/**
 * Everything the checker and the report compute for one indicator row, so they never disagree.
 * `capaian` is raw (uncapped, docs/DOMAIN.md §2); `capaianCapped` applies `batas` when one is set.
 */
export type IndikatorEval = {
  polaritas: Polaritas;
  agregasi: Agregasi;
  target: Result<TargetSpec>;
  realisasi: Result<number>;
  /** Where the realisasi came from: the annual cell, or aggregated from TW I–IV. */
  realisasiFrom: "cell" | "triwulan" | "none";
  targetFrom: "cell" | "triwulan" | "none";
  capaian: Result<number>;
  capaianCapped: Result<number>;
  kriteria: Band | null;
  rumus: string;
  /** The arithmetic of the capaian, e.g. "67,71 / 70 × 100 = 96,73". */
  explain: string;
  kemajuan?: Result<number>;
  /** What the kemajuan was computed from: R of the year, or Σ R over the years for cumulative indicators. */
  kemajuanInput?: { realisasi: number | number[]; targetAkhir: number };
  nasional?: Result<number>;
  years: YearEval[];
};

/** One anggaran row: its own numbers, the sums of its children when it is a parent, serapan and sisa. */
export type AnggaranEval = {
  index: number; // into Model.anggaran
  row: AnggaranRow;
  pagu: number | null; // as stated
  realisasi: number | null; // as stated
  /** Σ of the children (recursive, engine rollUp); only for rows that have children. */
  children: number;
  computed?: { pagu: number; realisasi: number; serapan: Result<number> };
  serapan: Result<number>; // from the row's own numbers
  sisa: Result<number>;
};

/** The budget behind one sasaran. */
export type ProgramRef = {
  label: string;
  pagu: number;
  realisasi: number;
  origin?: { sheet: string; cell: string };
};

/** One sasaran of the efficiency analysis (docs/DOMAIN.md §6). */
export type EfisiensiSasaran = {
  sasaran: string;
  indikator: Evaluated[];
  capaian: Result<number>; // unweighted mean of its indicators, capped by batas
  programs: ProgramRef[];
  pagu: number | null;
  realisasi: number | null;
  serapan: Result<number>;
  sisa: number | null;
  efisiensi: Result<number>;
  kategori: KategoriEfisiensi | null;
  metode: MetodeEfisiensi;
  rumus: string;
};
