import { problem, type Result } from "../result";
import { serapan } from "../anggaran";
import { efisiensi, kategoriEfisiensi, rumusEfisiensi, type MetodeEfisiensi } from "../efisiensi";
import { rataCapaian } from "../compare";
import type { Model } from "../model/types";
import type { AnggaranEval, EfisiensiSasaran, EvalContext, ProgramRef } from "./types";
import { sasaranGroups, type SasaranGroup } from "./sasaran-groups";
import { assignPrograms, ownBudget } from "./programs-for";

/**
 * Efficiency per sasaran (docs/DOMAIN.md §6): mean capaian of its indicators vs serapan of the programs mapped to it, each program once.
 * @example efisiensiPerSasaran(model, { scale: PERMENDAGRI_86, metode: "selisih" })[0].efisiensi //=> { ok: true, value: 47.3… }
 */
export function efisiensiPerSasaran(
  model: Model,
  ctx: EvalContext & { metode?: MetodeEfisiensi | null },
): EfisiensiSasaran[] {
  return efisiensiOfGroups(model, sasaranGroups(model, ctx), ctx.batas ?? null, ctx.metode ?? "selisih");
}

/**
 * The same for groups already evaluated, with the budget evaluation of the whole workbook (a program whose pagu sits
 * only on its kegiatan gets their sums).
 * @example efisiensiOfGroups(model, groups, null, "selisih", evaluateAnggaran(model))[0].pagu //=> 1000
 */
export function efisiensiOfGroups(
  model: Model,
  groups: SasaranGroup[],
  batas: number | null,
  metode: MetodeEfisiensi,
  budget?: AnggaranEval[],
): EfisiensiSasaran[] {
  // Programs are assigned once across all sasaran, so none is counted under two of them.
  const assigned = assignPrograms(model, groups, budget);
  return groups.map((g) => one(g, ownBudget(g) ?? assigned.get(g.key) ?? [], batas, metode));
}

function one(
  g: SasaranGroup,
  programs: ProgramRef[],
  batas: number | null,
  metode: MetodeEfisiensi,
): EfisiensiSasaran {
  const capaian = rataCapaian(
    g.items.map((i) => (i.eval.capaian.ok ? i.eval.capaian.value : null)),
    batas,
  );
  const pagu = programs.length ? programs.reduce((s, p) => s + p.pagu, 0) : null;
  const realisasi = programs.length ? programs.reduce((s, p) => s + p.realisasi, 0) : null;
  const ser: Result<number> =
    pagu === null || realisasi === null
      ? problem("#N/A", `Tidak ada anggaran program untuk sasaran "${g.sasaran}"`)
      : serapan(pagu, realisasi);
  const eff: Result<number> = !capaian.ok
    ? capaian
    : !ser.ok
      ? ser
      : efisiensi({ capaian: capaian.value, serapan: ser.value, metode });
  return {
    sasaran: g.sasaran,
    indikator: g.items,
    capaian,
    programs,
    pagu,
    realisasi,
    serapan: ser,
    sisa: pagu === null || realisasi === null ? null : pagu - realisasi,
    efisiensi: eff,
    kategori: eff.ok ? kategoriEfisiensi(eff.value, metode) : null,
    metode,
    rumus: rumusEfisiensi(metode),
  };
}
