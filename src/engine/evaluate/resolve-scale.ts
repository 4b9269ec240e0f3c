import { ok, type Result } from "../result";
import { buildScale, PERMENDAGRI_86, type Scale } from "../kriteria";
import type { Model } from "../model/types";

/**
 * The kriteria scale of a workbook: its Skala rows when present (validated by buildScale), else Permendagri 86/2017.
 * @example resolveScale({ ...model, skala: undefined }) //=> { ok: true, value: PERMENDAGRI_86 }
 */
export function resolveScale(model: Model): Result<Scale> {
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
