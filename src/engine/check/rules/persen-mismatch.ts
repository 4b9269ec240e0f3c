import { serapan } from "../../anggaran";
import { formatNumber, roundHalfUp } from "../../numbers";
import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell, statedDecimals } from "../stated";

/**
 * PERSEN_MISMATCH: a stated budget % that is not realisasi / pagu × 100 of its own row (004 Tabel 3.7: 43 of 56 rows).
 * @example persenMismatch(model, evals, ctx)[0].message //=> "Persentase serapan tertulis 50,05 tetapi 855.324.579 / 3.849.148.550 × 100 = 22,22"
 */
export const persenMismatch: Rule = (model, evals) => {
  const out: Finding[] = [];
  for (const ev of evals.anggaran) {
    const own = ev.pagu !== null && ev.realisasi !== null;
    const pagu = own ? ev.pagu : (ev.computed?.pagu ?? null);
    const realisasi = own ? ev.realisasi : (ev.computed?.realisasi ?? null);
    check(out, ev.row.serapanStated, pagu, realisasi);
  }
  for (const ind of model.indikator) check(out, ind.serapanStated, num(ind.pagu), num(ind.realisasiAnggaran));
  return out;
};

function check(
  out: Finding[],
  cell: ModelCell | undefined,
  pagu: number | null,
  realisasi: number | null,
): void {
  if (!cell || cell.num === null || pagu === null || realisasi === null) return;
  if (pagu < 0 || realisasi < 0) return; // NEGATIVE_VALUE says what is wrong with the row
  const s = serapan(pagu, realisasi);
  if (!s.ok) return;
  const verdict = agreeCell(cell, s.value);
  if (verdict === "ok") return;
  const shown = formatNumber(cell.num, statedDecimals(cell));
  // 0 / 0 is no arithmetic: serapan 100 is the rule for an unused zero pagu (docs/DOMAIN.md §5), said as such.
  const arithmetic =
    pagu === 0
      ? `pagu 0 dan realisasi 0: serapan ${formatNumber(s.value)} (aturan khusus pagu 0)`
      : `${formatNumber(realisasi, 0)} / ${formatNumber(pagu, 0)} × 100 = ${formatNumber(s.value)}`;
  const expected = roundHalfUp(s.value, 2);
  if (verdict === "minor") {
    out.push(
      makeFinding(
        "PERSEN_MISMATCH",
        "info",
        cell,
        `Persentase serapan tertulis ${shown} adalah pemotongan dari ${arithmetic}`,
        cell.num,
        expected,
      ),
    );
  } else {
    out.push(
      makeFinding(
        "PERSEN_MISMATCH",
        "error",
        cell,
        `Persentase serapan tertulis ${shown} tetapi ${arithmetic}`,
        cell.num,
        expected,
      ),
    );
  }
}

function num(cell: ModelCell | undefined): number | null {
  return cell?.num ?? null;
}
