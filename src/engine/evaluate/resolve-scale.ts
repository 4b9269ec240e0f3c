import { ok, type Result } from "../result";
import { AKIP_SCALE, buildScale, PERMENDAGRI_86, type Scale } from "../kriteria";
import type { Model } from "../model/types";

/**
 * The kriteria scale of a workbook: Permendagri 86/2017 or the AKIP grades when the options ask for one by name
 * (`--skala permendagri86`, `--skala akip`),
 * else the workbook's Skala rows when present (validated by buildScale), else Permendagri 86/2017.
 * @example resolveScale({ ...model, skala: undefined }) //=> { ok: true, value: PERMENDAGRI_86 }
 */
export function resolveScale(model: Model, skala?: "permendagri86" | "akip"): Result<Scale> {
  if (skala === "permendagri86") return ok(PERMENDAGRI_86);
  if (skala === "akip") return ok(AKIP_SCALE);
  const rows = (model.skala ?? []).filter((r) => r.label.text.trim() !== "");
  if (rows.length === 0) return ok(PERMENDAGRI_86);
  return buildScale(
    rows.map((r) => ({
      min: r.min.num,
      max: r.max?.num ?? null,
      label: r.label.text.trim(),
      color: r.color?.text.trim() || null,
    })),
    "Skala workbook",
  );
}
