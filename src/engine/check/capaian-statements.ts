import { capaian, dividesTargetByRealisasi, explainCapaian, soundsLowerIsBetter } from "../capaian";
import { formatNumber } from "../numbers";
import { show } from "./fmt";
import type { Result } from "../result";
import type { Indikator, ModelCell } from "../model/types";
import { cellInput, type IndikatorEval } from "../evaluate";

/** One stated capaian-like cell with the value it should hold and the arithmetic behind it. */
export type CapaianStatement = {
  what: string; // "Capaian", "Capaian 2022", "Tingkat kemajuan"
  cell: ModelCell;
  computed: Result<number>;
  capped: Result<number>;
  explain: string;
  /** Other readings that also make the stated value right (a "capaian s.d. 2023 terhadap target" column read as kemajuan). */
  alternatives: Result<number>[];
  /** When the row states no polarity: the lower-is-better formulas' values and arithmetic (docs/DOMAIN.md §2). */
  ifTurun?: TurunReading[];
};

/** A lower-is-better reading of a row that states no polarity, and whether the row itself says so. */
export type TurunReading = {
  polaritas: "turun" | "turun-rasio";
  value: Result<number>;
  explain: string;
  /** The name says less is better, or the cell's formula divides target by realisasi. */
  evidence: boolean;
};

// Only a row that states no polarity was computed "naik" by default; a stated one is not second-guessed.
function turunReading(
  ind: Indikator,
  ev: IndikatorEval,
  stated: ModelCell,
  target: { value: unknown; cell?: ModelCell },
  realisasi: { value: unknown; cell?: ModelCell },
): TurunReading[] | undefined {
  if (ev.polaritas !== "naik" || (ind.polaritas?.text.trim() ?? "") !== "") return undefined;
  const [t, r] = [target.value, realisasi.value];
  if (t === null || t === undefined || r === null || r === undefined) return undefined;
  const named = soundsLowerIsBetter(`${ind.indikator?.text ?? ""} ${ind.satuan?.text ?? ""}`);
  const divided =
    typeof t === "number" &&
    typeof r === "number" &&
    stated.formula !== undefined &&
    dividesTargetByRealisasi(
      stated.formula,
      { value: t, cell: target.cell?.origin.cell ?? "" },
      { value: r, cell: realisasi.cell?.origin.cell ?? "" },
    );
  return (["turun", "turun-rasio"] as const).map((polaritas) => ({
    polaritas,
    value: capaian({ target: t, realisasi: r, polaritas }),
    explain: explainCapaian({ target: t, realisasi: r, polaritas }),
    evidence: named || (polaritas === "turun-rasio" && divided),
  }));
}

/**
 * Every stated capaian of an indicator row: the reporting year, each earlier year, and the kemajuan against the Renstra.
 * @example capaianStatements(row, ev).map((s) => s.what) //=> ["Capaian", "Capaian 2022", "Tingkat kemajuan"]
 */
export function capaianStatements(ind: Indikator, ev: IndikatorEval): CapaianStatement[] {
  const out: CapaianStatement[] = [];
  if (ind.capaianStated && ind.capaianStated.num !== null) {
    out.push({
      what: "Capaian",
      cell: ind.capaianStated,
      computed: ev.capaian,
      capped: ev.capaianCapped,
      explain: ev.explain,
      alternatives: [],
      ifTurun: turunReading(
        ind,
        ev,
        ind.capaianStated,
        {
          value: ev.target.ok && ev.target.value.kind === "number" ? ev.target.value.value : null,
          cell: ind.target,
        },
        { value: ev.realisasi.ok ? ev.realisasi.value : null, cell: ind.realisasi },
      ),
    });
  }
  for (const [year, v] of Object.entries(ind.years ?? {})) {
    if (!v.capaian || v.capaian.num === null) continue;
    const y = ev.years.find((e) => e.tahun === Number(year));
    const t = cellInput(v.target);
    const r = cellInput(v.realisasi);
    if (!y || t === null || r === null) continue;
    const explain = explainCapaian({ target: t, realisasi: r, polaritas: ev.polaritas });
    out.push({
      what: `Capaian ${year}`,
      cell: v.capaian,
      computed: y.capaian,
      capped: y.capaian,
      explain,
      alternatives: [],
      ifTurun: turunReading(
        ind,
        ev,
        v.capaian,
        { value: t, cell: v.target },
        { value: r, cell: v.realisasi },
      ),
    });
  }
  const k = ev.kemajuan;
  if (ind.kemajuanStated && ind.kemajuanStated.num !== null && k) {
    const input = ev.kemajuanInput;
    const explain = k.ok && input ? explainKemajuan(input, k.value) : "";
    const latest = ev.capaian.ok ? ev.capaian : [...ev.years].reverse().find((y) => y.capaian.ok)?.capaian;
    out.push({
      what: "Tingkat kemajuan",
      cell: ind.kemajuanStated,
      computed: k,
      capped: k,
      explain,
      alternatives: latest ? [latest] : [],
    });
  }
  return out;
}

/** The kemajuan arithmetic; a target akhir of 0 has no quotient, its 100 is the target-0 rule (docs/DOMAIN.md §2). */
function explainKemajuan(
  input: { realisasi: number | number[]; targetAkhir: number },
  value: number,
): string {
  const r = Array.isArray(input.realisasi)
    ? `(${input.realisasi.map(show).join(" + ")})`
    : show(input.realisasi);
  if (input.targetAkhir === 0)
    return `Target akhir 0, realisasi ${r}: kemajuan ${formatNumber(value)} (aturan khusus target 0)`;
  return `${r} / ${show(input.targetAkhir)} × 100 = ${formatNumber(value)}`;
}

/** Caps reports use silently (docs/DOMAIN.md §2.5: 000:L466 prints 673,58 % as 100 %). */
const USUAL_CAPS = [100, 110, 120, 125, 150];

/**
 * A stated 100 (or another usual cap) while the ratio is higher and no cap is configured: the cap is hidden.
 * @example isHiddenCap(100, ok(673.58), null) //=> true
 */
export function isHiddenCap(
  stated: number,
  computed: Result<number>,
  batas: number | null,
  alternatives: Result<number>[] = [],
): boolean {
  if (!computed.ok || batas !== null) return false;
  const higher = (r: Result<number>) => !r.ok || r.value > stated + 0.5;
  return USUAL_CAPS.includes(stated) && computed.value > stated + 0.5 && alternatives.every(higher);
}
