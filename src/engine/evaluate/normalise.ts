/**
 * A name or code reduced to what identifies it: lower case, letters and digits separated by single spaces.
 * @example normaliseKey("Persentase  Koperasi Aktif (%)") //=> "persentase koperasi aktif"
 */
export function normaliseKey(text: string | null | undefined): string {
  const lower = (text ?? "").toLowerCase();
  // Decomposing accents is slow; only names with non-ASCII letters need it (25 000 rows per check).
  const ascii = /[^\u0020-\u007e]/.test(lower)
    ? lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    : lower;
  return ascii.replace(/[^a-z0-9]+/g, " ").trim();
}
