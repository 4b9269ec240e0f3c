import { problem } from "../engine/result";
import { defaultAgregasi } from "../engine/triwulan/default-agregasi";
import { parseAgregasi } from "../engine/triwulan/parse-agregasi";
import { tahunan } from "../engine/triwulan/tahunan";
import { blankToNull, isBlank, matrixArg, numbersOrBlank, run } from "./coerce";

/**
 * Nilai tahunan dari realisasi triwulan I sampai IV.
 * @customfunction TAHUNAN
 * @helpurl https://localhost:3000/help.html#tahunan
 * @param triwulan Rentang 1×4 atau 4×1: triwulan I, II, III, IV; sel kosong = belum dilaporkan.
 * @param agregasi kumulatif, akhir, rata-rata atau maks; kosong = menurut satuan.
 * @param satuan Satuan indikator (mis. "%" atau "unit") untuk memilih agregasi bawaan.
 * @returns Nilai tahunan.
 */
export function sakipTahunan(triwulan: unknown[][], agregasi?: unknown, satuan?: unknown): number {
  return run(() => {
    const grid = matrixArg(triwulan);
    const rows = grid.length;
    const cols = grid[0]?.length ?? 0;
    if (!((rows === 1 && cols === 4) || (rows === 4 && cols === 1))) {
      return problem("#VALUE!", `Argumen triwulan harus rentang 1×4 atau 4×1 (diterima ${rows}×${cols})`);
    }
    const quarters = numbersOrBlank(grid, "triwulan");
    if (!quarters.ok) return quarters;
    const chosen = parseAgregasi(blankToNull(agregasi));
    if (!chosen.ok) return chosen;
    const unit = isBlank(satuan) ? null : String(satuan);
    return tahunan(quarters.value, chosen.value ?? defaultAgregasi(unit));
  });
}
