import { problem, ok, type Result } from "../result";
import { roundHalfUp } from "../numbers/round";
import type { ScaleRow } from "./types";

function decimalsOf(value: number): number {
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

/**
 * Checks rows ordered from the highest min down: strictly decreasing mins, only the last may be
 * open (min null), and a printed max must neither reach the band above (overlap) nor leave a hole
 * wider than one step of its last digit (a gap: "76–90" then "91–100" is the Permendagri way, docs/DOMAIN.md §3.1).
 * @example checkBounds([{ min: 80, label: "Baik" }, { min: 90, label: "Cukup" }], false) //=> { ok: false, ... }
 */
export function checkBounds(rows: ScaleRow[], ascending: boolean): Result<true> {
  const at = (i: number) => (ascending ? rows.length - i : i + 1);
  for (let i = 0; i < rows.length; i++) {
    const { min, max, label } = rows[i];
    if (min === null && i !== rows.length - 1) {
      return problem(
        "#VALUE!",
        `Baris ${at(i)} ('${label}'): batas bawah kosong hanya boleh pada kriteria terendah`,
      );
    }
    if (typeof max === "number" && Number.isFinite(max) && min !== null && max < min) {
      return problem(
        "#VALUE!",
        `Baris ${at(i)} ('${label}'): batas atas ${max} lebih kecil dari batas bawah ${min}`,
      );
    }
    if (i === 0) continue;
    const above = rows[i - 1];
    const aboveMin = above.min as number;
    if (min !== null && min >= aboveMin) {
      const why = min === aboveMin ? "tumpang tindih dengan" : "tidak berurutan terhadap";
      return problem(
        "#VALUE!",
        `Baris ${at(i)} ('${label}'): batas bawah ${min} ${why} '${above.label}' (${aboveMin})`,
      );
    }
    if (typeof max !== "number" || !Number.isFinite(max)) continue;
    if (max >= aboveMin) {
      return problem(
        "#VALUE!",
        `Baris ${at(i)} ('${label}'): batas atas ${max} tumpang tindih dengan '${above.label}' (mulai ${aboveMin})`,
      );
    }
    const step = 10 ** -decimalsOf(max);
    if (roundHalfUp(aboveMin - max, 12) > step) {
      return problem(
        "#VALUE!",
        `Baris ${at(i)} ('${label}'): ada celah antara ${max} dan ${aboveMin} ('${above.label}')`,
      );
    }
  }
  return ok(true);
}
