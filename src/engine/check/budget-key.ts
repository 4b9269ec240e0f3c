import { indikatorKey } from "./indikator-key";

// "1.2.", "2.17.01", "II.", "a)" before a name (not a year: "2024 …"), then the level word the row's tingkat already says.
const LEADING_CODE = /^\s*(?:\d{1,3}(?:\.\d+)*\.?|(?:[ivx]+|[a-z])[.)])\s+(?=\p{L})/iu;
const LEVEL_WORD = /^(sub\s*kegiatan|kegiatan|program)\b[\s:.-]*/i;

/**
 * The identity of a programme, kegiatan or sub kegiatan name across budget tables: its numbering and its level word
 * dropped ("1. Program Penunjang …" in a realisation table is "PROGRAM PENUNJANG …" of the DPPA, "Sub Kegiatan
 * Fasilitasi …" of seed 002 Tabel 3.2 is "Fasilitasi …" of Tabel 4.1), then as indikatorKey.
 * @example budgetKey("1.1. Program Pelayanan Izin Usaha Simpan Pinjam") //=> "pelayanan izin usaha simpan pinjam"
 */
export function budgetKey(name: string): string {
  const bare = name.replace(LEADING_CODE, "").replace(LEVEL_WORD, "");
  return indikatorKey(bare === "" ? name : bare);
}
