import { problem, type Result } from "../result";
import { capaian, explainCapaian, parsePolaritas, rumusCapaian, type Polaritas } from "../capaian";
import { kriteria } from "../kriteria";
import { defaultAgregasi, parseAgregasi, type Agregasi } from "../triwulan";
import { kemajuan } from "../compare";
import type { Indikator } from "../model/types";
import type { EvalContext, IndikatorEval } from "./types";
import { annualInput, cellInput, realisasiOf, targetOf, type EngineInput } from "./inputs";
import { yearsOf } from "./years";

/**
 * Every computed value of one indicator row (capaian raw and capped, kriteria, kemajuan, years), the single source for checker and report.
 * @example evaluateIndikator(rowWith({ target: 70, realisasi: 67.71 }), { scale: PERMENDAGRI_86 }).capaian //=> { ok: true, value: 96.7285… }
 */
export function evaluateIndikator(ind: Indikator, ctx: EvalContext): IndikatorEval {
  const polaritas = polaritasOf(ind);
  const agregasi = agregasiOf(ind);
  const tIn = annualInput(ind.target, ind.targetTw, agregasi);
  const rIn = annualInput(ind.realisasi, ind.realisasiTw, agregasi);
  const target = targetOf(tIn, ind.target);
  const realisasi = realisasiOf(rIn, ind.realisasi);
  const raw = compute(tIn, rIn, target, polaritas, null);
  const capped = ctx.batas == null ? raw : compute(tIn, rIn, target, polaritas, ctx.batas);
  const band = raw.ok ? kriteria(raw.value, ctx.scale) : null;
  return {
    polaritas,
    agregasi,
    target,
    realisasi,
    targetFrom: tIn?.from ?? "none",
    realisasiFrom: rIn?.from ?? "none",
    capaian: raw,
    capaianCapped: capped,
    kriteria: band && band.ok ? band.value : null,
    rumus: rumusCapaian(polaritas, target.ok ? target.value.kind : undefined),
    explain: tIn && rIn ? explainCapaian({ target: tIn.value, realisasi: rIn.value, polaritas }) : "",
    kemajuan: kemajuanOf(ind, realisasi, agregasi, polaritas, ctx.tahun),
    kemajuanInput: kemajuanInputOf(ind, realisasi, agregasi, ctx.tahun),
    nasional: nasionalOf(ind, rIn, polaritas),
    years: yearsOf(ind, ctx.tahun, tIn, rIn, raw, polaritas),
  };
}

function compute(
  tIn: EngineInput,
  rIn: EngineInput,
  target: Result<unknown>,
  polaritas: Polaritas,
  batas: number | null,
): Result<number> {
  if (!target.ok) return target;
  if (rIn === null) return problem("#N/A", "Realisasi kosong: capaian tidak dapat dihitung");
  return capaian({ target: tIn?.value, realisasi: rIn.value, polaritas, batas });
}

function polaritasOf(ind: Indikator): Polaritas {
  const parsed = parsePolaritas(ind.polaritas?.text ?? "");
  return parsed.ok ? parsed.value : "naik";
}

function agregasiOf(ind: Indikator): Agregasi {
  const parsed = parseAgregasi(ind.agregasi?.text ?? "");
  if (parsed.ok && parsed.value) return parsed.value;
  // No Satuan column: a value printed with % is a rate, so the default of a % unit applies (docs/DOMAIN.md §4).
  const satuan = ind.satuan?.text.trim() || (ind.target?.percent || ind.realisasi?.percent ? "%" : "");
  return defaultAgregasi(satuan);
}

// docs/DOMAIN.md §7: Σ R over the years for cumulative indicators, R of the reporting year for levels.
function kemajuanOf(
  ind: Indikator,
  r: Result<number>,
  agregasi: Agregasi,
  polaritas: Polaritas,
  tahun?: number,
): Result<number> | undefined {
  if (ind.targetAkhir?.num == null) return undefined;
  const input = kemajuanInputOf(ind, r, agregasi, tahun);
  return input ? kemajuan({ ...input, polaritas }) : r.ok ? undefined : r;
}

function kemajuanInputOf(
  ind: Indikator,
  r: Result<number>,
  agregasi: Agregasi,
  tahun?: number,
): IndikatorEval["kemajuanInput"] {
  const akhir = ind.targetAkhir?.num;
  // A table that states the running total itself ("Realisasi … s/d tahun 2014", "10=(5+7+9)") gives it.
  const running = ind.realisasiKumulatif?.num;
  if (typeof running === "number" && typeof akhir === "number")
    return { realisasi: running, targetAkhir: akhir };
  const current = reportingRealisasi(ind, r, tahun);
  if (akhir === undefined || akhir === null || !current) return undefined;
  const earlier = Object.entries(ind.years ?? {})
    .filter(([year]) => Number(year) !== current.year)
    .map(([, y]) => y.realisasi?.num)
    .filter((n): n is number => typeof n === "number");
  return {
    realisasi: agregasi === "kumulatif" && earlier.length > 0 ? [...earlier, current.value] : current.value,
    targetAkhir: akhir,
  };
}

// The reporting year's R: the realisasi cell, else that year's column ("Realisasi Kinerja Tahun 2024", 004 Tabel 3.4),
// else, with the year unknown, the latest year's.
function reportingRealisasi(
  ind: Indikator,
  r: Result<number>,
  tahun?: number,
): { value: number; year?: number } | null {
  if (r.ok) return { value: r.value, year: tahun };
  const years = Object.keys(ind.years ?? {})
    .map(Number)
    .sort((a, b) => b - a);
  const year = tahun !== undefined && ind.years?.[tahun] ? tahun : years[0];
  const n = year === undefined ? undefined : ind.years?.[year]?.realisasi?.num;
  return typeof n === "number" ? { value: n, year } : null;
}

function nasionalOf(ind: Indikator, rIn: EngineInput, polaritas: Polaritas): Result<number> | undefined {
  const t = cellInput(ind.targetNasional);
  if (t === null) return undefined;
  if (rIn === null)
    return problem("#N/A", "Realisasi kosong: capaian terhadap target nasional tidak dapat dihitung");
  return capaian({ target: t, realisasi: rIn.value, polaritas });
}
