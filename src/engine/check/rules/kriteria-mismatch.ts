import { kriteria, labelMatches } from "../../kriteria";
import { formatNumber } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";

/**
 * KRITERIA_MISMATCH: the stated label is not the scale's label for the computed capaian; an empty kriteria cell of a
 * computable row is reported too (000 Tabel III.2 prints the column but leaves it empty, KE000-07).
 * @example kriteriaMismatch(model, evals, ctx)[0].message //=> "Kriteria tertulis \"Sangat Tinggi\" tetapi capaian 11,64 termasuk Sangat Rendah (≥ −∞)"
 */
export const kriteriaMismatch: Rule = (model, evals, ctx) => {
  const out: Finding[] = [];
  model.indikator.forEach((ind, i) => {
    const cell = ind.kriteriaStated;
    const ev = evals.indikator[i];
    // A "Predikat Kinerja" under a "Rata-rata Capaian" row rates that stated average (Renja evaluation form).
    if (cell && ind.rowKind === "average" && ind.capaianStated?.num != null) {
      const avg = ind.capaianStated.num;
      const band = kriteria(avg, ctx.scale);
      const text = cell.text.trim();
      if (band.ok && text !== "" && !labelMatches(text, band.value))
        out.push(
          makeFinding(
            "KRITERIA_MISMATCH",
            "error",
            cell,
            `Predikat tertulis "${text}" tetapi rata-rata capaian ${formatNumber(avg)} (${ind.capaianStated.origin.cell}) termasuk ${band.value.label} (skala ${ctx.scale.name})`,
            text,
            band.value.label,
          ),
        );
      return;
    }
    if (!cell || ind.rowKind !== "data" || !ev.capaian.ok || !ev.kriteria) return;
    const band = ev.kriteria;
    const text = cell.text.trim();
    const bound = band.min === null ? "di bawah band berikutnya" : `≥ ${formatNumber(band.min, 0)}`;
    const why = `capaian ${formatNumber(ev.capaian.value)} termasuk ${band.label} (${bound}, skala ${ctx.scale.name})`;
    if (text === "") {
      out.push(makeFinding("KRITERIA_MISMATCH", "error", cell, `Kriteria kosong; ${why}`, null, band.label));
    } else if (!labelMatches(text, band)) {
      out.push(
        makeFinding(
          "KRITERIA_MISMATCH",
          "error",
          cell,
          `Kriteria tertulis "${text}" tetapi ${why}`,
          text,
          band.label,
        ),
      );
    }
  });
  return out;
};
