import { checkTriwulan, parseAgregasi, type Agregasi } from "../../triwulan";
import { formatNumber } from "../../numbers";
import type { ModelCell, Quarters } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { statedDecimals } from "../stated";

const ALL: Agregasi[] = ["kumulatif", "akhir", "rata-rata", "maks"];
const WORD: Record<Agregasi, string> = {
  kumulatif: "jumlah",
  akhir: "triwulan terakhir",
  "rata-rata": "rata-rata",
  maks: "nilai tertinggi",
};

/**
 * TRIWULAN_SUM_MISMATCH: quarterly targets/realisations that do not aggregate to the annual value (docs/DOMAIN.md §4,
 * 000:L410–427). Without a stated agregasi any reading that agrees is accepted (17,65 = 4,25 + 4,25 + 4,50 + 4,65).
 * @example triwulanSumMismatch(model, evals, ctx)[0].message //=> "Target tahunan tertulis 0,304 tetapi TW I–IV: jumlah 0,46 + 0,86 + 0,86 + 0,86 = 3,04; triwulan terakhir = 0,86"
 */
export const triwulanSumMismatch: Rule = (model) => {
  const out: Finding[] = [];
  model.indikator.forEach((ind) => {
    const parsed = parseAgregasi(ind.agregasi?.text ?? "");
    const ways = parsed.ok && parsed.value ? [parsed.value] : ALL;
    check(out, "Target", ind.target, ind.targetTw, ways);
    check(out, "Realisasi", ind.realisasi, ind.realisasiTw, ways);
  });
  return out;
};

function check(
  out: Finding[],
  what: string,
  annual: ModelCell | undefined,
  tw: Quarters | undefined,
  ways: Agregasi[],
): void {
  if (!annual || annual.num === null || !tw) return;
  const cells = [0, 1, 2, 3].map((q) => tw[q]).filter((c): c is ModelCell => c !== undefined);
  if (cells.length < 2 || cells.some((c) => c.num === null)) return;
  const quarters = cells.map((c) => c.num as number);
  const decimals = statedDecimals(annual);
  const results = ways.map((agregasi) => ({
    agregasi,
    r: checkTriwulan({ quarters, annual: annual.num as number, agregasi, decimals }),
  }));
  if (results.some(({ r }) => !r.ok || r.value.agrees)) return;
  const shown = results
    .map(({ agregasi, r }) =>
      r.ok
        ? `${WORD[agregasi]}${agregasi === "kumulatif" ? " " + quarters.map((q) => formatNumber(q, dec(q))).join(" + ") : ""} = ${formatNumber(r.value.computed, dec(r.value.computed))}`
        : "",
    )
    .filter((s) => s !== "")
    .join("; ");
  const first = results[0].r;
  // The quarters are what disagree (000 Tabel II.4: the annual 0,304 matches the Renstra), so point at TW I.
  out.push(
    makeFinding(
      "TRIWULAN_SUM_MISMATCH",
      "error",
      cells[0],
      `${what} TW I–IV tidak sesuai dengan ${what.toLowerCase()} tahunan ${formatNumber(annual.num, decimals)} (${annual.origin.cell}): ${shown}`,
      annual.num,
      first.ok ? first.value.computed : null,
    ),
  );
}

function dec(v: number): number {
  const s = String(Math.round(v * 1e6) / 1e6);
  return s.includes(".") ? Math.min(4, s.length - s.indexOf(".") - 1) : 0;
}
