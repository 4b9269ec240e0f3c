import { rataCapaian } from "../compare";
import { efisiensi, kategoriEfisiensi, type KategoriEfisiensi, type MetodeEfisiensi } from "../efisiensi";
import type { Scale } from "../kriteria";
import type { Result } from "../result";
import type { EfisiensiSasaran, Evaluated } from "./types";
import type { Totals } from "./totals";

/** Below this serapan (%) a high efficiency mostly says the money was not spent yet: the report says so. */
export const SERAPAN_RENDAH = 50;

/** Label of the indicators whose capaian cannot be computed (empty target, #DIV/0! …). */
export const TIDAK_DAPAT_DIHITUNG = "Tidak dapat dihitung";

/**
 * Number of indicators per kriteria label, in scale order, plus those without a kriteria.
 * @example kriteriaCounts(kinerja, PERMENDAGRI_86) //=> { "Sangat Tinggi": 3, Tinggi: 0, …, "Sangat Rendah": 1 }
 */
export function kriteriaCounts(kinerja: Evaluated[], scale: Scale): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const band of scale.bands) counts[band.label] = 0;
  for (const e of kinerja) {
    const label = e.eval.kriteria?.label ?? TIDAK_DAPAT_DIHITUNG;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

/** The agency as a whole: the one mean capaian every sheet prints, the total serapan and their efficiency. */
export type AgencyEval = {
  capaian: Result<number>; // unweighted mean of this year's indicators (capped by batas)
  serapan: Result<number> | null; // of the whole budget table; null without a budget table
  efisiensi: Result<number> | null;
  kategori: KategoriEfisiensi | null;
  /** Serapan under SERAPAN_RENDAH: "efisien" then needs the caveat that the programs were not carried out. */
  serapanRendah: boolean;
};

/**
 * Mean capaian of all indicators against the total serapan, with the configured method (docs/DOMAIN.md §6).
 * @example agencyOf(kinerja, totals, null, "selisih").efisiensi //=> { ok: true, value: 25.76… } (004: 74,90 − 49,14)
 */
export function agencyOf(
  kinerja: Evaluated[],
  totals: Totals | null,
  batas: number | null,
  metode: MetodeEfisiensi,
): AgencyEval {
  const capaian = rataCapaian(
    kinerja.map((e) => (e.eval.capaianCapped.ok ? e.eval.capaianCapped.value : null)),
    batas,
  );
  if (!totals) return { capaian, serapan: null, efisiensi: null, kategori: null, serapanRendah: false };
  const serapan = totals.serapan;
  const nilai: Result<number> = !capaian.ok
    ? capaian
    : !serapan.ok
      ? serapan
      : efisiensi({ capaian: capaian.value, serapan: serapan.value, metode });
  return {
    capaian,
    serapan,
    efisiensi: nilai,
    kategori: nilai.ok ? kategoriEfisiensi(nilai.value, metode) : null,
    serapanRendah: serapan.ok && serapan.value < SERAPAN_RENDAH,
  };
}

/** One indicator of the efficiency table: its own capaian against the serapan of its sasaran's programs. */
export type EfisiensiIndikator = {
  sasaran: EfisiensiSasaran;
  item: Evaluated;
  efisiensi: Result<number>;
  kategori: KategoriEfisiensi | null;
};

/**
 * Per indicator (004 Tabel 3.6 prints one row per indicator): capaian (capped) − serapan of its sasaran, so a Sangat
 * Rendah indicator is not hidden in its sasaran's mean.
 * @example efisiensiPerIndikator(sasaran, "selisih").map((e) => e.kategori) //=> ["efisien", "tidak efisien"]
 */
export function efisiensiPerIndikator(
  list: EfisiensiSasaran[],
  metode: MetodeEfisiensi,
): EfisiensiIndikator[] {
  return list.flatMap((s) =>
    s.indikator.map((item) => {
      const c = item.eval.capaianCapped;
      const nilai: Result<number> = !c.ok
        ? c
        : !s.serapan.ok
          ? s.serapan
          : efisiensi({ capaian: c.value, serapan: s.serapan.value, metode });
      return {
        sasaran: s,
        item,
        efisiensi: nilai,
        kategori: nilai.ok ? kategoriEfisiensi(nilai.value, metode) : null,
      };
    }),
  );
}
