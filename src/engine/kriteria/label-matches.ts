import type { Band } from "./types";

function norm(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Whether a stated kriteria names the band: case-insensitive, by label, alias or code
 * (004 prints "Sangat tinggi", 000 "Sangat Baik", 002 "T"/"SR"). Capaian scales only, never AKIP.
 * @example labelMatches("sangat baik", PERMENDAGRI_86.bands[0]) //=> true
 */
export function labelMatches(stated: string, band: Band): boolean {
  if (typeof stated !== "string" || !band || typeof band !== "object") return false;
  const s = norm(stated);
  if (s === "") return false;
  const names = [band.label, band.kode, ...(Array.isArray(band.aliases) ? band.aliases : [])];
  return names.some((name) => typeof name === "string" && norm(name) === s);
}
