import type { AnggaranRow, Model } from "../model/types";

/**
 * Direct children (indexes into Model.anggaran) of every anggaran row that has some.
 * @example childrenOf(model).get(0) //=> [1, 4]
 */
export function childrenOf(model: Model): Map<number, number[]> {
  const map = new Map<number, number[]>();
  model.anggaran.forEach((row, i) => {
    if (row.rowKind !== "data" || row.parent === undefined) return;
    const list = map.get(row.parent) ?? [];
    list.push(i);
    map.set(row.parent, list);
  });
  return map;
}

export type MoneyField =
  "pagu" | "realisasi" | "paguSebelum" | "targetAkhir" | "realisasiLalu" | "realisasiKumulatif";

/** The amounts that add up the hierarchy: a parent's and a total's are the sums of their rows'. */
export const MONEY_FIELDS: MoneyField[] = [
  "paguSebelum",
  "pagu",
  "realisasi",
  "targetAkhir",
  "realisasiLalu",
  "realisasiKumulatif",
];

/** Σ of a field over rows; null when any row lacks a number (no partial sums: they would cry wolf). */
export function sumField(rows: AnggaranRow[], field: MoneyField): number | null {
  let total = 0;
  for (const r of rows) {
    const v = r[field]?.num;
    if (v === undefined || v === null) return null;
    total += v;
  }
  // Past ±1.8e308 there is no sum to compare with (NOT_A_NUMBER reports the huge cell instead).
  return Number.isFinite(total) ? total : null;
}

export const FIELD_LABEL: Record<MoneyField, string> = {
  pagu: "Pagu",
  realisasi: "Realisasi",
  paguSebelum: "Pagu sebelum perubahan",
  targetAkhir: "Target akhir Renstra (Rp)",
  realisasiLalu: "Realisasi anggaran s.d. tahun lalu",
  realisasiKumulatif: "Realisasi anggaran kumulatif",
};
