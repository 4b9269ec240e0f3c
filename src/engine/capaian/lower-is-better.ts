// Words of indicators where less is better (docs/DOMAIN.md §2): deaths, cases, incidents, poverty,
// unemployment, damage, complaints. A "penurunan …" (reduction) is itself higher-is-better, so it is
// not among them.
const WORDS =
  /\b(kematian|kesakitan|kejadian|kasus|prevalensi|insiden|pengangguran|kemiskinan|miskin|stunting|gizi buruk|wasting|kecelakaan|banjir|kebakaran|kekeringan|longsor|pelanggaran|kriminalitas|kejahatan|inflasi|erosi|sedimentasi|degradasi|terdegradasi|emisi|pencemaran|kumuh|genangan|putus sekolah|buta aksara|tunggakan|pengaduan|keluhan|gini|ketimpangan)\b/i;

/**
 * True when an indicator's name says less is better ("Angka kematian ibu", "Laju erosi").
 * @example soundsLowerIsBetter("Rata-rata kejadian banjir") //=> true
 * @example soundsLowerIsBetter("Persentase penurunan angka kemiskinan") //=> false
 */
export function soundsLowerIsBetter(name: string): boolean {
  if (/\bpenurunan\b|\bmenurunnya\b|\bberkurangnya\b/i.test(name)) return false;
  return WORDS.test(name);
}

const RATIO =
  /^\s*=?\s*\(?\s*([A-Z]{1,3}\d+|\d+(?:[.,]\d+)?)\s*\/\s*([A-Z]{1,3}\d+|\d+(?:[.,]\d+)?)\s*\)?\s*(?:\*\s*100)?\s*$/i;

/**
 * True when a capaian cell's formula divides the target by the realisasi (the ratio form of a
 * lower-is-better indicator), by their cells or their numbers.
 * @example dividesTargetByRealisasi("2/6", { value: 2, cell: "K9" }, { value: 6, cell: "M9" }) //=> true
 */
export function dividesTargetByRealisasi(
  formula: string,
  target: { value: number; cell: string },
  realisasi: { value: number; cell: string },
): boolean {
  const m = RATIO.exec(formula);
  if (!m) return false;
  const is = (term: string, side: { value: number; cell: string }) =>
    term.toUpperCase() === side.cell.toUpperCase() || Number(term.replace(",", ".")) === side.value;
  return is(m[1], target) && is(m[2], realisasi);
}
