import type { RuleId } from "./finding";

/** What a reader of Pemeriksaan sees instead of the rule's code (docs/DOMAIN.md §8). */
export const RULE_NAMES: Record<RuleId, string> = {
  CAPAIAN_MISMATCH: "Capaian tidak sesuai hitungan",
  CAP_HIDDEN: "Capaian dibatasi tanpa keterangan",
  KRITERIA_MISMATCH: "Kriteria tidak sesuai capaian",
  PERSEN_MISMATCH: "Persentase anggaran tidak sesuai",
  ROLLUP_MISMATCH: "Jumlah rincian tidak sesuai induknya",
  TOTAL_MISMATCH: "Baris jumlah tidak sesuai",
  AVERAGE_MISMATCH: "Rata-rata tidak sesuai",
  TRIWULAN_SUM_MISMATCH: "Realisasi triwulan tidak sesuai tahunan",
  VALUE_CONFLICT: "Nilai berbeda antartabel",
  MISSING_VALUE: "Nilai kosong",
  NOT_A_NUMBER: "Bukan angka",
  FORMAT_AMBIGUOUS: "Format angka meragukan",
  OVER_BUDGET: "Realisasi melebihi pagu",
  UNIT_MISMATCH: "Satuan target dan realisasi berbeda",
  DUPLICATE_CODE: "Kode ganda",
  PK_NOT_REPORTED: "Indikator PK tidak dilaporkan",
  NEGATIVE_VALUE: "Nilai negatif",
  ANALISIS_MISSING: "Analisis belum diisi",
  READER: "Pembacaan tabel",
};

/**
 * The Indonesian name of a rule; an unknown code (a rule added later) prints as itself.
 * @example ruleName("PERSEN_MISMATCH") //=> "Persentase anggaran tidak sesuai"
 */
export function ruleName(rule: string): string {
  return (RULE_NAMES as Record<string, string>)[rule] ?? rule;
}
