import { problem, ok, type Result } from "../result";
import { PERMENDAGRI_86 } from "./permendagri-86";
import type { Band, Scale } from "./types";
import { showValue } from "../numbers/show-value";

/**
 * The band of a capaian: the highest band whose lower bound the unrounded value reaches
 * (docs/DOMAIN.md §3.1, so 90,5 is Tinggi and 673,58 stays in the top band).
 * @example kriteria(90.5) //=> { ok: true, value: { label: "Tinggi", kode: "T", ... } }
 */
export function kriteria(capaian: number, scale: Scale = PERMENDAGRI_86): Result<Band> {
  if (typeof capaian !== "number" || !Number.isFinite(capaian)) {
    return problem("#VALUE!", `Capaian bukan angka: '${showValue(capaian)}'`);
  }
  const bands: unknown = scale && typeof scale === "object" ? scale.bands : undefined;
  if (!Array.isArray(bands) || bands.length === 0)
    return problem("#VALUE!", "Skala kriteria tidak valid atau kosong");
  // 15 significant digits: 63,7 / 70 × 100 is 91 for a person even if the float says 90,999…
  const value = Number(capaian.toPrecision(15));
  for (const band of bands as Band[]) {
    if (band && (band.min === null || (typeof band.min === "number" && value >= band.min))) return ok(band);
  }
  return problem(
    "#N/A",
    `Capaian ${showValue(capaian)} di bawah batas terendah skala '${showValue(scale.name)}'`,
  );
}
