import { problem, type Result } from "../result";
import { capaian, type Polaritas } from "../capaian";
import type { Indikator } from "../model/types";
import type { YearEval } from "./types";
import { cellInput, type EngineInput } from "./inputs";

/**
 * Target, realisasi and capaian per year, earlier years first, then the reporting year when it is known.
 * @example yearsOf(rowWithYears({ 2023: { target: 10, realisasi: 9 } }), 2024, …)[0] //=> { tahun: 2023, target: 10, realisasi: 9, capaian: ok(90) }
 */
export function yearsOf(
  ind: Indikator,
  tahun: number | undefined,
  tIn: EngineInput,
  rIn: EngineInput,
  current: Result<number>,
  polaritas: Polaritas,
): YearEval[] {
  const out: YearEval[] = Object.entries(ind.years ?? {})
    .map(([year, v]) => {
      const t = cellInput(v.target);
      const r = cellInput(v.realisasi);
      const c: Result<number> =
        t === null || r === null
          ? problem("#N/A", `Target atau realisasi ${year} kosong`)
          : capaian({ target: t, realisasi: r, polaritas });
      return { tahun: Number(year), target: num(t), realisasi: num(r), capaian: c };
    })
    .filter((y) => Number.isFinite(y.tahun) && y.tahun !== tahun);
  out.sort((a, b) => a.tahun - b.tahun);
  if (tahun !== undefined) {
    out.push({
      tahun,
      target: num(tIn?.value ?? null),
      realisasi: num(rIn?.value ?? null),
      capaian: current,
    });
  }
  return out;
}

function num(v: number | string | null): number | undefined {
  return typeof v === "number" ? v : undefined;
}
