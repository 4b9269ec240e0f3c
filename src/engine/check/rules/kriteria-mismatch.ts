import { kriteria, labelMatches } from "../../kriteria";
import { formatNumber } from "../../numbers";
import type { Indikator, ModelCell } from "../../model/types";
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
    const stated = ind.rowKind === "average" ? averageStated(model.indikator, i) : undefined;
    if (cell && stated) {
      const avg = stated.num as number;
      const band = kriteria(avg, ctx.scale);
      const text = cell.text.trim();
      if (band.ok && text !== "" && !labelMatches(text, band.value))
        out.push(
          makeFinding(
            "KRITERIA_MISMATCH",
            "error",
            cell,
            `Predikat tertulis "${text}" tetapi rata-rata capaian ${formatNumber(avg)} (${stated.origin.cell}) termasuk ${band.value.label} (skala ${ctx.scale.name})`,
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

/**
 * The K average a Rata-rata row states; when its K cell is empty, the K of the unlabelled sums row just
 * above it (002 Tabel 2.1 prints the table's mean capaian 10,66 there, the Rp 74,06 % on the Rata-rata line).
 */
function averageStated(rows: Indikator[], i: number): ModelCell | undefined {
  const own = rows[i].capaianStated;
  if (own?.num != null) return own;
  const above = rows[i - 1];
  if (above?.table !== rows[i].table || above.rowKind !== "total") return undefined;
  return above.capaianStated?.num != null ? above.capaianStated : undefined;
}
