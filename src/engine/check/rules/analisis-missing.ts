import type { Scale } from "../../kriteria";
import { formatNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";

/**
 * ANALISIS_MISSING: an indicator below "Tinggi" (Sedang, Rendah, Sangat Rendah) whose Analisis is empty in every table
 * it appears in: the LKjIP must explain a shortfall and say what is done about it (Permenpan RB 53/2014, Bab III).
 * @example analisisMissing(model, evals, ctx)[0].message //=> "Capaian "Pertumbuhan Usaha Kecil Menengah baru" 11,64 (Sangat Rendah) tanpa analisis: …"
 */
export const analisisMissing: Rule = (_model, evals, ctx) => {
  const out: Finding[] = [];
  const below = belowTinggi(ctx.scale);
  for (const e of evals.kinerja ?? []) {
    const band = e.eval.kriteria;
    if (!band || !below.has(band.label) || !e.eval.capaian.ok) continue;
    if ((e.row.analisis?.text.trim() ?? "") !== "") continue;
    const at = e.row.analisis ?? e.row.indikator;
    if (!at) continue;
    const name = e.row.indikator?.text.trim() ?? "";
    out.push(
      makeFinding(
        "ANALISIS_MISSING",
        "warning",
        at,
        `Capaian "${name}" ${formatNumber(e.eval.capaian.value)} (${band.label}) tanpa analisis: tuliskan penyebab dan solusinya di kolom Analisis`,
      ),
    );
  }
  return out;
};

// The bands under the one labelled "Tinggi"; a scale without that label: every band under the top two.
function belowTinggi(scale: Scale): Set<string> {
  const at = scale.bands.findIndex((b) => b.label.trim().toLowerCase() === "tinggi");
  return new Set(scale.bands.slice(at >= 0 ? at + 1 : 2).map((b) => b.label));
}
