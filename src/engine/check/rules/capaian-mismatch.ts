import { formatNumber, roundHalfUp } from "../../numbers";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell, statedDecimals } from "../stated";
import { capaianStatements, isHiddenCap } from "../capaian-statements";

/**
 * CAPAIAN_MISMATCH: a stated capaian (or kemajuan) that is neither the computed value rounded nor truncated; truncation alone is info.
 * @example capaianMismatch(model, evals, ctx)[0].message //=> "Capaian 2022 tertulis 84 tetapi 67,71 / 70 × 100 = 96,73"
 */
export const capaianMismatch: Rule = (model, evals, ctx) => {
  const out: Finding[] = [];
  // A cell under a column whose formula the table prints ("8=(7/6)") has its polarity stated by it.
  const ruled = new Set(
    (model.relations ?? []).map((r) => `${r.target.origin.sheet}!${r.target.origin.cell}`),
  );
  model.indikator.forEach((ind, i) => {
    for (const s of capaianStatements(ind, evals.indikator[i])) {
      const stated = s.cell.num;
      if (stated === null || !s.computed.ok) continue;
      if (isHiddenCap(stated, s.computed, ctx.batas, s.alternatives)) continue; // CAP_HIDDEN says it
      const raw = agreeCell(s.cell, s.computed.value);
      const capped = s.capped.ok ? agreeCell(s.cell, s.capped.value) : "wrong";
      if (raw === "ok" || capped === "ok") continue;
      if (s.alternatives.some((a) => a.ok && agreeCell(s.cell, a.value) !== "wrong")) continue;
      const d = statedDecimals(s.cell);
      const at = `${s.cell.origin.sheet}!${s.cell.origin.cell}`;
      const fits = ruled.has(at)
        ? []
        : (s.ifTurun ?? []).filter((t) => t.value.ok && agreeCell(s.cell, t.value.value) !== "wrong");
      const turun = fits.find((t) => t.evidence) ?? fits[0];
      // The row's own arithmetic is a lower-is-better formula: with the row's word for it (its name, or
      // a formula dividing target by realisasi) only the stated polarity is missing; without, a value
      // that merely mirrors the right one around 100 (105 for 95) may be an overclaim, so it stays an error.
      const hint = turun
        ? `. Angka tertulis sesuai rumus polaritas ${turun.polaritas} (${turun.explain}); bila makin kecil makin baik, isi kolom Polaritas dengan "${turun.polaritas}".`
        : "";
      if (turun?.evidence) {
        out.push(
          makeFinding(
            "CAPAIAN_MISMATCH",
            "warning",
            s.cell,
            `${s.what} tertulis ${formatNumber(stated, d)} sesuai rumus polaritas ${turun.polaritas} (${turun.explain}), tetapi baris ini tidak menyatakan polaritas sehingga dihitung naik: ${s.explain || formatNumber(s.computed.value)}. Isi kolom Polaritas dengan "${turun.polaritas}" bila makin kecil makin baik.`,
            stated,
            round2(s.computed.value),
          ),
        );
        continue;
      }
      const expected = s.capped.ok && ctx.batas !== null ? s.capped.value : s.computed.value;
      const shown = formatNumber(stated, d);
      const arithmetic = s.explain || formatNumber(expected);
      if (raw === "minor" || capped === "minor") {
        out.push(
          makeFinding(
            "CAPAIAN_MISMATCH",
            "info",
            s.cell,
            `${s.what} tertulis ${shown} adalah pemotongan (bukan pembulatan) dari ${arithmetic}; dibulatkan menjadi ${formatNumber(expected, d)}`,
            stated,
            round2(expected),
          ),
        );
      } else {
        const cap = ctx.batas !== null ? ` (dibatasi ${formatNumber(ctx.batas, 0)})` : "";
        out.push(
          makeFinding(
            "CAPAIAN_MISMATCH",
            "error",
            s.cell,
            `${s.what} tertulis ${shown} tetapi ${arithmetic}${cap}${hint}`,
            stated,
            round2(expected),
          ),
        );
      }
    }
  });
  return out;
};

// Through the decimal exponent: v * 100 would overflow to Infinity (JSON null) near 1e308.
function round2(v: number): number {
  return roundHalfUp(v, 2);
}
