/**
 * A name or code reduced to what identifies it: lower case, letters and digits separated by single spaces.
 * @example normaliseKey("Persentase  Koperasi Aktif (%)") //=> "persentase koperasi aktif"
 */
export function normaliseKey(text: string | null | undefined): string {
  return (text ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
