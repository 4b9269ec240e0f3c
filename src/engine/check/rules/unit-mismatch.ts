import { formatNumber } from "../../numbers";
import type { Indikator, ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { show } from "../fmt";

// A factor this large between target and realisasi of a % indicator is a scale slip, not performance (002: 90 vs 0,95).
const FACTOR = 20;

/**
 * UNIT_MISMATCH: a % target on the 0–100 scale with a realisasi on the 0–1 scale, or the reverse.
 * @example unitMismatch(model, evals, ctx)[0].message //=> "Target 90 (persen) dan realisasi 0,95 tampak memakai skala berbeda (0–100 vs 0–1): capaian menjadi 1,06"
 */
export const unitMismatch: Rule = (model) => {
  const out: Finding[] = [];
  for (const ind of model.indikator) {
    if (ind.rowKind !== "data") continue;
    const byName = !isPercent(ind) && namedPercent(ind);
    if (!isPercent(ind) && !byName) continue;
    check(out, ind.target, ind.realisasi, byName);
    for (const y of Object.values(ind.years ?? {})) check(out, y.target, y.realisasi, byName);
  }
  return out;
};

function isPercent(ind: Indikator): boolean {
  return /%|persen/i.test(ind.satuan?.text ?? "") || !!ind.target?.percent || !!ind.realisasi?.percent;
}

/** No unit, a name that says it: "Persentase SDM KUKM yang bersertifikat" (002 Tabel 2.1) is measured in %. */
function namedPercent(ind: Indikator): boolean {
  return !ind.satuan?.text && /^(persentase|prosentase|persen)\b/i.test(ind.indikator?.text.trim() ?? "");
}

// A name is weaker evidence than a unit: there the slip must also explain the numbers, one value on the
// other's scale giving a capaian a report would print (90 vs 0,95 → 105,56), not 1,44 vs 0,07 (→ 486).
const PLAUSIBLE = [50, 200];

function check(
  out: Finding[],
  target: ModelCell | undefined,
  real: ModelCell | undefined,
  byName = false,
): void {
  const t = target?.num;
  const r = real?.num;
  if (!real || t == null || r == null || t <= 0 || r <= 0) return;
  const slip = (t > 1 && r <= 1 && t / r >= FACTOR) || (r > 1 && t <= 1 && r / t >= FACTOR);
  const capaian = (r / t) * 100;
  if (!slip || !Number.isFinite(capaian)) return; // past 1e306 NOT_A_NUMBER speaks for the cell
  const rescaled = t > 1 ? ((r * 100) / t) * 100 : (r / (t * 100)) * 100;
  if (byName && (rescaled < PLAUSIBLE[0] || rescaled > PLAUSIBLE[1])) return;
  out.push(
    makeFinding(
      "UNIT_MISMATCH",
      "warning",
      real,
      `Target ${show(t)} (persen) dan realisasi ${show(r)} tampak memakai skala berbeda (0–100 vs 0–1): capaian menjadi ${formatNumber(capaian)}`,
      r,
      null,
    ),
  );
}
